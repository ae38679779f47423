"""Annex 1 inside e-signed containers and signed PDFs (parsers/asic.py, parsers/signatures.py).

The containers and the signed PDF in tests/data/forms/ are written by tests/data/make_containers.py
around the .docx forms of make_forms.py, with genuine XAdES and PAdES signatures made with a
throw-away test CA; what a container's form must read as comes from expected.json, like the
plain .docx forms.
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import io
import json
import logging
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from parsers import asic, pades, signatures
from parsers.form import FormReading, read_form
from parsers.signatures import PERSONAL_CODE_SALT, Signature, pdf_signatures, personal_code_hash

FORMS = Path(__file__).parent / "data" / "forms"
EXPECTED: dict[str, dict[str, Any]] = json.loads((FORMS / "expected.json").read_text("utf-8"))
DS = "http://www.w3.org/2000/09/xmldsig#"
JANIS_SIGNED = datetime(2019, 8, 20, 10, 15, tzinfo=timezone(timedelta(hours=3)))
LIGA_SIGNED = datetime(2019, 8, 21, 9, 30, tzinfo=UTC)
# The test signers' personal codes in every way they could leak.
CLEAR_CODES = ("010101-10000", "01010110000", "150575-10002", "15057510002", "PNOLV")


def read(name: str) -> FormReading:
    return read_form((FORMS / name).read_bytes(), name)


def codes(reading: FormReading) -> list[str]:
    return [problem.code for problem in reading.problems]


def make_zip(
    members: dict[str, bytes], mimetype: bytes | None = asic.ASIC_E_MIMETYPE.encode()
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype is not None:
            archive.writestr("mimetype", mimetype, zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def members(name: str) -> dict[str, bytes]:
    with zipfile.ZipFile(FORMS / name) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


CONTAINERS = [
    ("daugavpils_signed.edoc", "daugavpils_blank_form.docx", "Pieteikums_Daugavpils.docx"),
    ("preili_two_signers.asice", "preili_label_paragraphs.docx", "Pieteikums.docx"),
    ("ventspils_with_mistakes.bdoc", "ventspils_with_mistakes.docx", "Ventspils_pieteikums.docx"),
    ("riebini_pdf_signed.edoc", "riebini_labels_above.docx", "Pieteikums_Riebini.pdf"),
]
CONTAINER_IDS = ["edoc", "asice-among-others", "bdoc", "pdf-in-edoc"]


@pytest.mark.parametrize(("container", "docx", "inside"), CONTAINERS, ids=CONTAINER_IDS)
def test_form_in_a_container_reads_as_the_plain_docx(
    container: str, docx: str, inside: str
) -> None:
    result = read(container).to_json()
    assert (result["file"], result["kind"]) == (container, "edoc")
    assert result["form"] == EXPECTED[docx]["form"]
    assert codes(read(container)) == EXPECTED[docx]["problems"]
    assert result["form"] == read(docx).to_json()["form"]


@pytest.mark.parametrize(("container", "docx", "inside"), CONTAINERS, ids=CONTAINER_IDS)
def test_provenance_names_the_container_and_its_data_file(
    container: str, docx: str, inside: str
) -> None:
    reading = read(container)
    places = {found.provenance.file for found in reading.fields.values() if found.provenance}
    assert places == {f"{container}/{inside}"}
    assert all(activity.provenance for activity in reading.activities)


def test_supporting_documents_in_a_container_are_listed() -> None:
    data = (FORMS / "preili_two_signers.asice").read_bytes()
    assert asic.container_data_files(data) == [
        "Pavadvestule.docx",
        "Pieteikums.docx",
        "Budzets.xlsx",
    ]


def test_xades_signer_name_issuer_and_time() -> None:
    [signature] = read("daugavpils_signed.edoc").signatures
    assert signature == Signature(
        signer_name="JĀNIS BĒRZIŅŠ",
        method="xades",
        signed_at=JANIS_SIGNED,
        issuer="Test eParaksts CA",
        personal_code_hash=hashlib.sha256(PERSONAL_CODE_SALT + b"01010110000").hexdigest(),
    )
    assert signature.signed_at is not None and signature.signed_at.tzinfo is not None


def test_every_signer_of_a_container_in_order() -> None:
    found = read("preili_two_signers.asice").signatures
    assert [(s.signer_name, s.method, s.signed_at) for s in found] == [
        ("JĀNIS BĒRZIŅŠ", "xades", JANIS_SIGNED),
        ("LĪGA KURSĪTE", "xades", LIGA_SIGNED),
    ]
    assert found[0].personal_code_hash != found[1].personal_code_hash


def test_signatures_in_json_are_name_method_and_iso_time() -> None:
    assert read("daugavpils_signed.edoc").to_json()["signatures"] == [
        {
            "signer_name": "JĀNIS BĒRZIŅŠ",
            "method": "xades",
            "signed_at": "2019-08-20T07:15:00+00:00",
        }
    ]


def test_pades_signers_of_a_signed_pdf() -> None:
    found = pdf_signatures((FORMS / "daugavpils_signed.pdf").read_bytes())
    assert [(s.signer_name, s.method, s.signed_at, s.issuer) for s in found] == [
        ("JĀNIS BĒRZIŅŠ", "pades", JANIS_SIGNED, "Test eParaksts CA"),  # time from /M
        ("LĪGA KURSĪTE", "pades", LIGA_SIGNED, "Test eParaksts CA"),  # from signingTime
    ]
    assert found[0].personal_code_hash == personal_code_hash("PNOLV-010101-10000")


def test_pades_time_is_in_m_and_adbe_time_in_the_cms() -> None:
    """PAdES forbids the CMS signingTime attribute, so its time is /M; adbe.pkcs7 carries one."""
    document = pdfium.PdfDocument((FORMS / "daugavpils_signed.pdf").read_bytes())
    times = []
    for index in range(2):
        handle = pdfium_c.FPDF_GetSignatureObject(document.raw, index)
        size = pdfium_c.FPDFSignatureObj_GetContents(handle, None, 0)
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFSignatureObj_GetContents(handle, buffer, size)
        signer_info = cms.ContentInfo.load(buffer.raw)["content"]["signer_infos"][0]
        times.append(pades._cms_signing_time(signer_info))
    document.close()
    assert times == [None, LIGA_SIGNED]


def test_read_form_attaches_pades_signers_to_a_pdf() -> None:
    reading = read("daugavpils_signed.pdf")
    assert reading.kind == "pdf"
    assert [s.signer_name for s in reading.signatures] == ["JĀNIS BĒRZIŅŠ", "LĪGA KURSĪTE"]
    assert reading.to_json()["form"] == EXPECTED["daugavpils_blank_form.docx"]["form"]
    assert codes(reading) == []


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj<</Type/Sig/Contents<3082>>>endobj", b"not a pdf"],
    ids=["header-only", "broken-signature", "not-pdf"],
)
def test_a_pdf_without_readable_signatures_has_none(data: bytes) -> None:
    assert pdf_signatures(data) == []


def all_fixtures() -> list[str]:
    return sorted(
        path.name for path in FORMS.iterdir() if path.suffix in {".edoc", ".asice", ".bdoc", ".pdf"}
    )


@pytest.mark.parametrize("name", all_fixtures())
def test_personal_code_is_never_in_clear(name: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    reading = read(name)
    shown = [json.dumps(reading.to_json(), ensure_ascii=False), repr(reading), caplog.text]
    shown += [repr(signature) for signature in reading.signatures]
    for text in shown:
        assert not any(code in text for code in CLEAR_CODES)


HOSTILE = {
    "hostile_many_members.edoc": "too_large",
    "hostile_declared_size.edoc": "too_large",
    "hostile_form_bomb.edoc": "too_large",
    "hostile_nested.edoc": "nested_container",
    "hostile_truncated.edoc": "corrupt_file",
    "old_digidoc.edoc": "unsupported_container",
    "old_edoc_mimetype.edoc": "unsupported_container",
}


@pytest.mark.parametrize(("name", "code"), HOSTILE.items(), ids=list(HOSTILE))
def test_hostile_or_old_container_gives_a_problem_code(name: str, code: str) -> None:
    reading = read(name)
    assert reading.kind == "edoc"
    assert [(p.field, p.severity, p.code) for p in reading.problems] == [(None, "error", code)]
    assert reading.problems[0].message_lv.startswith(("Pielikum", "Pielikumā"))
    assert reading.fields == {} and reading.activities == []


def test_xxe_in_the_signature_file_is_refused_and_the_form_still_read() -> None:
    reading = read("hostile_xxe_signature.edoc")
    assert codes(reading) == ["unsafe_xml"]
    assert "paraksta datnē" in reading.problems[0].message_lv
    assert reading.signatures == []
    assert reading.fields["municipality"].value == "Daugavpils"


SIGNED = members("daugavpils_signed.edoc")
FORM = SIGNED["Pieteikums_Daugavpils.docx"]
XXE = b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><m>&x;</m>'
XXE_UTF16 = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE m [<!ENTITY x "x">]><m/>'.encode(
    "utf-16"
)
NO_CERTIFICATE = f'<x xmlns:ds="{DS}"><ds:Signature><ds:SignedInfo/></ds:Signature></x>'.encode()
BAD_CERTIFICATE = (
    f'<ds:Signature xmlns:ds="{DS}"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>'
    "bm90IGEgY2VydGlmaWNhdGU=</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>"
).encode()
INLINE = {
    "xxe-in-manifest": (
        make_zip({"Pieteikums.docx": FORM, "META-INF/manifest.xml": XXE}),
        [(None, "error", "unsafe_xml")],
    ),
    "utf16-doctype-in-signature": (
        make_zip({"Pieteikums.docx": FORM, "META-INF/signatures0.xml": XXE_UTF16}),
        [(None, "error", "unsafe_xml")],
    ),
    "signature-without-certificate": (
        make_zip({"Pieteikums.docx": FORM, "META-INF/signatures0.xml": NO_CERTIFICATE}),
        [(None, "warning", "unreadable_signature")],
    ),
    "certificate-not-x509": (
        make_zip({"Pieteikums.docx": FORM, "META-INF/signatures0.xml": BAD_CERTIFICATE}),
        [(None, "warning", "unreadable_signature")],
    ),
    "malformed-signature-xml": (
        make_zip({"Pieteikums.docx": FORM, "META-INF/signatures0.xml": b"<x><y></x>"}),
        [(None, "warning", "unreadable_signature")],
    ),
    "container-disguised-as-docx": (
        make_zip({"Pieteikums.docx": (FORMS / "daugavpils_signed.edoc").read_bytes()}),
        [(None, "error", "nested_container")],
    ),
    "no-form-among-data-files": (
        make_zip({"Pavadvestule.txt": b"Labdien!", "Budzets.xlsx": b"PK"}),
        [(None, "error", "not_a_form")],
    ),
    "only-a-mimetype": (make_zip({}), [(None, "error", "not_a_form")]),
    "damaged-form-inside": (
        make_zip({"Pieteikums.docx": FORM[: len(FORM) // 2]}),
        [(None, "error", "corrupt_file")],
    ),
    "asic-s-mimetype": (
        make_zip({"Pieteikums.docx": FORM}, b"application/vnd.etsi.asic-s+zip"),
        [(None, "error", "unsupported_container")],
    ),
    "zip-without-mimetype-or-manifest": (
        make_zip({"Pieteikums.docx": FORM}, None),
        [(None, "error", "unsupported_container")],
    ),
    "not-a-zip": (b"PK\x03\x04", [(None, "error", "corrupt_file")]),
    "empty": (b"", [(None, "error", "corrupt_file")]),
}


@pytest.mark.parametrize(("data", "problems"), INLINE.values(), ids=list(INLINE))
def test_broken_container_parts_give_specific_problems(
    data: bytes, problems: list[tuple[str | None, str, str]]
) -> None:
    reading = read_form(data, "pieteikums.edoc")
    assert reading.kind == "edoc"
    assert [(p.field, p.severity, p.code) for p in reading.problems] == problems


def test_a_container_without_mimetype_but_with_a_manifest_is_read() -> None:
    data = make_zip({k: v for k, v in SIGNED.items() if k != "mimetype"}, None)
    reading = read_form(data, "a.asice")
    assert (codes(reading), len(reading.signatures)) == ([], 1)
    assert reading.fields["municipality"].value == "Daugavpils"


@pytest.mark.parametrize(
    ("name", "code"),
    [("Pieteikums.ddoc", "unsupported_container"), ("Pieteikums.sce", "corrupt_file")],
    ids=["ddoc", "sce"],
)
def test_container_kinds_are_recognised_by_name(name: str, code: str) -> None:
    data = (FORMS / "old_digidoc.edoc").read_bytes() if name.endswith(".ddoc") else b"PK"
    reading = read_form(data, name)
    assert (reading.kind, codes(reading)) == ("edoc", [code])


def test_the_xades_fixture_signature_is_genuine() -> None:
    """The fixture is a real signature: SignedInfo verifies with the signer's key."""
    root = etree.fromstring(SIGNED["META-INF/signatures0.xml"])
    signed_info = root.find(f".//{{{DS}}}SignedInfo")
    value = base64.b64decode(root.findtext(f".//{{{DS}}}SignatureValue") or "")
    der = base64.b64decode(root.findtext(f".//{{{DS}}}X509Certificate") or "")
    assert signed_info is not None
    canonical = etree.tostring(signed_info, method="c14n", exclusive=True)
    signature = encode_dss_signature(
        int.from_bytes(value[:32], "big"), int.from_bytes(value[32:], "big")
    )
    key = x509.load_der_x509_certificate(der).public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    key.verify(signature, canonical, ec.ECDSA(hashes.SHA256()))
    digests = {
        reference.get("URI"): reference.findtext(f"{{{DS}}}DigestValue")
        for reference in signed_info.iter(f"{{{DS}}}Reference")
    }
    assert (
        digests["Pieteikums_Daugavpils.docx"]
        == base64.b64encode(hashlib.sha256(FORM).digest()).decode()
    )


