from .activation import ActivationCode
from .audit import AuditAction, PersonalDataAccess
from .home import HomePage
from .organisations import (
    Enterprise,
    OrganizingUnit,
    OrganizingUnitKind,
    Ownership,
    Union,
    UnionKind,
    Zone,
    ZoneKind,
)
from .people import EducationLevel, Gender, LearnerProfile, PartyStatus, StaffAssignment
from .site_settings import IssuingBodySettings
from .users import User

__all__ = [
    "ActivationCode",
    "AuditAction",
    "EducationLevel",
    "Enterprise",
    "Gender",
    "HomePage",
    "IssuingBodySettings",
    "LearnerProfile",
    "OrganizingUnit",
    "OrganizingUnitKind",
    "Ownership",
    "PartyStatus",
    "PersonalDataAccess",
    "StaffAssignment",
    "Union",
    "UnionKind",
    "User",
    "Zone",
    "ZoneKind",
]
