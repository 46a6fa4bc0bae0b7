"""Fuzz benchmark: hostile inputs of every kind through the real ingest, with checks.

Generates documents of each kind below (files, feeds, JSONL), ingests them into a temporary
store (sources → pipeline → store → fusion) and checks:

- no "internal error" outcome (a clear refusal is a correct answer);
- no span violation: each claim's evidence is the original text at its offsets, each mention
  and sentence maps back to the characters it was read from;
- no document over its time budget;
- the JSON export is valid JSON (no NaN or Infinity) and holds together; CSV cells that a
  spreadsheet would run as formulas are neutralised.

It prints per-kind outcome counts, the slowest document and the peak RSS.

    python bench/fuzz.py --examples 1000                # the bounded pass CI runs
    python bench/fuzz.py --examples 10000 --max-chars 500000
    python bench/fuzz.py --per-kind 30                  # 30 full-size documents of each kind, timed
    python bench/fuzz.py --scaling                      # a 1M- vs a 1.5M-character line

Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import random
import re
import resource
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

# --------------------------------------------------------------------------- generators

# sentences of the kind news carries, written for this benchmark, per language
SENTENCES = {
    "en": ["North Korea has sent about 3,000 troops to Russia, officials in Seoul said on "
           "Tuesday.", "The foreign minister met his Russian counterpart in the capital for "
           "talks on trade and security.", "Analysts warned that the deal could change the "
           "balance of power in the region.", "The ministry did not comment on the report.",
           "Ukraine said Russian drones struck two ports on the Danube overnight."],
    "ja": ["北朝鮮は約3000人の兵士をロシアに派遣したと韓国の情報機関が発表した。",
           "両首脳は首都で会談し、安全保障について協議した。",
           "外務省はこの報道についてコメントしなかった。",
           "専門家は地域の力の均衡が変わる可能性があると警告した。"],
    "ko": ["북한이 러시아에 병력 약 3,000명을 파병했다고 국정원이 밝혔다.",
           "양국 외무장관은 수도에서 회담을 갖고 안보 협력을 논의했다.",
           "외교부는 이 보도에 대해 언급하지 않았다."],
    "ru": ["Северная Корея направила в Россию около 3000 военных, заявили в Сеуле.",
           "Министры иностранных дел встретились в столице и обсудили вопросы безопасности.",
           "В министерстве отказались комментировать сообщение."],
    "id": ["Korea Utara mengirim sekitar 3.000 tentara ke Rusia, kata pejabat di Seoul pada "
           "hari Selasa.", "Kedua menteri bertemu di ibu kota untuk membahas kerja sama "
           "keamanan.", "Kementerian tidak memberikan komentar atas laporan itu."],
    "zh": ["韩国情报机构表示，朝鲜已向俄罗斯派遣约3000名士兵。",
           "两国外长在首都举行会谈，讨论安全合作。", "外交部没有对该报道发表评论。"],
    "vi": ["Triều Tiên đã gửi khoảng 3.000 binh sĩ sang Nga, các quan chức Seoul cho biết.",
           "Hai bộ trưởng đã gặp nhau tại thủ đô để thảo luận về hợp tác an ninh."],
}
_END = re.compile(r"[.。!?]$")
GARBLED_DATES = ["11月31日", "2024年13月45日", "32/13/2024", "XNUMX年", "2月30日", "0000-00-00",
                 "31 June 2024", "25:61", "2024-02-30", "제13월 45일", "99.99.9999",
                 "yesterday last week", "昨年4月", "1 January 0001", "31.02.2024"]
COMBINING = ["e\u0301", "a\u0308\u0304", "ｶﾞ", "ﾊﾟ", "\u1100\u1161\u11a8", "\u0928\u093f",
             "\U0001f469\u200d\U0001f4bb", "\u202eabc\u202c", "\ufb01", "\u3399", "①",
             "Å", "\u0301", "ﾞ", "\u0e01\u0e34\u0e4a", "o\u0302\u0323"]
FORMULA = ["=HYPERLINK(\"http://x.y/\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)",
           "=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def _prose(rng: random.Random, chars: int, lang: str | None = None,
           punctuate: bool = True, newlines: bool = True) -> str:
    """About `chars` characters of news sentences; without `punctuate`, sentence ends are
    dropped (one endless sentence); without `newlines`, all on one line."""
    pool = SENTENCES[lang or rng.choice(list(SENTENCES))]
    out: list[str] = []
    size = 0
    while size < chars:
        sentence = rng.choice(pool)
        if not punctuate:
            sentence = _END.sub("", sentence)
        sentence += "\n\n" if newlines and punctuate and rng.random() < 0.2 else " "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:chars]


def _article(rng: random.Random, body: str, title: str | None = None) -> str:
    title = title or f"Report {rng.randint(1, 10**6)}"
    return f"{title}\n\nSeoul, October 18, 2024 — {body}\n"


def k_text(rng: random.Random, n: int) -> tuple[str, bytes]:
    return ".txt", _article(rng, _prose(rng, min(n, 3000))).encode()


BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _gibberish(rng: random.Random, chars: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщыэюяアイウエオカキクケコ"
    words = ("".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
             for _ in range(chars // 4 + 1))
    return " ".join(words)[:chars]


def k_long_line(rng: random.Random, n: int) -> tuple[str, bytes]:
    """One line of n/4..n characters: what dumps, minified pages and broken exports hold, and
    now and then an article with its line breaks lost (at most 50,000 characters of it)."""
    size = rng.randint(n // 4, n)
    pick = rng.randrange(5)
    if pick == 0:
        line = "".join(rng.choice(BASE64) for _ in range(size))
    elif pick == 1:
        line = ("function f(a,b){return a+b};var x={k:1,v:[1,2,3]};" * (size // 48 + 1))[:size]
    elif pick == 2:
        line = _gibberish(rng, size)
    elif pick == 3:
        line = ("lorem ipsum dolor sit amet " * (size // 27 + 1))[:size]
    else:
        line = _prose(rng, min(size, 50_000), newlines=False)
    return ".txt", line.encode()


def k_unpunctuated(rng: random.Random, n: int) -> tuple[str, bytes]:
    paras = [_prose(rng, rng.randint(2000, max(2001, n // 8)), punctuate=False)
             for _ in range(rng.randint(1, 6))]  # sentences of many KB
    return ".txt", _article(rng, "\n".join(paras)).encode()


def k_garbled_dates(rng: random.Random, n: int) -> tuple[str, bytes]:
    run = " ".join(rng.choice(GARBLED_DATES) for _ in range(max(10, n // 12)))
    return ".txt", _article(rng, run[:n]).encode()


RUN_UNITS = ["1,", "1.", "1-", "12月", "ー", "・", "ア・", "A-", "Kim ", "10.000万 ", "2024年",
             "XNUMX ", "((", "「", "’", "..", "1/2 ", "、", "Mr. ", "3,000명 "]


def k_runs(rng: random.Random, n: int) -> tuple[str, bytes]:
    """One unit repeated (the shape that makes a backtracking pattern try every start)."""
    unit = rng.choice(RUN_UNITS)
    return ".txt", ("Seoul, October 18, 2024 — " + unit * (rng.randint(n // 4, n) // len(unit))
                    ).encode()


def k_huge_numbers(rng: random.Random, n: int) -> tuple[str, bytes]:
    parts = []
    for _ in range(rng.randint(3, 30)):
        digits = rng.randint(20, max(21, min(2000, n // 10)))
        number = rng.choice([
            "9" * digits, "1" + "0" * digits, ",".join(["999"] * (digits // 3)),
            ".".join(["999"] * (digits // 3)), f"1e{digits}", "9" * digits + ".5",
            f"{'9' * digits}万", f"{'9' * min(digits, 400)} billion"])
        parts.append(f"North Korea sent {number} troops to Russia, officials said.")
    return ".txt", _article(rng, " ".join(parts)[: max(n, 2000)]).encode()


def k_nul_bytes(rng: random.Random, n: int) -> tuple[str, bytes]:
    text = _article(rng, _prose(rng, min(n, 20000))).encode()
    chunks = bytearray()
    for i in range(0, len(text), rng.randint(1, 50)):
        chunks += text[i:i + 50] + b"\x00" * rng.randint(1, 30)
    return ".txt", bytes(chunks)


def k_control_html(rng: random.Random, n: int) -> tuple[str, bytes]:
    controls = "".join(chr(c) for c in [*range(1, 9), 11, 12, *range(14, 32), 127])
    body = "".join(rng.choice([_prose(rng, 80), rng.choice(controls),
                               "a<script>x</script>\x05", "<b>\x07</b>", "&#0;", "&#x1;"])
                   for _ in range(rng.randint(5, max(6, min(200, n // 80)))))
    return ".html", f"<html><body><article><p>{body}</p></article></body></html>".encode()


def k_hostile_html(rng: random.Random, n: int) -> tuple[str, bytes]:
    depth = rng.randint(100, max(101, min(n // 10, 5000)))
    choice = rng.randrange(5)
    if choice == 0:
        page = "<div>" * depth + _prose(rng, 500) + "</div>" * depth
    elif choice == 1:
        page = f"<p title=\"{'x' * min(n, 200000)}\">{_prose(rng, 300)}</p>"
    elif choice == 2:
        page = "<!--" + _prose(rng, min(n, 50000))  # never closed
    elif choice == 3:
        page = "<table>" + "<tr><td>" * depth + _prose(rng, 200)
    else:
        page = "<p>" + "&amp;" * min(n // 5, 100000) + _prose(rng, 200) + "</p>"
    return ".html", f"<html><head><title>T</title></head><body>{page}</body></html>".encode()


def _rss(items: str, head: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{head}<rss version="2.0"><channel>'
            f"<title>F</title>{items}</channel></rss>").encode()


def k_feed_nonxml(rng: random.Random, n: int) -> tuple[str, bytes]:
    junk = rng.choice([
        "<rss version=\"2.0\"><channel><item><title>" + _prose(rng, min(n, 100000)),
        "<rss>" + "<item>" * rng.randint(100, 20000),
        "<rss " + "a=\"b\" " * rng.randint(100, 20000),
        "<feed>" + "\x00\x01" * 1000 + _prose(rng, 1000),
        "<rss><channel>" + "<![CDATA[" * rng.randint(10, 5000),
    ])
    return ".rss", junk.encode("utf-8", "replace")


def k_feed_dtd(rng: random.Random, n: int) -> tuple[str, bytes]:
    dtd = ('<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
           '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>')
    items = f"<item><title>&e;</title><description>{_prose(rng, 600)} &e;</description></item>"
    return ".rss", _rss(items, dtd)


def k_feed_empty(rng: random.Random, n: int) -> tuple[str, bytes]:
    return ".rss", _rss("<item></item>" * rng.randint(100, max(101, min(n // 12, 5000))))


def k_jsonl_bad(rng: random.Random, n: int) -> tuple[str, bytes]:
    lines = []
    for i in range(rng.randint(5, max(6, min(200, n // 500)))):
        pick = rng.randrange(9)
        if pick == 0:
            lines.append("{not json")
        elif pick == 1:
            lines.append("[" * rng.randint(1000, max(1001, min(n, 100000))) + "]" * 10)
        elif pick == 2:
            lines.append('{"url": "x", "text": "lone \\ud800 surrogate ' + _prose(rng, 300)
                         + '"}')
        elif pick == 3:
            lines.append('{"text": "' + "\\u0000" * 100 + _prose(rng, 200) + '"}')
        elif pick == 4:
            lines.append('"just a string"')
        elif pick == 5:
            lines.append('{"text": ' + "9" * rng.randint(400, 5000) + "}")
        elif pick == 6:
            lines.append(json.dumps({"url": f"https://n{i}.example.net/a",
                                     "text": _article(rng, _prose(rng, min(n, 800))),
                                     "published": rng.choice(["2024-10-18", "yesterday",
                                                              "9999-99-99", None])}))
        elif pick == 7:
            lines.append('{"html": "<p>' + "\\udfff" * 10 + '</p>", "title": "=1+2"}')
        else:
            lines.append("\x00\xff\xfe garbage")
    return ".jsonl", "\n".join(lines).encode("utf-8", "surrogatepass")


def k_utf8_truncated(rng: random.Random, n: int) -> tuple[str, bytes]:
    text = _article(rng, _prose(rng, min(n, 5000), rng.choice(["ja", "ko", "ru", "zh"])))
    data = text.encode()
    # cut inside the last multi-byte character
    cut = len(data) - 1
    while cut > 0 and (data[cut] & 0xC0) == 0x80:
        cut -= 1
    return ".txt", data[: cut + rng.randint(1, max(1, len(data) - cut - 1))]


def k_combining(rng: random.Random, n: int) -> tuple[str, bytes]:
    body = "".join(rng.choice([_prose(rng, 40), *COMBINING])
                   for _ in range(rng.randint(20, max(21, min(300, n // 40)))))
    return ".txt", _article(rng, body).encode("utf-8", "surrogatepass")


def k_random_unicode(rng: random.Random, n: int) -> tuple[str, bytes]:
    def char() -> str:
        while True:
            c = chr(rng.randint(1, 0x2FFFF))
            if not 0xD800 <= ord(c) <= 0xDFFF:
                return c
    body = "".join(char() if rng.random() < 0.3 else rng.choice(" .\n。") + _prose(rng, 20)
                   for _ in range(rng.randint(50, max(51, min(2000, n // 10)))))
    return ".txt", body.encode()


def k_wrong_encoding(rng: random.Random, n: int) -> tuple[str, bytes]:
    lang, codec = rng.choice([("ja", "shift_jis"), ("ja", "euc_jp"), ("ko", "euc_kr"),
                              ("ru", "cp1251"), ("ru", "koi8_r"), ("zh", "gb18030"),
                              ("en", "utf_16"), ("ja", "utf_16_le"), ("en", "utf_32")])
    return ".txt", _article(rng, _prose(rng, min(n, 4000), lang)).encode(codec, "replace")


def k_binary(rng: random.Random, n: int) -> tuple[str, bytes]:
    head = rng.choice([b"", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x1f\x8b"])
    return ".txt", head + rng.randbytes(rng.randint(10, min(n, 100000)))


def k_formula(rng: random.Random, n: int) -> tuple[str, bytes]:
    title = rng.choice(FORMULA)
    return ".txt", _article(rng, rng.choice(FORMULA) + " " + _prose(rng, 500, "en"),
                            title=title).encode()


KINDS: dict[str, Callable[[random.Random, int], tuple[str, bytes]]] = {
    name[2:]: f for name, f in globals().items() if name.startswith("k_")}
# kinds the issue names as hostile, timed 30 documents each by --per-kind
HOSTILE = ("long_line", "unpunctuated", "garbled_dates", "runs", "huge_numbers", "nul_bytes",
           "control_html", "hostile_html", "feed_nonxml", "feed_dtd", "feed_empty",
           "jsonl_bad", "utf8_truncated", "combining", "random_unicode")


# --------------------------------------------------------------------------- checks

def _fold(text: str) -> str:
    text = "".join(ch for ch in unicodedata.normalize("NFKC", text)
                   if ch.isspace() or unicodedata.category(ch) not in {"Cc", "Cf"})
    return re.sub(r"\s+", " ", text).strip()


def _read_from(doc, start: int, end: int) -> str:
    """The original text of [start, end) as cleaning reads it: lines cleaning removed (a
    repeated line, a share button) cut out, normalised, whitespace runs as one space."""
    from newsweave.clean.normalize import normalize

    parts, pos = [], start
    for r in sorted(doc.removed, key=lambda r: r.start):
        if start <= r.start and r.end <= end and r.start >= pos:
            parts.append(doc.original_text[pos:r.start])
            pos = r.end
    parts.append(doc.original_text[pos:end])
    return re.sub(r"\s+", " ", normalize("".join(parts))[0]).strip()


def span_problems(p) -> list[str]:
    """Offsets that do not lead back to what was read: a sentence whose original text is not
    (normalised) its text, a mention or a claim whose evidence is not the original there."""
    doc, out = p.document, []
    original, n = doc.original_text, len(doc.original_text)
    for s in doc.sentences:
        if not (0 <= s.start <= s.end <= n) or doc.clean_text[s.clean_start:s.clean_end] != s.text:
            out.append(f"sentence {s.index} offsets")
        elif _read_from(doc, s.start, s.end) != re.sub(r"\s+", " ", s.text).strip():
            out.append(f"sentence {s.index}: {original[s.start:s.end][-20:]!r} read as "
                       f"{s.text[-20:]!r}")
    for m in p.analysis.mentions:
        if not (0 <= m.start < m.end <= n) or _fold(original[m.start:m.end]) != _fold(m.surface):
            out.append(f"mention {m.surface!r} at {m.start}")
    for c in p.claims:
        if not (0 <= c.start < c.end <= n) or original[c.start:c.end] != c.text:
            out.append(f"claim {c.id} evidence")
    for f in p.findings:
        if not 0 <= f.start <= f.end <= n:
            out.append(f"finding {f.id} offsets")
    return out


def csv_problems(directory: Path) -> list[str]:
    # an export cell holds a whole document's text, which may be megabytes long
    csv.field_size_limit(1 << 30)
    out = []
    for path in directory.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                out += [f"{path.name}: formula cell {cell[:30]!r}" for cell in row
                        if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                        and not _is_number(cell)]
    return out


def _is_number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


# --------------------------------------------------------------------------- running

def generate(directory: Path, kinds: list[str], count: int, max_chars: int,
             seed: int) -> dict[str, str]:
    """Write `count` inputs (kinds round-robin) to `directory`; returns file name -> kind."""
    rng = random.Random(seed)
    made = {}
    for i in range(count):
        kind = kinds[i % len(kinds)]
        suffix, data = KINDS[kind](rng, max_chars)
        name = f"{i:06d}_{kind}{suffix}"
        (directory / name).write_bytes(data)
        made[name] = kind
    return made


class Recorder:
    """Per-document times (between outcomes: with --jobs, the time the main process waited)
    and span problems found in the store afterwards."""

    def __init__(self) -> None:
        self.times: list[tuple[float, str]] = []
        self.spans: list[tuple[str, str]] = []
        self.errors = _ErrorLog()


class _ErrorLog(logging.Handler):
    """The first line of every error newsweave logs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage().splitlines()[0][:200])


