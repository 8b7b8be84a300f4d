"""A whole run: incremental re-runs, atomic writes, errors, offsets, and the model option."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import run as run_module
from pipeline import tables
from pipeline.run import MANIFEST, run_pipeline
from pipeline.stages import output_tables
from pipeline.tables import SCHEMAS, STAGING

from .conftest import RAW_CORPUS, REPO


def table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and p.name != ".lock"}


def test_first_run_writes_every_table(raw_dir, out_dir):
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert sorted(report.processed) == ["a", "b"] and report.errors == []
    for name in output_tables():
        assert list(table(out_dir, name).columns) == list(SCHEMAS[name])
        assert list(pd.read_parquet(out_dir / f"{name}.parquet").columns) == list(SCHEMAS[name])
    articles = table(out_dir, "articles").set_index("article_id")
    assert articles.loc["a", "published"] == "2023-09"
    assert articles.loc["a", "published_granularity"] == "month"
    assert articles.loc["a", "title"] == "Rusland ronselt soldaten in Cuba"
    assert articles.loc["b", "published"] == ""
    sentences = table(out_dir, "sentences")
    a_sents = sentences[sentences.article_id == "a"]["text"].tolist()
    assert a_sents == [
        "Rusland ronselt soldaten in Cuba",
        "Amerikaanse inlichtingendiensten vermoeden dat er 120 duizend Russen zijn gesneuveld in Oekraïne.",
        "Geïnteresseerden kunnen rekenen op een tekenbonus van 495 duizend roebel (4.700 euro).",
    ]
    assert int(articles.loc["a", "n_sentences"]) == 3


def test_offsets_point_into_the_raw_text_in_every_table(tmp_path):
    """text == raw[start_char:end_char] on every row of every table (the corpus of data/raw)."""
    out = tmp_path / "out"
    run_pipeline(RAW_CORPUS, out, model="blank")
    raw = {p.stem: p.read_bytes().decode("utf-8-sig") for p in RAW_CORPUS.glob("*.txt")}
    checked = 0
    for name in output_tables():
        frame = pd.read_parquet(out / f"{name}.parquet")
        text_col = "text" if "text" in frame.columns else "amount_text" if "amount_text" in frame.columns else None
        if text_col is None or "start_char" not in frame.columns:
            continue
        for row in frame.itertuples():
            assert getattr(row, text_col) == raw[row.article_id][row.start_char:row.end_char], (name, row)
            checked += 1
    assert checked > 100


def test_rerun_processes_only_new_changed_and_drops_removed(raw_dir, out_dir):
    run_pipeline(raw_dir, out_dir, model="blank")
    assert run_pipeline(raw_dir, out_dir, model="blank").nothing_to_do

    (raw_dir / "c.txt").write_text("Nepal vraagt Rusland om zes Nepalezen terug te sturen.", encoding="utf-8")
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert report.processed == ["c"] and report.kept == ["a", "b"]

    (raw_dir / "b.txt").write_text("Cuba ontkent alles.", encoding="utf-8")
    (raw_dir / "a.txt").unlink()
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert report.processed == ["b"] and report.kept == ["c"] and report.removed == ["a"]
    sentences = table(out_dir, "sentences")
    assert sorted(set(sentences.article_id)) == ["b", "c"]
    assert sentences[sentences.article_id == "b"].text.tolist() == ["Cuba ontkent alles."]
    manifest = json.loads((out_dir / MANIFEST).read_text())
    assert sorted(manifest["articles"]) == ["b", "c"]


def test_force_recomputes_everything(raw_dir, out_dir):
    run_pipeline(raw_dir, out_dir, model="blank")
    report = run_pipeline(raw_dir, out_dir, model="blank", force=True)
    assert sorted(report.processed) == ["a", "b"] and report.kept == []


def test_changed_fingerprint_recomputes_everything(raw_dir, out_dir, monkeypatch):
    run_pipeline(raw_dir, out_dir, model="blank")
    monkeypatch.setattr(run_module, "code_fingerprint", lambda: "a rule changed")
    assert sorted(run_pipeline(raw_dir, out_dir, model="blank").processed) == ["a", "b"]


@pytest.mark.parametrize("deleted", ["sentences.parquet", "claims.csv"])
def test_deleted_output_is_rebuilt(raw_dir, out_dir, deleted):
    run_pipeline(raw_dir, out_dir, model="blank")
    (out_dir / deleted).unlink()
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert sorted(report.processed) == ["a", "b"]
    assert (out_dir / deleted).exists()


def test_noop_rerun_does_not_import_spacy(raw_dir, out_dir):
    run_pipeline(raw_dir, out_dir, model="blank")
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from pipeline.cli import app\n"
        f"r = CliRunner().invoke(app, ['run', '--raw', {str(raw_dir)!r}, '--out', {str(out_dir)!r}, '--model', 'blank'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "False"


def test_bad_files_are_reported_and_the_rest_processed(raw_dir, out_dir):
    (raw_dir / "kapot.txt").write_bytes("Oekraïne".encode("latin-1"))
    (raw_dir / "leeg.txt").write_bytes(b"")
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert sorted(report.processed) == ["a", "b"]
    errors = table(out_dir, "errors")
    assert sorted(errors.article_id) == ["kapot", "leeg"]
    assert errors.set_index("article_id").loc["leeg", "error"] == "empty file"
    # fixing the bad file is picked up without touching the good ones
    (raw_dir / "kapot.txt").write_text("Oekraïne vraagt hulp.", encoding="utf-8")
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert report.processed == ["kapot"]
    assert table(out_dir, "errors").article_id.tolist() == ["leeg"]
    # removing the last bad file rewrites errors.csv without reprocessing anything
    (raw_dir / "leeg.txt").unlink()
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert report.processed == [] and report.wrote
    assert table(out_dir, "errors").empty


def test_crash_while_writing_leaves_previous_outputs(raw_dir, out_dir, monkeypatch):
    run_pipeline(raw_dir, out_dir, model="blank")
    before = snapshot(out_dir)
    (raw_dir / "b.txt").write_text("Cuba ontkent alles.", encoding="utf-8")

    calls = {"n": 0}
    real = pd.DataFrame.to_parquet

    def crash_on_third(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("killed")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(raw_dir, out_dir, model="blank")
    assert snapshot(out_dir) == before

    monkeypatch.setattr(pd.DataFrame, "to_parquet", real)
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert report.processed == ["b"]
    assert not (out_dir / STAGING).exists()
    assert "Cuba ontkent alles." in table(out_dir, "sentences").text.tolist()


def test_crash_while_moving_files_is_finished_by_the_next_run(raw_dir, out_dir, monkeypatch):
    run_pipeline(raw_dir, out_dir, model="blank")
    (raw_dir / "b.txt").write_text("Cuba ontkent alles.", encoding="utf-8")
    calls = {"n": 0}
    real = os.replace

    def crash_on_second(src, dst):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("killed")
        return real(src, dst)

    monkeypatch.setattr(tables.os, "replace", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(raw_dir, out_dir, model="blank")
    monkeypatch.setattr(tables.os, "replace", real)

    # the next run first completes the committed write, then has nothing left to do
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert report.nothing_to_do
    assert not (out_dir / STAGING).exists()
    sentences = table(out_dir, "sentences")
    assert sentences[sentences.article_id == "b"].text.tolist() == ["Cuba ontkent alles."]


def test_processing_error_loses_only_that_article(raw_dir, out_dir, monkeypatch):
    from pipeline import process

    real = process.rows_from_doc

    def fail_on_b(article, doc):
        if article.article_id == "b":
            raise ValueError("a bug in a rule")
        return real(article, doc)

    monkeypatch.setattr(process, "rows_from_doc", fail_on_b)
    report = run_pipeline(raw_dir, out_dir, model="blank")
    assert report.processed == ["a"]
    errors = table(out_dir, "errors")
    assert errors.article_id.tolist() == ["b"] and "a bug in a rule" in errors.error[0]
    monkeypatch.setattr(process, "rows_from_doc", real)
    assert run_pipeline(raw_dir, out_dir, model="blank").processed == ["b"]  # retried next time


def test_parallel_jobs_give_the_same_tables(raw_dir, tmp_path):
    run_pipeline(raw_dir, tmp_path / "one", model="blank")
    run_pipeline(raw_dir, tmp_path / "two", model="blank", jobs=2)
    for name in output_tables():
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "two" / f"{name}.csv").read_bytes()


def test_model_path_is_loaded_and_used(raw_dir, tmp_path):
    """A saved pipeline given by --model PATH is loaded (here a tiny one the test builds itself)."""
    import spacy

    model_dir = tmp_path / "tiny_nl"
    tiny = spacy.blank("nl")
    tiny.add_pipe("sentencizer")
    ruler = tiny.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Cuba"}])
    tiny.to_disk(model_dir)

    from pipeline.nlp import build_pipeline

    nlp = build_pipeline(str(model_dir), stages=())
    assert nlp.pipe_names[:3] == ["sentencizer", "sentence_boundaries", "entity_ruler"]
    doc = nlp("Rusland ronselt soldaten in Cuba\nTerwijl het aantal stijgt.")
    assert [e.text for e in doc.ents] == ["Cuba"]
    assert [s.text.strip() for s in doc.sents] == ["Rusland ronselt soldaten in Cuba",
                                                   "Terwijl het aantal stijgt."]

    out = tmp_path / "out"
    report = run_pipeline(raw_dir, out, model=str(model_dir))
    assert sorted(report.processed) == ["a", "b"]
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["model"]["kind"] == "path"


def test_missing_model_falls_back_with_one_message(raw_dir, out_dir, caplog):
    caplog.set_level("INFO")
    report = run_pipeline(raw_dir, out_dir, model="nl_model_that_does_not_exist")
    assert sorted(report.processed) == ["a", "b"]
    messages = [r.getMessage() for r in caplog.records if "nl_model_that_does_not_exist" in r.getMessage()]
    assert len(messages) == 1 and "rule-based default" in messages[0]
