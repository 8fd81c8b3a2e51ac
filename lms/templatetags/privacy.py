from django import template

register = template.Library()


@register.filter
def mask_national_id(value: str | None) -> str:
    """079123456789 -> ********6789: enough to tell people apart, not enough to misuse."""
    if not value:
        return ""
    return "*" * (len(value) - 4) + value[-4:]


@register.filter
def mask_date(value) -> str:
    """A date of birth shown as its year only."""
    return f"**/**/{value.year}" if value else ""
