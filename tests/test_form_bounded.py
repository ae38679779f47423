"""The bounded reader: same reading as `read_form`, but a slow or greedy file cannot stall us."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import parsers.bounded
from parsers.bounded import BoundedReader
from parsers.form import FormReading, read_form

FORMS = Path(__file__).parent / "data" / "forms"


def vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmSize")


def test_a_form_reads_the_same_through_the_bound() -> None:
    data = (FORMS / "balvi_one_table.docx").read_bytes()
    with BoundedReader() as reader:
        bounded = reader.read(data, "balvi.docx")
        again = reader.read(data, "balvi.docx")  # the child is reused
    assert bounded.to_json() == read_form(data, "balvi.docx").to_json() == again.to_json()


def test_a_slow_file_times_out_and_the_next_file_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(data: bytes, filename: str, **_: object) -> FormReading:
        time.sleep(30)
        raise AssertionError("never reached")

    data = (FORMS / "balvi_one_table.docx").read_bytes()
    with BoundedReader(seconds=0.5) as reader:
        monkeypatch.setattr(parsers.bounded, "read_form", slow)
        started = time.monotonic()
        stuck = reader.read(b"%PDF-1.7 ...", "slow.pdf")
        assert time.monotonic() - started < 5
        monkeypatch.setattr(parsers.bounded, "read_form", read_form)
        after = reader.read(data, "balvi.docx")
    assert [p.code for p in stuck.problems] == ["reading_timeout"]
    assert "neizdevās nolasīt" in stuck.problems[0].message_lv
    assert after.fields["municipality"].value == "Balvu novads"


def test_a_file_needing_too_much_memory_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def greedy(data: bytes, filename: str, **_: object) -> FormReading:
        hoard = bytearray(2 * 1024 * 1024 * 1024)
        raise AssertionError(len(hoard))

    monkeypatch.setattr(parsers.bounded, "read_form", greedy)
    with BoundedReader(memory=vm_size() + 256 * 1024 * 1024) as reader:
        refused = reader.read(b"PK...", "bomb.docx")
    assert [p.code for p in refused.problems] == ["too_large"]


def test_a_cover_letter_with_a_phone_and_an_e_mail_is_not_a_form() -> None:
    import io

    import docx

    from intake.forms import is_form

    letter = docx.Document()
    letter.add_paragraph("Labdien! Pielikumā mūsu pieteikums.")
    letter.add_paragraph("Anna Kalniņa, tālr. 65322731, e-pasts: anna.kalnina@preili.lv")
    out = io.BytesIO()
    letter.save(out)
    assert not is_form(read_form(out.getvalue(), "pavadvestule.docx"))
    assert is_form(read_form((FORMS / "balvi_one_table.docx").read_bytes(), "f.docx"))
