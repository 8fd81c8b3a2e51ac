"""Reading form input that a careless or hostile client sends, without a server error."""

from decimal import Decimal

from django import forms
from django.core.validators import DecimalValidator

LARGEST_ID = 2**63 - 1


def posted_id(value) -> int | None:
    """A positive id from a request parameter, or None for anything else (for get_object_or_404, None finds
    nothing)."""
    text = str(value or "").strip()
    if not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number if 0 < number <= LARGEST_ID else None


class BoundedDecimalField(forms.DecimalField):
    """Checks the number of digits before the other validators, which assume a number of sensible size."""

    def validate(self, value: Decimal | None) -> None:
        super().validate(value)
        if value is not None and self.max_digits is not None:
            DecimalValidator(self.max_digits, self.decimal_places)(value)
