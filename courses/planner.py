"""The slot planner: choose k session slots that let the most learners attend at least one, within capacity.

Input: a boolean matrix fits[learner, candidate] (from the rosters), each candidate's capacity, and which
candidates exclude each other (same venue or same instructor at overlapping times).

Learners with identical rows are merged into "types" first (most workers share their crew's roster), so the work
grows with the number of distinct rosters, not of learners. A capacity-aware greedy picks slots one by one, filling
each with the learners who have the fewest other options; then single swaps are tried while they help (with few
candidates, every selection is instead valued exactly). The final
assignment of learners to the chosen slots is exact (a small transportation LP solved by HiGHS).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from math import comb

import numpy as np
from scipy.optimize import linprog


@dataclass
class Plan:
    chosen: list[int]  # candidate indexes, in order of choice
    assignment: np.ndarray  # learner -> chosen candidate index, or -1
    covered: int

    def left_out(self) -> np.ndarray:
        return np.flatnonzero(self.assignment < 0)


def _types(fits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    types, inverse, counts = np.unique(fits, axis=0, return_inverse=True, return_counts=True)
    return types, inverse.reshape(-1), counts


def _greedy_value(types: np.ndarray, counts: np.ndarray, capacity: np.ndarray, chosen: list[int]) -> int:
    """Learners placed when each chosen slot, in turn, takes the most constrained learners that fit it."""
    if not chosen:
        return 0
    remaining = counts.astype(np.int64).copy()
    sub = types[:, chosen]
    options = sub.sum(axis=1)
    placed = 0
    for column in np.argsort(capacity[chosen], kind="stable"):
        room = int(capacity[chosen[column]])
        fitting = np.flatnonzero(sub[:, column] & (remaining > 0))
        for t in fitting[np.argsort(options[fitting], kind="stable")]:
            take = min(room, int(remaining[t]))
            remaining[t] -= take
            room -= take
            placed += take
            if room == 0:
                break
    return placed


def _exact_assignment(types: np.ndarray, counts: np.ndarray, capacity: np.ndarray, chosen: list[int]):
    """Optimal number of learners of each type in each chosen slot (LP; integral for a transportation problem)."""
    t_count, k = types.shape[0], len(chosen)
    if k == 0:
        return np.zeros((t_count, 0), dtype=np.int64)
    pairs = [(t, c) for t in range(t_count) for c in range(k) if types[t, chosen[c]]]
    if not pairs:
        return np.zeros((t_count, k), dtype=np.int64)
    n = len(pairs)
    a_ub = np.zeros((t_count + k, n))
    for j, (t, c) in enumerate(pairs):
        a_ub[t, j] = 1
        a_ub[t_count + c, j] = 1
    b_ub = np.concatenate([counts, capacity[chosen]]).astype(float)
    result = linprog(-np.ones(n), A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs")
    flows = np.zeros((t_count, k), dtype=np.int64)
    for j, (t, c) in enumerate(pairs):
        flows[t, c] = int(round(result.x[j]))
    return flows


EXHAUSTIVE_LIMIT = 200  # selections; each is valued exactly (a small LP)


def _exact_value(types, counts, capacity, chosen) -> int:
    return int(_exact_assignment(types, counts, capacity, chosen).sum())


def _exhaustive_if_small(types, counts, capacity, size, allowed, chosen: list[int]) -> list[int]:
    """With few candidates every allowed selection can be valued exactly, which beats the greedy's own estimate
    (it fills slots one after another and can misjudge which learners a slot should take)."""
    n = types.shape[1]
    if comb(n, size) > EXHAUSTIVE_LIMIT:
        return chosen
    best, best_value = chosen, _exact_value(types, counts, capacity, chosen)
    for selection in combinations(range(n), size):
        if all(allowed(c, [o for o in selection if o != c]) for c in selection):
            value = _exact_value(types, counts, capacity, list(selection))
            if value > best_value:
                best, best_value = list(selection), value
    return best


def plan_slots(
    fits: np.ndarray,
    capacity: np.ndarray,
    k: int,
    conflicts: list[set[int]] | None = None,
    improve: bool = True,
) -> Plan:
    """Choose up to k candidates. `conflicts[c]` holds the candidates that cannot be chosen together with c."""
    fits = np.asarray(fits, dtype=bool)
    learners, n = fits.shape
    capacity = np.asarray(capacity, dtype=np.int64)
    conflicts = conflicts or [set() for _ in range(n)]
    types, inverse, counts = _types(fits)

    def allowed(candidate: int, chosen: list[int]) -> bool:
        return candidate not in chosen and not any(other in conflicts[candidate] for other in chosen)

    chosen: list[int] = []
    remaining = counts.astype(np.int64).copy()
    options = types.sum(axis=1)
    for _ in range(min(k, n)):
        reach = remaining @ types  # learners still uncovered who fit each candidate
        gains = np.minimum(reach, capacity)
        candidate = next(
            (int(c) for c in np.argsort(-gains, kind="stable") if gains[c] > 0 and allowed(int(c), chosen)), None
        )
        if candidate is None:
            break
        chosen.append(candidate)
        room = int(capacity[candidate])
        fitting = np.flatnonzero(types[:, candidate] & (remaining > 0))
        for t in fitting[np.argsort(options[fitting], kind="stable")]:
            take = min(room, int(remaining[t]))
            remaining[t] -= take
            room -= take
            if room == 0:
                break

    def extend(selection: list[int]) -> list[int]:
        """Fill a selection up to k with the allowed candidates that add the most learners."""
        selection = list(selection)
        while len(selection) < min(k, n):
            base = _greedy_value(types, counts, capacity, selection)
            best_gain, best_candidate = 0, None
            for candidate in range(n):
                if allowed(candidate, selection):
                    gain = _greedy_value(types, counts, capacity, [*selection, candidate]) - base
                    if gain > best_gain:
                        best_gain, best_candidate = gain, candidate
            if best_candidate is None:
                break
            selection.append(best_candidate)
        return selection

    if improve and chosen:
        best = _greedy_value(types, counts, capacity, chosen)
        improved = True
        while improved:
            improved = False
            for position in range(len(chosen)):
                others = chosen[:position] + chosen[position + 1 :]
                for candidate in range(n):
                    if not allowed(candidate, others) or candidate in chosen:
                        continue
                    trial = others[:position] + [candidate] + others[position:]
                    if len(trial) < k:  # a swap may make room for a slot that the old one excluded
                        trial = extend(trial)
                    value = _greedy_value(types, counts, capacity, trial)
                    if value > best:
                        chosen, best, improved = trial, value, True
                        break
                if improved:
                    break

    if improve and len(chosen) > 0:
        chosen = _exhaustive_if_small(types, counts, capacity, min(k, n), allowed, chosen)
    flows = _exact_assignment(types, counts, capacity, chosen)
    assignment = np.full(learners, -1, dtype=np.int64)
    for t in range(types.shape[0]):
        members = np.flatnonzero(inverse == t)
        start = 0
        for c in range(len(chosen)):
            take = int(flows[t, c])
            assignment[members[start : start + take]] = chosen[c]
            start += take
    return Plan(chosen=chosen, assignment=assignment, covered=int((assignment >= 0).sum()))


def optimal_coverage(fits: np.ndarray, capacity: np.ndarray, k: int, conflicts: list[set[int]] | None = None):
    """The exact optimum by mixed-integer programming (HiGHS): for benchmarks and tests, not for the web."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    types, _inverse, counts = _types(np.asarray(fits, dtype=bool))
    t_count, n = types.shape
    pairs = [(t, s) for t in range(t_count) for s in range(n) if types[t, s]]
    m = len(pairs)
    # variables: y_s (n binaries), then x_ts (m integers)
    objective = np.concatenate([np.zeros(n), -np.ones(m)])
    rows, lower, upper = [], [], []
    row = np.zeros(n + m)
    row[:n] = 1
    rows.append(row)
    lower.append(0)
    upper.append(k)
    by_type: dict[int, list[int]] = {}
    by_slot: dict[int, list[int]] = {}
    for j, (t, s) in enumerate(pairs):
        by_type.setdefault(t, []).append(j)
        by_slot.setdefault(s, []).append(j)
    for t, js in by_type.items():
        row = np.zeros(n + m)
        row[[n + j for j in js]] = 1
        rows.append(row)
        lower.append(0)
        upper.append(counts[t])
    for s, js in by_slot.items():
        row = np.zeros(n + m)
        row[[n + j for j in js]] = 1
        row[s] = -capacity[s]
        rows.append(row)
        lower.append(-np.inf)
        upper.append(0)
    for s, others in enumerate(conflicts or []):
        for other in others:
            if other > s:
                row = np.zeros(n + m)
                row[[s, other]] = 1
                rows.append(row)
                lower.append(0)
                upper.append(1)
    integrality = np.ones(n + m)
    bounds = Bounds(np.zeros(n + m), np.concatenate([np.ones(n), np.full(m, np.inf)]))
    result = milp(
        objective,
        constraints=LinearConstraint(np.array(rows), lower, upper),
        integrality=integrality,
        bounds=bounds,
        options={"time_limit": 600},
    )
    return int(round(-result.fun))
