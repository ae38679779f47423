"""The acknowledgement a municipality receives: its Latvian text, its HTML twin and its headers."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from jinja2 import UndefinedError

from intake.checks.attachments import FORM_NOT_FOUND, NO_ATTACHMENT, SUBJECT_MISSING
from intake.checks.base import Problem
from intake.checks.chain import RULES, check_failed_problem
from intake.checks.deadline import late_problem
from intake.checks.subject import near_match_problem
from notifications.acknowledgement import (
    AcknowledgementInput,
    acknowledgement_message_id,
    compose_acknowledgement,
    sender_name,
    thread_references,
)
from notifications.render import eur, render, riga_time, size

RIGA = ZoneInfo("Europe/Riga")
SENDER = "Kurzemes plānošanas reģions <pieteikumi@lpr.gov.lv>"
COMPOSED = datetime(2019, 8, 27, 21, 0, 5, tzinfo=UTC)
TITLE = "Remigrācijas sekmēšanas pakalpojumi pašvaldībās"
EXPECTED_SUBJECT = f'Konkursam "{TITLE}"'
# How the Latvian text quotes it: Latvian quotes outside, the subject's own quotes kept straight.
REQUIRED_LV = f'„Konkursam "{TITLE}"”'


def submission(**changes: Any) -> AcknowledgementInput:
    """Version 1 of LPR-REM-2019/001, received at the last second of the deadline (Riga time)."""
    base = AcknowledgementInput(
        recipient="dome@talsi.lv",
        reference="LPR-REM-2019/001",
        version=1,
        replaces_version=None,
        status="registered",
        subject_match="exact",
        received_at=datetime(2019, 8, 27, 20, 59, 59, tzinfo=UTC),
        timezone=RIGA,
        deadline=datetime(2019, 8, 27, 23, 59, 59, tzinfo=RIGA),
        competition_title=TITLE,
        expected_subject=EXPECTED_SUBJECT,
        original_subject=EXPECTED_SUBJECT,
        original_message_id="<CAB1234@mail.talsi.lv>",
        original_references=("<first@mail.talsi.lv>",),
        attachments=(("1_pielikums_pieteikums.docx", 12_595), ("Tāme.pdf", 1_258_291)),
        problems=(),
    )
    return dataclasses.replace(base, **changes)


def parsed(data: AcknowledgementInput) -> EmailMessage:
    """The acknowledgement as a recipient's mail program sees it: serialised, then parsed."""
    raw = compose_acknowledgement(data, SENDER, date=COMPOSED).as_bytes()
    return BytesParser(policy=default_policy).parsebytes(raw)


