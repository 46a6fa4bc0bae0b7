"""`ingest -j N` sends documents to workers by language (`dispatch.py`): one worker takes a
language's documents while the workers stay balanced, and the store ends as a -j1 run leaves
it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from corpus import state, write_corpus

from newsweave import ingest as ingest_module
from newsweave.dispatch import Dispatcher, main_language
from newsweave.ingest import ingest
from newsweave.model import RawDocument
from newsweave.resources import Resources
from newsweave.store.sqlite import SQLiteStore

# written for these tests, from no article; two documents per language, interleaved
TEXTS = {
    "en": ["The finance ministers of twelve countries met in Lisbon on March 3, 2024, and "
           "agreed to share data on customs fraud, officials said.",
           "Heavy rain flooded the northern valley on Sunday, and the regional government "
           "said that 340 families had left their homes."],
    "fr": ["Les ministres des finances de douze pays se sont réunis à Lisbonne le 3 mars "
           "2024 et ont décidé de partager leurs données sur la fraude douanière.",
           "De fortes pluies ont inondé la vallée du nord dimanche, et le gouvernement "
           "régional a indiqué que 340 familles avaient quitté leur maison."],
    "de": ["Die Finanzminister von zwölf Ländern trafen sich am 3. März 2024 in Lissabon und "
           "vereinbarten, Daten über Zollbetrug auszutauschen, sagten Beamte.",
           "Starker Regen überflutete am Sonntag das nördliche Tal, und die Landesregierung "
           "teilte mit, dass 340 Familien ihre Häuser verlassen hatten."],
    "es": ["Los ministros de finanzas de doce países se reunieron en Lisboa el 3 de marzo de "
           "2024 y acordaron compartir datos sobre el fraude aduanero, dijeron funcionarios.",
           "Fuertes lluvias inundaron el valle del norte el domingo, y el gobierno regional "
           "dijo que 340 familias habían abandonado sus casas."],
}


def interleaved() -> list[tuple[str, str]]:
    return [(lang, texts[i]) for i in range(2) for lang, texts in TEXTS.items()]


# ---------------------------------------------------------------------- choosing a worker

def test_a_language_stays_with_the_worker_that_met_it() -> None:
    d = Dispatcher(2)
    chosen = [(lang, d.choose(lang, 100)) for lang in ["en", "fr", "de", "es"] * 3]
    by_lang: dict[str, set[int]] = {}
    for lang, w in chosen:
        by_lang.setdefault(lang, set()).add(w)
    assert all(len(ws) == 1 for ws in by_lang.values())
    assert d.given == [600.0, 600.0]  # and the languages spread evenly


def test_a_dominant_language_spills_to_the_other_worker() -> None:
    d = Dispatcher(2, spill_after=3)
    chosen = [d.choose("ko", 100) for _ in range(10)]
    assert chosen[:5] == [0, 0, 0, 0, 1]  # a lead of three documents before a second Kiwi
    assert d.met["ko"] == [0, 1]
    # once both have met the language they share it evenly
    assert chosen[5:] == [1, 1, 1, 0, 1]
    assert d.given == [500.0, 500.0]


def test_other_languages_spill_when_their_worker_is_far_ahead() -> None:
    d = Dispatcher(2, spill_after=2)
    assert [d.choose("ko", 100) for _ in range(2)] == [0, 0]
    assert d.choose("en", 100) == 1
    assert [d.choose("ko", 100) for _ in range(2)] == [0, 0]  # ahead by ≤ 200: no spill
    assert d.choose("ko", 100) == 1  # ahead by 300 > 2 × the mean: spills
    assert d.choose("de", 100) == 1 and d.met["de"] == [1]  # a new language: least given


def test_a_language_costly_to_start_weighs_on_its_worker() -> None:
    """Loading Kiwi counts like documents: the other languages go to the other worker, and a
    spill must outweigh loading the language a second time."""
    costs = {"ko": 1000.0}
    d = Dispatcher(2, spill_after=3, start_cost=lambda lang: costs.get(lang, 0.0))
    assert d.choose("ko", 100) == 0
    assert [d.choose(lang, 100) for lang in ["en", "fr", "de"]] == [1, 1, 1]
    assert d.given == [1100.0, 300.0]
    # ko's worker leads by 800, above the 3-document margin, yet a second Kiwi costs 1000
    assert d.choose("ko", 100) == 0
    plain = Dispatcher(2, spill_after=3)
    assert [plain.choose(lang, 100) for lang in ["ko", "en", "fr", "de"]] == [0, 1, 0, 1]


def test_start_costs_come_from_the_packs() -> None:
    from newsweave.dispatch import BYTES_PER_SECOND, start_bytes
    from newsweave.lang import get_pack

    assert start_bytes("ko") == get_pack("ko").start_seconds * BYTES_PER_SECOND > 0
    assert start_bytes("en") == 0.0


def test_an_unknown_language_goes_to_the_least_busy_worker() -> None:
    d = Dispatcher(3)
    d.given = [50.0, 0.0, 10.0]
    assert d.choose(None, 100) == 1
    assert d.choose(None, 100) == 2
    assert d.met == {}
    with pytest.raises(ValueError, match="at least one worker"):
        Dispatcher(0)


@pytest.mark.parametrize(("data", "expected"), [
    ("Der Regen hörte am Montag auf, und die Straßen im Tal wurden wieder geöffnet.", "de"),
    ("월요일에 비가 그쳤고 계곡의 도로가 다시 열렸다고 지방 정부가 밝혔다.".encode(), "ko"),
    ("<html><head><style>body { color: red; } p { margin: 0 }</style>"
     "<script>var counter = 1; function go() { return counter; }</script></head><body>"
     "<p>La pluie a cessé lundi et les routes de la vallée ont été rouvertes.</p>"
     "</body></html>".encode(), "fr"),
    (b"\x00\x01\x02\xff" * 40, None),  # no text to tell: any worker
    ("12 34", None),
])
def test_the_main_language_is_guessed_from_the_raw_text(data: bytes | str,
                                                        expected: str | None) -> None:
    assert main_language(RawDocument(uri="mem://x", data=data)) == expected


# ---------------------------------------------------------------------- the batch

class Recording(Dispatcher):
    """Remembers its choices."""

    choices: ClassVar[list[tuple[str | None, int]]] = []

    def choose(self, language: str | None, cost: float) -> int:
        w = super().choose(language, cost)
        Recording.choices.append((language, w))
        return w


def test_a_batch_of_several_languages_goes_to_workers_by_language(
        tmp_path: Path, res: Resources, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = interleaved()
    paths = write_corpus(tmp_path / "texts", [text for _, text in docs])
    specs = [str(p) for p in paths]
    single = SQLiteStore(tmp_path / "j1.db")
    one = [(o.uri, o.status) for o in ingest(specs, single, res, jobs=1)]

    Recording.choices = []
    monkeypatch.setattr(ingest_module, "Dispatcher", Recording)
    double = SQLiteStore(tmp_path / "j2.db")
    two = [(o.uri, o.status) for o in ingest(specs, double, res, jobs=2)]

    assert [lang for lang, _ in Recording.choices] == [lang for lang, _ in docs]
    workers: dict[str | None, set[int]] = {}
    for lang, w in Recording.choices:
        workers.setdefault(lang, set()).add(w)
    assert all(len(ws) == 1 for ws in workers.values()), workers
    assert {w for ws in workers.values() for w in ws} == {0, 1}
    assert two == one  # stored in input order
    assert [status for _, status in two] == ["ingested"] * len(docs)
    assert state(double) == state(single)
    assert not double.unfused_documents()


def test_a_worker_that_dies_is_replaced_and_the_batch_goes_on(
        corpus: Path, res: Resources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    psutil = pytest.importorskip("psutil")
    # a window smaller than the corpus: some documents are sent after the deaths
    monkeypatch.setattr("newsweave.ingest.WINDOW_PER_JOB", 4)
    store = SQLiteStore(tmp_path / "killed.db")
    outcomes = []
    batch = ingest([str(corpus)], store, res, jobs=2)
    outcomes.append(next(batch))
    # the workers are the fork server's children: kill them while documents are in flight
    server_children = [p for c in psutil.Process().children()
                       for p in c.children() if "forkserver" in " ".join(c.cmdline())]
    assert len(server_children) == 2
    for p in server_children:
        p.kill()
    outcomes += list(batch)
    texts = len(list(corpus.glob("*.txt")))
    failed = [o for o in outcomes if o.status == "failed"]
    assert len(outcomes) == texts
    assert failed and all("worker failed" in (o.reason or "") for o in failed)
    assert outcomes[-1].status == "ingested"  # sent after the deaths, to a new worker
    assert len(state(store)["documents"]) == texts - len(failed)
