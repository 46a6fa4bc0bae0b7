"""What fusion reads from the store and the knowledge base, cached for one fusion run."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from newsweave.fuse.dates import sane, valid_date
from newsweave.fuse.rules import Rules, load_rules
from newsweave.model import Claim, Entity, Finding
from newsweave.resources import Resources
from newsweave.store import Store

T = TypeVar("T")

_SEEDS_KEPT = 32  # groupings of stored events' documents kept at once
_SIDE_SETS_KEPT = 100_000  # lists of parties resolved to their sides, kept at once


@dataclass(frozen=True, slots=True)
class DocInfo:
    id: str
    published: str | None
    outlet: str | None
    origin: str | None
    quality: float
    source_keys: frozenset[str] = frozenset()  # origin and outlet, comparable


@functools.lru_cache(maxsize=65536)  # outlets repeat across a store's documents
def source_key(name: str | None) -> str | None:
    """A comparable key for an outlet or origin: 'https://www.voanews.com/x' -> 'voanews'."""
    if not name:
        return None
    s = name.strip().lower()
    s = re.sub(r"^[a-z]+://", "", s).split("/", 1)[0]
    s = re.sub(r"^(www|m|amp|news)\.", "", s)
    if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", s):
        labels = s.split(".")
        # drop the public suffix (com, co.kr, com.vn, jp ...): keep the registrable label
        while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in {"info", "news"}):
            labels.pop()
        s = labels[-1]
    return s or None


class FuseContext:
    def __init__(self, store: Store, resources: Resources, entities: Iterable[Entity] = ()):
        self.store = store
        self.resources = resources
        self.rules: Rules = load_rules()
        self._entities: dict[str, Entity | None] = {e.id: e for e in entities}
        self._docs: dict[str, DocInfo] = {}
        self._near: dict[str, tuple[str, ...]] = {}
        self._doc_claims: dict[str, list[Claim]] = {}
        self._findings: dict[str, list[Finding]] = {}
        self._sides: dict[tuple[str, bool], str] = {}
        self._side_sets: dict[tuple[tuple[str, ...], bool], frozenset[str]] = {}
        self._store_entities: dict[str, Entity] | None = None
        # results fusion asks for again and again within a batch, dropped by `forget`:
        # kind -> claim id -> (the claim object, ..., result) (parties, blocking keys), valid
        # while the same claim object is asked about; and the date of a set of claims
        self.per_claim: dict[str, dict[str, tuple]] = {}
        self.dates: dict[frozenset[str], str | None] = {}  # a claim set -> its event date
        # a document set -> its independent sources (`independence.source_groups`)
        self.groups: dict[frozenset[str], tuple[tuple[str, ...], ...]] = {}
        # document sets grouped when a stored event was written (read back with the event):
        # a larger set is grouped from one of them (`independence.source_groups`)
        self.seeds: list[tuple[frozenset[str], tuple[tuple[str, ...], ...]]] = []
        self.grouped: list[tuple[tuple[str, ...], ...]] | None = None  # see `recording`
        self.per_list: dict[int, tuple] = {}  # see `cluster._kept`
        self.meets: dict[tuple, bool] = {}  # see `cluster._meets`

    def memo(self, kind: str, claim: Claim, compute: Callable[[], T]) -> T:
        """`compute()` for this claim, once per context: the same claim object comes back
        again and again during fusion, so its identity tells a hit."""
        table = self.per_claim.setdefault(kind, {})
        hit = table.get(claim.id)
        if hit is not None and hit[0] is claim:
            return hit[1]
        found = compute()
        table[claim.id] = (claim, found)
        return found

    def forget_metadata(self, doc_ids: Iterable[str]) -> None:
        """Documents that gained a near-duplicate: their source grouping is read again.
        (Results memoised per claim set stay valid: a set holding both documents' claims
        cannot have been seen before the second document was stored.)"""
        for d in doc_ids:
            self._docs.pop(d, None)
            self._near.pop(d, None)

    def forget(self, doc_ids: Iterable[str]) -> None:
        """Drop what is cached about re-analysed documents (claims, findings, quality), and
        every derived result."""
        for d in doc_ids:
            self._docs.pop(d, None)
            self._near.pop(d, None)
            self._doc_claims.pop(d, None)
            self._findings.pop(d, None)
        self.per_claim.clear()
        self.dates.clear()
        self.groups.clear()
        self.seeds.clear()
        self.per_list.clear()
        self.meets.clear()

    def add_seed(self, partition: Iterable[Iterable[str]]) -> None:
        """A document set's grouping into independent sources, as a stored event recorded it
        (`independence.source_groups` grows larger sets from it)."""
        groups = tuple(tuple(g) for g in partition)
        docs = frozenset(d for g in groups for d in g)
        if any(s[0] == docs for s in self.seeds):
            return
        if len(self.seeds) >= _SEEDS_KEPT:
            del self.seeds[0]
        self.seeds.append((docs, groups))

    # ------------------------------------------------------------------ documents

    def doc(self, doc_id: str) -> DocInfo:
        info = self._docs.get(doc_id)
        if info is None:
            self.prefetch([doc_id])
            info = self._docs.get(doc_id)
            if info is None:  # not stored
                info = self._docs[doc_id] = DocInfo(doc_id, None, None, None, 0.0)
        return info

    def prefetch(self, doc_ids: Iterable[str]) -> None:
        """Read what `doc` gives for many documents at once (a stored event's documents:
        one query, not one per document)."""
        missing = [d for d in set(doc_ids) if d not in self._docs]
        if not missing:
            return
        for d, i in self.store.document_infos(missing).items():
            self._docs[d] = DocInfo(
                id=d, published=i.published, outlet=i.outlet, origin=i.origin,
                quality=i.quality,
                source_keys=frozenset(k for k in (source_key(i.origin), source_key(i.outlet))
                                      if k))

    def near_duplicates(self, doc_id: str) -> tuple[str, ...]:
        """The documents `doc_id` near-duplicates (read only when its sources are grouped)."""
        found = self._near.get(doc_id)
        if found is None:
            self.prefetch_near([doc_id])
            found = self._near[doc_id]
        return found

    def prefetch_near(self, doc_ids: Iterable[str]) -> None:
        """Read what `near_duplicates` gives for many documents at once."""
        missing = [d for d in set(doc_ids) if d not in self._near]
        if missing:
            self._near.update(self.store.near_duplicates_of(missing))

    def reference_dates(self, doc_ids: Iterable[str]) -> dict[str, str | None]:
        """The latest date each document's claims give (as `doc_claims` reads them), read
        for many documents at once; the documents whose claims are cached are not asked."""
        ids = set(doc_ids)
        out: dict[str, str | None] = {}
        for d in ids & self._doc_claims.keys():
            dates = [c.date.value for c in self._doc_claims[d] if c.date]
            out[d] = max(dates) if dates else None
        asked = ids - out.keys()
        if asked:
            found = self.store.claim_dates(asked)
            for d in asked:
                dates = [v for v in found.get(d, ()) if valid_date(v)]
                out[d] = max(dates) if dates else None
        return out

    def prefetch_claims(self, doc_ids: Iterable[str],
                        known: Mapping[str, Claim] | None = None) -> None:
        """Read what `doc_claims` gives for many documents at once (`known`: claims already
        decoded, as fusion reads them, by id)."""
        missing = set(doc_ids) - self._doc_claims.keys()
        if missing:
            for d, claims in self.store.claims_of_documents(missing, known).items():
                self._doc_claims[d] = [sane(c) for c in claims]

    def doc_claims(self, doc_id: str) -> list[Claim]:
        if doc_id not in self._doc_claims:
            self._doc_claims[doc_id] = [sane(c) for c in self.store.claims(doc_id)]
        return self._doc_claims[doc_id]

    def findings(self, doc_id: str) -> list[Finding]:
        if doc_id not in self._findings:
            self._findings[doc_id] = self.store.findings(doc_id)
        return self._findings[doc_id]

    # ------------------------------------------------------------------ entities

    def entity(self, entity_id: str) -> Entity | None:
        if entity_id in self._entities:
            return self._entities[entity_id]
        e = self._kb_get(entity_id)
        if e is None:
            e = self._from_store(entity_id)
        self._entities[entity_id] = e
        return e

    def _kb_get(self, entity_id: str) -> Entity | None:
        try:
            return self.resources.kb.get(entity_id)
        except Exception:  # a KB that fails to load must not stop fusion
            return None

    def _from_store(self, entity_id: str) -> Entity | None:
        by_ids = getattr(self.store, "entities_by_ids", None)
        if by_ids is not None:
            found = by_ids([entity_id])
            return found[0] if found else None
        if self._store_entities is None:
            self._store_entities = {e.id: e for e in self.store.entities()}
        return self._store_entities.get(entity_id)

    def name(self, entity_id: str) -> str:
        e = self.entity(entity_id)
        if e and e.name:
            return e.name
        if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", entity_id):
            return entity_id.replace("-", " ").title()  # a slug id: "kursk-oblast"
        return entity_id

    def side(self, entity_id: str, state: bool = False) -> str:
        """The party an entity stands for: a leader stands for the country they lead; for acts
        of states (`state`), every official and institution stands for their country."""
        key = (entity_id, state)
        if key not in self._sides:
            side = self._led_country(entity_id)
            if side is None and state:
                side = self._country_of(entity_id)
            self._sides[key] = side or entity_id
        return self._sides[key]

    def _country_of(self, entity_id: str) -> str | None:
        e = self.entity(entity_id)
        if e is None or e.type not in ("person", "organization") or not e.facts:
            return None
        country = _first_id(e.facts.get("country"))
        target = self._kb_get(country) if country else None
        return country if target is not None and target.type == "country" else None

    def country_of_place(self, entity_id: str) -> str | None:
        """The country a place (a city, a region) lies in, when the knowledge base says."""
        e = self.entity(entity_id)
        if e is None or e.type != "place" or not e.facts:
            return None
        country = _first_id(e.facts.get("country"))
        target = self._kb_get(country) if country else None
        return country if target is not None and target.type == "country" else None

    def _led_country(self, entity_id: str) -> str | None:
        e = self._kb_get(entity_id) or self.entity(entity_id)
        if e is None or not e.facts:
            return None
        facts = e.facts
        for key in self.rules.leader_fact_keys:
            value = _first_id(facts.get(key))
            if value:
                return value
        for office in facts.get("offices") or ():
            if isinstance(office, dict) and not office.get("to") and self._leads(office):
                return str(office["of"])
        country = _first_id(facts.get("country"))
        if country:
            for key in ("role", "office", "position", "title"):
                text = " ".join(_strings(facts.get(key))).lower()
                if text and any(word in text for word in self.rules.leader_roles):
                    return country
        return None

    def _leads(self, office: dict) -> bool:
        """A current office heading a country: role "President of Russia", of: russia."""
        role = str(office.get("role") or "").lower()
        of = office.get("of")
        if not of or not role or any(w in role for w in self.rules.not_leader_words):
            return False
        if not any(word in role for word in self.rules.leader_roles):
            return False
        target = self._kb_get(str(of))
        return target is not None and target.type == "country"

    def sides(self, ids: Iterable[str], state: bool = False) -> frozenset[str]:
        if not isinstance(ids, tuple):
            return frozenset(self.side(i, state) for i in ids)
        # claims name the same few parties again and again: each list is resolved once
        key = (ids, state)
        found = self._side_sets.get(key)
        if found is None:
            if len(self._side_sets) >= _SIDE_SETS_KEPT:
                self._side_sets.clear()
            found = self._side_sets[key] = frozenset(self.side(i, state) for i in ids)
        return found


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _first_id(value: object) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, (list, tuple)):
        for v in value:
            found = _first_id(v)
            if found:
                return found
    if isinstance(value, dict):
        return _first_id(value.get("id") or value.get("country"))
    return None