def plain(message: EmailMessage) -> str:
    """The text part with Unix line ends (the parser keeps the CRLF of the wire format)."""
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def html(message: EmailMessage) -> str:
    part = message.get_body(("html",))
    assert part is not None
    return str(part.get_content())


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip = tag in ("title", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip = False

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def visible(markup: str) -> str:
    parser = _Visible()
    parser.feed(markup)
    return squeeze(" ".join(parser.chunks))


def both_parts(data: AcknowledgementInput) -> tuple[str, str]:
    message = parsed(data)
    return squeeze(plain(message).replace("\n  - ", "\n")), visible(html(message))


LATE = submission(status="late", received_at=datetime(2019, 8, 28, 6, 15, tzinfo=UTC))
VARIANTS = {
    "registered": (
        submission(),
        [
            f"Jūsu pieteikums konkursam „{TITLE}” ir saņemts un reģistrēts.",
            "Šī vēstule apliecina pieteikuma saņemšanu; pieteikuma atbilstību konkursa "
            "nosacījumiem izvērtēs vērtēšanas komisija.",
        ],
        ["netiks vērtēts", "nav pievienots neviens pielikums", "pārskatīs", "aizstāj"],
    ),
    "late": (
        LATE,
        [
            "Saņemšanas laiks: 28.08.2019. plkst. 09:15:00 (Latvijas laiks)",
            "Diemžēl pieteikums saņemts pēc iesniegšanas termiņa beigām "
            "(27.08.2019. plkst. 23:59:59), tāpēc tas netiks vērtēts.",
            "It arrived after the deadline (2019-08-27 23:59:59) and will not be evaluated.",
        ],
        ["apliecina pieteikuma saņemšanu", "Labotu pieteikumu"],
    ),
    "incomplete": (
        submission(status="incomplete", attachments=()),
        [
            "Pielikumi: nav",
            "Vēstulei nav pievienots neviens pielikums, tāpēc pieteikums nav pilnīgs.",
            "Lūdzu, līdz iesniegšanas termiņa beigām (27.08.2019. plkst. 23:59:59) nosūtiet "
            "aizpildītu pieteikuma veidlapu (konkursa nolikuma 1. pielikums) kā vēstules "
            f"pielikumu, vēstules tematā norādot {REQUIRED_LV}.",
        ],
        ["netiks vērtēts", "apliecina pieteikuma saņemšanu"],
    ),
    "near_subject": (
        submission(subject_match="near", original_subject="Pieteikums Remigracijas konkursam"),
        [
            "Vēstules temats nedaudz atšķīrās no konkursa nolikumā noteiktā, taču pieteikums ir "
            "reģistrēts. Turpmāk, lūdzu, vēstules tematā norādiet precīzi "
            f"{REQUIRED_LV}.",
            "Vēstules temats: Pieteikums Remigracijas konkursam",
        ],
        ["netiks vērtēts", "pārskatīs"],
    ),
    "needs_review": (
        submission(status="needs_review", subject_match="none", original_subject="Dokumenti"),
        [
            "Jūsu vēstule ir saņemta un reģistrēta.",
            "Vēstules temats neatbilst konkursa nolikumā noteiktajam tematam "
            f"{REQUIRED_LV}, tāpēc vēstuli nevarēja automātiski atzīt par pieteikumu. "
            "Konkursa koordinators to pārskatīs un vajadzības gadījumā sazināsies ar Jums.",
            "the competition coordinator will review your message",
        ],
        ["ir saņemts un reģistrēts", "netiks vērtēts", "nedaudz atšķīrās"],
    ),
    "resubmission": (
        submission(version=2, replaces_version=1),
        [
            "Versija: 2 (aizstāj 1. versiju)",
            "Šī ir pieteikuma 2. versija, kas aizstāj iepriekš iesniegto 1. versiju. Vērtēta "
            "tiks pēdējā versija, kas saņemta līdz iesniegšanas termiņa beigām.",
            "version 2 (replaces version 1)",
        ],
        ["netiks vērtēts"],
    ),
}


@pytest.mark.parametrize("name", VARIANTS, ids=list(VARIANTS))
def test_each_variant_says_what_happened_in_both_parts(name: str) -> None:
    data, present, absent = VARIANTS[name]
    for text in both_parts(data):
        assert "LPR-REM-2019/001" in text
        for sentence in present:
            assert sentence in text
        for fragment in absent:
            assert fragment not in text


@pytest.mark.parametrize("name", VARIANTS, ids=list(VARIANTS))
def test_html_part_says_everything_the_text_part_says(name: str) -> None:
    message = parsed(VARIANTS[name][0])
    shown = visible(html(message))
    paragraphs = plain(message).replace("\n  - ", "\n").split("\n\n")
    for paragraph in filter(None, map(squeeze, paragraphs)):
        assert paragraph.strip("- ") in shown  # "-- English summary --" is a heading there


def test_receipt_time_is_riga_time_and_attachments_show_sizes() -> None:
    text, shown = both_parts(submission())
    for part in (text, shown):
        assert "Saņemšanas laiks: 27.08.2019. plkst. 23:59:59 (Latvijas laiks)" in part
        assert "1_pielikums_pieteikums.docx (12,3 KB)" in part
        assert "Tāme.pdf (1,2 MB)" in part


def test_problems_are_listed_as_things_to_fix_and_notes() -> None:
    data = submission(
        problems=(
            ("error", "Veidlapā nav norādīts pieteicēja nosaukums."),
            ("warning", "Pieprasītā summa pārsniedz 10 000,00 EUR."),
        )
    )
    for text in both_parts(data):
        assert (
            "Lūdzu, novērsiet šādas nepilnības: Veidlapā nav norādīts pieteicēja nosaukums."
        ) in text
        assert "Lūdzu, ņemiet vērā: Pieprasītā summa pārsniedz 10 000,00 EUR." in text
        assert (
            "Labotu pieteikumu varat iesniegt atkārtoti līdz iesniegšanas termiņa beigām "
            "(27.08.2019. plkst. 23:59:59); tas aizstās šo versiju."
        ) in text


# --- what the outcome paragraph says is not listed again ----------------------------------


def coded(*problems: Problem) -> tuple[tuple[str, str, str], ...]:
    """Problems as the pipeline passes them: (severity, message_lv, code)."""
    return tuple((p.severity, p.message_lv, p.code) for p in problems)


LATE_PROBLEM = late_problem(LATE.received_at, LATE.deadline, RIGA)
NEAR_PROBLEM = near_match_problem("Konkursam Remigracijas", EXPECTED_SUBJECT)
FORM_ERROR = Problem("form_amount", "error", "Pieprasītā summa pārsniedz 10 000,00 EUR.", "x")


def test_lateness_is_not_listed_as_something_to_fix() -> None:
    for text in both_parts(dataclasses.replace(LATE, problems=coded(LATE_PROBLEM))):
        assert "netiks vērtēts" in text  # the outcome paragraph says it once
        assert LATE_PROBLEM.message_lv not in text
        assert "nepilnības" not in text
        assert "what needs fixing" not in text


def test_a_late_application_lists_its_other_errors_without_asking_to_fix_them() -> None:
    data = dataclasses.replace(LATE, attachments=(), problems=coded(NO_ATTACHMENT, LATE_PROBLEM))
    for text in both_parts(data):
        assert f"Konstatētās nepilnības: {NO_ATTACHMENT.message_lv}" in text
        assert LATE_PROBLEM.message_lv not in text
        assert "Lūdzu, novērsiet" not in text and "Labotu pieteikumu" not in text
        assert "what needs fixing" not in text
        assert "Please see the notes above (in Latvian)." in text


REPEATS = {
    "near": (submission(subject_match="near"), NEAR_PROBLEM),
    "incomplete": (submission(status="incomplete", attachments=()), NO_ATTACHMENT),
    "needs_review": (submission(status="needs_review", subject_match="none"), SUBJECT_MISSING),
    "check_failed": (
        submission(status="needs_review"),
        check_failed_problem(RULES[2]),
    ),
}


@pytest.mark.parametrize("name", REPEATS, ids=list(REPEATS))
def test_the_outcome_paragraph_is_not_repeated_in_the_problem_list(name: str) -> None:
    data, problem = REPEATS[name]
    for text in both_parts(dataclasses.replace(data, problems=coded(problem, FORM_ERROR))):
        assert problem.message_lv not in text
        assert FORM_ERROR.message_lv in text  # anything else is still listed


def test_problems_without_a_code_are_all_listed() -> None:
    """Older callers pass (severity, message_lv): nothing can be recognised, nothing is hidden."""
    data = submission(subject_match="near", problems=(("warning", NEAR_PROBLEM.message_lv),))
    for text in both_parts(data):
        assert NEAR_PROBLEM.message_lv in text


def test_a_failed_check_says_a_coordinator_reviews_it_not_that_the_subject_was_wrong() -> None:
    data = submission(status="needs_review", problems=coded(check_failed_problem(RULES[2])))
    for text in both_parts(data):
        assert "Vēstuli neizdevās pilnībā pārbaudīt automātiski." in text
        assert "temats neatbilst" not in text
        assert "Lūdzu, novērsiet" not in text


def test_a_form_problem_stays_a_note() -> None:
    for text in both_parts(submission(problems=coded(FORM_NOT_FOUND))):
        assert f"Lūdzu, ņemiet vērā: {FORM_NOT_FOUND.message_lv}" in text


# --- wording: one name for the staff, Latvian quotes, a closing ------------------------------


ALL_VARIANTS = [
    LATE,
    submission(status="incomplete", attachments=(), problems=coded(NO_ATTACHMENT)),
    submission(subject_match="near", problems=coded(NEAR_PROBLEM)),
    submission(status="needs_review", subject_match="none", problems=coded(SUBJECT_MISSING)),
    submission(problems=coded(FORM_NOT_FOUND)),
    submission(status="needs_review", problems=coded(check_failed_problem(RULES[0]))),
]


@pytest.mark.parametrize("data", ALL_VARIANTS, ids=[str(i) for i in range(len(ALL_VARIANTS))])
def test_the_staff_has_one_name_and_latvian_quotes_never_clash(data: AcknowledgementInput) -> None:
    text, shown = both_parts(data)
    for part in (text, shown):
        latvian = part.split("English summary")[0]
        assert "darbinie" not in latvian  # "atbildīgais darbinieks" was the other name
        assert "“" not in latvian
        assert latvian.count("„") == latvian.count("”")
        assert "„Konkursam „" not in latvian
        assert "a coordinator" not in part and "member of staff" not in part


def test_a_subject_configured_with_latvian_quotes_is_quoted_without_nesting() -> None:
    configured = f"Konkursam „{TITLE}”"
    data = submission(status="incomplete", attachments=(), expected_subject=configured)
    for text in both_parts(data):
        assert f"vēstules tematā norādot {REQUIRED_LV}." in text


def test_the_letter_closes_with_the_senders_name() -> None:
    text, shown = both_parts(submission())
    for part in (text, shown):
        assert "automātiski; uz to nav jāatbild. Ar cieņu, Kurzemes plānošanas reģions" in part
    assert "Ar cieņu,\nKurzemes plānošanas reģions\n" in plain(parsed(submission()))


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("Latgales plānošanas reģions <pasts@lpr.gov.lv>", "Latgales plānošanas reģions"),
        ('"Latgales plānošanas reģions" <pasts@lpr.gov.lv>', "Latgales plānošanas reģions"),
        ("=?utf-8?q?Latgales_pl=C4=81no=C5=A1anas_re=C4=A3ions?= <pasts@lpr.gov.lv>", None),
        ("pasts@lpr.gov.lv", "pasts@lpr.gov.lv"),
    ],
    ids=["name", "quoted", "rfc2047", "bare-address"],
)
def test_sender_name(sender: str, name: str | None) -> None:
    assert sender_name(sender) == (name or "Latgales plānošanas reģions")


