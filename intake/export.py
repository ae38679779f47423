"""Submissions as plain records for `intake export` (JSON and CSV) and `intake list`.

The JSON shape is a contract with external acceptance tests and coordinators' spreadsheets:
add keys freely, never rename or drop one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from store.models import OutboxItem, Submission

PUBLIC_ACK_STATUS = {"held": "pending"}


def acknowledgement_record(submission: Submission, tz: ZoneInfo) -> dict[str, Any]:
    acks: list[OutboxItem] = [o for o in submission.outbox if o.kind == "acknowledgement"]
    if not acks:
        return {
            "status": "suppressed",
            "message_id": None,
            "sent_at": None,
            "reason": "none queued",
        }
    ack = acks[-1]
    return {
        "status": PUBLIC_ACK_STATUS.get(ack.status, ack.status),
        "message_id": ack.message_id,
        "sent_at": ack.sent_at.astimezone(tz).isoformat() if ack.sent_at else None,
        "reason": ack.reason or ack.last_error or None,
        "attempts": ack.attempts,
    }


def submission_record(submission: Submission, tz: ZoneInfo) -> dict[str, Any]:
    message = submission.message
    return {
        "reference": submission.reference,
        "version": submission.version,
        "superseded": submission.superseded,
        "message_id": message.message_id,
        "from_address": submission.from_address,
        "from_name": message.from_name,
        "subject": submission.subject,
        "subject_match": submission.subject_match,
        "received_at": submission.received_at.astimezone(tz).isoformat(),
        "date_header": message.date_header.astimezone(tz).isoformat()
        if message.date_header
        else None,
        "on_time": submission.on_time,
        "status": submission.status,
        "problems": [
            {
                "code": p.code,
                "severity": p.severity,
                "message": p.message_lv,
                "message_en": p.message_en,
                "field": p.field,
            }
            for p in submission.problems
        ],
        "attachments": [
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "sha256": a.sha256,
                "role": a.role,
            }
            for a in message.attachments
        ],
        "acknowledgement": acknowledgement_record(submission, tz),
        **form_record(submission.form),
    }


def form_record(stored: dict[str, Any] | None) -> dict[str, Any]:
    """`form` holds the Annex 1 fields (as `intake parse` gives them); where they came from and
    who signed stand beside it."""
    if not stored:
        return {"form": None, "form_file": None, "form_provenance": None, "signatures": []}
    return {
        "form": stored.get("form"),
        "form_file": stored.get("file"),
        "form_provenance": stored.get("provenance"),
        "signatures": stored.get("signatures", []),
    }


def to_json(records: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "reference",
    "version",
    "superseded",
    "message_id",
    "from_address",
    "subject",
    "subject_match",
    "received_at",
    "on_time",
    "status",
    "problems",
    "attachments",
    "acknowledgement_status",
    "acknowledgement_message_id",
    "acknowledgement_sent_at",
)


def to_csv(records: Sequence[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for record in records:
        ack = record["acknowledgement"]
        writer.writerow(
            {
                **record,
                "superseded": str(record["superseded"]).lower(),
                "on_time": str(record["on_time"]).lower(),
                "problems": "; ".join(f"{p['severity']}:{p['code']}" for p in record["problems"]),
                "attachments": "; ".join(
                    f"{a['filename']} ({a['size']} B)" for a in record["attachments"]
                ),
                "acknowledgement_status": ack["status"],
                "acknowledgement_message_id": ack["message_id"] or "",
                "acknowledgement_sent_at": ack["sent_at"] or "",
            }
        )
    return out.getvalue()
