"""What the figures were measured on: the machine line, the run's conditions and a fixed reference.

The reference is a fixed single-core workload (SHA-256 over 256 MB, and a pure-Python loop, since
most of the app's work runs in the interpreter) timed at the start and the end of a run: two runs'
references tell how fast each machine (or each moment of a shared one) was.
"""

from __future__ import annotations

import hashlib
import os
import platform
import sys
import time
from typing import Any

MB = 1 << 20


def _cpuinfo() -> dict[str, str]:
    found: dict[str, str] = {}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                key, value = key.strip(), value.strip()
                if not key:
                    break  # the first processor only
                found.setdefault(key, value)
    except OSError:
        pass
    return found


def cpu_model() -> str:
    info = _cpuinfo()
    model = info.get("model name") or platform.processor() or platform.machine()
    details = [f"family {info['cpu family']} model {info['model']}" if "cpu family" in info and "model" in info
               else "", f"{float(info['cpu MHz']):.0f} MHz" if "cpu MHz" in info else "",
               "virtual machine" if "hypervisor" in info.get("flags", "").split() else ""]
    return ", ".join([model, *[d for d in details if d]])


def versions() -> dict[str, str]:
    import sqlcipher3
    from PySide6 import QtCore
    from PySide6 import __version__ as pyside

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return {"python": platform.python_version(), "sqlcipher": str(cipher), "sqlite": str(sqlite),
            "qt": QtCore.qVersion(), "pyside6": pyside}


def machine() -> dict[str, Any]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu_model(), "cores": os.cpu_count(), "usable_cores": usable,
            "os": f"{platform.system()} {platform.release()}", **versions()}


def conditions() -> dict[str, Any]:
    """The process's priority and CPU set, and the machine's load, now."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    return {"nice": os.nice(0) if hasattr(os, "nice") else 0, "cpus": cpus,
            "load_1min": round(load[0], 2), "load_5min": round(load[1], 2)}


def sha256_reference(megabytes: int = 256) -> float:
    """Seconds to hash `megabytes` MB on one core (a 1 MB block fed `megabytes` times)."""
    block = bytes(range(256)) * (MB // 256)
    started = time.perf_counter()
    digest = hashlib.sha256()
    for _ in range(megabytes):
        digest.update(block)
    digest.hexdigest()
    return time.perf_counter() - started


def python_reference(iterations: int = 5_000_000) -> float:
    """Seconds for a fixed pure-Python loop (interpreter speed: what most of the app's work needs)."""
    started = time.perf_counter()
    total = 0
    for i in range(iterations):
        total += i * i % 7
    return time.perf_counter() - started


def reference(quick: bool = False) -> dict[str, float]:
    scale = 16 if quick else 1
    return {"sha256_256mb_s": round(sha256_reference(256 // scale) * scale, 4),
            "python_loop_s": round(python_reference(5_000_000 // scale) * scale, 4)}


def line(info: dict[str, Any]) -> str:
    return (f"machine: {info['cpu']}; {info['cores']} cores ({info['usable_cores']} usable); {info['os']}; "
            f"Python {info['python']}; SQLCipher {info['sqlcipher']} (SQLite {info['sqlite']}); "
            f"Qt {info['qt']} (PySide6 {info['pyside6']})")


if __name__ == "__main__":
    print(line(machine()))
    print(reference(), conditions(), file=sys.stdout)
