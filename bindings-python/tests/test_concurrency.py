"""Pickling round trips and concurrent checks from threads and processes."""

import concurrent.futures
import pickle

import kientruc
from conftest import PROJECTS, builtin, entry_baseline


def test_baseline_and_report_pickle(baseline):
    b = pickle.loads(pickle.dumps(baseline))
    assert b.id == baseline.id
    report = baseline.check(PROJECTS / "ipv6-transition.json")
    back = pickle.loads(pickle.dumps(report))
    assert back == report and back.to_json() == report.to_json()
    custom = kientruc.Baseline.from_json(baseline.to_json())
    assert pickle.loads(pickle.dumps(custom)).check(PROJECTS / "ipv6-transition.json") == report


def test_threads_get_identical_results(baseline, expected):
    files = [PROJECTS / e["file"] for e in expected] * 8
    serial = [baseline.check(f).to_json() for f in files]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda f: baseline.check(f).to_json(), files))
    assert threaded == serial


def _level(args):
    baseline, path = args
    # None: the entry lets the library choose the baseline in force on the check date.
    report = kientruc.check(path) if baseline is None else baseline.check(path)
    return report.level


def test_processes_receive_a_pickled_baseline(expected):
    # Each entry's own baseline, pickled to the worker; the library's choice where it says null.
    jobs = [
        (None if entry_baseline(e) is None else builtin(entry_baseline(e)), PROJECTS / e["file"])
        for e in expected
    ]
    assert sum(b is not None for b, _ in jobs) >= 8
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        levels = list(pool.map(_level, jobs))
    assert levels == [e["level"] for e in expected]