def stored_span_problems(store) -> list[tuple[str, str]]:  # store: a SQLiteStore
    """`span_problems` of every stored document, read back from the store."""
    from types import SimpleNamespace

    out = []
    for row in store.document_rows():
        doc = store.document(row.id)
        stored = SimpleNamespace(
            document=doc, analysis=SimpleNamespace(mentions=[m for _, m in
                                                            store.mentions(row.id)]),
            claims=store.claims(row.id), findings=store.findings(row.id))
        out += [(row.uri, problem) for problem in span_problems(stored)]
    return out


def _kind_of(uri: str, kinds: dict[str, str]) -> str:
    name = Path(uri.split(":")[0].split("#")[0]).name
    return kinds.get(name, "feed or list entry")


def run_ingest(inputs: list[str], kinds: dict[str, str], budget: float, db: Path,
               out: Path, jobs: int = 1
               ) -> tuple[Counter, list[tuple[str, str]], Recorder, list[str]]:
    from newsweave.ingest import ingest
    from newsweave.options import Options
    from newsweave.report.csv_export import write_csv
    from newsweave.report.export import build_export
    from newsweave.resources import Resources
    from newsweave.store.sqlite import SQLiteStore

    recorder = Recorder()
    # a stage that catches its own failure (a forensic check, say) logs it as an error: the
    # document goes on, but the fuzz pass counts it as an internal error
    logging.getLogger("newsweave").addHandler(recorder.errors)
    options = Options(doc_time_budget=budget, allow_network=False)
    store = SQLiteStore(db)
    counts: Counter = Counter()
    bad: list[tuple[str, str]] = []
    last = time.perf_counter()
    for o in ingest(inputs, store, Resources(options), jobs=jobs, options=options):
        now = time.perf_counter()
        recorder.times.append((now - last, o.uri))
        last = now
        kind = _kind_of(o.uri, kinds)
        reason = (o.reason or "").split(":")[0][:40] if o.status == "failed" else ""
        counts[(kind, o.status, reason)] += 1
        if o.status == "failed" and o.reason and (
                o.reason.startswith(("internal error", "stopped after"))
                or "could not be fused" in o.reason):
            bad.append((o.uri, o.reason))
    recorder.spans = stored_span_problems(store)
    problems = []
    data = build_export(store, with_text=True)
    try:
        json.loads(json.dumps(data, allow_nan=False))
    except ValueError as e:
        problems.append(f"export is not valid JSON: {e}")
    write_csv(data, out)
    problems += csv_problems(out)
    store.close()
    return counts, bad, recorder, problems


