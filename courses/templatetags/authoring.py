from django import template

from courses.views.authoring import can_author_content

register = template.Library()


@register.filter
def authors_content(user) -> bool:
    """Whether the user writes or approves the curriculum and leaflets (editors, approvers, superusers)."""
    return can_author_content(user)
