"""Built-in marker detectors: properties of a prompt that no phrase list can
express. A marker set lists one as an entry starting with "@" (see
rules/markers.yaml); the set's bit is then set when the detector says yes.

`@non-latin-script`: most of the prompt's letters are outside the Latin script
(Chinese, Japanese, Korean, Cyrillic, Arabic, Devanagari, ...). Reported
campaigns sent many non-English prompts; a language identifier would also see
French or Spanish, but needs a model and costs far more per prompt, where this
is two regex scans over the first 600 characters of a non-ASCII prompt (45 us
measured when it counted single-letter matches, about half that since; an ASCII
prompt is Latin by definition and costs one `str.isascii`).
"""

from __future__ import annotations

import re

# Runs of letters, counted by their lengths: the same count as one match per
# letter (each letter is in exactly one maximal run) with far fewer matches
# (a CJK sentence is one run). Measured on the simulated non-ASCII prompts:
# ~2x faster than counting single-letter matches with subn.
_LETTERS = re.compile(r"[^\W\d_]+")
# Latin letters beyond ASCII: Latin-1 Supplement to Latin Extended-B, IPA and
# Latin Extended Additional (Vietnamese); everything else alphabetic is another script.
_LATINS = re.compile(r"[A-Za-z\u00c0-\u024f\u0250-\u02af\u1e00-\u1eff]+")


SAMPLE_CHARS = 600  # the script of a prompt shows in its beginning; prompts run to 100k+ chars


def non_latin_script(text: str, share: float = 0.5) -> bool:
    """True when at least `share` of the letters (of the first SAMPLE_CHARS
    characters) are not Latin."""
    if text.isascii():
        return False
    sample = text[:SAMPLE_CHARS]
    letters = sum(map(len, _LETTERS.findall(sample)))
    if not letters:
        return False
    return letters - sum(map(len, _LATINS.findall(sample))) >= share * letters


DETECTORS = {"@non-latin-script": non_latin_script}
