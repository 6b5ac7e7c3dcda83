"""Pickling round trips and concurrent checks from threads and processes."""

import concurrent.futures
import pickle

import kientruc
from conftest import PROJECTS


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
    return baseline.check(path).level


def test_processes_receive_a_pickled_baseline(baseline, expected):
    jobs = [(baseline, PROJECTS / e["file"]) for e in expected]
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        levels = list(pool.map(_level, jobs))
    assert levels == [e["level"] for e in expected]
