"""Shared behaviour for the project's Wagtail pages."""

from django.db import models
from wagtail.fields import StreamField

from lms.text import nfc, nfc_deep


class NFCPageMixin:
    """Normalise every text field (StreamFields included) to NFC when a page is validated in the admin."""

    def clean(self):
        super().clean()
        for field in self._meta.concrete_fields:
            value = getattr(self, field.attname)
            if isinstance(field, StreamField):
                raw = value.raw_data if hasattr(value, "raw_data") else value
                normalised = nfc_deep(list(raw) if raw is not None else [])
                if normalised != list(raw or []):
                    setattr(self, field.attname, normalised)
            elif isinstance(field, models.CharField | models.TextField) and isinstance(value, str):
                setattr(self, field.attname, nfc(value))
