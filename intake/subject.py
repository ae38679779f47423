"""Subject decoding, normalisation and matching.

The competition rules tell municipalities to write one exact subject, and people still reply,
forward, drop the diacritics, change the quotes or add their municipality's name. The service must
tell "this is the subject" (exact), "this is clearly meant to be the subject" (near: registered
with a warning) and "this is something else" (none) apart, and it must do so on subjects decoded
from any charset a Latvian mail client has used (UTF-8, ISO-8859-13, windows-1257, raw 8-bit).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from enum import StrEnum

__all__ = [
    "SubjectMatch",
    "decode_bytes",
    "decode_header_text",
    "fold_diacritics",
    "is_automatic_subject",
    "match_subject",
    "normalise_subject",
]

# Latvian mail that is neither UTF-8 nor declares its charset is almost always windows-1257.
FALLBACK_CHARSET = "cp1257"

# Python codecs that no mail charset label should select.
# As `codecs.lookup(...).name` spells them (escape codecs with hyphens): not mail charsets.
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined"})
_SINGLE_BYTE = ("ascii", "iso8859", "latin", "cp125", "koi8", "mac-")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_QUOTES = "\"“”„«»'‘’‚‟‹›＂`´"
# Every quote style counts as the same quote; a subject without quotes is a near miss.
_QUOTE_TABLE = str.maketrans(dict.fromkeys(_QUOTES, '"'))
_PREFIX = re.compile(
    r"^(?:re|fwd|fw|aw|wg|sv|vs|atb\.?|pārs\.?|pars\.?|tr|antw|vl|rif|enc)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*:\s*"
)
_NON_WORD = re.compile(r"[^\w ]+")
_SPACES = re.compile(r"\s+")
# A subject longer than this is not a misspelt competition subject; bounding it keeps the
# approximate matching (quadratic) cheap on hostile input.
_MAX_MATCH_CHARS = 1000
_MAX_PREFIXES = 20
# Subjects that autoresponders and mail servers put before the subject they answer (compared
# without diacritics and case). They are not reply prefixes: such mail is never the application.
_AUTOMATIC = re.compile(
    r"(?:automatiska atbilde|automatic reply|auto[- ]?reply|automatische antwort"
    r"|out of (?:the )?office(?: reply)?|abwesenheitsnotiz|prombutne"
    r"|undeliver(?:able|ed)(?: mail)?|unzustellbar|nepiegadat[sa](?: vestule)?"
    r"|delivery status notification(?: \((?:failure|delay)\))?|mail delivery failed"
    r"|returned mail|failure notice|(?:not )?read|(?:nav )?izlasits)\s*:"
)
# What may follow the subject: who sends it ("Preiļu novads", "Balvu novada pašvaldība").
_MAX_ADDED_WORDS = 5
_MAX_ADDED_CHARS = 60
_BODY_WORD = re.compile(r"novad[sa]|nov|pasvaldibas?|(?:valsts)?pilsetas?|domes?|pagast[sa]")
# Words that say the letter is about the competition rather than being the application.
_NOT_A_NAME = re.compile(r"par|jautajum[si]|atskaite|parskats|ligums|rekins|atbilde")


class SubjectMatch(StrEnum):
    """How well a subject matches the competition's required subject."""

    EXACT = "exact"
    NEAR = "near"
    NONE = "none"


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text of `data` in `charset`; a wrong or unknown charset falls back to UTF-8, cp1257."""
    codec = _codec_name(charset) if charset else None
    if not data.isascii() and (codec is None or codec.startswith(_SINGLE_BYTE)):
        # Valid non-ASCII UTF-8 is practically never legacy 8-bit text, and clients that label
        # UTF-8 as ISO-8859-x or windows-125x are common. 7-bit codecs never get here.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError, ValueError):
            pass
    if codec in (None, "ascii"):
        codec = FALLBACK_CHARSET  # 8-bit bytes under "us-ascii" are mislabelled, not ASCII
    try:
        return data.decode(codec, errors="replace")
    except (UnicodeError, LookupError, ValueError):  # e.g. a codec without "replace"
        return data.decode(FALLBACK_CHARSET, errors="replace")


def decode_header_text(value: str | bytes | None) -> str:
    """Readable text of a raw header value: unfolded, RFC 2047 words decoded, 8-bit bytes decoded.

    A `str` may carry surrogate-escaped bytes (what `email.parser.BytesParser` makes of raw 8-bit
    headers); they are turned back into bytes and decoded as UTF-8 or, failing that, windows-1257.
    """
    if value is None:
        return ""
    data = value if isinstance(value, bytes) else _header_bytes(value)
    text = _FOLD.sub("", decode_bytes(data))
    return _clean_controls(_decode_encoded_words(text)).strip()


def _header_bytes(value: str) -> bytes:
    try:
        return value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # lone surrogates that never were bytes
        return value.encode("utf-8", "replace")


def fold_diacritics(text: str) -> str:
    """`text` without combining marks: "pašvaldībās" → "pasvaldibas"."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def normalise_subject(text: str) -> str:
    """Comparable subject: NFC, casefolded, one quote style, single spaces, no Re:/Fwd: prefixes."""
    previous = None
    # Case folding and prefix stripping can each expose work for the other; a few rounds reach the
    # fixed point for every real subject (the loop guarantees idempotence for the odd ones).
    for _ in range(5):
        if text == previous:
            break
        previous = text
        text = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).casefold())
        text = _SPACES.sub(" ", text.translate(_QUOTE_TABLE)).strip()
        text = _strip_prefixes(text)
    return text


