"""A real SMTP server for tests: aiosmtpd on 127.0.0.1, recording every envelope it accepts.

It can be stopped and started again on the same port, so a test can take the server away while
messages are queued ("SMTP is down") and bring it back, and it can answer chosen recipients with
a chosen reply (`550 5.1.1 …` for a permanent failure, `451 4.3.0 …` for a temporary one).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Received:
    """One accepted message: the envelope, the bytes as the client sent them, the client's
    address and port (a new port means a new connection)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    peer: tuple[str, int]

    def message(self) -> EmailMessage:
        return message_from_bytes(self.raw, policy=default_policy)


@dataclass
class RecordingHandler:
    """aiosmtpd handler: refuses the recipients listed in `replies`, records everything else."""

    replies: dict[str, str] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        reply = self.replies.get(address.lower())
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = bytes(envelope.original_content or b"")
        host, port, *_ = session.peer if isinstance(session.peer, tuple) else (session.peer, 0)
        peer = (str(host), int(port))
        self.received.append(Received(str(envelope.mail_from), tuple(envelope.rcpt_tos), raw, peer))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class SmtpTestServer:
    """An aiosmtpd controller that keeps its port and its recordings across stop/start.

    `smtp_options` go to aiosmtpd's `SMTP` (e.g. `tls_context`, `authenticator`).
    """

    def __init__(self, port: int | None = None, **smtp_options: Any) -> None:
        self.host = HOST
        self.port = port or free_port()
        self.handler = RecordingHandler()
        self.smtp_options = smtp_options
        self._controller: Controller | None = None

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller is None:
            controller = Controller(
                self.handler, hostname=self.host, port=self.port, **self.smtp_options
            )
            controller.start()
            self._controller = controller

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def reply_to(self, address: str, reply: str) -> None:
        """Answer RCPT TO:<address> with `reply` (e.g. `550 5.1.1 No such user`) from now on."""
        self.handler.replies[address.lower()] = reply

    def message_ids(self) -> list[str]:
        return [str(item.message()["Message-ID"]) for item in self.received]

    def __enter__(self) -> SmtpTestServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate and key for 127.0.0.1 (for STARTTLS/TLS tests); needs `cryptography`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intake test SMTP")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "smtp-cert.pem", directory / "smtp-key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def smtp_server() -> Iterator[SmtpTestServer]:
    """A running recording SMTP server on 127.0.0.1 and a free port; stopped afterwards."""
    with SmtpTestServer() as server:
        yield server
