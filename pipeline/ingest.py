"""Read raw articles: a folder of .txt files and bulk .jsonl/.csv files -> Article records.

Bad input never stops the run: each bad file or record becomes an IngestError naming the file and
the reason, and the good articles are read on.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SUPPORTED = (".txt", ".jsonl", ".csv")

# " date 2023-12 Rusland ..." at the very start of a file: the publication date, then the text
# continues on the same line. Leading spaces are allowed.
HEADER = re.compile(r"[ \t]*date(?=\s|$)(?:[ \t]+(?P<value>\S+))?\s*")
ISO_PARTIAL = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
# A headline: one short line without final punctuation, followed by a line break.
TITLE_MAX_CHARS = 150
TITLE_MAX_WORDS = 25
TITLE_FINAL_PUNCT = ".,;:…-–—"
SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’)]?\s+\S")


@dataclass(frozen=True)
class Article:
    """One article. `text` is exactly as read; all offsets in the outputs point into it."""

    article_id: str
    source_path: str
    text: str
    body_start: int = 0  # where the article proper starts (after a date header)
    published: str | None = None  # ISO date as given: YYYY, YYYY-MM or YYYY-MM-DD
    published_granularity: str | None = None  # year | month | day
    title: str | None = None
    content_sha256: str = ""
    source: str | None = None
    url: str | None = None

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class IngestError:
    path: str
    article_id: str | None
    error: str


def parse_published(value: str) -> tuple[str, str] | None:
    """'2023-12' -> ('2023-12', 'month'); a full timestamp keeps its date part; None if invalid."""
    value = value.strip()
    m = ISO_PARTIAL.fullmatch(value) or ISO_PARTIAL.fullmatch(value[:10])
    if not m or (len(value) > 10 and value[10] not in "T "):
        return None
    year, month, day = m["year"], m["month"], m["day"]
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    granularity = "day" if day else "month" if month else "year"
    return m.group(0), granularity


def split_header(text: str) -> tuple[int, tuple[str, str] | None, str | None]:
    """Find a ' date YYYY[-MM[-DD]]' header: (body_start, (published, granularity) or None, problem)."""
    m = HEADER.match(text)
    if not m:
        return 0, None, None
    if m["value"] is None:
        return m.end(), None, "malformed date header: 'date' without a date"
    parsed = parse_published(m["value"])
    if parsed is None:
        return m.end(), None, (
            f"malformed date header {m['value']!r}: expected YYYY, YYYY-MM or YYYY-MM-DD; "
            "read without a publication date"
        )
    return m.end(), parsed, None


def find_title(body: str) -> str | None:
    """The first line when it reads as a headline: short, one sentence, no final punctuation."""
    line, newline, rest = body.partition("\n")
    line = line.strip()
    if not newline or not line or not rest.strip():
        return None
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return None
    if line[-1] in TITLE_FINAL_PUNCT or SENTENCE_INSIDE.search(line):
        return None
    return line


def make_article(article_id: str, source_path: str, text: str, sha: str, *, published=None,
                 title=None, source=None, url=None) -> tuple[Article, list[str]]:
    """Build an Article from its text; returns the problems found (e.g. a malformed header)."""
    problems = []
    body_start, header_date, problem = split_header(text)
    if problem:
        problems.append(problem)
    granularity = None
    if published not in (None, ""):
        parsed = parse_published(str(published))
        if parsed is None:
            problems.append(f"unreadable published value {published!r}; read without a publication date")
            published = None
        else:
            published, granularity = parsed
    elif header_date:
        published, granularity = header_date
    else:
        published = None
    if title in (None, ""):
        title = find_title(text[body_start:])
    article = Article(
        article_id=article_id, source_path=source_path, text=text, body_start=body_start,
        published=published, published_granularity=granularity, title=title,
        content_sha256=sha, source=source or None, url=url or None,
    )
    return article, problems


def read_articles(raw_dir: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    """Every article under raw_dir (sorted by path), interleaved with the errors met on the way.

    An article id seen twice is kept the first time and reported as an error the second time.
    """
    raw_dir = Path(raw_dir)
    seen: dict[str, str] = {}
    if not raw_dir.is_dir():
        yield IngestError(str(raw_dir), None, "input folder does not exist")
        return
    for path in sorted(p for p in raw_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        suffix = path.suffix.lower()
        if suffix == ".txt":
            items = _read_txt(path, max_bytes)
        elif suffix == ".jsonl":
            items = _read_jsonl(path, max_bytes)
        elif suffix == ".csv":
            items = _read_csv(path, max_bytes)
        else:
            yield IngestError(str(path), None, f"unsupported file type {suffix or '(none)'!r}: "
                                               f"expected one of {', '.join(SUPPORTED)}")
            continue
        for item in items:
            if isinstance(item, Article):
                if item.article_id in seen:
                    yield IngestError(str(path), item.article_id,
                                      f"duplicate article id {item.article_id!r} (already read from "
                                      f"{seen[item.article_id]}); skipped")
                    continue
                seen[item.article_id] = str(path)
            yield item


def _check_bytes(data: bytes, max_bytes: int) -> str | None:
    if len(data) > max_bytes:
        return f"too large: {len(data):,} bytes, over the limit of {max_bytes:,} (--max-bytes)"
    if b"\x00" in data:
        return "binary file (contains NUL bytes), not text"
    return None


def _decode(data: bytes) -> tuple[str | None, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return None, f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); convert it to UTF-8"


def _read_txt(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    article_id = path.stem
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield IngestError(str(path), article_id,
                              f"too large: {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
            return
        data = path.read_bytes()
    except OSError as e:
        yield IngestError(str(path), article_id, f"cannot read: {e.strerror or e}")
        return
    problem = _check_bytes(data, max_bytes)
    text, decode_problem = (None, None) if problem else _decode(data)
    problem = problem or decode_problem
    if problem is None and not text.strip():
        problem = "empty file"
    if problem:
        yield IngestError(str(path), article_id, problem)
        return
    article, problems = make_article(article_id, str(path), text, hashlib.sha256(data).hexdigest())
    for p in problems:
        yield IngestError(str(path), article_id, p)
    if not article.body.strip():
        yield IngestError(str(path), article_id, "no text after the date header")
        return
    yield article


def _record_article(path: Path, where: str, record: dict, max_bytes: int) -> Iterator[Article | IngestError]:
    """One bulk record (a JSONL line or a CSV row) -> an Article, or errors naming file and line."""
    rid = record.get("id")
    rid = None if rid is None else str(rid).strip()
    text = record.get("text")
    label = f"{path} {where}"
    if not rid:
        yield IngestError(label, None, "record without an 'id'")
        return
    if not isinstance(text, str) or not text.strip():
        yield IngestError(label, rid, "record without a non-empty 'text'")
        return
    encoded = text.encode("utf-8")
    if len(encoded) > max_bytes:
        yield IngestError(label, rid, f"text too large: {len(encoded):,} bytes, over the limit of "
                                      f"{max_bytes:,} (--max-bytes)")
        return
    if "\x00" in text:
        yield IngestError(label, rid, "text contains NUL bytes (binary data), not text")
        return
    fields = {k: record.get(k) for k in ("published", "title", "source", "url")}
    fields = {k: (None if v is None else str(v)) for k, v in fields.items()}
    canonical = json.dumps({"id": rid, "text": text, **fields}, ensure_ascii=False, sort_keys=True)
    sha = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    article, problems = make_article(rid, str(path), text, sha, **fields)
    for p in problems:
        yield IngestError(label, rid, p)
    yield article


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    try:
        with open(path, "rb") as f:
            for lineno, raw_line in enumerate(f, start=1):
                if not raw_line.strip():
                    continue
                where = f"line {lineno}"
                line, problem = _decode(raw_line)
                if problem:
                    yield IngestError(f"{path} {where}", None, problem)
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    yield IngestError(f"{path} {where}", None, f"not valid JSON: {e.msg}")
                    continue
                if not isinstance(record, dict):
                    yield IngestError(f"{path} {where}", None, "not a JSON object")
                    continue
                yield from _record_article(path, where, record, max_bytes)
    except OSError as e:
        yield IngestError(str(path), None, f"cannot read: {e.strerror or e}")


def _read_csv(path: Path, max_bytes: int) -> Iterator[Article | IngestError]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with open(path, "rb") as probe:
            head = probe.read(8192)
        if b"\x00" in head:
            yield IngestError(str(path), None, "binary file (contains NUL bytes), not CSV text")
            return
        with open(path, encoding="utf-8-sig", errors="strict", newline="") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or not {"id", "text"} <= set(reader.fieldnames):
                yield IngestError(str(path), None,
                                  f"CSV needs the columns 'id' and 'text'; found {reader.fieldnames or 'none'}")
                return
            for rowno, record in enumerate(reader, start=2):
                yield from _record_article(path, f"row {rowno}", record, max_bytes)
    except UnicodeDecodeError as e:
        yield IngestError(str(path), None, f"not valid UTF-8 (at byte {e.start}); convert it to UTF-8")
    except csv.Error as e:
        yield IngestError(str(path), None, f"malformed CSV: {e}")
    except OSError as e:
        yield IngestError(str(path), None, f"cannot read: {e.strerror or e}")
