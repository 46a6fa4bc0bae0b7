"""Anachronistic or wrong entities: a person acting after their death (from the knowledge
base's facts), with the holder of their office at that date as suggestion; an actor set in
relation with itself ("antara Rusia dan Rusia", "ロシアとロシア")."""

from __future__ import annotations

import itertools
import re
from functools import cache

from newsweave import patterns
from newsweave.cache import cached_pickle
from newsweave.claims.table import claim_type, with_flag
from newsweave.forensics.common import Candidate, Context, data, script_of, words
from newsweave.lang import OUTPUT_LANGUAGE, get_pack, known_languages
from newsweave.lang.scripts import script_name
from newsweave.model import Entity, Mention

# Text fallback for "X and X" when linking found nothing: a capitalised Latin/Cyrillic name of
# one to three words, a katakana run or a Hangul word.
# Names as the self-relation check reads them. Bounded lengths keep the search linear: with
# unbounded runs, every start inside a long run of letters ("ーーー…", "A-A-A-…") scanned to its
# end (60 s for 40,000 characters); a katakana name starts with a letter, not "ー" or "・".
_NAME = {
    "latin": r"[A-ZА-ЯЁ][\w'’-]{1,40}(?:\s[A-ZА-ЯЁ][\w'’-]{1,40}){0,2}",
    "kana": r"[\u30A1-\u30FA][\u30A1-\u30FF]{1,24}",
    "hangul": r"[\uAC00-\uD7A3]{2,20}",
}


@cache
def _dead_context() -> re.Pattern[str]:
    """Words near a dead person's name that make the mention no anachronism, in any language
    (lang/<code>/forensics.yaml: dead_context)."""
    words_: list[str] = []
    for p in known_languages():
        words_ += [w for w in p.data("forensics").get("dead_context") or () if w not in words_]
    return patterns.compile("(?:" + "|".join(words_) + ")" if words_ else r"(?!)", re.IGNORECASE)


def _date_key(value: str | None) -> str | None:
    """A comparable ISO prefix ("2011", "2011-12", "2011-12-17")."""
    if not value:
        return None
    v = str(value)
    return v if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", v) else None


def _after(ref: str, died: str) -> bool:
    """`ref` is surely after `died`, compared at the coarser of the two precisions."""
    n = min(len(ref), len(died))
    return ref[:n] > died[:n]


CONTEXT_SENTENCES = 3  # a date stays in force for the next few sentences (a narrated past)


def _reference_dates(ctx: Context) -> dict[int, str]:
    """For each sentence index, the date its events happen: a claim's date, else a time
    expression of the sentence or of the few sentences before it (a story told about 2011
    stays in 2011), else nothing (the caller falls back to the publication date)."""
    own: dict[int, str] = {}
    for t in ctx.analysis.times:
        k = _date_key(t.value)
        if k and not t.problem:
            own.setdefault(t.sentence, k)
    for c in ctx.claims:
        k = _date_key(c.date.value) if c.date else None
        if k:
            own[c.sentence] = k
    out: dict[int, str] = {}
    order = [s.index for s in ctx.document.sentences]
    for pos, idx in enumerate(order):
        for back in range(0, CONTEXT_SENTENCES + 1):
            if pos - back >= 0 and order[pos - back] in own:
                out[idx] = own[order[pos - back]]
                break
    return out


def _strong(m: Mention) -> bool:
    if m.how not in ("exact", "alias", "transliteration") or m.confidence < 0.9:
        return False
    words = m.surface.split()
    if len(words) >= 2:
        return True
    # one unspaced CJK/hangul name ("金正日", "김정일") is a full name; a lone Latin or Cyrillic
    # word is a surname at best
    return len(m.surface) >= 2 and script_of(m.surface[0]) in ("han", "hangul", "kana")


