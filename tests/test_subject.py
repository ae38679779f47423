"""Subject decoding, normalisation and matching (intake/subject.py)."""

from __future__ import annotations

import base64
import unicodedata
from email.header import Header

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from intake.subject import (
    SubjectMatch,
    decode_bytes,
    decode_header_text,
    fold_diacritics,
    is_automatic_subject,
    match_subject,
    normalise_subject,
)

EXPECTED = 'Konkursam "Remigrācijas sekmēšanas pakalpojumi pašvaldībās"'
TITLE = "Remigrācijas sekmēšanas pakalpojumi pašvaldībās"
LATVIAN = "Konkursam „Remigrācijas sekmēšanas pakalpojumi pašvaldībās”"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


DECODE_CASES = [
    (None, "", "none"),
    ("Plain subject", "Plain subject", "ascii"),
    ("=?utf-8?q?Remigr=C4=81cija_un_pa=C5=A1vald=C4=ABbas?=", "Remigrācija un pašvaldības", "q"),
    (f"=?UTF-8?B?{_b64('Rēzekne'.encode())}?=", "Rēzekne", "b-uppercase-charset"),
    # A character split across two encoded words: the bytes are joined before decoding.
    (
        f"=?utf-8?B?{_b64(b'R' + bytes([0xC4]))}?= =?utf-8?B?{_b64(bytes([0x81]))}?=",
        "Rā",
        "split-char",
    ),
    ("=?utf-8?q?a?=\r\n =?utf-8?q?b?=", "ab", "adjacent-words-folded"),
    ("=?utf-8?q?Konkursam?= Remigr=?utf-8?q?=C4=81?=cijas", "Konkursam Remigrācijas", "mixed"),
    ("=?iso-8859-13?q?R=E7zekne?=", "Rēzekne", "iso-8859-13"),
    ("=?windows-1257?q?Ludz=E2?=", "Ludzā", "windows-1257"),
    ("=?utf-8*lv?q?Ludz=C4=81?=", "Ludzā", "rfc2231-language"),
    ("=?x-unknown?q?Ludz=C4=81?=", "Ludzā", "unknown-charset-utf8"),
    ("=?x-unknown?q?Ludz=E2?=", "Ludzā", "unknown-charset-cp1257"),
    ("=?utf-8?q?Ludz=E2?=", "Ludz\ufffd", "wrong-charset-replaced"),
    ("=?us-ascii?q?Ludz=E2?=", "Ludzā", "8bit-under-ascii"),
    ("=?utf-8?b?!!!?=", "=?utf-8?b?!!!?=", "broken-base64-kept"),
    ("Line one\r\n line two", "Line one line two", "folded"),
    ("Tab\there", "Tab here", "control-char"),
    ("N\x00U\x07L\x85", "NUL", "control-chars-removed"),
    ("Pašvaldība".encode(), "Pašvaldība", "raw-utf8-bytes"),
    ("Pašvaldība".encode("cp1257"), "Pašvaldība", "raw-cp1257-bytes"),
    ("Pašvaldība".encode("cp1257").decode("ascii", "surrogateescape"), "Pašvaldība", "escaped"),
    (
        "=?iso-2022-jp?B?GyRCJygnJS1iGyhCNDEgGyRCJ2AnZBsoQiAyOC4wOS4yMDE2?=",
        "ЖД\ufffd41 от 28.09.2016",
        "iso-2022-jp-not-utf8",
    ),
]


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [case[:2] for case in DECODE_CASES],
    ids=[case[2] for case in DECODE_CASES],
)
def test_decode_header_text(raw: str | bytes | None, decoded: str) -> None:
    assert decode_header_text(raw) == decoded


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-13", "windows-1257"])
def test_decode_header_text_reads_what_the_stdlib_encodes(charset: str) -> None:
    encoded = Header(LATVIAN, charset, maxlinelen=40).encode()
    assert encoded.count("=?") > 1  # several encoded words, folded
    assert decode_header_text(encoded) == LATVIAN


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_decode_header_text_never_raises(raw: bytes | str) -> None:
    assert isinstance(decode_header_text(raw), str)


