"""Certificate PDFs (giấy chứng nhận): the only module in the project that imports xhtml2pdf.

- ``render_certificate_pdf(certificate, verify_url=…)`` gives one A4 landscape page; ``render_certificates_pdf(items)``
  gives a printable PDF of a whole class, one certificate per page. Both print only the certificate's snapshot.
- Layout and wording live in ``templates/assessments/certificates/certificate.html`` and the ``certificate.css`` it
  includes. The certificate is a Vietnamese document whatever the reader's UI language, so its fixed wording (the
  national header, the title, the labels, the names of the result bands) is written in Vietnamese in the template
  and not passed through the translation catalog: an untranslated msgid would otherwise print English on an official
  paper. It is rendered under ``translation.override("vi")``. Messages this module raises are gettext with English
  source strings, like the rest of the project.
- Fonts: the Be Vietnam Pro family (PyPI ``fontpkg-be-vietnam-pro``), all four faces, registered with ReportLab and
  the family made known to xhtml2pdf once per process (``_register_font_family``); the stylesheet names the family
  and needs no ``@font-face`` (which made xhtml2pdf re-read and re-check the font files on every render).
- The document reads resources under a ``ResourceAccessPolicy`` (``resource_policy()``, built in ``_build_policy``)
  that allows only the certificate template folder and the project's static folder(s), and no network at all; it
  is passed to ``pisa.CreatePDF``. xhtml2pdf's built-in stylesheet is replaced by ``base.css`` (only the elements
  the certificate uses).
- Failing loudly: xhtml2pdf falls back to Helvetica, and skips a resource the policy refuses, while reporting
  success. So a render raises ``CertificateRenderError`` when pisa counts an error or a warning, when xhtml2pdf logs
  anything at WARNING or above (an unknown font family, for one), when the PDF names any font but an embedded Be
  Vietnam Pro face, or when a certificate does not take exactly one page (each frame's text shrinks to fit first).
- ReportLab selects its base font, Helvetica, when it starts a page and when it draws a table cell, which puts an
  unembedded Helvetica in every PDF; both are pointed at Be Vietnam Pro while a PDF is built, and streams are
  compressed without ASCII85 (``_reportlab_settings``).
- Speed: the compiled template, the base stylesheet, the policy and the font registration are made once per
  process (``_setup``); the page is laid out in frames, not tables; a page takes about 30 ms here
  (``bench/certificate_pdf.py``).
- Every string placed in the template is NFC-normalised (decomposed accents are misplaced by the PDF engine); the
  template is rendered with autoescape on, so learner-provided text is printed literally.
- The QR code of the verification address is a PNG ``data:`` URI (segno, Pillow); nothing is written to disk.
"""

from __future__ import annotations

import base64
import functools
import io
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import fontpkg_be_vietnam_pro
import segno
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template.loader import get_template
from django.utils import translation
from django.utils.translation import gettext as _
from PIL import Image
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle
from xhtml2pdf import default as xhtml2pdf_default
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessError, ResourceAccessPolicy

from assessments.models import Band, Certificate
from lms.text import nfc

__all__ = [
    "CertificateRenderError",
    "ResourceAccessError",
    "render_certificate_pdf",
    "render_certificates_pdf",
    "resource_policy",
]

TEMPLATE_NAME = "assessments/certificates/certificate.html"
BASE_STYLESHEET = "assessments/certificates/base.css"
FONT_FAMILY = "Be Vietnam Pro"
FONT_DIR = Path(fontpkg_be_vietnam_pro.__file__).resolve().parent / "files"
#: (bold, italic) -> file of the face.
FONT_FACES = {
    (False, False): "BeVietnamPro-Regular.ttf",
    (True, False): "BeVietnamPro-Bold.ttf",
    (False, True): "BeVietnamPro-Italic.ttf",
    (True, True): "BeVietnamPro-BoldItalic.ttf",
}
PRINTED_BANDS = frozenset({Band.EXCELLENT, Band.GOOD, Band.FAIR, Band.PASS})
QR_SCALE = 4  # pixels per module in the PNG; the template sets the printed size
QR_BORDER = 2  # modules of quiet zone around the code

_SNAPSHOT_TEXT = (
    "reference",
    "full_name",
    "enterprise",
    "course_title",
    "programme_kind",
    "cohort_code",
    "band",
    "parent_body",
    "issuing_body",
    "signer_name",
    "signer_title",
    "place",
)
_SNAPSHOT_DATES = ("date_of_birth", "studied_from", "studied_to", "issued_on", "valid_until")
_BASE_FONT = re.compile(rb"/BaseFont\s*/([^\s/\[\]<>()]+)")
_EMBEDDED_FACE = re.compile(rb"[A-Z]{6}\+BeVietnamPro-(Regular|Bold|Italic|BoldItalic)")
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")

