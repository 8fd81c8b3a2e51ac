from django import template

register = template.Library()


@register.filter
def get_item(mapping: dict, key: str):
    return mapping.get(key) if mapping else None


@register.simple_tag
def cell_value(row, key: str) -> str:
    """What the organizer typed in the cell (the raw text), so errors can be found in their own file."""
    return row.row.raw.get(key, "")