def report(counts: Counter, bad: list[tuple[str, str]], recorder: Recorder,
           problems: list[str], elapsed: float) -> int:
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for (kind, status, reason), n in counts.items():
        by_kind[kind][f"{status}{' (' + reason + ')' if reason else ''}"] += n
    print(f"{'kind':22} outcomes")
    for kind in sorted(by_kind):
        cells = ", ".join(f"{k} {v}" for k, v in by_kind[kind].most_common())
        print(f"{kind:22} {cells}")
    internal = [b for b in bad if b[1].startswith("internal error")]
    internal += [("(logged)", m) for m in recorder.errors.messages]
    over = [b for b in bad if b[1].startswith("stopped after")]
    unfused = [b for b in bad if "could not be fused" in b[1]]
    slowest = max(recorder.times, default=(0.0, "-"))
    print(f"\noutcomes {len(recorder.times)}, in {elapsed:.1f} s")
    print(f"internal errors {len(internal)}, span violations {len(recorder.spans)}, "
          f"over budget {len(over)}, not fused {len(unfused)}, export problems {len(problems)}")
    print(f"slowest document {slowest[0]:.2f} s (wall time the batch waited for it): "
          f"{slowest[1]}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for uri, reason in (internal + over + unfused)[:20]:
        print(f"  {uri}: {reason}")
    for uri, problem in recorder.spans[:20]:
        print(f"  span: {uri}: {problem}")
    for problem in problems[:20]:
        print(f"  {problem}")
    return 1 if (internal or over or unfused or recorder.spans or problems) else 0


def examples(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        kinds = generate(inputs, args.kinds or sorted(KINDS), args.examples, args.max_chars,
                         args.seed)
        started = time.perf_counter()
        counts, bad, recorder, problems = run_ingest(
            [str(inputs)], kinds, args.budget, Path(tmp) / "fuzz.db", Path(tmp) / "csv",
            args.jobs)
        return report(counts, bad, recorder, problems, time.perf_counter() - started)


def per_kind(args: argparse.Namespace) -> int:
    failed = 0
    print(f"{'kind':22} {'docs':>5} {'seconds':>8} {'cpu s':>8}  outcomes")
    for kind in args.kinds or HOSTILE:
        with tempfile.TemporaryDirectory() as tmp:
            inputs = Path(tmp) / "in"
            inputs.mkdir()
            kinds = generate(inputs, [kind], args.per_kind, args.max_chars, args.seed)
            started, cpu = time.perf_counter(), time.process_time()
            counts, bad, recorder, problems = run_ingest(
                [str(inputs)], kinds, args.budget, Path(tmp) / "f.db", Path(tmp) / "csv",
                args.jobs)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            outcomes = Counter()
            for (_, status, _), n in counts.items():
                outcomes[status] += n
            flag = "" if elapsed < 60 and not bad and not recorder.spans and not problems \
                else "  <-- FAILS"
            failed += bool(flag)
            print(f"{kind:22} {args.per_kind:5d} {elapsed:8.1f} {cpu:8.1f}  {dict(outcomes)}"
                  f"{flag}", flush=True)
    return 1 if failed else 0


def scaling(args: argparse.Namespace) -> int:
    from newsweave.model import RawDocument
    from newsweave.pipeline import process
    from newsweave.resources import Resources

    resources = Resources()
    rng = random.Random(args.seed)
    words = _prose(rng, 1_600_000, "en", newlines=False)
    process(RawDocument("warm", b"Seoul, October 18, 2024 - Kim met Putin."), resources)
    seconds = {}
    for size in (1_000_000, 1_500_000):
        raw = RawDocument(f"line{size}", words[:size].encode())
        started = time.process_time()  # processor time: a busy machine does not blur it
        try:
            process(raw, resources)
        except Exception as e:  # a refusal is timed too
            print(f"  {size:,} characters: {type(e).__name__}: {e}")
        seconds[size] = time.process_time() - started
        print(f"{size:>10,} characters on one line: {seconds[size]:7.1f} s of processor time",
              flush=True)
    ratio = seconds[1_500_000] / max(seconds[1_000_000], 1e-9)
    print(f"ratio 1.5M / 1M: {ratio:.2f} (linear: 1.5; target at most 1.6)")
    return 0 if ratio <= 1.6 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=1000)
    ap.add_argument("--max-chars", type=int, default=200_000,
                    help="size of the largest generated inputs (long lines, attributes)")
    ap.add_argument("--budget", type=float, default=30.0, help="seconds per document")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", nargs="+", choices=sorted(KINDS), help="only these kinds")
    ap.add_argument("--jobs", type=int, default=1, help="ingest -j: worker processes")
    ap.add_argument("--per-kind", type=int, default=0, metavar="N",
                    help="time N full-size documents of each hostile kind instead")
    ap.add_argument("--scaling", action="store_true", help="time a 1M and a 1.5M-character line")
    args = ap.parse_args()
    if args.scaling:
        return scaling(args)
    if args.per_kind:
        return per_kind(args)
    return examples(args)


if __name__ == "__main__":
    sys.exit(main())
