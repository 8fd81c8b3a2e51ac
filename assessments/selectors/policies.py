"""Reading a course's completion-policy history, with each change written out for people."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.utils.formats import localize
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from assessments.models import AssessmentMode, CompletionPolicy, PolicyChange
from courses.models import CoursePage

HISTORY_LENGTH = 20


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class PolicyHistoryEntry:
    change: PolicyChange
    fields: list[FieldChange]


def _shown(field: str, value: Any) -> str:
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if field == "mode":
        return str(AssessmentMode(value).label) if value in AssessmentMode.values else str(value)
    if isinstance(value, str):
        return localize(Decimal(value))
    return str(value)


def _label(field: str) -> str:
    try:
        return capfirst(CompletionPolicy._meta.get_field(field).verbose_name)
    except FieldDoesNotExist:  # a field removed since the change was made
        return field


def policy_history(course: CoursePage, limit: int = HISTORY_LENGTH) -> list[PolicyHistoryEntry]:
    """The latest changes first (one query)."""
    entries = []
    for change in PolicyChange.objects.filter(course=course).order_by("-at", "-pk")[:limit]:
        fields = [
            FieldChange(
                label=_label(item["field"]),
                old=_shown(item["field"], item["old"]),
                new=_shown(item["field"], item["new"]),
            )
            for item in change.changes
        ]
        entries.append(PolicyHistoryEntry(change=change, fields=fields))
    return entries
