from .audit import audit_record
from .people import (
    ProfileData,
    learner_create,
    learner_differs,
    learner_set_password,
    learner_update,
    own_password_change,
)
from .roles import ROLE_PERMISSIONS, role_group, role_groups_sync, user_create, user_ensure

__all__ = [
    "ROLE_PERMISSIONS",
    "ProfileData",
    "audit_record",
    "learner_create",
    "learner_differs",
    "learner_set_password",
    "own_password_change",
    "learner_update",
    "role_group",
    "role_groups_sync",
    "user_create",
    "user_ensure",
]
