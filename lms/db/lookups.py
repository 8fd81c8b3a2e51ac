"""Lookups on integer keys that find nothing, instead of failing, for a number no column can hold.

Django 5.2 does this for exact/lt/gt on integer fields (ticket #27397) but not for `in`, nor for foreign keys and
parent links, which are the primary key of every Wagtail page type: `ModulePage.objects.filter(pk=10**25)` and
`filter(pk__in=[10**25])` raised OverflowError on SQLite. An id typed into a URL or posted by a form then gave a
server error instead of "not found" or the form's own message. Registered by `LmsConfig.ready`.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In


def _column_range(lhs, connection) -> tuple[int | None, int | None] | None:
    """The range of the integer column a lookup compares with (following foreign keys to their target)."""
    field = getattr(lhs, "output_field", None)
    while isinstance(field, ForeignObject) and len(field.foreign_related_fields) == 1:
        field = field.target_field
    if not isinstance(field, IntegerField):
        return None
    try:
        return connection.ops.integer_field_range(field.get_internal_type())
    except KeyError:
        return None


def _fits(value, bounds) -> bool:
    if bounds is None or not isinstance(value, int) or isinstance(value, bool):
        return True
    low, high = bounds
    return (low is None or value >= low) and (high is None or value <= high)


class _ExactInRange:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value() and not _fits(self.rhs, _column_range(self.lhs, connection)):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class _InInRange:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value() and not isinstance(self.rhs, str | bytes):
            bounds = _column_range(self.lhs, connection)
            self.rhs = [value for value in self.rhs if _fits(value, bounds)]
        return super().process_rhs(compiler, connection)  # an empty list raises EmptyResultSet there


class RelatedExactInRange(_ExactInRange, RelatedExact):
    pass


class RelatedInInRange(_InInRange, RelatedIn):
    pass


class IntegerInInRange(_InInRange, In):
    pass


def register() -> None:
    ForeignObject.register_lookup(RelatedExactInRange)
    ForeignObject.register_lookup(RelatedInInRange)
    IntegerField.register_lookup(IntegerInInRange)