ODD_CHARSETS = ["base64", "zlib", "hex", "rot13", "idna", "punycode", "unicode_escape", "a\x00"]
ODD_CHARSETS += ["undefined", "utf-16", "utf-7", "x-mac-cyrillic", ""]


@given(st.binary(max_size=50), st.sampled_from(ODD_CHARSETS) | st.text(max_size=12))
def test_decode_bytes_never_raises_whatever_the_charset_label(data: bytes, charset: str) -> None:
    assert isinstance(decode_bytes(data, charset), str)
    word = f"=?{charset}?b?{_b64(data)}?="
    assert isinstance(decode_header_text(word), str)


@pytest.mark.parametrize("charset", ["base64", "zlib", "idna", "punycode"])
def test_codecs_that_are_not_charsets_are_ignored(charset: str) -> None:
    assert decode_header_text(f"=?{charset}?q?Ludz=C4=81?=") == "Ludzā"


def test_decode_bytes_falls_back_to_windows_1257() -> None:
    assert decode_bytes("Ķekava".encode("cp1257")) == "Ķekava"
    assert decode_bytes("Ķekava".encode(), "iso-8859-13") == "Ķekava"  # mislabelled UTF-8


NORMALISE_CASES = [
    ("Re: Konkursam", "konkursam", "re"),
    ("RE : FW: Atb.: Pārs.: konkursam", "konkursam", "chain"),
    ("Fwd: AW: WG: Sv: VS: TR: Atb: Pars.: x", "x", "languages"),
    ("Re[2]: x", "x", "counter"),
    ("  „Konkursam”   «x»  ", '"konkursam" "x"', "quotes-and-spaces"),
    ("Rezultāti: x", "rezultāti: x", "not-a-prefix"),
    ("Pa\u0304rskats", "pārskats", "nfc"),
]


@pytest.mark.parametrize(
    ("subject", "normalised"),
    [case[:2] for case in NORMALISE_CASES],
    ids=[case[2] for case in NORMALISE_CASES],
)
def test_normalise_subject(subject: str, normalised: str) -> None:
    assert normalise_subject(subject) == normalised


