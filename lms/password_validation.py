"""Password validators whose messages Django's Vietnamese catalog lacks.

Django 5.2 reworded the minimum-length error ("%d" instead of "%(min_length)d"), and its `vi` catalog still has
only the old wording, so the error showed in English. The same check, with the message in our own catalog.
"""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short. It must contain at least %(min_length)d character.",
            "This password is too short. It must contain at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
