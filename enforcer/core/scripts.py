"""Built-in marker detectors: properties of a prompt that no phrase list can
express. A marker set lists one as an entry starting with "@" (see
rules/markers.yaml); the set's bit is then set when the detector says yes.

`@non-latin-script`: most of the prompt's letters are outside the Latin script
(Chinese, Japanese, Korean, Cyrillic, Arabic, Devanagari, ...). Reported
campaigns sent many non-English prompts; a language identifier would also see
French or Spanish, but needs a model and costs far more per prompt, where this
is two regex counts over the first 600 characters of a non-ASCII prompt (45 us
measured; an ASCII prompt is Latin by definition and costs one `str.isascii`).
"""

from __future__ import annotations

import re

_LETTER = re.compile(r"[^\W\d_]")
# Latin letters beyond ASCII: Latin-1 Supplement to Latin Extended-B, IPA and
# Latin Extended Additional (Vietnamese); everything else alphabetic is another script.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0250-\u02af\u1e00-\u1eff]")


SAMPLE_CHARS = 600  # the script of a prompt shows in its beginning; prompts run to 100k+ chars


def non_latin_script(text: str, share: float = 0.5) -> bool:
    """True when at least `share` of the letters (of the first SAMPLE_CHARS
    characters) are not Latin."""
    if text.isascii():
        return False
    sample = text[:SAMPLE_CHARS]
    letters = _LETTER.subn("", sample)[1]  # subn counts without building a list of matches
    if not letters:
        return False
    return letters - _LATIN.subn("", sample)[1] >= share * letters


DETECTORS = {"@non-latin-script": non_latin_script}
