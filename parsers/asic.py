"""Annex 1 inside an e-signed container: ASiC-E (.edoc, .asice, .bdoc) as eParaksts writes it.

A municipality that signs its form with eParaksts sends a zip: `mimetype` first
(`application/vnd.etsi.asic-e+zip`), the signed data files, `META-INF/manifest.xml` naming them,
and `META-INF/signatures0.xml` with one XAdES signature per signer. The form is one of the data
files (a .docx or .pdf, maybe beside a budget sheet or a cover letter); it is read by
`parsers.form.read_form` like any attachment, and the reading is returned with the container's
file name, kind "edoc" and the signers (`parsers.signatures`).

The container is a stranger's zip like a .docx, so the same limits of `parsers.safezip` apply
before anything is unpacked (file size, member count, central directory, declared unpacked size),
every member read is bounded, XML with a DOCTYPE is refused (`parsers.safe_xml`), and a
container found inside a container is listed but never opened. Latvian eDoc 1.x and DigiDoc
files (XML, or a zip with another mimetype) are told apart from damaged ones with
`unsupported_container`.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import replace
from pathlib import PurePosixPath

from lxml import etree

from parsers import form, safezip
from parsers.rules import FormProblem, FormRules, file_problem
from parsers.safe_xml import UnsafeXml, safe_xml_root
from parsers.signatures import Signature, UnreadableSignature, xades_signatures

__all__ = ["ASIC_E_MIMETYPE", "container_data_files", "read_container"]

log = logging.getLogger("intake.parsers.asic")

ASIC_E_MIMETYPE = "application/vnd.etsi.asic-e+zip"
MAX_MANIFEST_BYTES = 256 * 1024
MAX_SIGNATURE_FILE_BYTES = 2 * 1024 * 1024  # XAdES-LTA with OCSP and timestamps: ~50–300 KB
MAX_SIGNATURE_FILES = 10
MAX_FORM_CANDIDATES = 5  # data files read in search of the form
FORM_SUFFIXES = frozenset({".docx", ".docm", ".pdf"})
CONTAINER_SUFFIXES = frozenset({".edoc", ".asice", ".sce", ".bdoc", ".ddoc", ".asics", ".zip"})
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
_INSIDE_CONTAINER: ContextVar[bool] = ContextVar("inside_container", default=False)


def read_container(
    data: bytes, filename: str, *, competition: FormRules | None = None
) -> form.FormReading:
    """The form inside an ASiC-E container, with its signers; problems, never exceptions."""
    if _INSIDE_CONTAINER.get():  # a container disguised as a .docx or .pdf inside another
        return _refused(filename, _problem("nested_container", filename, "a nested container"))
    refusal = _zip_refusal(data)
    if refusal is not None:
        code, detail = refusal
        return _refused(filename, _problem(code, filename, detail))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _read_archive(archive, filename, competition)
    except UnsafeXml as err:  # in the manifest: nothing of the container is trusted
        return _refused(filename, _problem("unsafe_xml", filename, str(err)))
    except etree.XMLSyntaxError as err:
        detail = f"the container's manifest is malformed ({err})"
        return _refused(filename, _problem("corrupt_file", filename, detail))
    except safezip.ZIP_ERRORS as err:
        detail = f"the container (zip) is damaged ({err})"
        return _refused(filename, _problem("corrupt_file", filename, detail))


def container_data_files(data: bytes) -> list[str]:
    """The signed data files a container lists (the form and its supporting documents)."""
    if _zip_refusal(data) is not None:
        return []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _data_files(archive)
    except (UnsafeXml, etree.XMLSyntaxError, *safezip.ZIP_ERRORS):
        return []


def _zip_refusal(data: bytes) -> safezip.Refusal | None:
    """(code, detail) when the bytes are not a zip within the limits; read before unpacking."""
    refusal = safezip.size_refusal(data)
    if refusal is not None:
        return refusal
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and (b"<SignedDoc" in head or b"DIGIDOC-XML" in head):
        return "unsupported_container", "a DigiDoc XML container (.ddoc)"
    return safezip.directory_refusal(data, "container")


def _read_archive(
    archive: zipfile.ZipFile, filename: str, competition: FormRules | None
) -> form.FormReading:
    refusal = safezip.archive_refusal(archive)
    if refusal is not None:
        code, detail = refusal
        return _refused(filename, _problem(code, filename, detail))
    mimetype = _mimetype(archive)
    # ETSI lets an ASiC-E leave `mimetype` out; then its manifest must say what it is.
    known = mimetype == ASIC_E_MIMETYPE or (
        mimetype is None and "META-INF/manifest.xml" in archive.NameToInfo
    )
    if not known:
        detail = f"the container's mimetype is {mimetype or 'missing'}, not {ASIC_E_MIMETYPE}"
        return _refused(filename, _problem("unsupported_container", filename, detail))
    signatures, problems = _signatures(archive, filename)
    data_files = _data_files(archive)
    log.info("%s: data files %s, %d signature(s)", filename, data_files, len(signatures))
    found = _form_reading(archive, filename, data_files, competition)
    if isinstance(found, FormProblem):
        return form.FormReading(
            filename, "edoc", problems=[found, *problems], signatures=signatures
        )
    return replace(
        found,
        file=filename,
        kind="edoc",
        problems=[*found.problems, *problems],
        signatures=[*found.signatures, *signatures],
    )


def _mimetype(archive: zipfile.ZipFile) -> str | None:
    info = archive.NameToInfo.get("mimetype")
    if info is None:
        return None
    with archive.open(info) as member:
        return member.read(256).decode("ascii", "replace").strip()


def _data_files(archive: zipfile.ZipFile) -> list[str]:
    """Data files in the manifest's order; every member outside META-INF/ when it has none."""
    names = [name for name in archive.NameToInfo if not name.endswith("/")]
    info = archive.NameToInfo.get("META-INF/manifest.xml")
    if info is None or info.file_size > MAX_MANIFEST_BYTES:
        return [name for name in names if name != "mimetype" and not _is_meta(name)]
    root = safe_xml_root(safezip.read_member(archive, info, MAX_MANIFEST_BYTES))
    listed = [
        (entry.get(f"{{{_MANIFEST}}}full-path") or "").lstrip("/")
        for entry in root.iter(f"{{{_MANIFEST}}}file-entry")
    ]
    present = set(names)
    return [name for name in dict.fromkeys(listed) if name in present and not _is_meta(name)]


