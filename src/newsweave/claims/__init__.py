"""Claim extraction: sentence-level claims with type, actors, targets, date, place, quantity,
source and modality, in every language that has a `claims.yaml` lexicon.

Pipeline per sentence: triggers (lexicon data) → roles (each language's particles, prepositions
and word order) → attribution ("according to X", "X said") → modality (negation, hedges, plans,
questions) → date (the sentence's, else the paragraph's) → dedupe across the document.

Denials: a denial verb ("membantah", "否定", "denied") yields one DENY claim whose actor is the
denier and whose targets are the other parties named; the act it denies is NOT emitted as well
(the text does not assert it). A plainly negated act ("did not send troops") is emitted with
modality "denied".
"""

from __future__ import annotations

import re

from newsweave.claims.anachronism import PENALTY, Offices, offices_of, substitute
from newsweave.claims.assemble import (
    CONTEXT_DATED,
    SPOKEN,
    Draft,
    build,
    country_of,
    home_of,
)
from newsweave.claims.attribution import continues_quote, find_attributions, open_quote
from newsweave.claims.dates import DateContext, paragraph_break
from newsweave.claims.lexicon import Lexicon, lexicon
from newsweave.claims.roles import CLAUSE_END, assign, cue_of
from newsweave.claims.table import claim_type
from newsweave.claims.triggers import Hit, find_triggers
from newsweave.claims.view import SentenceView, build_views, headline_lines
from newsweave.model import Analysis, Claim, Document, Entity
from newsweave.resources import Resources

__all__ = ["extract_claims"]

def extract_claims(document: Document, analysis: Analysis, resources: Resources) -> list[Claim]:
    kb = _kb(resources)
    entities = {e.id: e for e in analysis.entities}

    def lookup(key: str) -> Entity | None:
        e = entities.get(key) or (kb.get(key) if kb is not None else None)
        if e is None:  # a fact may name its country rather than give its id
            e = next((x for x in entities.values() if x.name == key), None)
        return e

    def expand(ids: set[str]) -> set[str]:
        """The parties and the countries of those among them who have one."""
        return ids | {c for i in ids if (c := country_of(lookup(i), lookup))}

    def with_places(ids: set[str]) -> set[str]:
        """…and the countries of the places among them (a visit to 北京 is one to 中国)."""
        return expand(ids) | {home_of(i, lookup) for i in ids}

    offices = offices_of(kb)
    views = build_views(document, analysis, kb)
    drafts: list[Draft] = []
    dates = DateContext()
    context_actors: list[str] = []
    prev: SentenceView | None = None
    speaker: str | None = None  # whose quotation is open
    for n, view, head in _parts(views):
        lex = lexicon(view.lang)
        new_paragraph = prev is not None and (paragraph_break(document, prev, view) or
                                              prev.sentence.index == view.sentence.index)
        if new_paragraph and prev is not None and prev.sentence.index == view.sentence.index:
            context_actors = []  # a headline line tells its own story
        dates.advance(view, new_paragraph)
        headline = head or n == 0 or bool(
            document.title and view.text.strip() == document.title.strip())
        quoted = speaker if speaker and continues_quote(view) else None
        found = _sentence(view, lex, context_actors, dates, headline, lookup,
                          document.published, quoted)
        # a quotation left open carries its speaker to the sentences that continue it
        speaker = open_quote(view, find_attributions(view, lex)) or quoted
        for d in found:
            _present(d, offices, lookup, document.published, set(entities))
        drafts.extend(found)
        context_actors = _subjects(view, lex, found) or context_actors
        parties = {p for d in found for p in (*d.actors, *d.targets)}
        # a leader's claims relate to his country's: both carry the running date
        speakers = _persons({d.attributed_to for d in found if d.attributed_to}, lookup)
        dates.record(view, expand(parties), _persons(parties, lookup), speakers)
        persons = _persons(parties, lookup)
        cont = lex.cues.get("pronoun")
        if any(CONTEXT_DATED in d.notes for d in found) and (
                persons & dates.persons or (cont and cont.search(view.text[:40]))):
            dates.keep(expand(parties), persons, speakers)  # the same people's report
        prev = view
    return _finish(document, _dedupe(drafts, with_places))


