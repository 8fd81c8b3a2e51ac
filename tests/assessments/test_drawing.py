"""Drawing papers: stratified by difficulty, exactly N distinct questions, options a permutation."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from assessments.drawing import Drawable, draw_paper, stratum_sizes

LEVELS = ("easy", "medium", "hard")


@given(st.dictionaries(st.sampled_from(LEVELS), st.integers(0, 40), min_size=1), st.integers(0, 60))
def test_stratum_sizes_take_n_proportionally_and_never_more_than_there_is(available, n):
    sizes = stratum_sizes(available, n)
    total = sum(available.values())
    assert sum(sizes.values()) == min(n, total)
    for level, count in available.items():
        assert 0 <= sizes[level] <= count
        if total and n <= total:  # within one of the exact proportional share
            assert abs(sizes[level] - n * count / total) < 1 + 1e-9 or sizes[level] == count


@settings(max_examples=60)
@given(st.integers(1, 30), st.integers(1, 40), st.integers(0, 2**32))
def test_papers_hold_distinct_questions_and_permuted_options(bank_size, n, seed):
    bank = [
        Drawable(
            i, LEVELS[i % 3], ("single", "multiple", "true_false", "short")[i % 4], tuple(range(i * 10, i * 10 + i % 4))
        )
        for i in range(1, bank_size + 1)
    ]
    paper = draw_paper(bank, n, random.Random(seed))
    ids = [item["q"] for item in paper]
    assert len(ids) == len(set(ids)) == min(n, bank_size)
    by_id = {q.id: q for q in bank}
    for item in paper:
        question = by_id[item["q"]]
        assert sorted(item["o"]) == sorted(question.option_ids)
        if question.kind == "true_false":
            assert tuple(item["o"]) == question.option_ids


def test_the_same_seed_draws_the_same_paper_and_others_differ():
    bank = [Drawable(i, LEVELS[i % 3], "single", (i * 10, i * 10 + 1, i * 10 + 2)) for i in range(30)]
    assert draw_paper(bank, 10, random.Random(5)) == draw_paper(bank, 10, random.Random(5))
    assert len({tuple(q["q"] for q in draw_paper(bank, 10, random.Random(s))) for s in range(20)}) > 15
