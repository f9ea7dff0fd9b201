"""The skeleton names are compared by, and words that mix alphabets (core/confusables.py)."""

import unicodedata

import pytest

from civcare.core.confusables import LOOKALIKES, mixes_alphabets, skeleton


@pytest.mark.parametrize(
    ("name", "looks_like"),
    [
        ("R\u0435dactie", "redactie"),  # Cyrillic е
        ("Moder\u0430tor", "moderator"),  # Cyrillic а
        ("An\u043eniem", "anoniem"),  # Cyrillic о
        ("Verwijderd acc\u043eunt", "verwijderd account"),
        ("\uff2a\uff41\uff4e Jansen", "jan jansen"),  # full width
        ("\u0391\u039d\u039f\u039d\u0399\u0395\u039c", "anoniem"),  # Greek capitals
        # Cyrillic АНОНІЕМ reads AHOHIEM: its Н is a Latin H to the eye
        ("\u0410\u041d\u041e\u041d\u0406\u0415\u041c", "ahohiem"),
        ("L\u03bftte", "lotte"),  # Greek omicron
        ("  Lotte\u00a0 ", "lotte"),  # a no-break space is a space
    ],
)
def test_lookalikes_share_a_skeleton(name, looks_like):
    assert skeleton(name) == unicodedata.normalize("NFD", looks_like)


def test_names_that_differ_keep_different_skeletons():
    assert skeleton("Zoë") != skeleton("Zoe")  # an accent is not a lookalike
    assert skeleton("Lotte") != skeleton("Lotta")
    assert skeleton("LOTTE") == skeleton("lotte")  # names are unique regardless of case


def test_every_lookalike_is_a_letter_that_maps_to_one_latin_letter():
    for source, target in LOOKALIKES.items():
        assert source.isalpha() and len(source) == 1, hex(ord(source))
        assert len(target) == 1 and target.isascii() and target.isalpha()


@pytest.mark.parametrize(
    ("name", "mixed"),
    [
        ("R\u0435dactie", True),
        ("Zw\u0435rver 42", True),
        ("Lotte \u041e\u043b\u044c\u0433\u0430", False),  # one alphabet per word
        ("\uff2a\uff41\uff4e", False),  # full-width Latin is Latin
        ("Zoë O'Brien-Smit", False),
        ("\u039d\u03af\u03ba\u03bf\u03c2", False),
    ],
)
def test_a_word_that_mixes_latin_cyrillic_or_greek(name, mixed):
    assert mixes_alphabets(name) is mixed
