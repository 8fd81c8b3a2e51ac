from itertools import combinations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from courses.planner import optimal_coverage, plan_slots


def brute_force(fits: np.ndarray, capacity: np.ndarray, k: int, conflicts) -> int:
    from courses.planner import _exact_assignment, _types

    types, _inverse, counts = _types(fits)
    best = 0
    for size in range(1, k + 1):
        for combo in combinations(range(fits.shape[1]), size):
            if any(b in conflicts[a] for a in combo for b in combo):
                continue
            best = max(best, int(_exact_assignment(types, counts, capacity, list(combo)).sum()))
    return best


def test_obvious_case():
    fits = np.array([[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=bool)
    plan = plan_slots(fits, np.array([10, 10, 10]), k=2)
    assert plan.chosen[0] == 0 and plan.covered == 3
    assert list(plan.left_out()) == [3] or list(plan.left_out()) == [2]


def test_capacity_and_conflicts_are_respected():
    fits = np.ones((5, 3), dtype=bool)
    plan = plan_slots(fits, np.array([2, 2, 2]), k=2, conflicts=[{1}, {0}, set()])
    assert plan.covered == 4
    assert not ({0, 1} <= set(plan.chosen))
    for slot in plan.chosen:
        assert (plan.assignment == slot).sum() <= 2


@settings(max_examples=60, deadline=None)
@given(
    learners=st.integers(min_value=1, max_value=12),
    slots=st.integers(min_value=1, max_value=6),
    k=st.integers(min_value=1, max_value=3),
    seed=st.integers(min_value=0, max_value=10_000),
)
@example(learners=3, slots=6, k=2, seed=3745)  # needed a swap followed by an added slot
@example(learners=5, slots=4, k=2, seed=1191)  # the greedy's own estimate chose the wrong pair
def test_planner_on_small_cases_against_brute_force(learners, slots, k, seed):
    rng = np.random.default_rng(seed)
    fits = rng.random((learners, slots)) < 0.4
    capacity = rng.integers(1, 5, size=slots)
    conflicts = [set() for _ in range(slots)]
    for a in range(slots - 1):
        if rng.random() < 0.3:
            conflicts[a].add(a + 1)
            conflicts[a + 1].add(a)
    plan = plan_slots(fits, capacity, k, conflicts)
    best = brute_force(fits, capacity, k, conflicts)
    assert plan.covered <= best
    assert plan.covered >= 0.8 * best  # a greedy with swaps; the benchmark measures the real ratio
    for learner, slot in enumerate(plan.assignment):
        if slot >= 0:
            assert fits[learner, slot] and slot in plan.chosen


@pytest.mark.parametrize("seed", range(5))
def test_exact_optimum_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    fits = rng.random((10, 5)) < 0.35
    capacity = rng.integers(1, 4, size=5)
    conflicts = [set() for _ in range(5)]
    assert optimal_coverage(fits, capacity, 2, conflicts) == brute_force(fits, capacity, 2, conflicts)
