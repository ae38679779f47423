"""Lines of text from PDFium's glyph boxes, and what stood between two lines as typed.

A PDF has no lines or paragraphs, only glyphs placed on the page. Glyphs are grouped into lines
by their vertical centre (`glyph_rows`), a line keeps what is needed to tell a wrapped line from
a new paragraph (`Line`), and `line_break` tells what stood between two lines of one cell or
column in the document: a space where the layout wrapped it, nothing where a word too long for
the cell was broken, a new paragraph otherwise. Used for body text (`parsers.pdf_layout`), the
cells of tables (`parsers.pdf_grids`, `parsers.pdf_aligned`) and joining them again
(`parsers.pdf_blocks`).

Coordinates are PDF points with y growing upwards; `Line.top` > `Line.bottom`.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from statistics import median

__all__ = [
    "HYPHEN_MARK",
    "TAB_GAP",
    "Glyph",
    "Line",
    "glyph_rows",
    "line_break",
    "text_line",
    "text_lines",
]

TAB_GAP = 0.3  # kerning moves a letter by up to ~0.1 pt; a gap between words is wider
HYPHEN_MARK = "\x02"  # PDFium's mark for a hyphen it took for a word break at the line end

Glyph = tuple[str, float, float, float, float]  # char, left, right, bottom, top (loose box)


@dataclass(frozen=True)
class Line:
    """A line of text, with what is needed to tell a wrapped line from a new paragraph."""

    text: str
    left: float
    right: float  # of the last glyph that is not a space
    bottom: float
    top: float
    baseline: float  # where most letters stand: boxes may include descenders, or be loose
    first_word: float  # width of the first word: would it have fitted on the line above?
    first_glyph: float
    space: float  # width of the line's space glyphs, 0 where it has none
    spaced_end: bool  # a space glyph was drawn after the last word
    hyphenated: bool  # ends in a hyphen PDFium took for a word break


def text_lines(glyphs: list[Glyph]) -> list[Line]:
    return [line for line in map(text_line, glyph_rows(glyphs)) if line.text]


def glyph_rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into lines by their vertical centre, top line first, left to right."""
    rows: list[list[Glyph]] = []
    centre = height = 0.0
    for glyph in sorted(glyphs, key=lambda g: -(g[3] + g[4])):
        middle = (glyph[3] + glyph[4]) / 2
        if rows and abs(centre - middle) <= 0.5 * height:
            rows[-1].append(glyph)
            continue
        rows.append([glyph])
        centre, height = middle, max(glyph[4] - glyph[3], 1.0)
    return [sorted(row, key=lambda g: g[1]) for row in rows]


def text_line(glyphs: list[Glyph]) -> Line:
    height = median(glyph[4] - glyph[3] for glyph in glyphs)
    if _justified(glyphs, height):
        glyphs = [(" ", *glyph[1:]) if glyph[0] == "\t" else glyph for glyph in glyphs]
    pieces: list[str] = []
    previous_right: float | None = None
    for char, left, right, _bottom, _top in glyphs:
        if previous_right is not None and char != "\t":  # a tab seen by `parsers.pdf_layout`
            gap = left - previous_right
            if gap > height:  # a tab stop or a column: "Tālrunis⇥26123456"
                pieces.append("\t")
            elif gap > 0.15 * height and char != " " and pieces[-1] != " ":
                pieces.append(" ")  # words placed apart without a space glyph
        pieces.append(char)
        previous_right = right
    text = "".join(pieces)
    visible = [glyph for glyph in glyphs if not glyph[0].isspace()]
    if not visible:
        return Line("", 0, 0, 0, 0, 0, 0, 0, 0, False, False)
    spaces = [glyph[2] - glyph[1] for glyph in glyphs if glyph[0] == " "]
    first_word = text.lstrip().split(maxsplit=1)[0] if text.strip() else ""
    word_glyphs = visible[: max(len(first_word), 1)]
    hyphenated = visible[-1][0] == HYPHEN_MARK
    stripped = text.strip().rstrip(HYPHEN_MARK).replace(HYPHEN_MARK, "-")
    return Line(
        text=stripped,
        left=visible[0][1],
        right=visible[-1][2],
        bottom=min(glyph[3] for glyph in glyphs),
        top=max(glyph[4] for glyph in glyphs),
        baseline=median(glyph[3] for glyph in visible),
        first_word=word_glyphs[-1][2] - word_glyphs[0][1],
        first_glyph=visible[0][2] - visible[0][1],
        space=median(spaces) if spaces else 0.0,
        spaced_end=glyphs[-1][0] == " ",
        hyphenated=hyphenated,
    )


