"""Authentication backend: log in with a username or a phone number; cheaper per-request user lookup.

Workers know their phone number better than any username, and type it in many ways (0912 345 678, +84912345678):
the number is normalised and looked up in the learner profiles.

Every logged-in request loads its user. The ORM spends longer building that one query than the database spends
answering it, so the lookup by primary key is written as SQL once; the user object and the checks
(`is_active`, the session hash verified by Django afterwards) are the same as Django's own.
"""

from django.contrib.auth.backends import ModelBackend

from lms.models import LearnerProfile, User
from lms.validators import normalise_phone

_USER_BY_PK = None


def _user_by_pk_sql() -> str:
    global _USER_BY_PK
    if _USER_BY_PK is None:
        table = User._meta.db_table
        _USER_BY_PK = f'SELECT * FROM "{table}" WHERE "{User._meta.pk.column}" = %s'  # noqa: S608 - no user input
    return _USER_BY_PK


class LmsModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None or not username:
            return user
        phone = normalise_phone(username)
        if not phone:
            return None
        profile = LearnerProfile.objects.select_related("user").filter(phone=phone).first()
        if profile is None:
            User().set_password(password)  # same work as a real check, so timing does not reveal the number
            return None
        if profile.user.check_password(password) and self.user_can_authenticate(profile.user):
            return profile.user
        return None

    def get_user(self, user_id):
        try:
            user_id = User._meta.pk.to_python(user_id)
        except Exception:  # noqa: BLE001 - a malformed id in a session means "no user", like Django's backend
            return None
        users = list(User.objects.raw(_user_by_pk_sql(), [user_id]))
        if not users:
            return None
        user = users[0]
        return user if self.user_can_authenticate(user) else None
