"""The analysts' decisions applied to what the outputs show.

A rejected claim is left out; a confirmed one is marked (and counts as sure); a merge makes
one entity of two; a split moves the mentions written in chosen forms ("Kim Yo Jong" wrongly
linked to Kim Jong Un) to an entity of their own. The events these changes touch are fused
again from what is left, with fusion's own code, so summaries, source counts and conflicts
read as if the extraction had been right. Nothing stored is changed: undoing a decision
(`Store.revoke_decision`) brings the stored events back.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from newsweave.model import Claim, Entity, Finding
from newsweave.store import Decision, Store


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def split_id(entity_id: str, decision_id: int) -> str:
    return f"{entity_id}~split{decision_id}"


@dataclass
class Review:
    decisions: list[Decision]
    rejected: dict[str, Decision] = field(default_factory=dict)  # claim id ->
    confirmed: dict[str, Decision] = field(default_factory=dict)
    merged_into: dict[str, str] = field(default_factory=dict)  # absorbed entity -> kept one
    # entity -> (the new entity's id, the folded surfaces it takes, the decision)
    splits: dict[str, list[tuple[str, frozenset[str], Decision]]] = field(
        default_factory=dict)
    rejected_claims: dict[str, Claim] = field(default_factory=dict)
    # claims below the confidence threshold and not confirmed: left out like rejected ones
    # unless the caller asked for everything (`view.load(show_all=True)`)
    hidden_claims: dict[str, Claim] = field(default_factory=dict)

    @classmethod
    def of(cls, decisions: list[Decision]) -> Review:
        r = cls(list(decisions))
        for d in decisions:  # in the order they were made
            if d.kind == "reject_claim":
                r.rejected[d.subject] = d
                r.confirmed.pop(d.subject, None)
            elif d.kind == "confirm_claim":
                r.confirmed[d.subject] = d
                r.rejected.pop(d.subject, None)
            elif d.kind == "merge_entities" and d.object:
                if r.canonical(d.subject) != d.object:  # never a cycle
                    r.merged_into[d.object] = d.subject
            elif d.kind == "split_entity":
                r.splits.setdefault(d.subject, []).append(
                    (split_id(d.subject, d.id), frozenset(_fold(s) for s in d.surfaces), d))
        return r

    def canonical(self, entity_id: str) -> str:
        seen = {entity_id}
        while entity_id in self.merged_into:
            entity_id = self.merged_into[entity_id]
            if entity_id in seen:
                break
            seen.add(entity_id)
        return entity_id

    def mention_entity(self, entity_id: str, surface: str) -> str:
        """The entity a mention stands for once splits and merges are applied."""
        folded = _fold(surface)
        for new_id, surfaces, _ in self.splits.get(entity_id, ()):
            if folded in surfaces:
                return new_id
        return self.canonical(entity_id)

    def status(self, claim_id: str) -> str | None:
        if claim_id in self.rejected:
            return "rejected"
        if claim_id in self.confirmed:
            return "confirmed"
        return None

    def about(self, subject: str) -> list[Decision]:
        """The decisions in force about a claim or an entity."""
        return [d for d in self.decisions if subject in (d.subject, d.object)]


def apply_decisions(corpus: Any, decisions: list[Decision], store: Store, resources: Any,
                    findings_by_doc: dict[str, list[Finding]],
                    hidden: frozenset[str] = frozenset()) -> None:
    """Change `corpus` (a `report.view.Corpus`) as the decisions in force say; the claims in
    `hidden` (below the confidence threshold) are left out too unless an analyst confirmed
    them, and the events they leave are fused again from what is shown."""
    from newsweave.fuse import fuse_claims
    from newsweave.fuse.context import FuseContext
    from newsweave.report.view import EventView, claim_view

    review = Review.of(decisions)
    corpus.review = review

    # entities a split creates
    for entity_id, parts in review.splits.items():
        base = corpus.entities.get(entity_id) or corpus.entity(entity_id)
        for new_id, _, d in parts:
            written = d.surfaces
            corpus.entities[new_id] = Entity(
                new_id, written[0], base.type if base else "other", tuple(written), False,
                {"split_from": entity_id, "decision": d.id})

    # mentions, and which entities each sentence's mentions now stand for
    per_sentence: dict[tuple[str, int, str], set[str]] = defaultdict(set)
    mentions = []
    for doc_id, m in corpus.mentions:
        now = review.mention_entity(m.entity_id, m.surface)
        per_sentence[(doc_id, m.sentence, m.entity_id)].add(now)
        mentions.append((doc_id, m if now == m.entity_id else replace(m, entity_id=now)))
    corpus.mentions = mentions
    corpus.__dict__.pop("surfaces", None)
    corpus.__dict__.pop("_mentions_by_doc", None)

    def entity_in(c: Claim, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        now = per_sentence.get((c.doc, c.sentence, entity_id))
        if now and len(now) == 1:
            return next(iter(now))
        return review.canonical(entity_id)

    changed: set[str] = set()
    claims: dict[str, Claim] = {}
    for cid, c in corpus.claims.items():
        new = replace(
            c,
            actors=tuple(dict.fromkeys(entity_in(c, a) or a for a in c.actors)),
            targets=tuple(dict.fromkeys(entity_in(c, t) or t for t in c.targets)),
            location=entity_in(c, c.location),
            attributed_to=entity_in(c, c.attributed_to),
        )
        if new != c:
            changed.add(cid)
        if cid in review.rejected:
            review.rejected_claims[cid] = new
            changed.add(cid)
            continue
        if cid in hidden and cid not in review.confirmed:
            review.hidden_claims[cid] = new
            changed.add(cid)
            continue
        claims[cid] = new
    corpus.claims = claims

    kept = set(review.merged_into.values())
    touched = []
    untouched = []
    for v in corpus.events:
        ids = {c.claim.id for c in v.claims}
        parties = {*v.event.actors, *v.event.targets}
        for c in v.claims:
            parties |= {*c.claim.actors, *c.claim.targets}
        if ids & changed or parties & kept or parties & set(review.merged_into):
            touched.append(v)
        else:
            untouched.append(v)

    def status_view(c: Claim):
        return claim_view(c, corpus.documents, findings_by_doc, review.status(c.id))

    events = [
        EventView(v.event, tuple(status_view(claims[c.claim.id]) for c in v.claims))
        if any(c.claim.id in review.confirmed for c in v.claims) else v
        for v in untouched
    ]
    if touched:
        again = [claims[i] for v in touched for i in v.event.claims if i in claims]
        ctx = FuseContext(store, resources or _resources(corpus.kb),
                          [e for e in corpus.entities.values() if "split_from" in e.facts])
        for event, _keys in fuse_claims(again, ctx):
            events.append(EventView(event, tuple(status_view(claims[i]) for i in event.claims
                                                 if i in claims), revised=True))
    events.sort(key=lambda v: (v.event.date or "9999", v.event.id))
    corpus.events = events
    corpus.__dict__.pop("event_of_claim", None)


def _resources(kb: Any):
    from newsweave.resources import Resources

    res = Resources()
    if kb is not None:
        res.__dict__["kb"] = kb  # the cached property, already loaded by the caller
    return res
