"""English is available on every page: the catalog is complete and compiled."""

import gettext
from pathlib import Path

import polib
from django.conf import settings

CATALOG = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"


def test_every_interface_text_has_an_english_translation():
    po = polib.pofile(str(CATALOG / "django.po"))
    missing = [e.msgid for e in po if not e.obsolete and (not e.msgstr or "fuzzy" in e.flags)]
    assert missing == []
    assert len(po) > 100


def test_the_compiled_catalog_matches_the_source():
    po = polib.pofile(str(CATALOG / "django.po"))
    with open(CATALOG / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = [e.msgid for e in po if not e.obsolete and compiled.gettext(e.msgid) != e.msgstr]
    assert stale == []