# --- notes from the pipeline and resubmissions --------------------------------------------

KEPT = (
    "Jūsu iepriekš iesniegtais pieteikums LPR-REM-2019/001 (1. versija) paliek spēkā; "
    "šī vēstule saņemta pēc iesniegšanas termiņa, tāpēc tā to neaizstāj."
)


@pytest.mark.parametrize(
    "data",
    [
        dataclasses.replace(LATE, reference="LPR-REM-2019/002", notes=(KEPT,)),
        submission(status="incomplete", attachments=(), notes=(KEPT, "Otrs teikums.")),
    ],
    ids=["late", "two-notes"],
)
def test_notes_are_a_paragraph_in_both_parts(data: AcknowledgementInput) -> None:
    message = parsed(data)
    paragraphs = [squeeze(p) for p in plain(message).split("\n\n")]
    assert " ".join(data.notes) in paragraphs
    assert " ".join(data.notes) in visible(html(message))
    assert "Please see the notes above (in Latvian)." in visible(html(message))


def test_notes_default_to_none() -> None:
    assert submission().notes == ()
    assert "paliek spēkā" not in plain(parsed(submission()))


def test_a_resubmission_names_the_version_it_replaces() -> None:
    for text in both_parts(submission(version=3, replaces_version=2)):
        assert "Versija: 3 (aizstāj 2. versiju)" in text
        assert "kas aizstāj iepriekš iesniegto 2. versiju" in text


