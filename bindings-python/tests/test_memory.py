"""The Python face does not grow in memory over many checks: reports, errors and findings are
freed. Memory is read from /proc (Linux), so the test says so and stops elsewhere."""

import pathlib
import sys

import pytest

import kientruc

from conftest import PROJECTS


def rss_kib():
    for line in pathlib.Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_no_growth_over_100000_checks(baseline):
    project = (PROJECTS / "point-to-point-land.json").read_bytes()

    def round_(n):
        for i in range(n):
            r = baseline.check(project)
            _ = [f.message("en") for f in r.findings]
            if i % 10 == 0:
                try:
                    baseline.check(b"{")
                except kientruc.ParseError:
                    pass

    round_(10_000)  # warm-up: allocator arenas and caches reach their working size
    before = rss_kib()
    round_(90_000)
    grown = rss_kib() - before
    # A leak of even 100 bytes per check would be ~9 MB here.
    assert grown < 4 * 1024, f"resident memory grew {grown} KiB over 90,000 checks"