# One render at a time: ReportLab's default fonts are process-wide and are switched during a render (xhtml2pdf
# serialises its renders anyway, as ReportLab's font registry is global).
_render_lock = threading.Lock()


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage()[:300])


@contextmanager
def _xhtml2pdf_warnings() -> Iterator[list[str]]:
    """What xhtml2pdf says at WARNING or above during a render. Some problems are only said there, never counted in
    pisa's status: a resource refused by the policy, for one. The logger is opened to warnings if it was set higher."""
    logger = logging.getLogger("xhtml2pdf")
    collector, level = _Collector(), logger.level
    if logger.getEffectiveLevel() > logging.WARNING:
        logger.setLevel(logging.WARNING)
    logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)
        logger.setLevel(level)


class CertificateRenderError(RuntimeError):
    """The PDF could not be made as it must be printed (pisa reported problems, a font fell back, a page overflowed)."""


@dataclass(frozen=True)
class _Setup:
    template: Any  # django.template.backends.django.Template
    base_css: str  # in place of xhtml2pdf's built-in stylesheet
    policy: ResourceAccessPolicy
    base_font: str  # a registered Be Vietnam Pro face, the canvas's initial font


def _font_name(bold: bool, italic: bool) -> str:
    """The name a face is registered under: the family in lower case, then bold and italic flags."""
    return f"{FONT_FAMILY.lower()}_{int(bold)}{int(italic)}"


def _static_roots() -> list[Path]:
    roots = []
    for entry in getattr(settings, "STATICFILES_DIRS", []):
        path = entry[1] if isinstance(entry, (tuple, list)) else entry
        roots.append(Path(path))
    return roots or [Path(settings.BASE_DIR) / "static"]


def _build_policy(template_dir: Path) -> ResourceAccessPolicy:
    """What a certificate document may read: its template folder and the static folder(s); no network. The fonts are
    not read through the document (``_register_font_family``)."""
    return ResourceAccessPolicy.server(base_dir=template_dir, extra_roots=tuple(_static_roots()), allow_remote=False)


@functools.cache
def _setup() -> _Setup:
    """Made once per process. Under the render lock, so no PDF is being built while the fonts are registered."""
    with _render_lock:
        return _make_setup()


def _make_setup() -> _Setup:
    template = get_template(TEMPLATE_NAME)
    template_dir = Path(template.origin.name).resolve().parent
    _register_font_family()
    return _Setup(
        template=template,
        base_css=get_template(BASE_STYLESHEET).render({}),
        policy=_build_policy(template_dir),
        base_font=_font_name(False, False),
    )


def _register_font_family() -> None:
    """Register the four faces with ReportLab and the family with xhtml2pdf, once per process.

    Declaring them with @font-face instead made xhtml2pdf re-read and re-check the four font files on every render
    (a tenth of the time). ReportLab's mapping gives the bold and italic faces of the family; xhtml2pdf copies its
    table of known families (``DEFAULT_FONT``) into every document, so the family is added there. This module is
    the only user of xhtml2pdf in the project."""
    family = FONT_FAMILY.lower()
    for (bold, italic), filename in FONT_FACES.items():
        path = FONT_DIR / filename
        if not path.is_file():
            raise ImproperlyConfigured(_("The certificate font %(path)s is missing.") % {"path": path})
        name = _font_name(bold, italic)
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(family, int(bold), int(italic), name)
    xhtml2pdf_default.DEFAULT_FONT[family] = family


def resource_policy() -> ResourceAccessPolicy:
    """The policy every certificate render runs under (``check_path``/``check_url`` raise ``ResourceAccessError``)."""
    return _setup().policy


