"""The small holes of hostile input, closed: each case here once ended as an internal error,
a wrong value, junk in the store or a flood of lines. Sentences are made up for the tests."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.cli import main
from newsweave.extract.decode import decode, markup_safe
from newsweave.forensics import _Taken
from newsweave.forensics.names import _Spans
from newsweave.ingest import process_safely
from newsweave.model import InputError, RawDocument
from newsweave.options import Options
from newsweave.quantity import MAX_VALUE, parse_quantities
from newsweave.report.csv_export import neutralise
from newsweave.resources import Resources
from newsweave.segment.data import load
from newsweave.segment.split import MAX_SENTENCE_CHARS, cut_overlong, split
from newsweave.sources import read_inputs

RESOURCES = Resources()
ARTICLE = ("Seoul, October 18, 2024 — South Korea's spy agency said on Friday that North Korea "
           "had sent about 1,500 special forces troops to Russia.")


def run(raw: RawDocument):  # -> (uri, Processed | None, reason)
    return process_safely(raw, RESOURCES)


# ---------------------------------------------------------------------- decoding

def test_utf8_cut_mid_character_keeps_its_text_with_a_finding() -> None:
    data = "Seoul, October 18, 2024 — 北朝鮮がロシアに兵士を派遣した。".encode()
    for cut in (1, 2):
        text, encoding = decode(data[:-cut])
        assert encoding == "utf_8" and text.endswith("派遣した\ufffd")
    _, p, reason = run(RawDocument("cut.txt", data[:-1]))
    assert reason is None
    [finding] = [f for f in p.findings if f.kind == "undecodable_text"]
    assert "cut short" in finding.message and finding.surface == "\ufffd"


def test_html_with_control_characters_is_read() -> None:
    assert markup_safe("a\x05b\x00c\ud800d") == "a b c d"
    assert markup_safe("&#x1;a&#65;b&#0;c&#xD800;d&#10;") == " a&#65;b c d&#10;"
    for page in ("a<script>x</script>\x05", "<p>&#x1;\x04Officials said<script>x</script>"
                 "\x05&#0;</p>",
                 f"<html><body><article><p>{ARTICLE}\x05\x1f</p></article></body></html>"):
        _, _, reason = run(RawDocument("x.html", page.encode(), media_type="text/html"))
        assert reason is None or not reason.startswith("internal error"), reason


def test_jsonl_lone_surrogate_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"url": "https://n.example.net/a", "text": "' + ARTICLE
                    + ' Broken \\ud800 here."}\n', "utf-8")
    [raw] = list(read_inputs([str(path)], Options()))
    assert isinstance(raw, RawDocument) and "\ufffd" in raw.data
    _, p, reason = run(raw)
    assert reason is None and any(f.kind == "undecodable_text" for f in p.findings)


# ---------------------------------------------------------------------- feeds

def _feed(tmp_path: Path, body: str, head: str = "") -> list:
    path = tmp_path / "f.rss"
    path.write_text(f'<?xml version="1.0"?>{head}<rss version="2.0"><channel><title>t</title>'
                    f"{body}</channel></rss>", "utf-8")
    return list(read_inputs([str(path)], Options(allow_network=False)))


def test_feed_with_a_dtd_is_refused_with_a_reason(tmp_path: Path) -> None:
    dtd = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    [err] = _feed(tmp_path, "<item><title>&b;</title><description>&b;</description></item>",
                  dtd)
    assert isinstance(err, InputError) and "declares a DTD" in err.reason
    xml = tmp_path / "f.xml"  # under any name
    xml.write_bytes((tmp_path / "f.rss").read_bytes())
    [err] = list(read_inputs([str(xml)], Options(allow_network=False)))
    assert isinstance(err, InputError) and "declares a DTD" in err.reason


def test_empty_feed_entries_are_one_line(tmp_path: Path) -> None:
    [err] = _feed(tmp_path, "<item></item>" * 5000)
    assert isinstance(err, InputError)
    assert "5000 entries, all with neither an article nor a link" in err.reason
    got = _feed(tmp_path, "<item></item>" * 30 + f"<item><description>{ARTICLE}</description>"
                          "</item>")
    assert [type(x).__name__ for x in got] == ["RawDocument", "InputError"]
    assert "30 feed entries have neither an article nor a link (entries 1–30)" in got[1].reason


def test_a_non_xml_feed_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "junk.rss"
    path.write_text("<rss>" + "<item>" * 20000, "utf-8")
    [err] = list(read_inputs([str(path)], Options(allow_network=False)))
    assert isinstance(err, InputError) and "not a valid RSS/Atom feed" in err.reason


# ---------------------------------------------------------------------- numbers

@pytest.mark.parametrize("digits", [310, 400, 5000])
def test_a_number_of_any_size_is_a_problem_not_infinity(digits: int) -> None:
    text = f"North Korea sent {'9' * digits} troops to Russia."
    found = parse_quantities(text, "en")
    assert found and all(q.value is None or q.value <= MAX_VALUE for q in found)
    assert any(q.problem == "too_large" for q in found)


def test_a_store_with_huge_numbers_fuses_rebuilds_and_exports_valid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        f"{ARTICLE} Officials said {'9' * 400} shells and 1e999 rockets were sent.", "utf-8")
    db = str(tmp_path / "nw.db")
    assert main(["--db", db, "ingest", "-q", str(tmp_path / "in")]) == 0
    assert main(["--db", db, "timeline", "--rebuild"]) == 0
    out = tmp_path / "x.json"
    assert main(["--db", db, "export", "-o", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"), parse_constant=lambda c: pytest.fail(c))
    assert data["claims"]
    assert any(f["kind"] == "garbled_number" for f in data["findings"])


def test_an_older_store_with_an_infinite_quantity_exports_valid_json(tmp_path: Path) -> None:
    import sqlite3

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, "utf-8")
    db = tmp_path / "nw.db"
    assert main(["--db", str(db), "ingest", "-q", str(tmp_path / "in")]) == 0
    with sqlite3.connect(db) as c:  # as an older newsweave stored a 400-digit figure
        c.execute("""UPDATE claims SET data = json_set(data, '$.quantity',
                     json('{"value": 1e999, "unit": "troops", "approx": false, "text": "9"}'))""")
    out = tmp_path / "x.json"
    assert main(["--db", str(db), "timeline", "--rebuild"]) == 0
    assert main(["--db", str(db), "export", "-o", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"), parse_constant=lambda c: pytest.fail(c))
    assert all(c["quantity"] is None for c in data["claims"])


# ---------------------------------------------------------------------- CSV

@pytest.mark.parametrize(("cell", "safe"), [
    ('=HYPERLINK("http://x.y/","click")', '\'=HYPERLINK("http://x.y/","click")'),
    ("+1+1", "'+1+1"), ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("-3.5", "-3.5"), ("+7", "+7"), ("North Korea", "North Korea"), (12, 12), ("", ""),
])
def test_csv_cells_are_neutralised(cell: object, safe: object) -> None:
    assert neutralise(cell) == safe


def test_csv_export_of_a_formula_title(tmp_path: Path) -> None:
    import csv

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f'=HYPERLINK("http://x.y/","click")\n\n{ARTICLE}',
                                           "utf-8")
    db = str(tmp_path / "nw.db")
    assert main(["--db", db, "ingest", "-q", str(tmp_path / "in")]) == 0
    assert main(["--db", db, "export", "--format", "csv", "-o", str(tmp_path / "csv")]) == 0
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                assert not any(c[:1] in ("=", "@", "\t", "\r") for c in row), (path, row)


# ---------------------------------------------------------------------- linear time

@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ,、x\u0301"), min_size=0, max_size=4000),
       st.integers(20, 200))
def test_overlong_sentences_are_cut_into_bounded_pieces(text: str, limit: int) -> None:
    pieces = cut_overlong(text, 0, len(text), limit)
    assert all(b - a <= limit for a, b in pieces)
    assert all(a < b for a, b in pieces)
    assert "".join(text[a:b] for a, b in pieces).replace(" ", "") == text.strip().replace(" ", "")
    # a cut never separates a mark from its letter
    assert not any(text[a] == "\u0301" and text[a - 1] not in " ,、" for a, _ in pieces[1:])


def test_an_unpunctuated_page_is_split_into_sentences_of_bounded_length() -> None:
    text = " ".join(["officials said the ministers met in the capital"] * 2000)
    spans = split(text, load())
    assert len(spans) > 50 and max(b - a for a, b in spans) <= MAX_SENTENCE_CHARS


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=20),
       st.integers(0, 70), st.integers(0, 12))
def test_span_lookups_answer_as_a_scan_would(spans: list, s: int, width: int) -> None:
    spans = [(a, a + w) for a, w in spans]
    e = s + width
    index = _Spans(spans)
    assert index.overlaps(s, e) == any(a < e and s < b for a, b in spans)
    assert index.contains(s, e) == any(a <= s and e <= b for a, b in spans)
    taken, kept = _Taken(), []
    for a, b in spans:
        assert taken.overlaps(a, b) == any(a < y and x < b for x, y in kept)
        if not taken.overlaps(a, b):
            taken.add(a, b)
            kept.append((a, b))


def test_random_noise_never_ends_as_an_internal_error() -> None:
    rng = random.Random(7)
    for _ in range(20):
        data = bytes(rng.choice(b"\x00\x05\x1f\xff\xfe<>&;abc \n\xe3\x81\x82") for _ in
                     range(rng.randint(1, 3000)))
        _, _, reason = run(RawDocument("noise.txt", data))
        assert reason is None or not reason.startswith("internal error"), reason
