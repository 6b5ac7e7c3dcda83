"""The Python examples in examples/python run and agree with expected.json."""

import subprocess
import sys

import pytest

from conftest import PROJECTS, ROOT


def run(script):
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / "python" / script), str(PROJECTS)],
        capture_output=True, text=True, timeout=300, check=False,
    )


def levels(stdout):
    return dict(line.split("\t")[:2] for line in stdout.strip().splitlines())


def test_concurrent_futures_example(expected):
    out = run("check_folder.py")
    assert out.returncode == 1, out.stderr  # some examples are non-conformant
    assert levels(out.stdout) == {e["file"]: e["level"] for e in expected}


def test_dask_bag_example(expected):
    pytest.importorskip("dask.bag", reason="dask is installed by scripts/test.sh")
    out = run("dask_bag.py")
    assert out.returncode == 0, out.stderr
    assert levels(out.stdout) == {e["file"]: e["level"] for e in expected}