def _qr_data_uri(url: str) -> str:
    """The QR code as a PNG ``data:`` URI. segno makes the matrix; Pillow writes the PNG (segno's own writer is pure
    Python and took twice as long). A fixed mask: choosing the "best" of eight costs ~4 ms a certificate and any mask
    decodes (the tests scan it)."""
    matrix = segno.make_qr(url, error="m", mask=0).matrix
    side = len(matrix) + 2 * QR_BORDER
    pixels = bytearray(b"\xff" * side * side)
    for y, row in enumerate(matrix, start=QR_BORDER):
        start = y * side + QR_BORDER
        for x, dark in enumerate(row, start=start):
            if dark:
                pixels[x] = 0
    image = Image.frombytes("L", (side, side), bytes(pixels)).convert("1")
    buffer = io.BytesIO()
    image.resize((side * QR_SCALE, side * QR_SCALE), Image.Resampling.NEAREST).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _page(certificate: Certificate, verify_url: str) -> dict[str, Any]:
    """What one page prints: the snapshot, every string in NFC, and the QR code."""
    if certificate.band not in PRINTED_BANDS:
        raise ValueError(
            _("Certificate %(reference)s has the result %(band)r, which is not printed on a certificate.")
            % {"reference": certificate.reference, "band": certificate.band}
        )
    if not verify_url:
        raise ValueError(_("A certificate needs its verification address for the QR code."))
    page: dict[str, Any] = {name: nfc(getattr(certificate, name) or "") for name in _SNAPSHOT_TEXT}
    for name in _SNAPSHOT_DATES:
        value = getattr(certificate, name)
        if value is not None and not isinstance(value, date):
            raise TypeError(f"{name} must be a date, not {type(value).__name__}")
        page[name] = value
    page["verify_url"] = nfc(verify_url)
    page["qr"] = _qr_data_uri(page["verify_url"])
    return page


def _check(result: Any, warnings: list[str], pdf: bytes, pages: int) -> None:
    """Fail loudly: pisa's errors and warnings (a refused or unreadable font is only a warning), anything xhtml2pdf
    logged (a resource the policy refused is only logged), a font that is not ours (the silent Helvetica fallback),
    a certificate that ran over its page."""
    if result.err or result.warn or warnings:
        raise CertificateRenderError(
            _("The certificate PDF could not be made: %(problems)s")
            % {"problems": " | ".join(warnings) or f"{result.err} errors, {result.warn} warnings"}
        )
    fonts = set(_BASE_FONT.findall(pdf))
    foreign = sorted(font.decode("latin-1") for font in fonts if not _EMBEDDED_FACE.fullmatch(font))
    if foreign or not fonts:
        raise CertificateRenderError(
            _("The certificate PDF uses fonts other than %(family)s: %(fonts)s")
            % {"family": FONT_FAMILY, "fonts": ", ".join(foreign) or "-"}
        )
    printed = len(_PAGE_OBJECT.findall(pdf))
    if printed != pages:
        raise CertificateRenderError(
            _("The certificates took %(printed)d pages instead of %(pages)d: some text is too long for the page.")
            % {"printed": printed, "pages": pages}
        )


@contextmanager
def _reportlab_settings(base_font: str) -> Iterator[None]:
    """ReportLab's process-wide settings while a certificate is built.

    - ReportLab selects its base font (Helvetica) when it starts a page and when it draws a table cell, whatever the
      cell holds; xhtml2pdf overrides neither, so an unembedded Helvetica lands in every PDF. Point both at a Be
      Vietnam Pro face. A TrueType font is never emitted as the page's initial font.
    - Streams are compressed but not also ASCII85-encoded: a PDF is binary anyway, ASCII85 adds a quarter to every
      stream and took a tenth of the render time.
    """
    previous = rl_config.canvas_basefontname, CellStyle.fontname, rl_config.useA85
    rl_config.canvas_basefontname, CellStyle.fontname, rl_config.useA85 = base_font, base_font, 0
    try:
        yield
    finally:
        rl_config.canvas_basefontname, CellStyle.fontname, rl_config.useA85 = previous


def _render(pages: list[dict[str, Any]]) -> bytes:
    if not pages:
        raise ValueError(_("There are no certificates to print."))
    setup = _setup()
    with translation.override("vi"):
        html = setup.template.render({"pages": pages, "font_family": FONT_FAMILY})
    out = io.BytesIO()
    with (
        _render_lock,
        _reportlab_settings(setup.base_font),
        _xhtml2pdf_warnings() as warnings,
    ):
        result = pisa.CreatePDF(
            html, dest=out, encoding="utf-8", default_css=setup.base_css, resource_policy=setup.policy
        )
    pdf = out.getvalue()
    _check(result, warnings, pdf, len(pages))
    return pdf


def render_certificate_pdf(certificate: Certificate, *, verify_url: str) -> bytes:
    """One certificate as a one-page A4 landscape PDF."""
    return _render([_page(certificate, verify_url)])


def render_certificates_pdf(items: Iterable[tuple[Certificate, str]]) -> bytes:
    """Several certificates (``(certificate, verify_url)`` pairs) in one printable PDF, one per page, in order."""
    return _render([_page(certificate, verify_url) for certificate, verify_url in items])
