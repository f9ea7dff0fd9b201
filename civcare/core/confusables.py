"""Names that look alike: a skeleton to compare them by, and words that mix alphabets.

After Unicode Technical Standard #39 (Unicode Security Mechanisms, section 4, "Confusable
Detection"): two strings are confusable when their skeletons are equal. The skeleton here is
NFKC (full-width and other compatibility forms become ordinary letters: "Ｊａｎ" is "Jan"),
then canonical decomposition, then each letter that looks like a Latin letter replaced by
that letter, then case folded (display names are unique regardless of case already).

LOOKALIKES holds the letters of other alphabets and of the Latin extensions that the Unicode
confusables table (confusables.txt) gives as one Latin letter: what a name in Dutch, English
or another Latin-script language can be imitated with. The full table (6,000 lines, mostly
symbols and scripts that look nothing like Latin) is not needed for that; a letter missing
here is still caught when it stands in a word with Latin letters (mixes_alphabets).
"""

from __future__ import annotations

import unicodedata

# Source letter → the Latin letter it is confused with: every single-letter "MA" mapping of
# confusables.txt (version 14.0.0) from a Cyrillic, Greek or non-basic Latin letter to one
# letter a-z or A-Z, less those NFKC turns into ordinary letters already. One change: the
# capital iotas and the Cyrillic capital І map to Latin "I", not "l" as in the table, since
# names are compared case folded here and "I" then reads "i" (the table maps the Latin "I"
# itself to "l"; left out, as in a case-insensitive comparison).
LOOKALIKES: dict[str, str] = {
    # Cyrillic
    "\u0430": "a", "\u0410": "A", "\u042c": "b", "\u0412": "B", "\u0441": "c", "\u0421": "C",
    "\u0501": "d", "\u0435": "e", "\u04bd": "e", "\u0415": "E", "\u050c": "G", "\u04bb": "h",
    "\u041d": "H", "\u0456": "i", "\ua647": "i", "\u04cf": "i", "\u0458": "j", "\u0408": "J",
    "\u041a": "K", "\u0406": "I", "\u04c0": "l", "\u041c": "M", "\u043e": "o", "\u041e": "O",
    "\u0440": "p", "\u0420": "P", "\u051b": "q", "\u0433": "r", "\u0455": "s", "\u0405": "S",
    "\u0422": "T", "\u0475": "v", "\u0474": "V", "\u0461": "w", "\u051d": "w", "\u051c": "W",
    "\u0445": "x", "\u0425": "X", "\u0443": "y", "\u04af": "y", "\u0423": "Y", "\u04ae": "Y",
    # Greek (with the lunate sigmas, which NFKC would make sigmas first)
    "\u03b1": "a", "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u03dc": "F", "\u0397": "H",
    "\u03b9": "i", "\u03f3": "j", "\u037f": "J", "\u039a": "K", "\u0399": "I", "\u039c": "M",
    "\u03fa": "M", "\u039d": "N", "\u03bf": "o", "\u03c3": "o", "\u039f": "O", "\u03c1": "p",
    "\u03a1": "P", "\u1d26": "r", "\u03a4": "T", "\u03c5": "u", "\u03bd": "v", "\u03a7": "X",
    "\u03b3": "y", "\u03a5": "Y", "\u0396": "Z", "\u03f2": "c", "\u03f9": "C",
    # Latin letters beyond a-z (IPA, small capitals, phonetic extensions)
    "\u0251": "a", "\u0184": "b", "\ua7b4": "B", "\u1d04": "c", "\uab32": "e", "\uab35": "f",
    "\ua799": "f", "\u1e9d": "f", "\ua798": "F", "\u0261": "g", "\u1d83": "g", "\u018d": "g",
    "\u0131": "i", "\u026a": "i", "\u0269": "i", "\ua7b2": "J", "\u0196": "I", "\u01c0": "l",
    "\u1d0f": "o", "\u1d11": "o", "\uab3d": "o", "\uab47": "r", "\uab48": "r", "\u01a6": "R",
    "\ua731": "s", "\u01bd": "s", "\ua79f": "u", "\u1d1c": "u", "\uab4e": "u", "\uab52": "u",
    "\u028b": "u", "\u1d20": "v", "\u026f": "w", "\u1d21": "w", "\ua7b3": "X", "\u0263": "y",
    "\u1d8c": "y", "\u028f": "y", "\u1eff": "y", "\uab5a": "y", "\u1d22": "z",
}  # fmt: skip

# The alphabets whose letters imitate each other; a word may use one of them.
ALPHABETS = ("LATIN", "CYRILLIC", "GREEK")


def _mapped(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(LOOKALIKES.get(character, character) for character in decomposed)


def skeleton(text: str) -> str:
    """What ``text`` looks like, to compare names by (UTS #39 skeleton, case folded). Mapped
    before NFKC (which turns some lookalikes into other letters), after it, and after case
    folding (a capital without a mapping may fold to a small letter with one)."""
    compatible = unicodedata.normalize("NFKC", _mapped(text))
    folded = _mapped(_mapped(compatible).casefold())
    return " ".join(unicodedata.normalize("NFD", folded).split())


def alphabet(character: str) -> str | None:
    """LATIN, CYRILLIC or GREEK for a letter of one of those, else None (Python's unicodedata
    has no script property; a letter's Unicode name starts with its script)."""
    if not character.isalpha():
        return None
    name = unicodedata.name(character, "")
    return next((a for a in ALPHABETS if name.startswith(a)), None)


def mixes_alphabets(text: str) -> bool:
    """Whether a word of ``text`` has letters of two of Latin, Cyrillic and Greek ("Rеdactie"
    with a Cyrillic е). Compared after NFKC: full-width Latin is Latin."""
    for word in unicodedata.normalize("NFKC", text).split():
        found = {alphabet(character) for character in word} - {None}
        if len(found) > 1:
            return True
    return False