def certificate_with(*attributes: tuple[x509.ObjectIdentifier, str]) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes])
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Other CA")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(datetime(2019, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2029, 1, 1, tzinfo=UTC))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


CN, GIVEN, SURNAME, SERIAL = (
    NameOID.COMMON_NAME,
    NameOID.GIVEN_NAME,
    NameOID.SURNAME,
    NameOID.SERIAL_NUMBER,
)


@pytest.mark.parametrize(
    ("attributes", "name"),
    [
        ([(CN, "JĀNIS BĒRZIŅŠ"), (SERIAL, "PNOLV-010101-10000")], "JĀNIS BĒRZIŅŠ"),
        (
            [(CN, "BĒRZIŅŠ,JĀNIS,01010110000"), (GIVEN, "JĀNIS"), (SURNAME, "BĒRZIŅŠ")],
            "JĀNIS BĒRZIŅŠ",
        ),
        ([(CN, "Jānis Bērziņš 010101-10000")], "Jānis Bērziņš"),
        ([(GIVEN, "Līga"), (SURNAME, "Kursīte"), (SERIAL, "PNOLV-150575-10002")], "Līga Kursīte"),
    ],
    ids=["latvian-cn", "estonian-style-cn", "code-in-cn-only", "no-cn"],
)
def test_signer_name_never_carries_the_personal_code(
    attributes: list[tuple[x509.ObjectIdentifier, str]], name: str
) -> None:
    der = base64.b64encode(certificate_with(*attributes)).decode()
    xml = (
        f'<ds:Signature xmlns:ds="{DS}"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>{der}'
        "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>"
    ).encode()
    [signature] = signatures.xades_signatures(xml)
    assert (signature.signer_name, signature.issuer, signature.signed_at) == (
        name,
        "Other CA",
        None,
    )


