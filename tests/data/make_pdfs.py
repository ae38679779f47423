"""Regenerate the PDF fixtures in tests/data/forms/ from the .docx forms beside them.

Each .docx written by make_forms.py is exported to PDF by LibreOffice, as a municipality's
office software does (`soffice --headless --convert-to pdf`). Two of them are exported once more
with other fonts and sizes (`*_carlito15.pdf`, `*_caladea12.pdf`), so that tables break across
pages and long words break inside narrow cells at other places, and two with their tables drawn
without borders (`*_borderless.pdf`: the columns must be found from the text). Then the files a
reader must refuse or go around:
- `scan_daugavpils.pdf`: the Daugavpils form rendered to pictures (as a scanner gives it), no text;
- `password_daugavpils.pdf`: opened only with a password (qpdf, AES-128);
- `owner_password_daugavpils.pdf`: permissions only, opens without a password and is read.

Only generation needs the tools; the suite reads the committed PDFs. On Debian 12:
    apt-get install --no-install-recommends libreoffice-writer-nogui qpdf \\
        fonts-dejavu-core fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2
The fonts matter: LibreOffice substitutes Word's Calibri, Cambria and Times New Roman with the
metric-compatible Carlito, Caladea and Liberation when they are installed, so lines wrap as in
Word. Dates, checksums and IDs are fixed (qpdf computes the IDs from the content), so a rerun
with the same LibreOffice and fonts writes the same bytes.

Run from the project root after make_forms.py: .venv/bin/python tests/data/make_pdfs.py
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.shared import Pt

FORMS = Path(__file__).parent / "forms"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VARIANTS = {  # output name: (source form, how it is changed before the export)
    "daugavpils_blank_form_carlito15.pdf": ("daugavpils_blank_form.docx", "Carlito 15"),
    "riebini_labels_above_caladea12.pdf": ("riebini_labels_above.docx", "Caladea 12"),
    "riebini_labels_above_borderless.pdf": ("riebini_labels_above.docx", "borderless"),
    "liepaja_written_dates_borderless.pdf": ("liepaja_written_dates.docx", "borderless"),
}
SCANNED = "daugavpils_blank_form.pdf"
DATES = re.compile(rb"/(?:CreationDate|ModDate)\s*\(D:[^)]*\)")
IDS = re.compile(
    rb"(/ID\s*\[\s*<)([0-9A-Fa-f]*)(>\s*<)([0-9A-Fa-f]*)(>)|(/DocChecksum\s*/)([0-9A-F]+)"
)


def main() -> None:
    for tool in ("soffice", "qpdf"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed to make the PDFs (see this script's docstring)")
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        sources = sorted(FORMS.glob("*.docx"))
        for name, (source, change) in VARIANTS.items():
            changed(FORMS / source, change).save(str(work / name.replace(".pdf", ".docx")))
        for path in sources:
            shutil.copy(path, work / path.name)
        exported = libreoffice_pdfs(work)
        for path in exported:
            deterministic(path, FORMS / path.name)
        scan = work / "scan.pdf"
        scan.write_bytes(scanned(FORMS / SCANNED))
        deterministic(scan, FORMS / "scan_daugavpils.pdf")
        encrypted(FORMS / SCANNED, FORMS / "password_daugavpils.pdf", user="parole")
        encrypted(FORMS / SCANNED, FORMS / "owner_password_daugavpils.pdf", user="")
    print(f"wrote {len(exported) + 3} PDFs to {FORMS}")


def changed(source: Path, change: str) -> docx.document.Document:
    """The form with its tables drawn without borders ("borderless"), or with every style in
    one font and size and no font set on any run ("Carlito 15")."""
    document = docx.Document(str(source))
    if change == "borderless":
        for table in document.tables:
            table.style = document.styles["Normal Table"]
        for borders in [*document.element.body.iter(f"{W}tblBorders", f"{W}tcBorders")]:
            borders.getparent().remove(borders)
        return document
    font, size = change.rsplit(" ", 1)
    for style in document.styles:
        font_of = getattr(style, "font", None)
        if font_of is not None:
            font_of.name, font_of.size = font, Pt(float(size))
    for fonts in list(document.element.body.iter(f"{W}rFonts")):
        fonts.getparent().remove(fonts)
    return document


def libreoffice_pdfs(folder: Path) -> list[Path]:
    documents = sorted(folder.glob("*.docx"))
    with tempfile.TemporaryDirectory() as profile:  # a private profile: no first-start dialogs
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, documents),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    pdfs = [document.with_suffix(".pdf") for document in documents]
    missing = [pdf.name for pdf in pdfs if not pdf.exists()]
    if missing:
        sys.exit(f"LibreOffice did not write {missing}")
    return pdfs


def deterministic(source: Path, target: Path) -> None:
    """With fixed dates and checksum, and IDs qpdf computes from the content."""
    data = DATES.sub(lambda found: fixed_date(found.group()), source.read_bytes())
    data = IDS.sub(lambda found: zeroed(found.group()), data)
    source.write_bytes(data)  # same length: the cross-reference offsets still hold
    subprocess.run(["qpdf", "--deterministic-id", str(source), str(target)], check=True)


def zeroed(written: bytes) -> bytes:
    """The document IDs or LibreOffice's checksum as zeros, keeping their length."""
    found = IDS.fullmatch(written)
    assert found is not None
    parts = [part or b"" for part in found.groups()]
    return b"".join(
        b"0" * len(part) if index in (1, 3, 6) else part for index, part in enumerate(parts)
    )


def fixed_date(written: bytes) -> bytes:
    """`/CreationDate(D:20261122231500+00'00')` → the same with the form's date, same length."""
    name, _, value = written.partition(b"(")
    fixed = b"D:20190820120000+00'00'"[: len(value) - 1].ljust(len(value) - 1, b"0")
    return name + b"(" + fixed + b")"


def scanned(source: Path) -> bytes:
    """Each page rendered to a grey 100 dpi JPEG, the pictures made into a PDF: a scan."""
    document = pdfium.PdfDocument(source.read_bytes())
    pictures = [
        document[index].render(scale=100 / 72, grayscale=True).to_pil()
        for index in range(len(document))
    ]
    out = io.BytesIO()
    pictures[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pictures[1:],
        resolution=100,
        quality=60,
    )
    return out.getvalue()


def encrypted(source: Path, target: Path, *, user: str) -> None:
    """AES-128, whose key comes from the password and the ID: with qpdf's testing options for
    a static ID and IV, reruns are byte-identical (AES-256 keys are random)."""
    subprocess.run(
        [
            "qpdf",
            "--static-id",
            "--static-aes-iv",
            "--encrypt",
            user,
            "owner-parole",
            "128",
            "--use-aes=y",
            "--",
            str(source),
            str(target),
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