MATCH_CASES = [
    (EXPECTED, SubjectMatch.EXACT, "exact"),
    (LATVIAN, SubjectMatch.EXACT, "latvian-quotes"),
    ("Re: " + LATVIAN, SubjectMatch.EXACT, "reply"),
    ("FW: Atb.: " + LATVIAN, SubjectMatch.EXACT, "forward-of-reply"),
    ('KONKURSAM „remigrācijas SEKMĒŠANAS pakalpojumi pašvaldībās"', SubjectMatch.EXACT, "case"),
    ("Konkursam Remigrācijas sekmēšanas pakalpojumi pašvaldībās", SubjectMatch.NEAR, "no-quotes"),
    ("Konkursam Remigracijas sekmesanas pakalpojumi pasvaldibas", SubjectMatch.NEAR, "ascii"),
    (TITLE, SubjectMatch.NEAR, "title-alone"),
    ('"Remigracijas sekmesanas pakalpojumi pasvaldibas"', SubjectMatch.NEAR, "title-ascii"),
    (
        'Konkursam "Remigracijas sekmešanas pakalpojumi pasvaldibam"',
        SubjectMatch.NEAR,
        "typo-and-diacritics",
    ),
    ("Konkursam: Remigrācijas sekmēšanas pakalpojumi pašvaldībās", SubjectMatch.NEAR, "colon"),
    ("Konkursam Remigrācijas sekmešanas pakalpojumu pašvaldībam", SubjectMatch.NEAR, "two-typos"),
    (LATVIAN + " - Preiļu novads", SubjectMatch.NEAR, "municipality-after"),
    (LATVIAN + " – Preiļu novads", SubjectMatch.NEAR, "municipality-after-dash"),
    (EXPECTED + " (Balvu novada pašvaldība)", SubjectMatch.NEAR, "municipality-in-brackets"),
    (TITLE + ", Rēzeknes novada dome", SubjectMatch.NEAR, "title-and-municipality"),
    ("Re: " + EXPECTED.replace("ā", "a") + " - Līvānu novads", SubjectMatch.NEAR, "re-near-muni"),
    # Words before the subject make it another letter: a question, a report, a cover note.
    ("Preiļu novada pašvaldība: " + LATVIAN, SubjectMatch.NONE, "municipality-before"),
    (
        "Preiļu novada pieteikums konkursam Remigracijas sekmesanas pakalpjumi pasvaldibas",
        SubjectMatch.NONE,
        "near-title-inside-longer",
    ),
    (f"Jautājums par konkursu „{TITLE}”", SubjectMatch.NONE, "question-about-competition"),
    (f'Atskaite par projektu "{TITLE}" 2018', SubjectMatch.NONE, "ministry-report"),
    (f"Par konkursu {TITLE}", SubjectMatch.NONE, "par-konkursu"),
    # After the subject only who sends it may follow.
    (f"{LATVIAN} – jautājums par termiņu", SubjectMatch.NONE, "question-after"),
    (f"{LATVIAN} atskaite 2018", SubjectMatch.NONE, "report-after"),
    (f"{LATVIAN} – atbilde Preiļu novada domei", SubjectMatch.NONE, "answer-to-municipality"),
    (f"{LATVIAN} – Preiļu novads, Balvu novads un Rēzeknes novads", SubjectMatch.NONE, "long"),
    # Autoresponders and mail servers: never the application, whatever follows.
    ("Automātiskā atbilde: Re: " + LATVIAN, SubjectMatch.NONE, "auto-reply-lv"),
    ("Automatiska atbilde: " + EXPECTED, SubjectMatch.NONE, "auto-reply-lv-ascii"),
    ("Automatic reply: " + EXPECTED, SubjectMatch.NONE, "automatic-reply"),
    ("Out of Office: " + EXPECTED, SubjectMatch.NONE, "out-of-office"),
    ("Prombūtnē: " + EXPECTED, SubjectMatch.NONE, "prombutne"),
    ("Undeliverable: Re: " + EXPECTED, SubjectMatch.NONE, "undeliverable"),
    ("Nepiegādāts: " + EXPECTED, SubjectMatch.NONE, "nepiegadats"),
    ("Re: Fwd: Automatic Reply: " + EXPECTED, SubjectMatch.NONE, "auto-reply-after-prefixes"),
    ("Re: rēķins", SubjectMatch.NONE, "invoice"),
    ("Konkurss", SubjectMatch.NONE, "konkurss"),
    ("Remigrācija", SubjectMatch.NONE, "remigracija"),
    ("Konkursam", SubjectMatch.NONE, "konkursam-alone"),
    ("Remigrācijas pakalpojumi", SubjectMatch.NONE, "half-title"),
    ("", SubjectMatch.NONE, "empty"),
    ("Uzaicinājums uz semināru par pašvaldību pakalpojumiem", SubjectMatch.NONE, "similar-words"),
]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [case[:2] for case in MATCH_CASES],
    ids=[case[2] for case in MATCH_CASES],
)
def test_match_subject(subject: str, expected: SubjectMatch) -> None:
    assert match_subject(subject, EXPECTED, TITLE) is expected