def _parts(views: list[SentenceView]):
    """(sentence number, view, is a headline line) for every line of every sentence: a
    sentence run across headline lines is read line by line."""
    for n, whole in enumerate(views):
        parts = headline_lines(whole, first=n == 0)
        for k, part in enumerate(parts):
            yield (n if k == 0 else -1), part, k < len(parts) - 1


def _present(d: Draft, offices: Offices | None, lookup, published: str | None,
             known: set[str]) -> None:
    """A dead leader named as a party stands for his office's holder at the claim's date (the
    pipeline adds the holder's KB record to the document's entities when the text never names
    him)."""
    when = d.date.value if d.date else published
    before = set(d.actors) | set(d.targets)
    d.actors, a = substitute(d.actors, when, offices, lookup, None)
    d.targets, t = substitute(d.targets, when, offices, lookup, None)
    allowed = known | ((set(d.actors) | set(d.targets)) - before)
    # other parties the document does not name (a country looked up for its leader) are
    # inferences too loose to keep
    d.actors = [x for x in d.actors if x in allowed] or d.actors
    d.targets = [x for x in d.targets if x not in d.actors and x in allowed]
    if a or t:
        d.confidence = round(max(0.05, d.confidence - PENALTY), 2)
        d.notes.append("anachronistic name: the office holder at the claim's date")


def _persons(ids: set[str], lookup) -> set[str]:
    return {i for i in ids if (e := lookup(i)) is not None and e.type == "person"}


def _kb(resources: Resources | None):
    try:
        return resources.kb if resources is not None else None
    except Exception:  # a broken knowledge base must not stop claim extraction
        return None


def _denied_content(hit: Hit, denials: list[Hit], lex: Lexicon) -> bool:
    """Is `hit` the act a denial verb denies (派兵を否定 / denied sending troops)?"""
    for d in denials:
        if lex.roles_after:  # verb-final: 派兵を否定; zh puts the act after 否认
            if hit.end <= d.start and d.start - hit.end <= 16:
                return True
        elif hit.start >= d.end and hit.start - d.end <= 40:
            return True
    return False


def _asked_for(text: str, hit: Hit, requests: list[Hit], lex: Lexicon) -> bool:
    """Is `hit` what a request asks for ("urged the West to speed up arms deliveries",
    "武器の供与を要請した")? That act has not happened; the request is the claim."""
    for r in requests:
        if lex.roles_after:
            lo, hi = hit.end, r.start  # verb-final: the content comes before the verb
            near = 0 <= hi - lo <= 30
        else:
            lo, hi = r.end, hit.start
            near = 0 <= hi - lo <= 80
        if near and not re.search(r"[.;!?。；！？]", text[lo:hi]):
            return True
    return False


def _setting(text: str, hit: Hit, lex: Lexicon) -> bool:
    """A meeting named only as the scene of something else ("in the talks, Putin said",
    "会談で…", "회담에서 나눈 합의") is not a claim of its own."""
    if not claim_type(hit.type).setting:
        return False
    after = lex.cues.get("setting_after")
    before = lex.cues.get("setting_before")
    if after and after.match(text, hit.end):
        return True
    lead = text[max(0, hit.start - 16) : hit.start]
    return bool(before and re.search(f"(?:{before.pattern})\\s*$", lead, re.IGNORECASE))




def _subordinate(text: str, hit: Hit, lex: Lexicon, name: str) -> bool:
    """Does a `name` clause word govern the trigger: "if … attacked" / 攻撃された場合,
    "since … signed" / 署名して以来, "such as shelling" / 砲撃などの訓練? Such acts are
    hypotheses, background or examples, not news."""
    before = lex.cues.get(f"{name}_before")
    after = lex.cues.get(f"{name}_after")
    # a list of examples runs longer than a clause word's reach ("砲撃や無人機の運用などの")
    reach = 40 if lex.spaced else (16 if name == "example" else 8)
    if after:
        m = after.search(text, hit.end, min(len(text), hit.end + reach))
        if m and not CLAUSE_END.search(text, hit.end, m.start()):
            return True
    if before:
        lead = text[max(0, hit.start - reach) : hit.start]
        for m in before.finditer(lead):
            if not CLAUSE_END.search(lead, m.end()):
                return True
    return False


