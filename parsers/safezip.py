"""A stranger's zip opened within limits: a .docx and an e-signed container (.edoc) are both zips.

A zip says how large its members are before anything is unpacked, so a zip bomb — a few KB
that unpack to gigabytes, or a central directory listing millions of members — is refused from
those numbers: first the end-of-central-directory record read straight from the bytes (before
`zipfile` builds its member list), then the member list itself, and every member is read with a
bound. `parsers.docx_form` and `parsers.asic` ask here; the limits are the same for both.
Refusals are values, `(problem code, detail)`, for the caller to turn into a `FormProblem`.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

__all__ = [
    "MAX_CENTRAL_DIRECTORY_BYTES",
    "MAX_FILE_BYTES",
    "MAX_MEMBERS",
    "MAX_UNPACKED_BYTES",
    "ZIP_ERRORS",
    "Refusal",
    "archive_refusal",
    "directory_refusal",
    "read_member",
    "size_refusal",
]

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_CENTRAL_DIRECTORY_BYTES = 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# What `zipfile` raises on a damaged archive (a bad CRC is a BadZipFile, a short member EOFError).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError)
_END_OF_DIRECTORY = b"PK\x05\x06"
_END_RECORD_BYTES = 22
_LONGEST_COMMENT = 65_535

Refusal = tuple[str, str]  # (problem code, detail in English)


def size_refusal(data: bytes) -> Refusal | None:
    """`too_large` for a file over `MAX_FILE_BYTES`."""
    if len(data) > MAX_FILE_BYTES:
        return "too_large", f"the file is {len(data)} bytes, over {MAX_FILE_BYTES}"
    return None


def directory_refusal(data: bytes, name: str) -> Refusal | None:
    """From the end-of-central-directory record, before unpacking: `corrupt_file` when there is
    none, `too_large` when it lists too many members or too large a directory. `name` says
    what the zip is in the detail (".docx", "container")."""
    at = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - _LONGEST_COMMENT - _END_RECORD_BYTES))
    if not data.startswith(b"PK") or at < 0 or len(data) < at + _END_RECORD_BYTES:
        return "corrupt_file", f"not a complete {name} (zip) file"
    members, directory = struct.unpack_from("<HI", data, at + 10)
    if members > MAX_MEMBERS or directory > MAX_CENTRAL_DIRECTORY_BYTES:
        return "too_large", f"the {name} lists {members} members in {directory} bytes"
    return None


def archive_refusal(archive: zipfile.ZipFile) -> Refusal | None:
    """`too_large` when the opened archive has too many members or declares too much data."""
    members = archive.infolist()
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED_BYTES:
        return "too_large", f"{len(members)} members, {unpacked} bytes unpacked"
    return None


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, ValueError past `limit`; zipfile stops at the declared size and checks
    the CRC, so a member lying about its size is caught as well."""
    with archive.open(info) as member:
        content = member.read(limit + 1)
    if len(content) > limit:
        raise ValueError(f"{info.filename} unpacks to more than {limit} bytes")
    return content
