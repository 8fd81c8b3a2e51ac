from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """The project's user from the first migration; people and roles hang off it (see the people issue)."""

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    # Set when staff set the password (an organizer knows it); the user is asked to choose their own at login.
    must_change_password = models.BooleanField(_("must change password"), default=False)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def get_full_name(self) -> str:
        return self.full_name or super().get_full_name() or self.username

    def get_short_name(self) -> str:
        # Vietnamese names are called by their last word: "Nguyễn Thị Lan" -> "Lan".
        name = self.get_full_name()
        return name.split()[-1] if name else self.username
