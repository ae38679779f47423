"""Signed submissions: four ASiC-E containers with hand-made XAdES, one PAdES-signed PDF.
Run after the form generators (it takes their outputs from build/). Returns the signature
facts that go into expected.json."""
from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

from common import BUILD, FILES
from forms import FORMS
import pki
import xades


def read(p):
    with open(p, "rb") as fh:
        return fh.read()


def budget_xlsx22() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    f = FORMS["22"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tāme"
    ws.append(["Projekta budžeta tāme — Limbažu novada pašvaldība"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Nr.", "Izmaksu pozīcija", "Daudzums", "Vienības cena, EUR", "Summa, EUR"])
    rows = [("Darba piedāvājumu apkopojums, konsultācijas", 120, 25), ("Ceļa izdevumi (Beļģija)", 3, 600),
            ("Uzturēšanās izdevumi", 6, 200), ("Prezentācijas materiāli", 500, 3),
            ("Semināra telpu noma un kafijas pauzes", 1, 1500)]
    for i, (name, q, price) in enumerate(rows, 1):
        ws.append([i, name, q, price, f"=C{i + 3}*D{i + 3}"])
    ws.append(["", "Kopā", "", "", "=SUM(E4:E8)"])
    ws.append([])
    ws.append(["", "Pieprasītais finansējums", "", "", 8000])
    ws.append(["", "Pašvaldības līdzfinansējums", "", "", 1000])
    for col, w in zip("ABCDE", (5, 45, 10, 18, 14)):
        ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_containers():
    sigs = {}

    # ---- 21: pandoc .docx form, one signature, CA certificate also inside (unsigned props)
    k, c, issuer = pki.signer("KĀRLIS GAILĪTIS", "KĀRLIS", "GAILĪTIS", "PNOLV-120370-10418", "lv")
    files = {"1_pielikums_pieteikums_Jūrmala.docx": read(os.path.join(BUILD, "21_Pieteikums_Jurmala.docx"))}
    t = "2019-10-02T08:14:37Z"
    s0 = xades.signature_xml(files, k, c, t, "S0", include_ca=[issuer.cert, pki.root().cert],
                             role="Domes priekšsēdētājs", city="Jūrmala")
    xades.verify(s0, files)
    xades.container(os.path.join(FILES, "21_edoc_pandoc_docx.edoc"), files, [s0])
    sigs["21_edoc_pandoc_docx.edoc"] = [("KĀRLIS GAILĪTIS", t)]

    # ---- 22: reportlab PDF form + budget .xlsx + cover letter PDF, ECDSA signer (SK issuer)
    k, c, issuer = pki.signer("DZINTRA AUZIŅA", "DZINTRA", "AUZIŅA", "PNOLV-050562-11234", "sk", kind="ec")
    files = {"Pavadvestule_4.8.1-19-512.pdf": read(os.path.join(BUILD, "22_Pavadvestule.pdf")),
             "Budzeta_tame.xlsx": budget_xlsx22(),
             "1_pielikums_Pieteikums_Limbazu_novads.pdf": read(os.path.join(BUILD, "22_Pieteikums_Limbazu_novads.pdf"))}
    t = "2019-09-27T12:03:51Z"
    s0 = xades.signature_xml(files, k, c, t, "S0")
    xades.verify(s0, files)
    xades.container(os.path.join(FILES, "22_asice_pdf_form_budget_letter.asice"), files, [s0])
    sigs["22_asice_pdf_form_budget_letter.asice"] = [("DZINTRA AUZIŅA", t)]

    # ---- 23: WeasyPrint PDF form, two signatures (contact person, then chairman)
    files = {"Pieteikums_Dobeles_novads.pdf": read(os.path.join(BUILD, "23_pieteikums_Dobele.pdf"))}
    k1, c1, _ = pki.signer("OJĀRS ĶĒNIŅŠ", "OJĀRS", "ĶĒNIŅŠ", "PNOLV-321456-20987", "lv")
    k2, c2, _ = pki.signer("NORMUNDS CERIŅŠ", "NORMUNDS", "CERIŅŠ", "PNOLV-170668-12345", "lv")
    t1, t2 = "2019-09-30T07:45:10Z", "2019-09-30T13:22:05Z"
    s0 = xades.signature_xml(files, k1, c1, t1, "S0")
    s1 = xades.signature_xml(files, k2, c2, t2, "S1", role="Domes priekšsēdētājs")
    xades.verify(s0, files)
    xades.verify(s1, files)
    xades.container(os.path.join(FILES, "23_edoc_two_signatures.edoc"), files, [s0, s1])
    sigs["23_edoc_two_signatures.edoc"] = [("OJĀRS ĶĒNIŅŠ", t1), ("NORMUNDS CERIŅŠ", t2)]

    # ---- 24: LibreOffice .docx form + pandoc .docx cover letter; mixed-case CN; +03:00 time
    k, c, _ = pki.signer("Aivars Zaļkalns", "Aivars", "Zaļkalns", "PNOLV-240875-10521", "sk")
    files = {"Pavadvestule.docx": read(os.path.join(BUILD, "24_Pavadvestule.docx")),
             "Pieteikums_Kraslavas_novads.docx": read(os.path.join(BUILD, "Pieteikums_Kraslavas_novads.docx"))}
    t = "2019-10-04T11:30:00+03:00"
    s0 = xades.signature_xml(files, k, c, t, "id-7f3e0c", city="Krāslava")
    xades.verify(s0, files)
    xades.container(os.path.join(FILES, "24_edoc_libreoffice_docx_letter.edoc"), files, [s0],
                    sig_names=["META-INF/signatures1.xml"])
    sigs["24_edoc_libreoffice_docx_letter.edoc"] = [("Aivars Zaļkalns", t)]
    return sigs


def make_pades():
    from pyhanko.sign import signers, fields as sigfields
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import pdf_signer as _ps

    k, c, issuer = pki.signer("GINTS KUKAINIS", "GINTS", "KUKAINIS", "PNOLV-090971-10877", "lv")
    kp, cp, chain = pki.save_pem("gints", k, c, [issuer.cert, pki.root().cert])
    signer = signers.SimpleSigner.load(kp, cp, ca_chain_files=chain)
    when = dt.datetime(2019, 9, 26, 9, 5, 0, tzinfo=dt.timezone.utc)

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return when if tz is None else when.astimezone(tz)

    orig = _ps.datetime
    _ps.datetime = Frozen
    try:
        with open(os.path.join(BUILD, "25_unsigned.pdf"), "rb") as inf:
            w = IncrementalPdfFileWriter(inf)
            meta = signers.PdfSignatureMetadata(field_name="Signature1", md_algorithm="sha256",
                                                subfilter=sigfields.SigSeedSubFilter.PADES,
                                                location="Smiltene", reason="Pieteikuma parakstīšana",
                                                name="GINTS KUKAINIS")
            with open(os.path.join(FILES, "25_pades_signed_fpdf2.pdf"), "wb") as out:
                signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=out)
    finally:
        _ps.datetime = orig
    return {"25_pades_signed_fpdf2.pdf": [("GINTS KUKAINIS", when.isoformat().replace("+00:00", "Z"))]}


if __name__ == "__main__":
    print(make_containers())
    print(make_pades())