def _office_holder(ctx: Context, person: Entity, when: str) -> Entity | None:
    """Who held one of `person`'s offices at `when` (from the KB's office facts)."""
    entities = getattr(ctx.kb, "entities", None) if ctx.kb is not None else None
    if not isinstance(entities, dict):
        return None
    offices = person.facts.get("offices") or []
    for office in offices:
        role, of = office.get("role"), office.get("of")
        for other in entities.values():
            if other.id == person.id or other.type != "person":
                continue
            for o in other.facts.get("offices") or []:
                if o.get("role") != role or o.get("of") != of:
                    continue
                start, end = _date_key(o.get("from")), _date_key(o.get("to"))
                if start and not _after(start, when) and (end is None or not _after(when, end)):
                    return other
    return None


def _anachronisms(ctx: Context) -> list[Candidate]:
    refs = _reference_dates(ctx)
    pub = _date_key(ctx.document.published)
    acting: dict[str, set[int]] = {}
    in_claims: set[str] = set()
    for c in ctx.claims:
        in_claims.update(e for e in (*c.actors, *c.targets, c.attributed_to) if e)
        for eid in (*c.actors, c.attributed_to):
            if eid:
                acting.setdefault(eid, set()).add(c.sentence)
    # years the article itself names: an article that narrates the period when the person was
    # alive may mention them without any anachronism (unless a claim makes them act)
    years = {t.value[:4] for t in ctx.analysis.times
             if t.value and not t.relative and not t.problem and t.value[:4].isdigit()}
    out = []
    seen: set[str] = set()
    by_entity: dict[str, list[Mention]] = {}
    for m in ctx.analysis.mentions:
        by_entity.setdefault(m.entity_id, []).append(m)
    for eid, mentions in by_entity.items():
        person = ctx.entity(eid)
        if person is None or person.type != "person":
            continue
        died = _date_key(person.facts.get("died"))
        if not died:
            continue
        if eid not in acting and any(y <= died[:4] for y in years):
            continue
        # a bare surname or a capitalised common word ("Trong" at a Vietnamese sentence start)
        # is too weak to accuse anyone: ask for one full-name mention of the person
        strong = [m for m in mentions if _strong(m)]
        if not strong:
            continue
        hits = []
        for m in strong:
            ref = refs.get(m.sentence) or pub
            if not ref or not _after(ref, died):
                continue
            if eid in in_claims and eid not in acting:
                continue  # the claims place this person only as a target: not "acting"
            before = ctx.document.original_text[max(0, m.start - 15): m.start]
            after = ctx.document.original_text[m.end: m.end + 12]
            if _dead_context().search(before) or _dead_context().search(after):
                continue
            hits.append((m, ref))
        if not hits or eid in seen:
            continue
        seen.add(eid)
        m, ref = hits[0]
        holder = _office_holder(ctx, person, ref)
        more = f" ({len(hits)} times in this article)" if len(hits) > 1 else ""
        out.append(Candidate(
            "anachronism", "high", m.start, m.end,
            f"'{m.surface}' is linked to {person.name}, who died in {died[:4]}, but is acting in"
            f" {ref[:4]}{more}: wrong name or wrong person",
            holder.name if holder else None, 0.9 if eid in acting else 0.75))
    return out


@cache
def _connector_re(lang: str) -> re.Pattern[str] | None:
    conns = words(lang, "self_relation_connectors")
    return patterns.compile("(?:" + "|".join(conns) + ")") if conns else None


def _self_relations(ctx: Context) -> list[Candidate]:
    out = []
    types = set(data("entities")["self_relation_types"])
    text = ctx.document.original_text
    mentions = sorted(ctx.analysis.mentions, key=lambda m: m.start)
    for a, b in itertools.pairwise(mentions):
        if a.entity_id != b.entity_id or b.start <= a.end:
            continue
        ent = ctx.entity(a.entity_id)
        if ent is not None and ent.type not in types:
            continue
        between = text[a.end:b.start]
        for lang in ctx.langs:
            rx = _connector_re(lang)
            if rx and rx.fullmatch(between):
                name = ent.name if ent else a.surface
                out.append(Candidate(
                    "self_relation", "high", a.start, b.end,
                    f"'{collapse_text(text[a.start:b.end])}' sets {name} in relation with"
                    " itself: one side was mistranslated (often the other country of the pair)",
                    None, 0.9, "name_variants"))
                break
    out += _self_relations_text(ctx)
    return out