def test_headers_answer_the_applicant_and_mark_an_automatic_reply() -> None:
    message = parsed(submission(version=2, replaces_version=1))
    assert message["From"].addresses[0].display_name == "Kurzemes plānošanas reģions"
    assert message["From"].addresses[0].addr_spec == "pieteikumi@lpr.gov.lv"
    assert message["To"] == "dome@talsi.lv"
    assert message["Subject"] == "Pieteikums reģistrēts: LPR-REM-2019/001 (2. versija)"
    assert message["Message-ID"] == "<ack.LPR-REM-2019.001.v2@lpr.gov.lv>"
    assert message["In-Reply-To"] == "<CAB1234@mail.talsi.lv>"
    assert message["References"].split() == ["<first@mail.talsi.lv>", "<CAB1234@mail.talsi.lv>"]
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["X-Auto-Response-Suppress"] == "All"
    assert "Precedence" not in message
    assert parsedate_to_datetime(message["Date"]) == COMPOSED
    assert message.get_content_type() == "multipart/alternative"


@pytest.mark.parametrize(
    ("status", "subject"),
    [
        ("registered", "Pieteikums reģistrēts: LPR-REM-2019/001"),
        ("late", "Pieteikums saņemts pēc termiņa: LPR-REM-2019/001"),
        ("incomplete", "Pieteikums saņemts bez pielikuma: LPR-REM-2019/001"),
        ("needs_review", "Vēstule saņemta un tiks pārskatīta: LPR-REM-2019/001"),
    ],
    ids=["registered", "late", "incomplete", "needs_review"],
)
def test_subject_names_the_outcome_and_the_reference(status: str, subject: str) -> None:
    assert parsed(submission(status=status))["Subject"] == subject