def match_subject(subject: str, expected: str, title: str) -> SubjectMatch:
    """EXACT if `subject` equals `expected` after normalisation; NEAR for a recognisable near miss.

    The whole subject is compared, never a part of it: near misses are the required subject or
    the title alone with missing diacritics, a few typos, other or missing quotes and punctuation,
    optionally followed by a short addition naming the municipality ("… – Preiļu novads"). Words
    before the subject ("Jautājums par konkursu …") make it another letter. Automatic replies and
    delivery reports ("Automātiskā atbilde: Re: …", "Undeliverable: …") are never a match.
    """
    if is_automatic_subject(subject):
        return SubjectMatch.NONE
    normalised = normalise_subject(subject)
    if normalised == normalise_subject(expected):
        return SubjectMatch.EXACT
    folded = _comparable(normalised)[:_MAX_MATCH_CHARS]
    for target in {_comparable(normalise_subject(expected)), _comparable(normalise_subject(title))}:
        if target and _is_near(folded, target, _allowed_edits(target)):
            return SubjectMatch.NEAR
    return SubjectMatch.NONE


def is_automatic_subject(subject: str) -> bool:
    """True if `subject` starts (after any Re:/Fwd: chain) with an auto-reply or bounce marker."""
    text = fold_diacritics(unicodedata.normalize("NFC", subject).casefold())
    text = _SPACES.sub(" ", text).strip()
    for _ in range(_MAX_PREFIXES):
        if _AUTOMATIC.match(text):
            return True
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            return False
        text = stripped
    return False


def _codec_name(charset: str) -> str | None:
    """Python's codec for a MIME charset name; None for unknown names and non-charset codecs."""
    name = charset.strip().strip("\"'").split("*", 1)[0].lower()
    try:
        codec = codecs.lookup(name).name
        b"a".decode(codec, "replace")  # bytes-to-bytes codecs (base64, zlib) are not charsets
    except (LookupError, UnicodeError, ValueError):
        return None
    return None if codec in _NOT_CHARSETS else codec


