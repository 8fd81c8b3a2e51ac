"""Wagtail admin forms that answer a tampered submission with a form error, not a server error.

Found by the crawler in tests/hostile_input/: Wagtail 8.0's page chooser looks up whatever was posted (`get(pk=value)`)
when it shows the form again with its errors, and django-modelcluster's inline formsets read each row's id with
`self.data[key]` and `to_python` unguarded. A value that is not an id, or a missing one, raised ValueError,
KeyError or ValidationError; deleting a zone that enterprises still belong to raised ProtectedError. Registered and
used from `lms/wagtail_hooks.py` and the models' panels.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import router
from django.db.models import ProtectedError, RestrictedError
from django.db.models.deletion import Collector
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel
from wagtail.admin.views.generic.models import DeleteView
from wagtail.admin.widgets import AdminPageChooser


class TolerantPageChooser(AdminPageChooser):
    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except (ValueError, TypeError, ValidationError):
            return None  # shown empty; the field's own validation has already said what is wrong


class TolerantChildFormSet(BaseChildFormSet):
    """A row whose id is missing or is not an id is read as a new row, then validated like any other."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            return
        self.data = self.data.copy()
        pk = self.model._meta.pk
        for index in range(min(self.initial_form_count(), self.absolute_max)):
            key = f"{self.add_prefix(index)}-{pk.name}"
            try:
                pk.to_python(self.data.get(key, ""))
            except ValidationError:
                self.data[key] = ""
            if key not in self.data:
                self.data[key] = ""


class TolerantInlinePanel(InlinePanel):
    """An InlinePanel whose formset is a TolerantChildFormSet (or the subclass a panel sets)."""

    formset_class = TolerantChildFormSet

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = self.formset_class
        return options


def _records_referring_to(instance) -> list:
    """What would stop `instance` from being deleted (protected or restricted references), found without deleting."""
    collector = Collector(using=router.db_for_write(type(instance)), origin=instance)
    try:
        collector.collect([instance])
    except ProtectedError as error:
        return list(error.protected_objects)
    except RestrictedError as error:
        return list(error.restricted_objects)
    return []


class ProtectedAwareDeleteView(DeleteView):
    """Deleting a record that others still refer to (a zone with enterprises, a unit with classes and certificates)
    is refused with a message naming what refers to it. Wagtail checks only its reference index, which does not
    always know our models, and Django's ProtectedError then reached the user as a server error."""

    def form_valid(self, form):
        blocking = _records_referring_to(self.object)
        if not blocking:
            return super().form_valid(form)
        kinds = sorted({str(item._meta.verbose_name_plural) for item in blocking})
        messages.error(
            self.request,
            _("%(object)s cannot be deleted: %(count)d records still refer to it (%(kinds)s).")
            % {"object": self.object, "count": len(blocking), "kinds": ", ".join(kinds)},
        )
        return redirect(self.request.get_full_path())
