"""Checks shared by the commands that write a workbook."""

import os
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _


def xlsx_output_path(out: str) -> Path:
    """The path to write, or a CommandError in the active language if it is not a writable .xlsx file."""
    path = Path(out)
    if path.suffix.lower() != ".xlsx":
        raise CommandError(_("The output file must end in .xlsx: %(file)s") % {"file": out})
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir() or not folder.is_dir() or not os.access(folder, os.W_OK):
        raise CommandError(_("Cannot write to %(file)s.") % {"file": out})
    return path


def write_output(path: Path, content: bytes) -> None:
    try:
        path.write_bytes(content)
    except OSError as error:
        raise CommandError(
            _("Cannot write to %(file)s: %(reason)s") % {"file": str(path), "reason": error.strerror}
        ) from None
