"""Every pack on disk validates; the validator and the loader reject each kind of mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsweave import lang
from newsweave.cli import main
from newsweave.lang.validate import data_problems, meta_problems, validate

GOOD_META = {
    "code": "qq", "name": "Test", "scripts": ["Latn"], "spacing": "words", "case": True,
    "word_order": "SVO", "adpositions": "prepositions", "case_marking": "none",
}


@pytest.fixture
def lang_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A temporary directory on the pack search path; packs are forgotten afterwards."""
    monkeypatch.setenv(lang.PATH_ENV, str(tmp_path))
    lang.reset()
    yield tmp_path
    monkeypatch.delenv(lang.PATH_ENV)
    lang.reset()


def write_pack(root: Path, code: str, meta: dict, **files: dict) -> Path:
    d = root / code
    d.mkdir()
    (d / "meta.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    for name, data in files.items():
        (d / f"{name}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                        encoding="utf-8")
    return d


def test_every_pack_and_row_on_disk_validates() -> None:
    assert validate() == []


def test_packs_on_disk_are_the_supported_languages() -> None:
    assert set(lang.available()) >= {"en", "id", "ja", "ko", "ru", "vi", "zh"}
    for code in lang.available():
        pack = lang.get_pack(code)
        assert pack.code == code and not pack.generic and pack.scripts


def test_a_language_without_a_pack_gets_its_row_or_the_defaults() -> None:
    # (Italian has a row: the languages with packs of their own have left theirs)
    it = lang.get_pack("it")
    assert it.generic and it.name == "Italian" and it.date_order == "dmy" and it.head_initial
    assert it.data("dates")["months"] == {}
    unknown = lang.get_pack("qx")
    assert unknown.generic and unknown.date_order is None and unknown.scripts == ("Latn",)
    assert "it" not in lang.available()


@pytest.mark.parametrize(("change", "message"), [
    ({"spacing": "sometimes"}, "spacing"),
    ({"scripts": ["Xyzw"]}, "unknown script"),
    ({"scripts": []}, "at least one script"),
    ({"case": "yes"}, "case must be true or false"),
    ({"word_order": "SXO"}, "word_order"),
    ({"colour": "blue"}, "unknown property 'colour'"),
    ({"code": "QQ"}, "ISO 639"),
    ({"identified_by_script": ["Cyrl"]}, "does not write"),
    ({"confusable_with": ["Malay"]}, "confusable_with"),
    ({"web_domains": [".jp"]}, "web_domains"),
    ({"name_matching": {"finder": "magic"}}, "name_matching.finder"),
    ({"date_order": "dym"}, "date_order"),
])
def test_meta_mistakes_are_named(change: dict, message: str) -> None:
    problems = meta_problems({**GOOD_META, **change}, "lang/qq/meta.yaml", folder="qq")
    assert problems and any(message in p for p in problems), problems
    assert all(p.startswith("lang/qq/meta.yaml: ") for p in problems)


def test_required_properties_and_folder_name() -> None:
    meta = {k: v for k, v in GOOD_META.items() if k != "case_marking"}
    assert any("missing property 'case_marking'" in p for p in meta_problems(meta, "m"))
    assert any("differs from its folder" in p
               for p in meta_problems(GOOD_META, "m", folder="qr"))
    assert meta_problems(GOOD_META, "m", folder="qq") == []


@pytest.mark.parametrize(("name", "data", "message"), [
    ("dates", {"monthz": {}}, "unknown key 'monthz'"),
    ("dates", {"months": {"janvier": ["janvier"]}}, "unknown concept 'janvier'"),
    ("dates", {"months": ["January"]}, "must be a mapping"),
    ("numbers", {"connectors": [True]}, "quote words"),
    ("sentences", {"abbreviations": ["Dr."]}, "without its final dot"),
    ("boilerplate", {"interlink": {"patternz": ["x"]}}, "unknown key 'patternz'"),
])
def test_data_mistakes_are_named(name: str, data: dict, message: str) -> None:
    base = lang.read_yaml(lang.BASE_DIR / f"{name}.yaml")
    problems = data_problems(name, data, base, f"lang/qq/{name}.yaml")
    assert any(message in p for p in problems), problems


def test_the_search_path_adds_packs_and_the_loader_validates_them(lang_path: Path) -> None:
    write_pack(lang_path, "qq", GOOD_META, dates={"months": {"may": ["Qmay"]}})
    write_pack(lang_path, "qb", {**GOOD_META, "code": "qb", "spacing": "sometimes"})
    assert "qq" in lang.available() and "qb" in lang.available()
    assert lang.get_pack("qq").data("dates")["months"]["may"] == ["Qmay"]
    with pytest.raises(lang.LanguagePackError, match="spacing"):
        lang.get_pack("qb")
    problems = validate(["qq", "qb"], compile_stages=False)
    assert len(problems) == 1 and "qb/meta.yaml" in problems[0]


def test_unknown_files_and_bad_yaml_are_reported(lang_path: Path) -> None:
    d = write_pack(lang_path, "qq", GOOD_META)
    (d / "date.yaml").write_text("months: {}\n", encoding="utf-8")
    (d / "numbers.yaml").write_text("decimal: [\n", encoding="utf-8")
    problems = validate(["qq"], compile_stages=False)
    assert any("date.yaml: not a pack file" in p for p in problems), problems
    assert any("numbers.yaml: not valid YAML" in p for p in problems), problems


def test_a_pack_for_a_language_with_a_row_must_take_the_row(lang_path: Path) -> None:
    write_pack(lang_path, "it", {**GOOD_META, "code": "it", "name": "Italian"})
    problems = validate(compile_stages=False)
    assert any("it has a pack" in p and "move the row" in p for p in problems), problems


def test_two_packs_cannot_claim_one_script(lang_path: Path) -> None:
    write_pack(lang_path, "qq", {**GOOD_META, "scripts": ["Hang"],
                                 "identified_by_script": ["Hang"]})
    problems = validate(compile_stages=False)
    assert any("identified_by_script: Hang is claimed by ko, qq" in p for p in problems), problems


def test_the_command(lang_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lang", "validate", "en", "ja"]) == 0
    assert "ok: 2 pack(s): en, ja" in capsys.readouterr().out
    write_pack(lang_path, "qq", {**GOOD_META, "case_marking": "declensions"})
    lang.reset()  # packs are listed once per process
    assert main(["lang", "validate", "qq"]) == 1
    err = capsys.readouterr().err
    assert "qq/meta.yaml: case_marking is 'declensions'" in err
    assert main(["lang", "list"]) == 1  # the broken pack is named, not skipped
    assert main(["--db", str(lang_path / "x.db"), "docs"]) == 2  # other commands refuse to start
    assert "language pack:" in capsys.readouterr().err


def test_capitalised_nouns_are_no_headline_sign(lang_path: Path) -> None:
    """A property changes behaviour by itself: where every noun is capitalised, a sentence of
    capitalised words is prose, unless a function word is capitalised inside it."""
    from newsweave.kb.link import _title_case
    from newsweave.kb.matcher import SentenceView

    write_pack(lang_path, "qq", {**GOOD_META, "nouns_capitalised": True},
               names={"prose_lowercase": ["im", "und"]})
    write_pack(lang_path, "qb", {**GOOD_META, "code": "qb"}, names={"prose_lowercase": ["im"]})
    prose = "Regierung Meldet Truppenbewegungen Nahe Grenze Heute"
    headline = "Armee Erobert Palast Im Norden Zurück"
    assert _title_case(SentenceView(prose, "qb"))
    assert not _title_case(SentenceView(prose, "qq"))
    assert _title_case(SentenceView(headline, "qq"))
