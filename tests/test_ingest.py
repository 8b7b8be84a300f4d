"""Reading articles: headers, titles, bulk files, and every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import Article, IngestError, find_title, parse_published, read_articles, split_header


def read(raw: Path, max_bytes: int = 1_000_000):
    items = list(read_articles(raw, max_bytes))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, IngestError)])


@pytest.mark.parametrize("text, published, granularity, body", [
    (" date 2023-12 \"Rusland blijft", "2023-12", "month", "\"Rusland blijft"),
    ("date 2023 Rusland", "2023", "year", "Rusland"),
    ("   date 2023-03-05 Het Kremlin", "2023-03-05", "day", "Het Kremlin"),
    (" date 2023-09\nWervingscampagne", "2023-09", "month", "Wervingscampagne"),
    ("Volgens Amerikaanse functionarissen", None, None, "Volgens Amerikaanse functionarissen"),
    ("dateren uit 2015", None, None, "dateren uit 2015"),
])
def test_split_header(text, published, granularity, body):
    start, parsed, problem = split_header(text)
    assert problem is None
    assert (parsed or (None, None)) == (published, granularity)
    assert text[start:] == body


@pytest.mark.parametrize("text", [" date 2023-13 Rusland", " date gisteren Rusland", " date\nRusland",
                                  " date 2023-02-30 Rusland"])
def test_malformed_header_is_reported(text):
    start, parsed, problem = split_header(text)
    assert parsed is None
    assert "malformed date header" in problem
    assert text[start:] == "Rusland"


@pytest.mark.parametrize("value, expected", [
    ("2023", ("2023", "year")), ("2023-09", ("2023-09", "month")), ("2023-09-14", ("2023-09-14", "day")),
    ("2023-09-14T08:30:00Z", ("2023-09-14", "day")), ("14-09-2023", None), ("2023-9", None), ("", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("body, title", [
    ("Rusland ronselt soldaten in Cuba, Noord-Korea en Armenië\nTerwijl het aantal slachtoffers stijgt.",
     "Rusland ronselt soldaten in Cuba, Noord-Korea en Armenië"),
    ("Waarom ronselt Rusland Cubanen?\nHet land zoekt soldaten.", "Waarom ronselt Rusland Cubanen?"),
    ("De Russische soldaten worden omschreven als “helden”. — © EPA-EFE\n\nOm hun verliezen", None),
    ("Wervingscampagne van het ministerie in Moskou. Beeld Getty Images\n\nHet bericht", None),
    ("Volgens Amerikaanse regeringsfunctionarissen heeft Rusland behoefte aan Syrische krachten.\nDe Syriërs",
     None),
    ("Een kop zonder vervolg", None),
])
def test_find_title(body, title):
    assert find_title(body) == title


def test_txt_article_fields(raw_dir):
    articles, errors = read(raw_dir)
    assert errors == []
    a = {x.article_id: x for x in articles}["a"]
    assert a.published == "2023-09" and a.published_granularity == "month"
    assert a.title == "Rusland ronselt soldaten in Cuba"
    assert a.text.startswith(" date 2023-09 ") and a.body.startswith("Rusland ronselt")
    assert a.text[a.body_start:] == a.body
    assert len(a.content_sha256) == 64


def test_bom_is_allowed(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeff date 2023-01 Rusland ronselt.".encode("utf-8"))
    articles, errors = read(tmp_path)
    assert errors == [] and articles[0].published == "2023-01"
    assert articles[0].text.startswith(" date")


@pytest.mark.parametrize("name, content, reason", [
    ("latin1.txt", "Oekraïne".encode("latin-1"), "not valid UTF-8"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("empty.txt", b"", "empty file"),
    ("spaces.txt", b"  \n\n ", "empty file"),
    ("header_only.txt", b" date 2023-05 ", "no text after the date header"),
    ("huge.txt", b"Rusland " * 200, "too large"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type"),
])
def test_bad_txt_files_are_named_and_skipped(tmp_path, name, content, reason, raw_dir):
    (raw_dir / name).write_bytes(content)
    articles, errors = read(raw_dir, max_bytes=1000)
    assert sorted(a.article_id for a in articles) == ["a", "b"]
    assert len(errors) == 1
    assert errors[0].path.endswith(name) and reason in errors[0].error


def test_malformed_header_article_is_kept_without_date(raw_dir):
    (raw_dir / "c.txt").write_text(" date 2023-13 Rusland ronselt soldaten.", encoding="utf-8")
    articles, errors = read(raw_dir)
    c = {x.article_id: x for x in articles}["c"]
    assert c.published is None and c.body == "Rusland ronselt soldaten."
    assert [e.article_id for e in errors] == ["c"] and "malformed date header" in errors[0].error


def test_jsonl_records(tmp_path):
    lines = [
        {"id": "n1", "text": "Rusland ronselt Cubanen.", "published": "2023-09-14", "title": "Kop",
         "source": "NOS", "url": "https://nos.nl/1"},
        {"id": 2, "text": "Nepal roept Rusland op.", "published": "2023"},
        "not json {",
        {"text": "zonder id"},
        {"id": "n3", "text": ""},
        {"id": "n4", "text": "Een artikel.", "published": "gisteren"},
        ["a", "list"],
    ]
    with open(tmp_path / "bulk.jsonl", "w", encoding="utf-8") as f:
        for line in lines:
            f.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    articles, errors = read(tmp_path)
    by_id = {a.article_id: a for a in articles}
    assert sorted(by_id) == ["2", "n1", "n4"]
    assert by_id["n1"].published == "2023-09-14" and by_id["n1"].published_granularity == "day"
    assert by_id["n1"].title == "Kop" and by_id["n1"].source == "NOS" and by_id["n1"].url == "https://nos.nl/1"
    assert by_id["n4"].published is None
    reasons = sorted((e.path.rsplit(" ", 2)[-2:][1], e.error.split(" ")[0]) for e in errors)
    assert reasons == [("3", "not"), ("4", "record"), ("5", "record"), ("6", "unreadable"), ("7", "not")]


def test_csv_records_and_bad_csv(tmp_path):
    (tmp_path / "bulk.csv").write_text(
        "id,text,published,title\n"
        "c1,\"Rusland betaalt 2.000 dollar per maand, meldt de krant.\",2024-01,\n"
        "c2,,2024-01,\n", encoding="utf-8")
    (tmp_path / "other.csv").write_text("naam,tekst\nx,y\n", encoding="utf-8")
    articles, errors = read(tmp_path)
    assert [a.article_id for a in articles] == ["c1"]
    assert articles[0].published == "2024-01"
    assert articles[0].text == "Rusland betaalt 2.000 dollar per maand, meldt de krant."
    assert any("row 3" in e.path and "non-empty 'text'" in e.error for e in errors)
    assert any(e.path.endswith("other.csv") and "needs the columns" in e.error for e in errors)


def test_duplicate_ids_keep_the_first(tmp_path):
    (tmp_path / "x.txt").write_text("Eerste versie over Rusland.", encoding="utf-8")
    (tmp_path / "y.jsonl").write_text(json.dumps({"id": "x", "text": "Tweede."}) + "\n", encoding="utf-8")
    articles, errors = read(tmp_path)
    assert [a.text for a in articles] == ["Eerste versie over Rusland."]
    assert len(errors) == 1 and "duplicate article id 'x'" in errors[0].error


def test_hidden_files_are_ignored(raw_dir):
    (raw_dir / ".DS_Store").write_bytes(b"\x00\x01")
    articles, errors = read(raw_dir)
    assert len(articles) == 2 and errors == []


def test_missing_folder_is_an_error(tmp_path):
    articles, errors = read(tmp_path / "nope")
    assert articles == [] and "does not exist" in errors[0].error
