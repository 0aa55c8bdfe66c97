"""Shared pieces of the benchmarks: a results table and the machine it ran on."""

from __future__ import annotations

import os
import platform
import resource
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None

    def row(self) -> str:
        verdict = "" if self.ok is None else ("ok" if self.ok else "MISSED")
        value = f"{self.value:,.0f}" if abs(self.value) >= 100 else f"{self.value:,.3g}"
        return f"| {self.name} | {value} {self.unit} | {self.target} | {verdict} |"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), "
            f"{mem_gib:.0f} GiB RAM, Python {platform.python_version()}")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def print_table(figures: list[Figure]) -> None:
    print("| benchmark | measured | target | |")
    print("|---|---|---|---|")
    for fig in figures:
        print(fig.row())