def _kept_agreement(text: str, hit: Hit, lex: Lexicon) -> bool:
    """An agreement named as the thing to keep or break ("합의를 충실히 이행해야", "合意を履行",
    "violate the accord"): it was made before and is told elsewhere; this is no new act."""
    cue = lex.cues.get("kept_after")
    if not claim_type(hit.type).agreement or cue is None:
        return False
    marker = lex.cues.get("object_marker")
    follows = text[hit.end : hit.end + 2]
    if marker is None or not (marker.match(follows) or follows[:1] in "의の"):
        return False  # the verb "합의했다" / "合意した", not the noun
    m = cue.search(text, hit.end, min(len(text), hit.end + 20))
    return bool(m and not CLAUSE_END.search(text, hit.end, m.start()))


def _clause_parties(d: Draft, view: SentenceView, hit: Hit, lex: Lexicon, lookup) -> None:
    """A background clause names its own parties ("since Putin visited"); a person named
    only before its opening word ("Lavrov said ties grew since the signing in June") is the
    main clause's subject: he tells of his state's act, he is not its actor."""
    cue = lex.cues.get("background_before")
    if cue is None:
        return
    opens = [m.start() for m in cue.finditer(view.text, 0, hit.start)]
    if not opens:
        return
    inside = {m.entity_id for m in view.mentions if opens[-1] <= m.start < hit.end + 60}
    actors = []
    for a in d.actors:
        e = lookup(a)
        if a not in inside and e is not None and e.type == "person":
            a = country_of(e, lookup) or a
        if a not in actors:
            actors.append(a)
    d.actors = actors


def _self_dated(d: Draft | None) -> bool:
    """Does the sentence itself date the claim (not the paragraph around it)?"""
    return d is not None and d.date is not None and CONTEXT_DATED not in d.notes


def _dated_before(view: SentenceView, hit: Hit, d: Draft) -> bool:
    """Is the claim's date written before the trigger, in its own phrase ("9월 16일 러시아에서
    열린 정상회담", "the 13 September summit")? A date after it dates the main clause."""
    text = d.date.text if d.date else ""
    k = view.text.rfind(text, 0, hit.start) if text else -1
    return k >= 0 and hit.start - (k + len(text)) <= 40


def _conditional(text: str, lex: Lexicon) -> bool:
    """Does the sentence state a condition ("if attacked", "攻撃された場合")?"""
    return any((p := lex.cues.get(f"hypothetical_{side}")) is not None and p.search(text)
               for side in ("before", "after"))


def _referred(hit: Hit, hits: list[Hit], text: str, lex: Lexicon) -> bool:
    """A call, support or protest named as the object of another act ("ウクライナの呼びかけを
    支持し", "지지를 비난"): it refers to an act told elsewhere, it is not one of its own."""
    if (not (hit.nominal or not lex.spaced) or not claim_type(hit.type).speech
            or not lex.roles_after):
        return False
    marker = lex.cues.get("object_marker")
    for h in hits:
        if h is hit or h.start < hit.end or h.start - hit.end > 4:
            continue
        gap = text[hit.end : h.start].strip()
        if not gap or (marker is not None and marker.fullmatch(gap)):
            return True
    return False


def _restated(hit: Hit, hits: list[Hit], lex: Lexicon) -> bool:
    """A warning inside a warning ("…は正当な攻撃目標になると警告した", "warned they would be
    legitimate targets"): the governing verb's claim is the one; the content adds none."""
    if not claim_type(hit.type).speech:
        return False
    # a warning's content runs long ("warned that if the troops join the fighting in
    # Ukraine, they would become legitimate targets"): the whole sentence after the verb
    if lex.roles_after:  # verb-final: the governing verb comes later
        return any(h.type == hit.type and 0 <= h.start - hit.end <= 60 for h in hits)
    return any(h.type == hit.type and 0 <= hit.start - h.end <= 160 for h in hits)


