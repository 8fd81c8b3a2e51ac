from .curriculum import curriculum_editorial_setup
from .progress import progress_mark_complete, progress_record_heartbeat, progress_record_open

__all__ = [
    "curriculum_editorial_setup",
    "progress_mark_complete",
    "progress_record_heartbeat",
    "progress_record_open",
]
