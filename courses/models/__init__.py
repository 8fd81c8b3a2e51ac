from .pages import CoursePage, DeliveryMode, ModulePage, ProgrammeIndexPage, ProgrammeKind
from .progress import ModuleProgress

__all__ = ["CoursePage", "DeliveryMode", "ModulePage", "ModuleProgress", "ProgrammeIndexPage", "ProgrammeKind"]
