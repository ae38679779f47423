"""Small measuring tools for the poll benchmark: a child process with its own rusage, stage
timers patched around named functions, and cProfile output that names files by package."""

from __future__ import annotations

import contextlib
import cProfile
import functools
import importlib
import os
import pstats
import select
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ChildRun:
    """One finished (or killed) child process, with the kernel's accounting for it alone."""

    argv: tuple[str, ...]
    wall: float
    returncode: int
    timed_out: bool
    peak_rss_kb: int  # VmHWM of the child's own (post-exec) memory, sampled every 10 ms
    wait4_maxrss_kb: int  # includes the parent's RSS at fork time on Linux: not the child's
    user: float
    system: float
    stdout: str
    stderr: str


def _sample_peak_rss(pid: int, stop: threading.Event, peak: list[int]) -> None:
    """Keep the largest VmHWM of /proc/<pid>/status in `peak[0]` until `stop` or the exit.

    The high-water mark belongs to the process's current address space, so unlike wait4's
    ru_maxrss (which on Linux starts from the forking parent's RSS, here a benchmark holding the
    whole corpus) it is the intake process's own peak; only growth after the last sample is lost.
    """
    path = f"/proc/{pid}/status"
    while True:
        try:
            with open(path) as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        peak[0] = max(peak[0], int(line.split()[1]))
                        break
        except OSError:
            return
        if stop.wait(0.01):
            return


def run_child(
    argv: Sequence[str], *, env: dict[str, str], cwd: Path, timeout: float, log: Path
) -> ChildRun:
    """Run `argv` to completion (killed after `timeout` s), reap it with wait4 (its own CPU
    time) and sample its peak RSS from /proc while it runs."""
    out_path, err_path = log.with_suffix(".stdout"), log.with_suffix(".stderr")
    timed_out = False
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(argv), stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=cwd
        )
        peak = [0]
        stop_sampling = threading.Event()
        sampler = threading.Thread(
            target=_sample_peak_rss, args=(process.pid, stop_sampling, peak), daemon=True
        )
        sampler.start()
        try:
            descriptor = os.pidfd_open(process.pid)
        except (AttributeError, OSError):  # no pidfd: poll instead (10 ms resolution)
            descriptor = None
        try:
            finish = start + timeout
            while True:
                left = finish - time.perf_counter()
                if left <= 0:
                    timed_out = True
                    process.kill()
                    break
                if descriptor is not None:
                    if select.select([descriptor], [], [], left)[0]:
                        break
                elif os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT):
                    break
                else:
                    time.sleep(0.01)
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
        finally:
            stop_sampling.set()
            sampler.join()
            if descriptor is not None:
                os.close(descriptor)
        process.returncode = os.waitstatus_to_exitcode(status)
    return ChildRun(
        argv=tuple(argv),
        wall=wall,
        returncode=process.returncode,
        timed_out=timed_out,
        peak_rss_kb=peak[0],
        wait4_maxrss_kb=usage.ru_maxrss,
        user=usage.ru_utime,
        system=usage.ru_stime,
        stdout=out_path.read_text(errors="replace"),
        stderr=err_path.read_text(errors="replace"),
    )


def resolve(target: str) -> tuple[Any, str] | None:
    """`"package.module:Class.method"` → (owner, attribute name), None if it does not exist."""
    module_name, _, path = target.partition(":")
    try:
        owner: Any = importlib.import_module(module_name)
    except ImportError:
        return None
    *parents, name = path.split(".")
    for part in parents:
        owner = getattr(owner, part, None)
        if owner is None:
            return None
    return (owner, name) if hasattr(owner, name) else None


Spec = tuple[str, tuple[str, ...]]  # label, targets (the first one that exists is timed)


class Stages:
    """Wall time spent inside named functions, by label.

    Each label names candidate targets (`module:Class.method`); the first that exists in the tree
    is wrapped, so the benchmark keeps working while the code moves around (a label without any
    is reported as missing). Only plain functions and methods are wrapped (a generator would be
    timed at creation only). Nested labels overlap (a document read is also part of the checks).
    """

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self.missing: set[str] = set()
        self._undo: list[tuple[Any, str, Any]] = []

    def patch(self, owner: Any, name: str, label: str) -> None:
        own = not isinstance(owner, type) or name in owner.__dict__
        original = owner.__dict__[name] if isinstance(owner, type) and own else getattr(owner, name)
        seconds, calls = self.seconds, self.calls

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[label] += time.perf_counter() - start
                calls[label] += 1

        setattr(owner, name, timed)
        self._undo.append((owner, name, original if own else None))

    def restore(self) -> None:
        while self._undo:
            owner, name, original = self._undo.pop()
            if original is None:  # was inherited: uncover the base class's again
                delattr(owner, name)
            else:
                setattr(owner, name, original)

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()

    def found(self, label: str) -> tuple[float, int] | None:
        return None if label in self.missing else (self.seconds[label], self.calls[label])

    @contextlib.contextmanager
    def applied(self, specs: Sequence[Spec]) -> Iterator[Stages]:
        try:
            for label, targets in specs:
                for target in targets:
                    where = resolve(target)
                    if where is not None:
                        self.patch(*where, label)
                        break
                else:
                    self.missing.add(label)
            yield self
        finally:
            self.restore()


def timed_runs(func: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _where(filename: str, line: int, function: str) -> str:
    """`sqlalchemy/orm/session.py:123(flush)` instead of the whole site-packages path."""
    if filename == "~":
        return function  # a built-in
    path = filename
    for marker in ("site-packages/", f"python{sys.version_info[0]}.{sys.version_info[1]}/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    else:
        with contextlib.suppress(ValueError):
            path = str(Path(filename).resolve().relative_to(Path.cwd()))
    return f"{path}:{line}({function})"


def profile_rows(
    profile: cProfile.Profile, sort: str, limit: int, per: int
) -> list[tuple[str, str, float, float, float]]:
    """(calls, where, own s, cumulative s, cumulative ms per `per` units) for the top entries."""
    stats = pstats.Stats(profile)
    stats.sort_stats(sort)
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    order: list[Any] = stats.fcn_list  # type: ignore[attr-defined]
    rows = []
    for key in order[:limit]:
        primitive, total, own, cumulative, _callers = table[key]
        calls = str(total) if primitive == total else f"{total}/{primitive}"
        rows.append((calls, _where(*key), own, cumulative, cumulative * 1000 / max(1, per)))
    return rows


def profile_total(profile: cProfile.Profile) -> float:
    stats = pstats.Stats(profile)
    return float(stats.total_tt)  # type: ignore[attr-defined]