def test_message_id_is_derived_from_the_submission() -> None:
    first = compose_acknowledgement(submission(), SENDER, date=COMPOSED)
    again = compose_acknowledgement(submission(), SENDER)
    assert first["Message-ID"] == again["Message-ID"] == "<ack.LPR-REM-2019.001.v1@lpr.gov.lv>"
    assert acknowledgement_message_id("LPR-REM-2019/001", 3, "x@LPR.gov.lv") == (
        "<ack.LPR-REM-2019.001.v3@lpr.gov.lv>"
    )
    with pytest.raises(ValueError):
        acknowledgement_message_id("LPR-REM-2019/001", 1, "no domain")


def test_without_original_message_id_there_is_no_in_reply_to() -> None:
    message = parsed(submission(original_message_id=None, original_references=()))
    assert "In-Reply-To" not in message
    assert "References" not in message


def test_references_keep_only_well_formed_ids_and_are_trimmed() -> None:
    hostile = ("<a@x> junk\r\nBcc: victim@example.com <b@x>", *(f"<{n}@x>" for n in range(30)))
    refs = thread_references("<last@x>", hostile)
    assert refs[0] == "<a@x>"
    assert refs[-1] == "<last@x>"
    assert len(refs) == 20
    assert all(ref.startswith("<") and ref.endswith(">") and " " not in ref for ref in refs)


def test_message_is_seven_bit_and_decodes_to_latvian() -> None:
    data = submission(problems=(("error", "Ļoti garš ģērbonis — čūska, žagata, ķirsis."),))
    raw = compose_acknowledgement(data, SENDER, date=COMPOSED).as_bytes()
    assert raw.isascii()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    text = plain(BytesParser(policy=default_policy).parsebytes(raw))
    assert "Ļoti garš ģērbonis — čūska, žagata, ķirsis." in text
    assert "Reģistrācijas numurs: LPR-REM-2019/001" in text


def test_plain_text_is_wrapped_without_splitting_the_reference() -> None:
    text = plain(parsed(submission(status="incomplete", attachments=())))
    prose = [line for line in text.splitlines() if " " in line.strip()]
    assert max(len(line) for line in prose) <= 76
    assert any("LPR-REM-2019/001" in line for line in text.splitlines())


def test_html_escapes_what_the_applicant_wrote_and_text_keeps_it() -> None:
    data = submission(
        original_subject="<script>alert(1)</script> & Co",
        attachments=(("<b>x</b>.pdf", 10),),
    )
    message = parsed(data)
    assert "<script>" not in html(message)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html(message)
    assert "&lt;b&gt;x&lt;/b&gt;.pdf (10 B)" in html(message)
    assert "Vēstules temats: <script>alert(1)</script> & Co" in plain(message)


