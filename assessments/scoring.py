"""Scoring rules, pure and small so they can be checked exhaustively: questions, attempts, weighted results, bands.

Scores are on the Vietnamese 10-point scale with two decimals, rounded half up (as teachers round by hand).
A multiple-choice question counts only when exactly the correct options are chosen: partial credit would reward
ticking everything.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from assessments.answers import answer_matches

TEN = Decimal(10)
CENT = Decimal("0.01")


def round_score(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def question_is_correct(*, kind: str, correct_options: Iterable[int], accepted: Iterable[str], given) -> bool:
    """`given` is a list of option ids (choice questions) or a string (short answer); anything else is wrong."""
    if kind == "short":
        return isinstance(given, str) and answer_matches(given, list(accepted))
    if not isinstance(given, list) or not all(isinstance(item, int) for item in given):
        return False
    chosen, correct = set(given), set(correct_options)
    if kind in ("single", "true_false") and len(chosen) != 1:
        return False
    return bool(correct) and chosen == correct


def attempt_score(correct: int, total: int) -> Decimal:
    if total <= 0 or not 0 <= correct <= total:
        raise ValueError("need 0 <= correct <= total and total > 0")
    return round_score(TEN * correct / total)


def counted_score(scores: Sequence[Decimal], rule: str) -> Decimal | None:
    """The attempt that counts: the best, or the last (scores in the order they were submitted)."""
    if not scores:
        return None
    return max(scores) if rule == "best" else scores[-1]


def weighted_score(parts: Mapping[str, Decimal], weights: Mapping[str, int]) -> Decimal:
    """Weights are percentages; parts with a zero weight are ignored; the used weights must add up to 100."""
    used = {name: weight for name, weight in weights.items() if weight}
    if sum(used.values()) != 100:
        raise ValueError("weights must add up to 100")
    total = sum((parts[name] * weight for name, weight in used.items()), Decimal(0))
    return round_score(total / 100)


@dataclass(frozen=True)
class Cutoffs:
    excellent: Decimal = Decimal(9)
    good: Decimal = Decimal(8)
    fair: Decimal = Decimal("6.5")
    passed: Decimal = Decimal(5)

    def __post_init__(self):
        if not TEN >= self.excellent >= self.good >= self.fair >= self.passed >= 0:
            raise ValueError("cut-offs must descend within 0..10")


def band_for(score: Decimal, cutoffs: Cutoffs = Cutoffs()) -> str:  # noqa: B008 - frozen, immutable default
    """xuất sắc ≥ 9, giỏi ≥ 8, khá ≥ 6.5, đạt ≥ 5, else không đạt (by default); a cut-off is inclusive."""
    if score >= cutoffs.excellent:
        return "excellent"
    if score >= cutoffs.good:
        return "good"
    if score >= cutoffs.fair:
        return "fair"
    if score >= cutoffs.passed:
        return "pass"
    return "fail"
