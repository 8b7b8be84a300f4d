"""Shared fixtures: small raw folders built from real Dutch sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RAW_CORPUS = REPO / "data" / "raw"
GOLD = REPO / "data" / "gold" / "seeds.jsonl"

ARTICLE_A = (
    " date 2023-09 Rusland ronselt soldaten in Cuba\n"
    "Amerikaanse inlichtingendiensten vermoeden dat er 120 duizend Russen zijn gesneuveld in Oekraïne. "
    "Geïnteresseerden kunnen rekenen op een tekenbonus van 495 duizend roebel (4.700 euro).\n"
)
ARTICLE_B = (
    "Volgens DeirEzzor24 is Moskou op zoek naar vrijwilligers die als bewakers willen werken in Oekraïne "
    "voor zo’n 200 tot 300 dollar per maand en een periode van telkens zes maanden.\n\n"
    "In 2015 greep Rusland militair in in de Syrische burgeroorlog."
)


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """A raw folder with two small articles."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (raw / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return raw


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return tmp_path / "out"