def _source_phrases(view: SentenceView, lex: Lexicon) -> frozenset[int]:
    """Mentions inside an "according to …" phrase: a source, never a party of the act
    ("menurut lembaga penyiaran publik Korea Selatan KBS, Korea Utara…")."""
    text = view.text
    spans: list[tuple[int, int]] = []
    after = lex.cues.get("according_after")
    for c in after.finditer(text) if after else ():
        stop = CLAUSE_END.search(text, c.end())
        if stop and stop.start() - c.end() <= 80:
            spans.append((c.end(), stop.start()))
    out = {id(m.mention) for m in view.mentions if any(a <= m.start and m.end <= b
                                                       for a, b in spans)}
    tails = find_attributions(view, lex) if lex.spaced and not lex.roles_after else ()
    for a in tails:  # "…, Seoul says." / "…, kata Putin.": a tail speaker (SVO languages;
        if a.kind == "speech" and a.source is not None:  # in ja/ko every verb ends it)
            lo, hi = min(a.start, a.source.start), max(a.end, a.source.end)
            if not text[hi:].strip(" .!?\"'”’」』。") and text[:lo].rstrip().endswith(
                    (",", "，", "、", "”", '"', "」")):
                out.add(id(a.source.mention))
    before = lex.cues.get("according_before")  # X によると: the names right before the cue
    for c in before.finditer(text) if before else ():
        edge = c.start()
        for m in reversed([m for m in view.mentions if m.end <= c.start()]):
            if edge - m.end > (24 if edge == c.start() else 6):
                break
            out.add(id(m.mention))
            edge = m.start
    return frozenset(out)


def _sentence(view: SentenceView, lex: Lexicon, context_actors: list[str], dates: DateContext,
              headline: bool, lookup, published: str | None,
              quoted: str | None = None) -> list[Draft]:
    if not view.mentions and not context_actors and not quoted:
        return []
    amounts = tuple((q.start, q.end, q.quantity.unit or "") for q in view.quantities
                    if q.quantity.unit and not q.quantity.problem)
    hits = find_triggers(view.text, lex, [(m.start, m.end) for m in view.mentions], amounts)
    if not hits:
        return []
    atts = find_attributions(view, lex)
    denials = [h for h in hits if claim_type(h.type).denial]
    cont = lex.cues.get("pronoun")
    continues = bool(cont and cont.search(view.text[:40]))
    # "According to KBS, …" starts a new report, unless it names someone of the running one
    # ("Menurut TASS, Choe mengatakan…" after Choe's meeting)
    named = {m.entity_id for m in view.mentions if m.type == "person"}
    new_report = not (named & dates.persons) and any(
        a.kind == "according" and a.source is not None for a in atts)
    sources = _source_phrases(view, lex)
    out = []
    requests = [h for h in hits if claim_type(h.type).appeal]
    for hit in hits:
        row = claim_type(hit.type)
        if not row.denial and _denied_content(hit, denials, lex):
            continue
        if not (row.appeal or row.denial) and _asked_for(view.text, hit, requests, lex):
            continue
        if (_referred(hit, hits, view.text, lex) or _restated(hit, hits, lex)
                or _kept_agreement(view.text, hit, lex)):
            continue
        scene = _setting(view.text, hit, lex)
        if any(_subordinate(view.text, hit, lex, k) for k in ("hypothetical", "example")):
            continue
        background = _subordinate(view.text, hit, lex, "background")
        roles = assign(view, hit, lex, sources, partner_is_actor=row.partner_is_actor)
        d = build(view, hit, roles, lex, atts, context_actors,
                  lambda parties: dates.context(continues, parties, _persons(parties, lookup),
                                                new_report, named),
                  headline, lookup, published, quoted)
        if scene and not (_self_dated(d) and _dated_before(view, hit, d)):
            # "in the talks, Putin said" is a scene; "at the summit held in Russia on 16
            # September" still dates a meeting of its own
            continue
        if background:
            if not _self_dated(d):
                # "since signing the treaty" is background; "since signing it at the June
                # summit" still tells a dated past act of its own
                continue
            _clause_parties(d, view, hit, lex, lookup)
        if d is not None and d.modality == "expected" and _conditional(view.text, lex):
            continue  # "will provide military aid if either is attacked": a treaty's terms
        if d is not None and d.confidence >= lex.min_confidence:
            out.append(d)
    return out


