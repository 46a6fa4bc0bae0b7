"""A country's national armed forces and ministries are named in every language from the
country's own names."""

from __future__ import annotations

import pytest

from newsweave.kb import build_knowledge_base

from .conftest import linked

DATA = """\
- {iso: RU, id: russia, name: Russia,
   adjectives: {en: [Russian], fr: [russe, russes], es: [ruso, rusos, rusa, rusas],
                tr: [Rus]}}
- {id: russian-armed-forces, type: organization, kind: military, name: Russian Armed Forces,
   country: russia, forces_of: russia}
- {id: russian-navy, type: organization, kind: military, name: Russian Navy, country: russia,
   parent: russian-armed-forces}
- {iso: FR, id: france, name: France,
   adjectives: {en: [French], fr: [français, française], de: [französische, französischen]}}
- {id: mod-france, type: organization, kind: ministry, ministry: defence,
   name: Ministry of the Armed Forces (France), country: france}
- {id: mfa-russia, type: organization, kind: ministry, ministry: foreign_affairs,
   name: Ministry of Foreign Affairs (Russia), country: russia}
- {id: russian-foreign-trade, type: organization, kind: ministry, name: Ministry of Trade (Russia),
   country: russia}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "forces.yaml"
    path.write_text(DATA, encoding="utf-8")
    return build_knowledge_base([path])


@pytest.mark.parametrize(("lang", "name"), [
    ("en", "Russian armed forces"), ("en", "armed forces of Russia"),
    ("fr", "forces armées russes"), ("es", "fuerzas armadas rusas"),
    ("ru", "Вооружённые силы России"), ("tr", "Rus Silahlı Kuvvetleri"),
    ("zh", "俄罗斯武装部队"), ("tr", "Rusya silahlı güçlerinin"),
])
def test_composed_names_find_the_national_armed_forces(kb, lang, name):
    assert [e.id for e in kb.by_name(name)] == ["russian-armed-forces"]


def test_only_the_record_marked_forces_of_gets_composed_names(kb):
    navy = kb.get("russian-navy")
    assert navy is not None and not any("armed forces" in a.lower() for a in navy.aliases)


@pytest.mark.parametrize(("lang", "text", "surface", "entity"), [
    ("fr", "Les forces armées russes ont lancé une offensive.", "forces armées russes",
     "russian-armed-forces"),
    ("en", "The Russian armed forces said the drills were over.", "Russian armed forces",
     "russian-armed-forces"),
    # the everyday word for any side's soldiers stays the country's
    ("en", "The Russian army said the drills were over.", "Russian", "russia"),
])
def test_composed_names_are_linked_in_running_text(kb, lang, text, surface, entity):
    assert linked(text, lang, kb).get(surface) == entity


def test_a_forces_of_reference_to_no_country_is_an_error(tmp_path):
    from newsweave.kb.loader import KnowledgeBaseError

    path = tmp_path / "bad.yaml"
    path.write_text("- {id: x-forces, type: organization, name: X Forces, forces_of: nowhere}\n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="nowhere"):
        build_knowledge_base([path])


@pytest.mark.parametrize(("name", "entity"), [
    ("French Defence Ministry", "mod-france"), ("French Ministry of Defense", "mod-france"),
    ("ministère français de la Défense", "mod-france"), ("Минобороны Франции", "mod-france"),
    ("法国国防部", "mod-france"), ("フランス国防省", "mod-france"), ("프랑스 국방부", "mod-france"),
    ("französische Verteidigungsministerium", "mod-france"),
    ("Bộ Quốc phòng Pháp", "mod-france"), ("Fransa Savunma Bakanlığı", "mod-france"),
    ("Russian Foreign Ministry", "mfa-russia"), ("МИД России", "mfa-russia"),
    ("Kementerian Luar Negeri Rusia", "mfa-russia"), ("俄罗斯外交部", "mfa-russia"),
])
def test_a_ministry_is_named_in_every_language_from_its_country(kb, name, entity):
    assert [e.id for e in kb.by_name(name)] == [entity]


def test_a_ministry_without_a_role_gets_no_composed_names(kb):
    trade = kb.get("russian-foreign-trade")
    assert trade is not None and not any("Foreign Ministry" in a for a in trade.aliases)


def test_a_ministry_role_needs_a_known_role_and_a_country(tmp_path):
    from newsweave.kb.loader import KnowledgeBaseError

    for bad in ("ministry: defence}", "ministry: culture, country: nowhere}"):
        path = tmp_path / "bad.yaml"
        path.write_text("- {id: x-mod, type: organization, name: X Ministry, " + bad + "\n",
                        encoding="utf-8")
        with pytest.raises(KnowledgeBaseError, match="ministry"):
            build_knowledge_base([path])


def test_every_country_has_its_ministries_and_curated_ones_are_not_doubled():
    from newsweave.kb import load_knowledge_base

    kb = load_knowledge_base()
    for name in ("Niger's Defence Ministry", "Ministry of Defense (Niger)",
                 "ministère de la Défense du Niger", "尼日尔国防部", "Bộ Quốc phòng Niger"):
        assert [e.id for e in kb.by_name(name)] == ["ministry-of-defence-niger"], name
    assert [e.id for e in kb.by_name("Ministry of Foreign Affairs (Sudan)")] == [
        "ministry-of-foreign-affairs-sudan"]
    # Azerbaijan's is curated: no second, composed record beside it
    assert kb.get("ministry-of-defence-azerbaijan") is None
    assert [e.id for e in kb.by_name("Azerbaijani Defence Ministry")] == [
        "ministry-of-defense-azerbaijan"]