def _is_meta(name: str) -> bool:
    return name.upper().startswith("META-INF/")


def _signatures(
    archive: zipfile.ZipFile, filename: str
) -> tuple[list[Signature], list[FormProblem]]:
    """Signers from every META-INF/*signatures*.xml; a bad file is a problem, the form is read."""
    signatures: list[Signature] = []
    problems: list[FormProblem] = []
    files = [
        info
        for info in archive.infolist()
        if _is_meta(info.filename)
        and "signatures" in info.filename.lower()
        and info.filename.lower().endswith(".xml")
    ]
    for info in files[:MAX_SIGNATURE_FILES]:
        try:
            if info.file_size > MAX_SIGNATURE_FILE_BYTES:
                raise UnreadableSignature(f"{info.filename} is {info.file_size} bytes")
            xml = safezip.read_member(archive, info, MAX_SIGNATURE_FILE_BYTES)
            signatures += xades_signatures(xml)
        except UnsafeXml as err:
            detail = f"{info.filename}: {err}"
            problems.append(_problem("unsafe_xml", filename, detail, variant="signature"))
        except (UnreadableSignature, etree.XMLSyntaxError) as err:
            problems.append(_problem("unreadable_signature", filename, f"{info.filename}: {err}"))
    return signatures, problems


def _form_reading(
    archive: zipfile.ZipFile, filename: str, data_files: list[str], competition: FormRules | None
) -> form.FormReading | FormProblem:
    """The data file that reads best as Annex 1; a problem when none of them does."""
    nested = [name for name in data_files if _suffix(name) in CONTAINER_SUFFIXES]
    readings = list(_candidate_readings(archive, filename, data_files, competition))
    forms = [reading for reading in readings if not _refused_whole(reading)]
    if forms:  # the most fields read wins; the manifest's order breaks a tie
        return max(forms, key=lambda reading: (_read_count(reading), -readings.index(reading)))
    codes = [reading.problems[0].code for reading in readings]
    if nested or "nested_container" in codes:
        return _problem("nested_container", filename, f"data files {data_files}")
    for reading in readings:  # one damaged or hostile form says more than "no form"
        if reading.problems[0].code != "not_a_form":
            return reading.problems[0]
    return _problem("not_a_form", filename, f"no Annex 1 among the data files {data_files}")


def _candidate_readings(
    archive: zipfile.ZipFile, filename: str, data_files: list[str], competition: FormRules | None
) -> Iterator[form.FormReading]:
    candidates = [name for name in data_files if _suffix(name) in FORM_SUFFIXES]
    for name in candidates[:MAX_FORM_CANDIDATES]:
        info = archive.getinfo(name)
        if info.file_size > safezip.MAX_FILE_BYTES:
            detail = f"{name} unpacks to {info.file_size} bytes"
            yield _refused(filename, _problem("too_large", filename, detail))
            continue
        content = safezip.read_member(archive, info, safezip.MAX_FILE_BYTES)
        token = _INSIDE_CONTAINER.set(True)
        try:  # the provenance names the container and the data file: "x.edoc/Pieteikums.docx"
            yield form.read_form(content, f"{filename}/{name}", competition=competition)
        finally:
            _INSIDE_CONTAINER.reset(token)


def _refused_whole(reading: form.FormReading) -> bool:
    """A reading refused as a whole: one file problem and nothing read."""
    return (
        len(reading.problems) == 1
        and reading.problems[0].field is None
        and not reading.activities
        and all(found.value is None for found in reading.fields.values())
    )


def _read_count(reading: form.FormReading) -> int:
    return sum(found.value is not None for found in reading.fields.values()) + len(
        reading.activities
    )


def _suffix(name: str) -> str:
    return PurePosixPath(name.lower()).suffix


def _problem(code: str, filename: str, detail: str, *, variant: str = "edoc") -> FormProblem:
    """A problem with the container as a whole, in a container's wording where it has one."""
    return file_problem(code, filename, detail, variant=variant)


def _refused(filename: str, problem: FormProblem) -> form.FormReading:
    log.info("%s: %s (%s)", filename, problem.code, problem.message_en)
    return form.FormReading(filename, "edoc", problems=[problem])
