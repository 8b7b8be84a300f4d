"""The `claims` command line, through typer's CliRunner."""

from __future__ import annotations

import json

import pandas as pd
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import GOLD, RAW_CORPUS

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_help_explains_every_command():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("run", "eval"):
        assert command in result.output
        sub = invoke(command, "--help")
        assert sub.exit_code == 0 and "Usage" in sub.output
    assert "--force" in invoke("run", "--help").output
    assert "--details" in invoke("eval", "--help").output


def test_run_then_up_to_date(raw_dir, out_dir):
    first = invoke("run", "--raw", str(raw_dir), "--out", str(out_dir), "--model", "blank")
    assert first.exit_code == 0, first.output
    assert "processed 2, unchanged 0, removed 0, errors 0" in first.output
    second = invoke("run", "--raw", str(raw_dir), "--out", str(out_dir), "--model", "blank")
    assert second.exit_code == 0 and "up to date: 2 articles unchanged" in second.output
    quiet = invoke("run", "--raw", str(raw_dir), "--out", str(out_dir), "--model", "blank", "-q")
    assert quiet.exit_code == 0 and quiet.output == ""


def test_errors_are_named_on_stderr_and_strict_fails(raw_dir, out_dir):
    (raw_dir / "binair.txt").write_bytes(b"\x00\x01\x02")
    result = invoke("run", "--raw", str(raw_dir), "--out", str(out_dir), "--model", "blank")
    assert result.exit_code == 0
    assert "binair.txt" in result.stderr and "binary file" in result.stderr
    strict = invoke("run", "--raw", str(raw_dir), "--out", str(out_dir), "--model", "blank", "--strict")
    assert strict.exit_code == 1
    errors = pd.read_csv(out_dir / "errors.csv")
    assert errors.article_id.tolist() == ["binair"]


def test_only_bad_input_exits_with_error(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "leeg.txt").write_text("")
    result = invoke("run", "--raw", str(raw), "--out", str(tmp_path / "out"), "--model", "blank")
    assert result.exit_code == 1 and "empty file" in result.stderr


def test_missing_input_folder(tmp_path):
    result = invoke("run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_eval_reports_scores_per_kind(tmp_path):
    out = tmp_path / "out"
    result = invoke("eval", str(GOLD), "--raw", str(RAW_CORPUS), "--out", str(out), "--model", "blank",
                    "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == {"country", "amount", "date"}
    table = invoke("eval", str(GOLD), "--raw", str(RAW_CORPUS), "--out", str(out), "--no-run", "--details")
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split()[:6] == ["kind", "gold", "pred", "P", "R", "F1"]