_JUSTIFIED_WORDS = 3


def _justified(glyphs: list[Glyph], height: float) -> bool:
    """A justified line some software draws word by word, without space glyphs, so that every
    gap between words looks like a tab stop ("Projekta⇥mērķis:⇥Informēt⇥diasporu"): three
    jumps or more, all narrower than the letters are high, and no space in the line."""
    jumps = 0
    for before, glyph in pairwise(glyphs):
        if glyph[0] == " ":
            return False
        if glyph[0] == "\t":
            if glyph[1] - before[2] >= height:
                return False
            jumps += 1
    return jumps >= _JUSTIFIED_WORDS


# Latvian words of up to three letters: a line starting with one of these was wrapped at a space.
_SHORT_WORDS_TEXT = (
    "un ar uz no ka kā jo ja to tā tas tie šo šī ir pa pie par pēc bet vai nav ne gan lai kas "
    "kur kad ko kam mēs jūs sev bez aiz zem arī jau vēl tik cik ik"
)
_SHORT_WORDS = frozenset(_SHORT_WORDS_TEXT.split())
_CLOSING = ",.;:!?)]}”»…\"'"


def line_break(above: Line, below: Line, limit: float) -> str:
    """What stood between two lines of one cell or column in the document: " " where the line
    was wrapped at a space, "" where a word too long for the cell was broken, "\\n" between
    paragraphs (the first word below would have fitted on the line above, or a sentence ends
    where a capital begins the line below)."""
    if not above.text or not below.text:
        return "\n"
    room = limit - above.right
    space = max(above.space, below.space) or 0.3 * (above.top - above.bottom)
    if room >= below.first_word + space + 1.0:
        return "\n"
    if above.hyphenated or _broken_word(above, below, room, space) or _after_dash(above, below):
        return ""
    if above.text[-1] in ".!?" and below.text[0].isupper():
        return "\n"
    return " "


_DASHES = "-–—‑"


def _after_dash(above: Line, below: Line) -> bool:
    """Wrapped after a dash joined to the word before it ("10.2019.–" + "03.2020.",
    "2019-11-" + "18", "oktobris–" + "decembris"): the dash stays, no space is added. A dash
    with a space before it ("oktobris –") was wrapped at the space after it."""
    text = above.text
    return (
        len(text) > 1
        and text[-1] in _DASHES
        and not above.spaced_end
        and not text[-2].isspace()
        and below.text[0].isalnum()
    )


def _broken_word(above: Line, below: Line, room: float, space: float) -> bool:
    """A word longer than the cell is broken where it reaches the edge, without a hyphen:
    "Pašvaldība" + "s pārstāvju", "01.03.202" + "0.", "Daugavpilī" + "” un"."""
    if above.spaced_end or " " in above.text or "\t" in above.text:
        return False
    if room >= below.first_glyph + 1.0:  # its first letter would still have fitted
        return False
    if room > space + 0.5 or "@" in above.text or "://" in above.text:
        return True  # a space would have fitted (LibreOffice draws it), or an address
    last, first = above.text[-1], below.text[0]
    if (last.isdigit() and first.isdigit()) or first in _CLOSING:
        return True
    fragment = below.text.split(maxsplit=1)[0].rstrip(_CLOSING)
    return (
        last.isalpha()
        and fragment.isalpha()
        and fragment.islower()
        and len(fragment) <= 3
        and fragment not in _SHORT_WORDS
    )
