"""Loading and validating knowledge-base files: YAML, TSV, and file:line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.kb import KnowledgeBaseError, build_knowledge_base, load_knowledge_base

GOOD = """\
- id: anna-test
  type: person
  name: Anna Testova
  aliases: [Anna Testowa]
  names: {ru: [Анна Тестова], ja: [アンナ・テストワ]}
  born: 1970-05-01
  country: russia
  offices: [{role: Minister of Tests, of: russia, from: 2020, to: null}]
"""

# (file text, line of the error, words in the reason)
BAD = [
    ("- id: a\n  type: person\n  name: A\n  colour: blue\n", 1, "unknown key"),
    ("- id: a\n  type: human\n  name: A\n", 1, "bad type"),
    ("- id: a\n  type: person\n  name: A\n- id: a\n  type: person\n  name: B\n", 4, "duplicate id"),
    ("- id: a\n  type: person\n  name: A\n  country: atlantis\n", 1, "unknown id 'atlantis'"),
    ("- id: a\n  type: person\n  name: A\n  born: 1970-13-01\n", 1, "date"),
    ("- id: a\n  type: person\n  name: A\n  died: yesterday\n", 1, "bad date"),
    ("- id: a\n  type: person\n  name: A\n  not: [nobody]\n", 1, "unknown id 'nobody'"),
    ("- id: a\n  type: person\n  name: A\n  offices:\n    - {role: X, of: nowhere}\n", 1,
     "nowhere"),
    ("- id: a\n  type: person\n  name: A\n  offices:\n    - {from: 2020}\n", 5, "role"),
    ("- id: a\n  type: person\n  name: A\n  names: {japanese: [エー]}\n", 1, "language code"),
    ("- id: a\n  type: person\n", 1, "missing name"),
    ("- id: Bad Id\n  type: person\n  name: A\n", 1, "bad id"),
    ("- id: a\n  type: person\n  name: [A\n", 3, "not valid YAML"),
    ("id: a\ntype: person\n", 1, "YAML list"),
]


@pytest.mark.parametrize(("text", "line", "reason"), BAD)
def test_bad_yaml_is_rejected_with_file_and_line(tmp_path: Path, text, line, reason):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        build_knowledge_base([path])
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert reason in str(info.value)


def test_good_yaml_builds_entities_with_facts(tmp_path: Path):
    path = tmp_path / "good.yaml"
    path.write_text(GOOD, encoding="utf-8")
    kb = build_knowledge_base([path])
    e = kb.get("anna-test")
    assert e is not None and e.type == "person" and e.linked
    assert {"Anna Testowa", "Анна Тестова", "アンナ・テストワ"} <= set(e.aliases)
    assert e.facts["born"] == "1970-05-01"
    assert e.facts["offices"][0]["of"] == "russia"
    assert kb.by_name("Анна Тестова")[0].id == "anna-test"


TSV = "id\ttype\tname\tlang\tnames\n" \
      "ivan-test\tperson\tIvan Testov\tru\tИван Тестов|Иван Т.\n" \
      "ivan-test\tperson\tIvan Testov\tja\tイワン・テストフ\n" \
      "acme-test\torganization\tAcme Test Works\t\tATW\n"


def test_tsv_rows_are_merged_by_id(tmp_path: Path):
    path = tmp_path / "extra.tsv"
    path.write_text(TSV, encoding="utf-8")
    kb = build_knowledge_base([path])
    assert {"Иван Тестов", "Иван Т.", "イワン・テストフ"} <= set(kb.get("ivan-test").aliases)
    assert kb.get("acme-test").aliases == ("ATW",)


@pytest.mark.parametrize(("text", "line", "reason"), [
    ("id\ttype\tname\n", 1, "header"),
    ("id\ttype\tname\tlang\tnames\nx\tperson\tX\tru\n", 2, "columns"),
    ("id\ttype\tname\tlang\tnames\nx\tthing\tX\tru\tY\n", 2, "bad type"),
    ("id\ttype\tname\tlang\tnames\nx\tperson\tX\tru\tY\nx\tplace\tX\tja\tZ\n", 3, "repeated"),
])
def test_bad_tsv_is_rejected_with_file_and_line(tmp_path: Path, text, line, reason):
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        build_knowledge_base([path])
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert reason in str(info.value)


def test_every_country_comes_from_cldr(small_kb):
    # countries the test file never mentions, named in each supported language
    for name in ("France", "フランス", "프랑스", "Prancis", "Франция", "法国", "Pháp"):
        assert small_kb.by_name(name)[0].id == "france", name
    # an override keeps its id and adds its names to CLDR's
    assert small_kb.by_name("КНДР")[0].id == "north-korea"


def test_user_files_extend_the_packaged_knowledge_base(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "user.yaml"
    path.write_text(GOOD, encoding="utf-8")
    kb = load_knowledge_base([path])
    assert kb.get("anna-test") is not None
    assert kb.get("russia") is not None
    assert load_knowledge_base([path]) is kb  # cached per process
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: b\n  type: person\n  name: B\n  parent: nowhere\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.yaml:1: parent refers to unknown id"):
        load_knowledge_base([bad])


def test_search_finds_exact_alias_transliteration_and_fuzzy(small_kb):
    hits = {h.entity.id: h for h in small_kb.search("Kim Jong Un")}
    assert hits["kim-jong-un"].how == "exact" and hits["kim-jong-un"].score == 1.0
    assert small_kb.search("ラヴロフ")[0].entity.id == "sergey-lavrov"
    top = small_kb.search("Kirill Butanov")[0]
    assert top.entity.id == "kirill-budanov" and top.how in ("transliteration", "fuzzy")
    assert top.score < 1
