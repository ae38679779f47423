"""The installed commands as a coordinator runs them: demo, run (stopped by SIGTERM), the wheel.

These run real subprocesses: the `intake` console script of this environment, and the wheel
built from the repository imported from outside the checkout.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from intake.demo import prepare
from tests import mailfactory as mf
from tests.servers.fixtures import deliver

ROOT = Path(__file__).resolve().parent.parent
INTAKE = Path(sys.executable).parent / "intake"


def intake(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(INTAKE), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_demo_registers_the_sample_mailbox_and_writes_answers(tmp_path: Path) -> None:
    result = intake("demo", "--dir", "demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "LPR-REM-2019/006" in result.stdout
    answers = sorted((tmp_path / "demo" / "outbox").glob("*.eml"))
    assert len(answers) == 7
    exported = intake("--config", "demo/config.toml", "export", cwd=tmp_path)
    records = json.loads(exported.stdout)
    assert {r["status"] for r in records} == {"registered", "late", "incomplete", "needs_review"}
    assert [r["superseded"] for r in records if r["from_address"] == "dome@balvi.lv"] == [
        True,
        False,
    ]
    again = intake("demo", "--dir", "demo", cwd=tmp_path)  # recreated, same result
    assert again.returncode == 0 and "LPR-REM-2019/006" in again.stdout


def test_demo_refuses_to_delete_a_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "thesis.odt").write_bytes(b"...")
    result = intake("demo", "--dir", "precious", cwd=tmp_path)
    assert result.returncode != 0
    assert (tmp_path / "precious" / "thesis.odt").exists()


def test_a_config_mistake_is_one_line_naming_key_and_file(tmp_path: Path) -> None:
    config = prepare(tmp_path / "demo")
    config.write_text(config.read_text().replace('kind = "maildir"', 'kind = "pop"'))
    result = intake("--config", str(config), "poll", "--once", cwd=tmp_path)
    assert result.returncode == 2
    assert f"{config}: [mailbox] kind: must be one of imap, maildir" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_polls_on_schedule_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    config = prepare(tmp_path / "demo")
    text = config.read_text().replace('poll_every = "60s"', 'poll_every = "1s"')
    config.write_text(
        text.replace('directory = "outbox"', 'directory = "outbox"\nsend_every = "1s"')
    )
    process = subprocess.Popen(
        [str(INTAKE), "--config", str(config), "run"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    outbox = tmp_path / "demo" / "outbox"
    try:
        deadline = time.monotonic() + 60
        while len(list(outbox.glob("*.eml"))) < 7 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(list(outbox.glob("*.eml"))) == 7
        # mail arriving while it runs is picked up by a later poll
        deliver(
            tmp_path / "demo" / "Maildir",
            mf.submission("dome@skrunda.lv"),
            mf.riga("26.08.2019 09:00:00"),
        )
        while len(list(outbox.glob("*.eml"))) < 8 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(list(outbox.glob("*.eml"))) == 8
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert "stopped" in output


@pytest.mark.skipif(
    not (ROOT / "pyproject.toml").exists(), reason="needs the source tree to build the wheel"
)
def test_the_wheel_works_outside_the_checkout(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "wheel"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "wheel").glob("intake-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "templates/applicant/acknowledgement.txt.j2" in names
    assert any(n.startswith("store/migrations/versions/0001") for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import intake.demo, sys, pathlib; from rich.console import Console;"
        "assert 'site' in intake.demo.__file__, intake.demo.__file__;"
        "intake.demo.run_demo(pathlib.Path('demo'), Console(width=160))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    ran = subprocess.run(
        [sys.executable, "-c", script],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert len(list((elsewhere / "demo" / "outbox").glob("*.eml"))) == 7


def test_parse_prints_the_documented_json_and_exit_codes(tmp_path: Path) -> None:
    forms = ROOT / "tests" / "data" / "forms"
    result = intake(
        "parse",
        str(forms / "balvi_one_table.docx"),
        str(forms / "scan_daugavpils.pdf"),
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    docx, scan = json.loads(result.stdout)
    assert set(docx) == {"file", "kind", "form", "problems", "signatures"}
    assert (docx["kind"], docx["form"]["requested_eur"]) == ("docx", "9500.00")
    assert {"kind", "description", "period", "cost_eur"} == set(docx["form"]["activities"][0])
    assert scan["kind"] == "pdf" and [p["code"] for p in scan["problems"]] == ["no_text_layer"]
    assert set(scan["problems"][0]) == {"field", "severity", "code", "message_lv", "message_en"}
    missing = intake("parse", str(tmp_path / "absent.docx"), cwd=tmp_path)
    assert missing.returncode == 1 and "cannot open" in missing.stderr


def test_form_template_writes_a_blank_form_the_reader_recognises(tmp_path: Path) -> None:
    result = intake("form-template", "--out", "veidlapa.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    parsed = intake("parse", "veidlapa.docx", "--format", "json", cwd=tmp_path)
    [blank] = json.loads(parsed.stdout)
    assert blank["kind"] == "docx"
    assert "missing_field" in {p["code"] for p in blank["problems"]}  # blank, but a form


def test_parse_applies_the_competition_of_the_configuration_given(tmp_path: Path) -> None:
    form = str(ROOT / "tests" / "data" / "forms" / "balvi_one_table.docx")  # Latgale
    kurzeme = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    kurzeme = kurzeme.replace('planning_region = "Latgale"', 'planning_region = "Kurzeme"')
    (tmp_path / "kurzeme.toml").write_text(kurzeme, encoding="utf-8")

    def codes(*args: str) -> set[str]:
        result = intake(*args, "parse", form, "--format", "json", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        return {p["code"] for p in json.loads(result.stdout)[0]["problems"]}

    assert not codes() & {"planning_region_mismatch", "municipality_outside_region"}
    assert {"planning_region_mismatch", "municipality_outside_region"} <= codes(
        "--config", "kurzeme.toml"
    )
    broken = intake("--config", "absent.toml", "parse", form, cwd=tmp_path)
    assert broken.returncode == 2 and "configuration file not found" in broken.stderr