def collapse_text(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@cache
def _self_text_re(lang: str) -> re.Pattern[str] | None:
    conns = words(lang, "self_relation_connectors")
    if not conns:
        return None
    pack = get_pack(lang)
    conn = "(?:" + "|".join(conns) + ")"
    particles = _particles(lang)
    if not pack.word_spacing:  # names of unspaced text: katakana runs
        name = _NAME["kana"]
        head, tail = r"(?<![\u30A1-\u30FA])", r"(?![\u30A1-\u30FA])"
    else:
        name = _NAME["hangul"] if pack.writes("hangul") else _NAME["latin"]
        head, tail = r"(?<![\w\u30A1-\u30FF])", r"(?![\w\u30A1-\u30FF])"
        if particles:
            # names take particles ("러시아와 러시아의"); other letters after the name make a
            # different word ("러시아인")
            tail = rf"(?=(?:{'|'.join(map(re.escape, particles))})|[^\w]|$)"
    return patterns.compile(rf"{head}(?P<a>{name}){conn}(?P=a){tail}")


@cache
def _particles(lang: str) -> tuple[str, ...]:
    """Particles written attached to names in the language's own scripts (Korean: 은, 는 ...)."""
    from newsweave.kb.language import particles

    pack = get_pack(lang)
    if pack.generic:
        return ()
    out: list[str] = []
    for s in pack.identified_by_script:
        out += [p for p in particles(script_name(s) or s) if p not in out]
    return tuple(sorted(out, key=len, reverse=True))


def _self_relations_text(ctx: Context) -> list[Candidate]:
    out = []
    for line in ctx.lines:
        lang = line.lang or ctx.lang
        rx = _self_text_re(lang) if lang else None
        if rx is None:
            continue
        for m in rx.finditer(line.text):
            out.append(ctx.span_candidate(
                "self_relation", "high", line.start + m.start(), line.start + m.end(),
                f"'{m.group()}' sets {m.group('a')} in relation with itself: one side was"
                " mistranslated (often the other country of the pair)", None, 0.8, "name_variants"))
    return out


@cache
def _territories(lang: str) -> tuple[tuple[str, str], ...]:
    """(local name, English name) of every country in `lang` (CLDR via babel)."""
    from babel import UnknownLocaleError

    skip = set(data("entities")["name_like_countries"])
    try:
        names = _cldr_territories((get_pack(lang).cldr_locales or (lang,))[0])
    except (UnknownLocaleError, ValueError, LookupError, OSError, TypeError):
        # (not Exception: a document's time budget stops it with an exception that must pass)
        return ()
    return tuple((name, english) for code, (name, english) in names.items()
                 if code.isalpha() and len(code) == 2 and code not in skip and len(name) >= 2)


def _cldr_territories(locale: str) -> dict[str, tuple[str, str]]:
    """Territory code -> (name in `locale`, English name); read from the cache, since loading
    CLDR's locale data costs a tenth of a second a process."""
    import babel

    def build() -> dict[str, tuple[str, str]]:
        local = babel.Locale.parse(locale).territories
        english = babel.Locale(OUTPUT_LANGUAGE).territories
        return {code: (name, english.get(code, name)) for code, name in local.items()}

    return cached_pickle(f"cldr/territories-{locale}-{OUTPUT_LANGUAGE}-{babel.__version__}"
                         ".pickle", build, dict)


@cache
def _country_name_re(lang: str) -> re.Pattern[str] | None:
    after = words(lang, "personal_honorifics_after")
    before = words(lang, "personal_honorifics_before")
    names = [n for n, _ in _territories(lang)]
    if not names or not (after or before):
        return None
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    particles = _particles(lang)
    if after and particles:
        # "에반스 리비아 씨는": the given name before, a particle (not another word) after
        attached = "|".join(map(re.escape, particles))
        return patterns.compile(rf"(?:[^\W\d_]{{2,}}\s)?(?P<country>{alt})\s?(?:{'|'.join(after)})"
                                rf"(?!(?!{attached})[^\W\d_])")
    if after:
        return patterns.compile(rf"(?<![\u30A1-\u30FA])(?P<country>{alt})\s?(?:{'|'.join(after)})")
    return patterns.compile(rf"\b(?:{'|'.join(before)})\s+(?P<country>{alt})\b")


def _countries_as_names(ctx: Context) -> list[Candidate]:
    """A country name carrying a personal honorific: a garbled personal name."""
    out = []
    for line in ctx.lines:
        lang = line.lang or ctx.lang
        rx = _country_name_re(lang) if lang else None
        if rx is None:
            continue
        english = dict(_territories(lang))
        for m in rx.finditer(line.text):
            country = m.group("country")
            out.append(ctx.span_candidate(
                "garbled_name", "medium", line.start + m.start(), line.start + m.end(),
                f"'{country}' ({english.get(country, country)}) is a country name used as a"
                " person's name (it carries a personal honorific): a garbled transliteration",
                None, 0.65, "name_variants"))
    return out


def _reversed_relations(ctx: Context) -> list[Candidate]:
    """Both directions of one directed relation in one article: the minority is suspect."""
    directed = with_flag("directed")
    flows: dict[tuple[str, str, str], list] = {}
    for c in ctx.claims:
        if c.type in directed and c.actors and c.targets:
            flows.setdefault((c.type, c.actors[0], c.targets[0]), []).append(c)
    out = []
    for (ctype, a, b), claims in flows.items():
        back = flows.get((ctype, b, a), [])
        if a == b or len(back) < 2 * len(claims) or len(back) < 2:
            continue
        name_a = (ctx.entity(a).name if ctx.entity(a) else a)
        name_b = (ctx.entity(b).name if ctx.entity(b) else b)
        for c in claims:
            out.append(Candidate(
                "reversed_relation", "low", c.start, c.end,
                f"this sentence has {name_a} → {name_b} ({ctype}) while {len(back)} others in the"
                f" article have {name_b} → {name_a}: the relation may be reversed in translation",
                f"{name_b} → {name_a}", 0.3))
    return out


def _reversed_denials(ctx: Context) -> list[Candidate]:
    """"Russia denied sending troops TO North Korea" when the article's flows all go from North
    Korea to Russia: the denial was reversed in translation."""
    directed = with_flag("directed")
    flows = {(c.actors[0], c.targets[0]) for c in ctx.claims
             if c.type in directed and c.actors and c.targets and c.modality != "denied"}
    if not flows:
        return []
    text = ctx.document.original_text
    out = []
    for c in ctx.claims:
        if not claim_type(c.type).denial or not c.actors or not c.targets:
            continue
        a, b = c.actors[0], c.targets[0]
        if (b, a) not in flows or (a, b) in flows:
            continue
        lang = c.lang or ctx.lang
        before, after = words(lang, "to_before"), words(lang, "to_after")
        for m in ctx.analysis.mentions:
            if m.entity_id != b or not (c.start <= m.start < c.end):
                continue
            pre = text[max(c.start, m.start - 12):m.start].rstrip().split()
            particle = next((p for p in after if text.startswith(p, m.end)), None)
            if (pre and pre[-1].casefold() in before) or particle:
                name_a = ctx.entity(a).name if ctx.entity(a) else a
                name_b = ctx.entity(b).name if ctx.entity(b) else b
                out.append(Candidate(
                    "reversed_relation", "low", c.start, m.end + len(particle or ""),
                    f"the denial speaks of a flow {name_a} → {name_b}, but the article reports"
                    f" {name_b} → {name_a}: the relation was probably reversed in translation",
                    f"{name_b} → {name_a}", 0.45))
                break
    return out


def check(ctx: Context) -> list[Candidate]:
    return (_anachronisms(ctx) + _self_relations(ctx) + _countries_as_names(ctx)
            + _reversed_relations(ctx) + _reversed_denials(ctx))
