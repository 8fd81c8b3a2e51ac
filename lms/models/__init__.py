from .home import HomePage
from .organisations import Enterprise, Ownership, Zone, ZoneKind
from .site_settings import IssuingBodySettings
from .users import User

__all__ = ["Enterprise", "HomePage", "IssuingBodySettings", "Ownership", "User", "Zone", "ZoneKind"]
