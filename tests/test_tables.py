"""Output schemas: every table has declared columns and dtypes; writes are all-or-nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.tables import SCHEMAS, read_table, recover, to_frame, write_outputs


def test_rows_get_the_schema_columns_in_order_with_empty_cells():
    frame = to_frame("amounts", [{"article_id": "a", "start_char": 5, "end_char": 12, "text": "495 duizend",
                                  "value": 495000.0, "unit": "RUB"}])
    assert list(frame.columns) == list(SCHEMAS["amounts"])
    assert frame.loc[0, "value"] == 495000.0 and pd.isna(frame.loc[0, "value_low"])
    assert str(frame["start_char"].dtype) == "Int64" and str(frame["unit"].dtype) == "string"


def test_unknown_column_is_an_error():
    with pytest.raises(ValueError, match="no column"):
        to_frame("countries", [{"article_id": "a", "country": "RU"}])


def test_write_and_read_back(tmp_path):
    frame = to_frame("dates", [{"article_id": "a", "sentence_id": 0, "start_char": 0, "end_char": 10,
                                "text": "vorig jaar", "date_start": "2022-01-01", "date_end": "2022-12-31",
                                "granularity": "year", "relative": True, "resolved": True,
                                "anchor": "2023-09"}])
    write_outputs(tmp_path, {"dates": frame}, {"note.json": "{}"})
    assert read_table(tmp_path, "dates").equals(frame)
    csv = (tmp_path / "dates.csv").read_text(encoding="utf-8").splitlines()
    assert csv[0] == ",".join(SCHEMAS["dates"])
    assert csv[1] == "a,0,0,10,vorig jaar,2022-01-01,2022-12-31,year,True,True,2023-09"
    assert (tmp_path / "note.json").read_text() == "{}"
    assert recover(tmp_path) is None
