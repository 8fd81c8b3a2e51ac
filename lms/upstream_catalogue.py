"""Vietnamese for the strings of the packages we build on that their own catalogues leave untranslated.

The propaganda board works in Wagtail's admin, whose Vietnamese catalogue covers about a sixth of its strings;
Django's own catalogue lacks some of its newer form and validation messages. Our translations of those strings live in
`locale_upstream/vi/` (domains `django` and `djangojs`), the second entry of `LOCALE_PATHS`: they take precedence over
the packages' catalogues, the project's own catalogue (`locale/`) over them. `makemessages` never writes there: every
project file belongs to `locale/`, the first entry.

This module finds what that catalogue still lacks, by reading each package's English catalogue (the list of its
strings) and its Vietnamese one. `manage.py upstream_messages` reports it and adds the new strings for a translator;
a test fails while any is untranslated, so upgrading Wagtail or Django shows exactly what to translate.
"""

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from django.conf import settings

# Only the packages whose strings people see: Wagtail's admin and the apps it shows, Django's forms and accounts.
UPSTREAM_PACKAGES = (
    "django",
    "django.contrib.auth",
    "wagtail",
    "wagtail.admin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.documents",
    "wagtail.embeds",
    "wagtail.images",
    "wagtail.search",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.users",
)
DOMAINS = ("django", "djangojs")


def upstream_locale_dir() -> Path:
    return Path(settings.BASE_DIR) / "locale_upstream"


def _polib():
    try:
        import polib
    except ImportError as error:  # a test/dev tool: production never reads .po files
        raise RuntimeError("polib is needed (pip install -e '.[test]')") from error
    return polib


@dataclass(frozen=True)
class UpstreamMessage:
    domain: str
    context: str | None
    msgid: str
    msgid_plural: str | None
    occurrences: tuple[tuple[str, str], ...]
    flags: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str | None, str]:
        return (self.domain, self.context, self.msgid)


def _package_locale(package: str) -> Path:
    module = import_module(package)
    base = Path(module.__file__).parent
    return base / "conf" / "locale" if package == "django" else base / "locale"


def untranslated_upstream(language: str = "vi") -> dict[tuple, UpstreamMessage]:
    """Every string of UPSTREAM_PACKAGES that the package's own `language` catalogue does not translate."""
    polib = _polib()
    found: dict[tuple, UpstreamMessage] = {}
    for package in UPSTREAM_PACKAGES:
        locale = _package_locale(package)
        for domain in DOMAINS:
            source = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
            if not source.exists():
                continue
            own = locale / language / "LC_MESSAGES" / f"{domain}.po"
            translated = set()
            if own.exists():
                translated = {(e.msgctxt, e.msgid) for e in polib.pofile(str(own)).translated_entries()}
            for entry in polib.pofile(str(source)):
                if entry.obsolete or not entry.msgid or (entry.msgctxt, entry.msgid) in translated:
                    continue
                message = UpstreamMessage(
                    domain=domain,
                    context=entry.msgctxt,
                    msgid=entry.msgid,
                    msgid_plural=entry.msgid_plural or None,
                    occurrences=tuple((f"{package}:{path}", line) for path, line in entry.occurrences[:3]),
                    flags=tuple(entry.flags),
                )
                found.setdefault(message.key, message)
    return found


def catalogue_path(domain: str, language: str = "vi") -> Path:
    return upstream_locale_dir() / language / "LC_MESSAGES" / f"{domain}.po"


@dataclass
class CatalogueGaps:
    missing: list[UpstreamMessage]  # shown untranslated: neither the package nor we translate it
    stale: list[tuple]  # in our catalogue but no longer in any package (kept overrides of upstream are fine)


def catalogue_gaps(language: str = "vi") -> CatalogueGaps:
    polib = _polib()
    needed = untranslated_upstream(language)
    ours: dict[tuple, object] = {}
    for domain in DOMAINS:
        path = catalogue_path(domain, language)
        if path.exists():
            for entry in polib.pofile(str(path)):
                if not entry.obsolete:
                    ours[(domain, entry.msgctxt, entry.msgid)] = entry
    missing = [m for key, m in needed.items() if key not in ours or not _is_translated(ours[key])]
    known = _all_upstream_keys()
    stale = [key for key in ours if key not in known]
    return CatalogueGaps(missing=missing, stale=stale)


def _is_translated(entry) -> bool:
    return entry.translated() and "fuzzy" not in entry.flags


def _all_upstream_keys() -> set[tuple]:
    polib = _polib()
    keys = set()
    for package in UPSTREAM_PACKAGES:
        for domain in DOMAINS:
            source = _package_locale(package) / "en" / "LC_MESSAGES" / f"{domain}.po"
            if source.exists():
                keys |= {(domain, e.msgctxt, e.msgid) for e in polib.pofile(str(source)) if e.msgid}
    return keys


def catalogue_update(language: str = "vi") -> tuple[int, int]:
    """Add the missing strings (untranslated, for a translator) and drop the stale ones. Returns (added, dropped)."""
    polib = _polib()
    gaps = catalogue_gaps(language)
    added = dropped = 0
    for domain in DOMAINS:
        path = catalogue_path(domain, language)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalogue = polib.pofile(str(path)) if path.exists() else _new_catalogue(polib, language)
        present = {(e.msgctxt, e.msgid) for e in catalogue}
        for message in gaps.missing:
            if message.domain != domain or (message.context, message.msgid) in present:
                continue
            entry = polib.POEntry(
                msgctxt=message.context,
                msgid=message.msgid,
                msgstr="",
                occurrences=list(message.occurrences),
                flags=list(message.flags),
            )
            if message.msgid_plural:
                entry.msgid_plural, entry.msgstr_plural = message.msgid_plural, {0: ""}
            catalogue.append(entry)
            added += 1
        for entry in [e for e in catalogue if (domain, e.msgctxt, e.msgid) in set(gaps.stale)]:
            catalogue.remove(entry)
            dropped += 1
        catalogue.save(str(path))
    return added, dropped


def _new_catalogue(polib, language: str):
    catalogue = polib.POFile()
    catalogue.metadata = {
        "Project-Id-Version": "lms upstream strings",
        "PO-Revision-Date": "2026-11-22 00:00+0700",
        "Last-Translator": "LMS project",
        "Language-Team": "LMS project",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    return catalogue