def _decode_encoded_words(text: str) -> str:
    """Decode RFC 2047 words; whitespace between two adjacent encoded words is dropped."""
    pieces: list[str] = []
    pending: list[tuple[str, bytes]] = []  # adjacent encoded words, joined before decoding
    position = 0
    for match in _ENCODED_WORD.finditer(text):
        gap = text[position : match.start()]
        if gap and (not pending or gap.strip()):
            pieces.append(_flush(pending))
            pieces.append(gap)
        charset, encoding, payload = match.groups()
        data = _decode_word_payload(encoding.lower(), payload)
        if data is None:
            pieces.append(_flush(pending))
            pieces.append(match.group(0))
        elif pending and pending[-1][0] == charset.lower():
            # A multi-byte character may be split across two words: join bytes, not text.
            pending[-1] = (charset.lower(), pending[-1][1] + data)
        else:
            pending.append((charset.lower(), data))
        position = match.end()
    pieces.append(_flush(pending))
    pieces.append(text[position:])
    return "".join(pieces)


def _flush(pending: list[tuple[str, bytes]]) -> str:
    text = "".join(decode_bytes(data, charset) for charset, data in pending)
    pending.clear()
    return text


def _decode_word_payload(encoding: str, payload: str) -> bytes | None:
    """Bytes of an encoded word; None (keep the word as written) if it is not valid B or Q."""
    raw = payload.encode("ascii", "replace")
    if encoding == "q":
        return binascii.a2b_qp(raw, header=True)
    letters = raw.rstrip(b"=")
    if re.fullmatch(rb"[A-Za-z0-9+/]*", letters) is None or len(letters) % 4 == 1:
        return None
    return base64.b64decode(letters + b"=" * (-len(letters) % 4))


def _clean_controls(text: str) -> str:
    """Tabs and line breaks become spaces; other control characters (NUL, BEL, C1) go."""
    return "".join(
        " " if ch.isspace() else "" if unicodedata.category(ch) == "Cc" else ch for ch in text
    )


def _strip_prefixes(text: str) -> str:
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped


def _comparable(normalised: str) -> str:
    """Diacritic-free words only: punctuation differences never count as typos."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", fold_diacritics(normalised))).strip()


def _allowed_edits(target: str) -> int:
    # Two typos for ordinary lengths, three for long subjects; short targets get fewer, so a short
    # configured subject can never match unrelated words.
    return min(len(target) // 5, max(2, len(target) // 16))


def _is_near(text: str, target: str, max_edits: int) -> bool:
    """True if `text` is within `max_edits` edits of `target`, or such a text followed by a
    short addition that names a municipality (see `_is_municipality_addition`)."""
    if not len(target) - max_edits <= len(text) <= len(target) + max_edits + 1 + _MAX_ADDED_CHARS:
        return False
    # A prefix longer than the target plus the budget cannot be within the budget.
    distances = _prefix_distances(target, text[: len(target) + max_edits])
    for end, distance in enumerate(distances):
        if distance > max_edits:
            continue
        if end == len(text):
            return True
        if text[end] == " " and _is_municipality_addition(text[end + 1 :]):
            return True
    return False


def _prefix_distances(target: str, text: str) -> list[int]:
    """Edit distance between `target` and each prefix `text[:j]`, for j = 0 … len(text)."""
    # Column by column over `target`, so the final column holds target-vs-prefix distances.
    column = list(range(len(text) + 1))
    for i, target_char in enumerate(target, start=1):
        previous, column = column, [i]
        for j, char in enumerate(text, start=1):
            cost = 0 if target_char == char else 1
            column.append(min(previous[j] + 1, column[j - 1] + 1, previous[j - 1] + cost))
    return column


def _is_municipality_addition(words: str) -> bool:
    """A few words after the subject that name who sends it: "preilu novads", "(balvu novada
    pasvaldiba)". A word that says what else the letter is about makes it another letter."""
    found = words.split()
    if not found or len(found) > _MAX_ADDED_WORDS or len(words) > _MAX_ADDED_CHARS:
        return False
    if any(_NOT_A_NAME.fullmatch(word) for word in found):
        return False
    return any(_BODY_WORD.fullmatch(word) for word in found)