@pytest.mark.parametrize(
    ("subject", "automatic"),
    [
        ("Automātiskā atbilde: x", True),
        ("RE: Out of office: x", True),
        ("Delivery Status Notification (Failure): x", True),
        ("Read: x", True),
        ("Izlasīts: x", True),
        (EXPECTED, False),
        ("Re: " + EXPECTED, False),
        ("Readme", False),
        ("Atbilde uz jautājumu", False),
    ],
    ids=[
        "lv",
        "after-re",
        "dsn",
        "read-receipt",
        "read-receipt-lv",
        "subject",
        "re",
        "word",
        "lv-word",
    ],
)
def test_is_automatic_subject(subject: str, automatic: bool) -> None:
    assert is_automatic_subject(subject) is automatic


def test_a_short_configured_subject_tolerates_no_typos() -> None:
    assert match_subject("Test", "Test", "Test") is SubjectMatch.EXACT
    assert match_subject("Tost", "Test", "Test") is SubjectMatch.NONE


# --- properties ---------------------------------------------------------------------------

PREFIXES = ["Re:", "RE :", "Fwd:", "Fw:", "FW:", "AW:", "WG:", "Sv:", "VS:", "Atb.:", "Atb:"]
PREFIXES += ["Pārs.:", "Pars.:", "TR:", "re:", "Re[3]:"]
QUOTES = ['"', "“", "”", "„", "«", "»", "'", "‘", "’", "‚"]


@given(st.text(max_size=80))
@example("Re: re: Re:  x")
@example("\u0130Re: x")  # casefolding "İ" adds a combining dot
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalise_subject(text)
    assert normalise_subject(once) == once


@given(st.lists(st.sampled_from(PREFIXES), max_size=6), st.sampled_from(["", " ", "  "]))
def test_any_prefix_chain_on_the_exact_subject_stays_exact(prefixes: list[str], gap: str) -> None:
    subject = gap.join([*prefixes, EXPECTED])
    assert match_subject(subject, EXPECTED, TITLE) is SubjectMatch.EXACT


@given(st.sampled_from(QUOTES), st.sampled_from(QUOTES))
def test_any_quote_style_stays_exact(opening: str, closing: str) -> None:
    subject = f"Konkursam {opening}{TITLE}{closing}"
    assert match_subject(subject, EXPECTED, TITLE) is SubjectMatch.EXACT


@pytest.mark.parametrize("quote", ['"', "„", "”"], ids=["open-straight", "open-low", "close"])
def test_a_missing_quote_is_a_near_miss(quote: str) -> None:
    assert match_subject(f"Konkursam {quote}{TITLE}", EXPECTED, TITLE) is SubjectMatch.NEAR


_MARKED = [i for i, ch in enumerate(EXPECTED) if fold_diacritics(ch) != ch]


@given(st.sets(st.sampled_from(_MARKED), min_size=1))
def test_removing_diacritics_gives_near(positions: set[int]) -> None:
    subject = "".join(
        fold_diacritics(ch) if i in positions else ch for i, ch in enumerate(EXPECTED)
    )
    assert match_subject(subject, EXPECTED, TITLE) is SubjectMatch.NEAR


@given(st.sampled_from(PREFIXES), st.text(min_size=1, max_size=20))
def test_words_before_the_subject_make_it_another_letter(prefix: str, words: str) -> None:
    subject = f"{prefix} {words.strip()} jautājums par {EXPECTED}"
    assert match_subject(subject, EXPECTED, TITLE) is SubjectMatch.NONE


@given(st.text(max_size=30))
def test_short_subjects_never_match(subject: str) -> None:
    assert match_subject(subject, EXPECTED, TITLE) is SubjectMatch.NONE


def test_fold_diacritics_covers_latvian_letters() -> None:
    letters = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"
    assert fold_diacritics(letters) == "acegiklnsuzACEGIKLNSUZ"
    assert unicodedata.is_normalized("NFC", fold_diacritics("Pa\u0304rskats"))


def test_escape_codecs_are_not_mail_charsets() -> None:
    assert decode_bytes(b"\\x41 \xc3\xa1", "unicode_escape") == "\\x41 á"
    assert decode_bytes(b"\\u0041", "raw-unicode-escape") == "\\u0041"
