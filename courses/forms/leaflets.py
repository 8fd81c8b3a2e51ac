"""Admin forms for leaflets: translations keep track of the Vietnamese text they were made against.

A translation that its translator edits, or ticks as still matching, is stamped with the Vietnamese text of the
same save; one left alone keeps its old stamp, so a later change to the Vietnamese text marks it out of date
without stopping the Vietnamese editor, who may not read the other language.
"""

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels.base import get_form_for_model

from lms.admin_forms import TolerantChildFormSet, TolerantInlinePanel


class LeafletTranslationForm(WagtailAdminModelForm):
    confirm_current = forms.BooleanField(
        label=_("Still matches the Vietnamese text"),
        required=False,
        help_text=_("Tick after checking a translation that needs no change, so it is no longer marked out of date."),
    )


class LeafletTranslationFormSet(TolerantChildFormSet):
    def get_unique_error_message(self, unique_check):
        if "language" in unique_check:
            return _("This leaflet already has a translation in this language.")
        return super().get_unique_error_message(unique_check)


class TranslationsPanel(TolerantInlinePanel):
    """An InlinePanel whose child forms carry the 'still matches' tick."""

    formset_class = LeafletTranslationFormSet

    def get_form_options(self):
        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        extra = {key: formset[key] for key in ("defer_required_on_fields",) if key in formset}
        formset["form"] = get_form_for_model(
            self.db_field.related_model, form_class=LeafletTranslationForm, fields=formset["fields"], **extra
        )
        return options


class LeafletPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from courses.services.leaflets import leaflet_source_digest

        source_digest = leaflet_source_digest(self.instance) if self.instance.pk else ""
        # A translation added in a draft has no primary key yet, so the formset rebuilds it empty on submission;
        # its stamps are found again by language.
        self._stamps = {
            item.language: (item.source_digest, item.translation_digest, item.checked_at)
            for item in self.instance.translations.all()
        }
        for form in self.formsets["translations"].forms:
            translation = form.instance
            if not translation.source_digest or "confirm_current" not in form.fields:
                continue
            checked = formats.date_format(translation.checked_at, "SHORT_DATE_FORMAT") if translation.checked_at else ""
            if translation.source_digest == source_digest:
                status = _("Up to date: matches the Vietnamese text (checked %(date)s).") % {"date": checked}
            else:
                status = _("Out of date: the Vietnamese text changed after this translation was checked on %(date)s.")
                status = status % {"date": checked}
            form.fields["confirm_current"].help_text = status

    def is_valid(self) -> bool:
        return super().is_valid() and self._stamp_translations()

    def _stamp_translations(self) -> bool:
        from courses.services.leaflets import (
            leaflet_section_count,
            leaflet_text_digest,
            translation_stamp,
        )

        data = self.cleaned_data
        sections = data.get("sections") or []
        source_digest = leaflet_text_digest(
            title=data.get("title", ""), summary=data.get("summary", ""), sections=sections
        )
        expected = leaflet_section_count(sections)
        formset = self.formsets["translations"]
        valid = True
        for form in formset.forms:
            if not getattr(form, "cleaned_data", None) or formset._should_delete_form(form):
                continue
            translation = form.instance
            if translation.pk is None and not translation.translation_digest:
                stamps = self._stamps.get(translation.language, ("", "", None))
                translation.source_digest, translation.translation_digest, translation.checked_at = stamps
            edited = translation.translation_digest != leaflet_text_digest(
                title=translation.title, summary=translation.summary, sections=translation.sections
            )
            if not (edited or form.cleaned_data.get("confirm_current")):
                continue
            actual = leaflet_section_count(translation.sections)
            if actual != expected:
                form.add_error(
                    None,  # shown at the top of the translation's panel, above its sections
                    _(
                        "The Vietnamese text has %(expected)d sections and this translation %(actual)d: translate "
                        "each section in the same order."
                    )
                    % {"expected": expected, "actual": actual},
                )
                valid = False
                continue
            translation_stamp(translation, source_digest=source_digest)
        return valid