def _subjects(view: SentenceView, lex: Lexicon, found: list[Draft]) -> list[str]:
    """Who the sentence is about, for a following "he"/"mereka"/両首脳 or a dropped subject:
    the actors of its last claim, else a person it opens with as subject."""
    if found:
        last = found[-1]
        if SPOKEN in last.notes and last.attributed_to:
            # "Blinken said Russia trains them. He warned…": the speaker goes on
            return [last.attributed_to]
        if claim_type(last.type).partner_is_actor:  # "Putin met Kim. They…": both sides
            return list(last.actors) + [t for t in last.targets if t not in last.actors]
        return list(last.actors)
    prev = 0
    for m in view.mentions:
        cue = cue_of(view, m, lex, prev)
        prev = m.end
        if m.type != "person":
            continue
        if cue.role == "actor" or (cue.role is None and not lex.roles_after and m.start <= 25):
            return [m.entity_id]
    return []


def _compatible(a: Draft, b: Draft, expand=None) -> bool:
    """Same act told twice: same type, the parties of one among the other's ("the talks" after
    "Choe met Lavrov"; a leader counts for his country too), dates that do not disagree."""
    pa, pb = set(a.actors) | set(a.targets), set(b.actors) | set(b.targets)
    if expand is not None:
        pa, pb = expand(pa), expand(pb)
    if a.type != b.type or not (pa <= pb or pb <= pa):
        return False
    if (a.modality == "denied") != (b.modality == "denied"):
        return False  # an act and its denial are two claims, not one told twice
    if _opposite(a, b, expand):
        return False
    da, db = (a.date.value if a.date else None), (b.date.value if b.date else None)
    return da is None or db is None or da.startswith(db) or db.startswith(da)


def _opposite(a: Draft, b: Draft, expand=None) -> bool:
    """A one-way act told in both directions ("North Korea arms Russia" and "Russia arms North
    Korea") is two acts: the actors of one are the other's targets and they share no actor."""
    if claim_type(a.type).symmetric or not (a.actors and a.targets and b.actors and b.targets):
        return False
    grow = expand or set
    aa, at, ba, bt = grow(set(a.actors)), grow(set(a.targets)), grow(set(b.actors)), grow(
        set(b.targets))
    return not (aa & ba) and bool(aa & bt or at & ba)


def _strength(d: Draft) -> tuple:
    return (d.date is not None and len(d.date.value), d.confidence, d.quantity is not None)


def _merge(a: Draft, b: Draft) -> Draft:
    best, other = (b, a) if _strength(b) > _strength(a) else (a, b)
    parties = set(best.actors) | set(best.targets)
    best.actors += [x for x in other.actors if x not in parties]
    best.targets += [t for t in other.targets if t not in parties and t not in best.actors]
    return best


def _dedupe(drafts: list[Draft], expand=None) -> list[Draft]:
    """One claim per act in a document (type, parties, compatible dates): the best-evidenced.

    A headline and the body sentence that tells the same act merge, and so do repeats; a
    claim that bridges two earlier ones ("Russia" … "North Korea" … "North Korea to Russia")
    merges all three.
    """
    kept: list[Draft] = []
    order = {id(d): i for i, d in enumerate(drafts)}
    for d in drafts:
        for k in [k for k in kept if _compatible(k, d, expand)]:
            if not _compatible(k, d, expand):
                continue  # an earlier merge dated it otherwise
            kept.remove(k)
            order[id(d)] = min(order[id(d)], order[id(k)])
            d = _merge(k, d)
            order[id(d)] = min(order.get(id(d), len(drafts)), order[id(k)])
        kept.append(d)
    return sorted(kept, key=lambda d: order[id(d)])


def _finish(document: Document, drafts: list[Draft]) -> list[Claim]:
    out = []
    for n, d in enumerate(drafts, 1):
        s = d.view.sentence
        out.append(
            Claim(
                id=f"{document.id}-c{n}",
                doc=document.id,
                type=d.type,
                actors=tuple(d.actors),
                targets=tuple(d.targets),
                modality=d.modality,  # type: ignore[arg-type]
                start=s.start,
                end=s.end,
                text=document.original_text[s.start : s.end],
                lang=d.view.lang,
                sentence=s.index,
                location=d.location,
                date=d.date,
                quantity=d.quantity,
                attributed_to=d.attributed_to,
                confidence=d.confidence,
                trigger=d.hit.surface,
            )
        )
    return out
