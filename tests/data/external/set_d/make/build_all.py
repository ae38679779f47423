"""Run every generator of set D and write ../files/expected.json (producer per file)."""
from __future__ import annotations

import subprocess
from pathlib import Path

import make_calligra
import make_docxtemplater
import make_mailmerge
import make_word
from common import OUT
from forms import FORMS, write_expected

HERE = Path(__file__).resolve().parent


def main() -> None:
    producers: dict[str, str] = {}
    for fid, gen in make_word.GENERATORS.items():
        producers[FORMS[fid]["file"]] = gen()
    producers[FORMS["d10"]["file"]] = make_mailmerge.main()
    make_docxtemplater.main()
    res = subprocess.run(["node", str(HERE / "make_docxtemplater.js")], check=True, capture_output=True, text=True)
    producers[FORMS["d12"]["file"]] = res.stdout.strip()
    producers.update(make_calligra.main())
    for name in sorted(producers):
        assert (OUT / name).exists(), name
        print(f"{name}: {producers[name]}")
    write_expected(producers, OUT / "expected.json")


if __name__ == "__main__":
    main()