def test_input_must_be_valid() -> None:
    with pytest.raises(ValueError, match="status"):
        submission(status="accepted")
    with pytest.raises(ValueError, match="received_at"):
        submission(received_at=datetime(2019, 8, 27, 20, 59, 59))


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime(2019, 8, 27, 20, 59, 59, tzinfo=UTC), "27.08.2019. plkst. 23:59:59"),
        (datetime(2019, 12, 1, 8, 5, 0, tzinfo=UTC), "01.12.2019. plkst. 10:05:00"),
    ],
    ids=["summer-EEST", "winter-EET"],
)
def test_riga_time(moment: datetime, shown: str) -> None:
    assert riga_time(moment) == shown
    assert riga_time(moment, "Europe/Riga") == shown


def test_riga_time_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="aware"):
        riga_time(datetime(2019, 8, 27, 23, 59, 59))


@pytest.mark.parametrize(
    ("size_bytes", "shown"),
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (1024, "1,0 KB"),
        (12_595, "12,3 KB"),
        (1_048_575, "1,0 MB"),
        (1_258_291, "1,2 MB"),
        (5 * 1024**3, "5,0 GB"),
    ],
    ids=["zero", "bytes", "one-kb", "kb", "just-under-mb", "mb", "gb"],
)
def test_size(size_bytes: int, shown: str) -> None:
    assert size(size_bytes) == shown


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (Decimal("10000"), "10 000,00 EUR"),
        (Decimal("1234.565"), "1 234,57 EUR"),
        (7, "7,00 EUR"),
        ("0.5", "0,50 EUR"),
    ],
    ids=["thousands", "rounding", "int", "str"],
)
def test_eur(amount: Decimal | int | str, shown: str) -> None:
    assert eur(amount) == shown


def test_eur_refuses_floats() -> None:
    with pytest.raises(TypeError):
        eur(0.1)  # type: ignore[arg-type]


def test_a_missing_variable_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(UndefinedError):
        render("applicant/acknowledgement.txt.j2")


def test_templates_load_from_a_zipped_package_outside_the_checkout(tmp_path: Path) -> None:
    """As from a wheel: only `templates/__init__.py` and the `*.j2` files, read from a zip."""
    source = Path(__file__).resolve().parents[1] / "templates"
    archive = tmp_path / "templates.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in [source / "__init__.py", *source.rglob("*.j2")]:
            bundle.write(path, Path("templates") / path.relative_to(source))
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import templates; assert templates.__file__.startswith(sys.argv[1]), templates.__file__;"
        "import tests.test_acknowledgement as t;"
        "print(t.plain(t.parsed(t.submission())))"
    )
    checkout = str(source.parent)
    result = subprocess.run(
        [sys.executable, "-c", script, str(archive)],
        cwd=tmp_path,
        env={"PYTHONPATH": checkout, "PYTHONUTF8": "1"},
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Reģistrācijas numurs: LPR-REM-2019/001" in result.stdout


def test_a_long_outlook_message_id_threads_unencoded() -> None:
    long_id = (
        "<AM6PR0502MB3798D5C1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9"
        "@AM6PR0502MB3798.eurprd05.prod.outlook.com>"
    )
    data = dataclasses.replace(
        submission(),
        original_message_id=long_id,
        original_references=("<first@preili.lv>", "<second@preili.lv>"),
    )
    raw = compose_acknowledgement(data, SENDER, date=COMPOSED).as_bytes()
    headers = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert f"In-Reply-To: {long_id}" in headers
    assert long_id in headers.split("References:", 1)[1]
    assert "In-Reply-To: =?" not in headers and "References: =?" not in headers
    parsed = BytesParser(policy=default_policy).parsebytes(raw)
    assert parsed["In-Reply-To"] == long_id
    assert parsed["References"].split() == ["<first@preili.lv>", "<second@preili.lv>", long_id]
