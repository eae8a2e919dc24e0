"""The French and Spanish catalogues hold every string of the code, are complete, keep their
placeholders and are compiled."""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

import partnerlab

PACKAGE_DIR = Path(partnerlab.__file__).resolve().parent
LOCALE_DIR = PACKAGE_DIR / "locale"
# What `make messages` reads: makemessages' default extensions for the "django" domain.
SOURCE_SUFFIXES = {".py", ".html", ".txt"}
LANGUAGES = ["fr", "es"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")

Catalog = dict[tuple[str, str, str], tuple[str, ...]]
Key = tuple[str, str, str]


def _po(lang: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"))


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _catalog(mo: polib.MOFile) -> Catalog:
    """msgid → translations, keyed with context and plural so that every form is compared."""
    catalog: Catalog = {}
    for entry in mo:
        key = (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")
        if entry.msgid_plural:
            catalog[key] = tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        else:
            catalog[key] = (entry.msgstr,)
    return catalog


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    po = _po(lang)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert po.percent_translated() == 100, f"untranslated in {lang}: {untranslated}"
    assert not fuzzy, f"fuzzy in {lang}: {fuzzy}"


def _placeholders_kept(entry: polib.POEntry) -> list[str]:
    """The forms that lose or add a placeholder. A singular form may leave out what the English
    singular leaves out ("The first row" / "The first %(counter)s rows")."""
    expected = _placeholders(entry.msgid) | _placeholders(entry.msgid_plural or "")
    if not entry.msgid_plural:
        return [] if _placeholders(entry.msgstr) == expected else [entry.msgstr]
    forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
    singular = _placeholders(forms[0])
    bad = [] if _placeholders(entry.msgid) <= singular <= expected else [forms[0]]
    return bad + [form for form in forms[1:] if _placeholders(form) != expected]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_kept(lang: str) -> None:
    problems = [
        f"{entry.msgid!r} → {form!r}"
        for entry in _po(lang).translated_entries()
        for form in _placeholders_kept(entry)
    ]
    assert not problems, f"placeholders differ in {lang}: {problems}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_mo_matches_po(lang: str, tmp_path: Path) -> None:
    committed = LOCALE_DIR / lang / "LC_MESSAGES" / "django.mo"
    assert committed.exists(), f"{committed} is missing; run compilemessages"
    fresh = tmp_path / "django.mo"
    _po(lang).save_as_mofile(str(fresh))
    expected = _catalog(polib.mofile(str(fresh)))
    actual = _catalog(polib.mofile(str(committed)))
    stale = sorted(key[1] for key in expected.keys() ^ actual.keys())
    stale += sorted(k[1] for k in expected.keys() & actual.keys() if expected[k] != actual[k])
    assert expected == actual, f"{committed} is stale; run compilemessages. Differs: {stale}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_django_uses_the_catalog(lang: str) -> None:
    with translation.override(lang):
        assert translation.gettext("Sign in") != "Sign in"


def _key(entry: polib.POEntry) -> Key:
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def _sources_only(directory: str, names: list[str]) -> list[str]:
    """copytree's filter: the package's sources, without its catalogues and caches."""
    if Path(directory) == PACKAGE_DIR:
        return [name for name in names if name == "locale"]
    return [
        name
        for name in names
        if name == "__pycache__"
        or (Path(directory, name).is_file() and Path(name).suffix not in SOURCE_SUFFIXES)
    ]


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(path): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """Every message in the code, as `make messages` extracts it (Django's makemessages, run
    on a copy of the sources with an empty locale folder: the committed catalogues stay as
    they are)."""
    copy = tmp_path_factory.mktemp("sources") / "partnerlab"
    shutil.copytree(PACKAGE_DIR, copy, ignore=_sources_only)
    (copy / "locale").mkdir()
    before = _digest(LOCALE_DIR)
    with override_settings(LOCALE_PATHS=[copy / "locale"]), contextlib.chdir(copy):
        call_command("makemessages", locale=["fr"], keep_pot=True, no_location=True, verbosity=0)
    assert _digest(LOCALE_DIR) == before, "extracting the strings changed the catalogues"
    return {_key(entry) for entry in polib.pofile(str(copy / "locale" / "django.pot"))}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_holds_every_string_of_the_code(lang: str, strings_in_code: set[Key]) -> None:
    catalogued = {_key(entry) for entry in _po(lang) if not entry.obsolete}
    missing = sorted(key[1] for key in strings_in_code - catalogued)
    gone = sorted(key[1] for key in catalogued - strings_in_code)
    assert not missing and not gone, (
        f"the {lang} catalogue is out of date with the code; run make messages and translate. "
        f"Missing: {missing}. No longer in the code: {gone}"
    )
