"""Authentication backend: log in with a username or a phone number; cheaper per-request user lookup.

Workers know their phone number better than any username, and type it in many ways (0912 345 678, +84912345678):
the number is normalised and looked up in the learner profiles.

Every logged-in request loads its user. The ORM (even a raw queryset) spends longer building that one query and
mapping its columns than the database spends answering it, so the lookup by primary key is SQL written once and
the row becomes a user through `Model.from_db`, as the ORM itself does; the user object and the checks
(`is_active`, the session hash verified by Django afterwards) are the same as Django's own.
"""

from functools import cache

from django.contrib.auth.backends import ModelBackend
from django.db import connections, router

from lms.models import LearnerProfile, User
from lms.validators import normalise_phone


@cache
def _user_by_pk(alias: str) -> tuple[str, list[str], list[tuple[int, list, object]]]:
    """The SQL, the attribute names of its columns in order, and the value converters the ORM would apply."""
    connection = connections[alias]
    fields = User._meta.concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table, pk = connection.ops.quote_name(User._meta.db_table), connection.ops.quote_name(User._meta.pk.column)
    sql = f"SELECT {columns} FROM {table} WHERE {pk} = %s"  # noqa: S608 - names from the model, no user input
    converters = []
    for index, field in enumerate(fields):
        column = field.get_col(User._meta.db_table)
        functions = connection.ops.get_db_converters(column) + field.get_db_converters(connection)
        if functions:
            converters.append((index, functions, column))
    return sql, [field.attname for field in fields], converters


def user_by_pk(user_id) -> User | None:
    """The user with this primary key, loaded as the ORM would load it, or None."""
    alias = router.db_for_read(User)
    sql, attnames, converters = _user_by_pk(alias)
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id])
        row = cursor.fetchone()
    if row is None:
        return None
    values = list(row)
    for index, functions, column in converters:
        for convert in functions:
            values[index] = convert(values[index], column, connection)
    return User.from_db(alias, attnames, values)


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
        user = user_by_pk(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