def test_personal_code_hash_ignores_how_the_code_is_written() -> None:
    hashed = personal_code_hash("PNOLV-010101-10000")
    assert personal_code_hash("010101-10000") == personal_code_hash("pnolv 01010110000") == hashed
    assert personal_code_hash("PNOLV-010101-10001") != hashed
    assert len(hashed) == 64 and "01010110000" not in hashed


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("D:20190820101500+03'00'", JANIS_SIGNED),
        ("D:20190821093000Z", LIGA_SIGNED),
        ("D:20190821093000", LIGA_SIGNED),
        ("D:2019", datetime(2019, 1, 1, tzinfo=UTC)),
        ("D:20191350", None),
        ("yesterday", None),
    ],
    ids=["offset", "zulu", "no-zone", "year-only", "bad-month", "not-a-date"],
)
def test_pdf_dates(text: str, moment: datetime | None) -> None:
    assert pades._pdf_time(text) == moment


GOOD = (FORMS / "daugavpils_signed.edoc").read_bytes()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(position=st.integers(0, len(GOOD) - 1), byte=st.integers(0, 255))
def test_damaged_container_bytes_never_raise(position: int, byte: int) -> None:
    damaged = GOOD[:position] + bytes([byte]) + GOOD[position + 1 :]
    assert isinstance(read_form(damaged, "a.edoc"), FormReading)
