"""Data for splitting and language identification, loaded once per process: segment.yaml, and
what the language packs say (abbreviations, identifying scripts, confusable languages, web
domains)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsweave.cache import load_yaml
from newsweave.lang import default_for, get_pack, identifying_scripts, known_languages, pooled

HERE = Path(__file__).parent


@dataclass(frozen=True)
class SegmentData:
    terminals: frozenset[str]
    cjk_terminals: frozenset[str]
    closers: frozenset[str]
    openers: frozenset[str]
    heading_max_chars: int
    max_joined_chars: int
    abbreviations: frozenset[str]
    confusable_groups: tuple[tuple[str, ...], ...]
    min_probability: float
    document_language_min_probability: float
    script_share: float
    kana_min_count: int
    kana_min_share: float
    domains: tuple[str, ...] = ()  # top-level domains of host names (text of no language)
    # (script name, the language its letters identify): (hangul, ko), (kana, ja)
    identifying: tuple[tuple[str, str], ...] = ()
    # identifying scripts whose language also writes Han (kana: ja), judged with Han
    with_han: frozenset[str] = frozenset()
    han_reader: str | None = None  # the pack that reads Han-only text (zh)
    # month names of every pack, case-folded: "am 3. Oktober" is a date, not a sentence end
    months: frozenset[str] = frozenset()
    # words before an ordinal number written with a dot ("der 26. Angriff"), case-folded
    ordinal_before: frozenset[str] = frozenset()


@cache
def load() -> SegmentData:
    d = load_yaml(HERE / "segment.yaml")
    # splitting runs before the language is known: every language's abbreviations apply
    abbreviations = {a for a in pooled("sentences", "abbreviations") if isinstance(a, str)}
    identifying = identifying_scripts()  # sorted: the frozen record must hash
    with_han = frozenset(s for s, code in identifying.items() if get_pack(code).writes("han"))
    return SegmentData(
        # the shared terminals, and each script's own (؟, ।) from the packs
        terminals=frozenset(d["terminals"]) | frozenset(
            "".join(str(t) for t in pooled("sentences", "terminals") if t)),
        cjk_terminals=frozenset(d["cjk_terminals"]),
        closers=frozenset(d["closers"]),
        openers=frozenset(d["openers"]),
        heading_max_chars=int(d["heading_max_chars"]),
        max_joined_chars=int(d["max_joined_chars"]),
        abbreviations=frozenset(abbreviations),
        confusable_groups=confusable_groups(),
        min_probability=float(d["min_probability"]),
        document_language_min_probability=float(d["document_language_min_probability"]),
        script_share=float(d["script_share"]),
        kana_min_count=int(d["kana_min_count"]),
        kana_min_share=float(d["kana_min_share"]),
        domains=_domains([str(x) for x in d.get("generic_domains") or ()]),
        identifying=tuple(sorted(identifying.items())),
        with_han=with_han,
        han_reader=default_for("han"),
        months=_months(),
        ordinal_before=frozenset(str(w).casefold() for w in pooled("sentences", "ordinal_before")
                                 if isinstance(w, str)),
    )


def _months() -> frozenset[str]:
    out: set[str] = set()
    for p in known_languages():
        for spellings in (p.data("dates").get("months") or {}).values():
            out.update(str(s).casefold().rstrip(".") for s in spellings or ())
    return frozenset(out)


def _domains(generic: list[str]) -> tuple[str, ...]:
    """The generic top-level domains, then every pack's (the last label of `web_domains`)."""
    out = list(generic)
    for p in known_languages():
        for dom in p.web_domains:
            tld = dom.rsplit(".", 1)[-1].lower()
            if tld not in out:
                out.append(tld)
    return tuple(out)


def confusable_groups() -> tuple[tuple[str, ...], ...]:
    """Groups of languages a statistical identifier confuses, joined from every pack's and
    row's `confusable_with` (the declaring language first, then its confusables)."""
    groups: list[list[str]] = []
    for p in known_languages():
        if not p.confusable_with:
            continue
        members = [p.code, *p.confusable_with]
        touching = [g for g in groups if set(g) & set(members)]
        merged = [x for g in touching for x in g]
        merged += [x for x in members if x not in merged]
        groups = [g for g in groups if g not in touching] + [merged]
    return tuple(tuple(g) for g in groups)
