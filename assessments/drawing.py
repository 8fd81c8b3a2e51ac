"""Drawing a quiz paper: N questions at random, stratified by difficulty, options shuffled. Pure; the caller
freezes the result on the attempt."""

import random
from collections.abc import Sequence
from dataclasses import dataclass

KEEP_ORDER = {"true_false"}  # "Đúng / Sai" reads oddly reversed


@dataclass(frozen=True)
class Drawable:
    id: int
    difficulty: str
    kind: str
    option_ids: tuple[int, ...]


def stratum_sizes(available: dict[str, int], n: int) -> dict[str, int]:
    """How many questions to take from each difficulty: proportional to what the bank holds (largest remainder),
    never more than a stratum has, and n in all (or everything when the bank is smaller)."""
    total = sum(available.values())
    n = min(n, total)
    if n == 0:
        return dict.fromkeys(available, 0)
    exact = {level: n * count / total for level, count in available.items()}
    sizes = {level: int(value) for level, value in exact.items()}
    by_remainder = sorted(available, key=lambda level: (exact[level] - sizes[level], available[level]), reverse=True)
    for level in by_remainder:
        if sum(sizes.values()) == n:
            break
        if sizes[level] < available[level]:
            sizes[level] += 1
    return sizes


def draw_paper(questions: Sequence[Drawable], n: int, rng: random.Random) -> list[dict]:
    """[{"q": id, "o": [option ids in display order]}], the questions in random order."""
    strata: dict[str, list[Drawable]] = {}
    for question in sorted(questions, key=lambda q: q.id):
        strata.setdefault(question.difficulty, []).append(question)
    sizes = stratum_sizes({level: len(items) for level, items in strata.items()}, n)
    chosen = [q for level, items in sorted(strata.items()) for q in rng.sample(items, sizes[level])]
    rng.shuffle(chosen)
    paper = []
    for question in chosen:
        options = list(question.option_ids)
        if question.kind not in KEEP_ORDER:
            rng.shuffle(options)
        paper.append({"q": question.id, "o": options})
    return paper
