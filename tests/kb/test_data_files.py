"""Checks on the hand-curated data files themselves (src/newsweave/kb/data/*.yaml).

The loader's strict validation covers syntax, ids, dates and references; these tests add the
curation rules: every person is named in the four main scripts, offices are dated sensibly,
outlets own distinct web hosts, and one surface name does not silently point at two entities.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from newsweave.kb.countries import cldr_countries
from newsweave.kb.loader import check_references, read_file

DATA = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "kb" / "data"
SCRIPTS = {"ja", "ko", "zh", "ru"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# the same word names two real things; the matcher must pick by context
SHARED_NAMES = {("ru", "Днепр"), ("uk", "Дніпро"), ("ru", "Ли Сон Гвон")}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _records() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(DATA.glob("*.yaml")):
        for raw in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []:
            out.append((path.name, raw))
    return out


RECORDS = _records()
ENTITIES = [(f, r) for f, r in RECORDS if "iso" not in r]
PEOPLE = [r for _, r in ENTITIES if r.get("type") == "person"]


def _text(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def test_every_file_reads_strictly_and_every_reference_resolves():
    # the loader's own checks (keys, ids, dates, languages), raising on the first problem;
    # references may point at any curated id or any CLDR country
    records = [rec for path in sorted(DATA.glob("*.yaml")) for rec in read_file(path)]
    known = {rec.data["id"] for rec in records}
    known |= {data["id"] for data in cldr_countries().values()}
    check_references(records, known, strict=True)
    assert len(records) > 1000


def test_ids_are_unique_across_files():
    seen: dict[str, str] = {}
    for fname, rec in ENTITIES:
        assert rec["id"] not in seen, f"{rec['id']} in {fname} and {seen[rec['id']]}"
        seen[rec["id"]] = fname


@pytest.mark.parametrize("prefix", ["people_", "organizations_", "places_"])
def test_files_hold_their_own_type(prefix):
    wanted = {"people_": {"person"}, "organizations_": {"organization", "other"},
              "places_": {"place"}}[prefix]
    for fname, rec in ENTITIES:
        if fname.startswith(prefix):
            assert rec["type"] in wanted, f"{rec['id']} ({rec['type']}) in {fname}"


@pytest.mark.parametrize("person", PEOPLE, ids=lambda r: r["id"])
def test_person_is_named_in_every_main_script(person):
    names = person.get("names") or {}
    assert set(names) >= SCRIPTS, f"missing {SCRIPTS - set(names)}"
    assert all(names[lang] for lang in SCRIPTS)


@pytest.mark.parametrize("person", PEOPLE, ids=lambda r: r["id"])
def test_person_dates_are_ordered(person):
    born, died = person.get("born"), person.get("died")
    for value in (born, died):
        assert value is None or DATE.match(_text(value))
    if born and died:
        assert _text(born) < _text(died)
    for office in person.get("offices") or []:
        start, end = office.get("from"), office.get("to")
        if start and end:
            assert _text(start) <= _text(end), office
        if start and born:
            assert _text(born) < _text(start), office
        if end and died:
            assert _text(end)[:4] <= _text(died)[:4], office


def test_current_office_holders_are_alive():
    for person in PEOPLE:
        if person.get("died"):
            current = [o for o in person.get("offices") or [] if "to" in o and o["to"] is None]
            assert not current, f"{person['id']} died but holds {current}"


def test_hosts_belong_to_one_outlet():
    owner: dict[str, str] = {}
    for _, rec in ENTITIES:
        for host in rec.get("hosts") or []:
            assert host == host.lower() and "/" not in host and " " not in host, host
            assert host not in owner, f"{host}: {owner.get(host)} and {rec['id']}"
            owner[host] = rec["id"]


def test_a_native_name_points_at_one_entity():
    users: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _, rec in ENTITIES:
        for lang, names in (rec.get("names") or {}).items():
            for name in names:
                users[(lang, name)].add(rec["id"])
    clashes = {k: v for k, v in users.items() if len(v) > 1 and k not in SHARED_NAMES}
    assert not clashes


def test_aliases_are_not_bare_surnames_of_people():
    # a surname alone ("Lavrov") is the matcher's job; as an alias it would shadow namesakes
    for person in PEOPLE:
        surname = person["name"].split()[-1]
        assert surname not in (person.get("aliases") or []), person["id"]


def test_not_links_point_at_other_known_entities():
    ids = {rec["id"] for _, rec in RECORDS} | {d["id"] for d in cldr_countries().values()}
    for _, rec in ENTITIES:
        for other in rec.get("not") or []:
            assert other in ids and other != rec["id"]


@pytest.mark.parametrize(("name", "entity"), [
    ("金正恩", "kim-jong-un"), ("김정일", "kim-jong-il"), ("Kim Jong-un", "kim-jong-un"),
    ("Сергей Лавров", "sergey-lavrov"), ("Kyrylo Budanov", "kirill-budanov"),
    ("Lâm Kiếm", "lin-jian"), ("Курской области", "kursk-oblast"), ("クルスク州", "kursk-oblast"),
    ("朝鮮中央通信", "korean-central-news-agency"), ("연합뉴스", "yonhap"),
    ("ボストーチヌイ宇宙基地", "vostochny-cosmodrome"), ("Gedung Putih", "white-house"),
])
def test_names_reach_their_entity(name, entity):
    found = {rec["id"] for _, rec in ENTITIES
             if name in [rec["name"], *(rec.get("aliases") or []),
                         *(n for ns in (rec.get("names") or {}).values() for n in ns)]}
    assert found == {entity}
