"""English is available on every page: the catalog is complete and compiled."""

import gettext
from pathlib import Path

import polib
from django.conf import settings

CATALOG = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"


def entries():
    return [e for e in polib.pofile(str(CATALOG / "django.po")) if not e.obsolete]


def test_every_interface_text_has_an_english_translation():
    missing = [e.msgid for e in entries() if not e.translated()]
    assert missing == []
    assert len(entries()) > 100


def test_the_compiled_catalog_matches_the_source():
    with open(CATALOG / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for e in entries():
        if e.msgid_plural and e.msgctxt:
            forms = [compiled.npgettext(e.msgctxt, e.msgid, e.msgid_plural, n) for n in (1, 2)]
        elif e.msgid_plural:
            forms = [compiled.ngettext(e.msgid, e.msgid_plural, n) for n in (1, 2)]
        if e.msgid_plural:
            if forms != [e.msgstr_plural[0], e.msgstr_plural[1]]:
                stale.append(e.msgid)
        elif e.msgctxt:
            # A word in context ("eerste" as an ordinal) is looked up with its context.
            if compiled.pgettext(e.msgctxt, e.msgid) != e.msgstr:
                stale.append(e.msgid)
        elif compiled.gettext(e.msgid) != e.msgstr:
            stale.append(e.msgid)
    assert stale == []
