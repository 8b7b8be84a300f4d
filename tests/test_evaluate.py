"""The scorer: span matching, normalized values, optional gold mentions."""

from __future__ import annotations

from pipeline.evaluate import is_correct, load_gold, score_kind

TEXT = "Rusland betaalt zo’n 200 tot 300 dollar. Rusland en Cuba, zegt Rusland."


def gold(tmp_path, rows):
    import json

    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return load_gold(path, {"a": TEXT})


def pred(start, end, **values):
    return {"article_id": "a", "start_char": start, "end_char": end, "text": TEXT[start:end], **values}


def test_occurrence_locates_the_nth_match(tmp_path):
    rows, problems = gold(tmp_path, [{"article": "a", "kind": "country", "text": "Rusland", "occurrence": 3,
                                      "code": "RU"},
                                     {"article": "a", "kind": "country", "text": "Nepal", "code": "NP"}])
    assert problems and "'Nepal'" in problems[0]
    assert (rows[0]["_start"], rows[0]["_end"]) == (TEXT.rindex("Rusland"), TEXT.rindex("Rusland") + 7)


def test_scores_count_span_and_value(tmp_path):
    rows, _ = gold(tmp_path, [
        {"article": "a", "kind": "country", "text": "Rusland", "occurrence": 1, "code": "RU"},
        {"article": "a", "kind": "country", "text": "Cuba", "occurrence": 1, "code": "CU"},
        {"article": "a", "kind": "country", "text": "Rusland", "occurrence": 2, "code": "RU", "optional": True},
        {"article": "a", "kind": "country", "text": "Rusland", "occurrence": 3, "code": "RU"},
    ])
    cuba = TEXT.index("Cuba")
    preds = [pred(0, 7, country_code="RU"), pred(cuba, cuba + 4, country_code="CY"),
             pred(TEXT.index("Rusland en"), TEXT.index("Rusland en") + 7, country_code="RU"),
             pred(8, 15, country_code="XX")]
    s = score_kind("country", rows, preds)
    assert (s.gold, s.pred, s.span_tp, s.tp) == (3, 3, 2, 1)  # the optional match is not counted
    assert s.misses == ["a: 'Rusland'"]
    assert "gold={'code': 'CU'}" in s.wrong[0]
    assert s.false_positives == ["a: 'betaalt'"]
    assert s.normalized == (1 / 3, 1 / 3, 1 / 3)


def test_amount_and_date_values():
    rng = {"value": None, "low": 200.0, "high": 300.0, "unit": "USD"}
    assert is_correct("amount", rng, {"value": None, "value_low": 200.0, "value_high": 300.0, "unit": "USD"})
    assert not is_correct("amount", rng, {"value": None, "value_low": 200.0, "value_high": 300.0, "unit": "EUR"})
    assert is_correct("amount", {"value": 120000.0, "unit": "count"}, {"value": 120000.0, "unit": "count"})
    assert not is_correct("amount", {"value": 120000.0, "unit": "count"}, {"value": 120.0, "unit": "count"})
    assert is_correct("date", {"start": "2022-09-01", "end": "2022-09-30"},
                      {"date_start": "2022-09-01", "date_end": "2022-09-30"})
    assert is_correct("date", {"start": None, "end": None}, {"date_start": "2023-12-01", "resolved": False})
    assert not is_correct("date", {"start": None}, {"date_start": "2023-12-01", "resolved": True})
    assert is_correct("country", {"code": None}, {"country_code": None})
