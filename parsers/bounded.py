"""Reading a form with a time and memory bound, so one hostile file cannot stall the intake.

`read_form` already refuses what it can recognise as dangerous (zip bombs, XML entities, huge
PDFs), but a PDF can still be slow in ways nobody predicted. The reader therefore runs in a
child process that is reused between files (forking per file would cost more than reading a
.docx), limited in address space, and killed when a file takes longer than the bound; the file
then gets a `reading_timeout` problem and goes to a person, and the next file gets a fresh child.
"""

from __future__ import annotations

import logging
import multiprocessing
import resource
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext
from multiprocessing.process import BaseProcess
from typing import Any

from parsers.form import FormReading, read_form
from parsers.rules import FormRules, file_problem

log = logging.getLogger("intake.parsers")

DEFAULT_SECONDS = 5.0
DEFAULT_MEMORY = 1024 * 1024 * 1024


def _limit_memory(limit: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def _serve(connection: Connection, memory: int) -> None:
    """Child process: read forms sent over the pipe until it is closed."""
    _limit_memory(memory)
    while True:
        try:
            data, filename, rules = connection.recv()
        except EOFError:
            return
        try:
            result: Any = read_form(data, filename, competition=rules)
        except MemoryError:
            result = "memory"
        connection.send(result)


def timed_out(filename: str, seconds: float) -> FormReading:
    problem = file_problem("reading_timeout", filename, seconds=seconds)
    return FormReading(filename, "unknown", problems=[problem])


def out_of_memory(filename: str) -> FormReading:
    problem = file_problem("too_large", filename, variant="memory")
    return FormReading(filename, "unknown", problems=[problem])


class BoundedReader:
    """`read_form` in a reusable child process with a per-file time and memory bound."""

    def __init__(self, seconds: float = DEFAULT_SECONDS, memory: int = DEFAULT_MEMORY) -> None:
        self.seconds = seconds
        self.memory = memory
        self._context: ForkContext = multiprocessing.get_context("fork")
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None

    def __enter__(self) -> BoundedReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def read(self, data: bytes, filename: str, rules: FormRules | None = None) -> FormReading:
        connection = self._ensure_child()
        try:
            connection.send((data, filename, rules))
            if not connection.poll(self.seconds):
                log.warning(
                    "%s: reading took longer than %.1f s; child stopped", filename, self.seconds
                )
                self._stop_child()
                return timed_out(filename, self.seconds)
            result = connection.recv()
        except (EOFError, OSError, BrokenPipeError):  # the child died (memory limit, crash)
            log.warning("%s: the reading process died; treated as too large", filename)
            self._stop_child()
            return out_of_memory(filename)
        if result == "memory":
            self._stop_child()
            return out_of_memory(filename)
        assert isinstance(result, FormReading)
        return result

    def close(self) -> None:
        self._stop_child()

    @property
    def child_pid(self) -> int | None:
        """The reading process, for measurements (its peak memory, say)."""
        return self._process.pid if self._process is not None else None

    def _ensure_child(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._connection:
            return self._connection
        self._stop_child()
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self.memory), name="intake-form-reader", daemon=True
        )
        process.start()
        child.close()
        self._process, self._connection = process, parent
        return parent

    def _stop_child(self) -> None:
        process, connection = self._process, self._connection
        self._process = self._connection = None
        if connection is not None:
            connection.close()
        if process is not None:
            process.kill()
            process.join(timeout=5)
