"""Per-language claim lexicons, loaded from `lang/<code>/claims.yaml` over `lang/_base/claims.yaml`.

The data is written for people: plain words and collocations. This module compiles it once per
language into regular expressions. Pattern syntax inside an entry:

- a space matches any run of white space (spaced languages) or nothing (ja, zh),
- `~` is a short gap: up to three words (spaced languages) or eight characters (ja, zh, ko),
- `*` at the end of a word allows any ending (`dispatch*`, `направ*`), at the start any prefix,
  inside a word any letters (`ver*t`: verurteilt, verhaftet),
- `…` splits a verb whose particle closes its clause (German separable verbs, `griff* … an`:
  "Russland griff am Montag Kiew an"): the part before it is the trigger, the part after it must
  end the clause (punctuation, the end, or a coordinating word follows it).
- `<` at the start (substring languages) makes the entry begin a word: `<지지` does not match
  inside 채워지지.

Spaced languages (`match: word`) match whole words; `match: substring` (ja, zh, ko) matches
anywhere, because words run together or take suffixes (방문했다, 訪問した).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsweave.claims.table import type_names
from newsweave.lang import get_pack
from newsweave.quantity.units import vocabulary


@dataclass(frozen=True)
class Trigger:
    """One trigger entry: a pattern that types a claim, maybe only with an object class near it."""

    type: str
    pattern: re.Pattern[str]
    objects: dict[str, str] = field(default_factory=dict)  # object class -> claim type
    nominal: bool = False  # a noun ("visit", 会談) rather than a verb


@dataclass(frozen=True)
class Lexicon:
    code: str
    spaced: bool
    triggers: tuple[Trigger, ...]
    objects: dict[str, re.Pattern[str]]
    cues: dict[str, re.Pattern[str] | None]  # modality, attribution, pronouns, clause words
    roles_after: dict[str, tuple[str, ...]]  # particle langs: marker after a mention -> role
    roles_before: dict[str, re.Pattern[str]]  # prepositions shortly before a mention -> role
    marker_boundary: bool  # a particle must end the word (ko), not run into the next one
    honorifics: tuple[str, ...]
    pro_drop: bool  # subjects are often left out (ja, ko): take them from the context
    min_confidence: float  # claims below this are not emitted
    background_months: int  # a claim dated this long before publication is background
    window: int  # how far (chars) an object word may sit from its trigger
    media_kinds: frozenset[str] = frozenset()  # organisation kinds that report, not act
    # words that say what a count of people counts ("18 people were killed": killed)
    count_words: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # characters before and after a trigger searched for negation, then for plans
    modality_windows: tuple[int, int, int, int] = (24, 12, 40, 30)
    # where a noun trigger's owner stands: "before" it (Russia's attack, российский удар),
    # "after" it (serangan Israel, удар Израиля, cuộc tấn công của Nga)
    noun_owner: frozenset[str] = frozenset()


# what may follow a separable verb's particle: the end of its clause
_CLAUSE_END = r"(?=\s*(?:[.,;:!?()\[\]\"“”„«»‹›–—]|$))"


def _word_regex(entry: str, spaced: bool, joins: str = "") -> str:
    """Turn one lexicon entry into a regular-expression fragment (`joins`: an alternation of
    the coordinating words that may follow a separable verb's particle)."""
    if "…" in entry:
        head, tail = (part.strip() for part in entry.split("…", 1))
        if not head or not tail:
            raise ValueError(f"{entry!r}: a separable entry needs words on both sides of …")
        then = _CLAUSE_END if not joins else f"(?:{_CLAUSE_END}|(?=\\s+(?:{joins})(?!\\w)))"
        # the particle closes the verb's clause: no clause punctuation between them
        return (_word_regex(head, spaced) + f"(?=[^.,;:!?]*?\\s{_word_regex(tail, spaced)}"
                + then + ")")
    out = ""
    gap = False
    for word in entry.split():
        if word == "~":
            gap = True
            continue
        prefix = word.startswith("*") and len(word) > 1
        suffix = word.endswith("*") and len(word) > 1
        start = word.startswith("<") and len(word) > 1  # must begin a word (ko: 지지, 통화)
        # Russian writes ё or plain е for the same letter (провёл / провел)
        core = re.escape(word.strip("*").lstrip("<")).replace(r"\*", r"\w*")
        core = re.sub("[её]", "[её]", re.sub("[ЕЁ]", "[ЕЁ]", core))
        if start and not spaced:
            core = r"(?<!\w)" + core
        if spaced:
            # an elided word ("d’", "l'") ends at its apostrophe, against the next word
            end = r"\w*" if suffix else ("" if word[-1] in "'’" else r"(?!\w)")
            core = (r"\w*" if prefix else r"(?<!\w)") + core + end
        if out:
            if spaced:
                out += r"\s+(?:\S+\s+){0,3}?" if gap else r"\s+"
            else:
                out += r".{0,8}?" if gap else r"\s*"
        out += core
        gap = False
    return out


def compile_words(entries: list[str] | None, spaced: bool,
                  joins: str = "") -> re.Pattern[str] | None:
    """One alternation over all entries, longest first; None when there is nothing to match."""
    words = sorted({str(e) for e in entries or [] if str(e).strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(f"(?:{_word_regex(w, spaced, joins)})" for w in words),
                      re.IGNORECASE)


def _before_regex(words: list[str], spaced: bool) -> re.Pattern[str] | None:
    """A preposition at most two words (spaced) or three characters before the window's end."""
    pat = compile_words(words, spaced)
    if pat is None:
        return None
    # (an elided article may touch the name: "contre l’Ukraine", "d’Israël")
    tail = (r"(?:(?<=['’])|\s+)(?:[\w.\-]+\s+|\w+['’]){0,2}$" if spaced
            else r"[^\s,，、。]{0,3}$")
    return re.compile(f"(?:{pat.pattern}){tail}", re.IGNORECASE)


def _triggers(data: dict, spaced: bool) -> tuple[Trigger, ...]:
    out: list[Trigger] = []
    # a separable verb's particle may be followed by "and …" instead of punctuation
    coordination = compile_words((data.get("cues") or {}).get("coordination"), spaced)
    joins = coordination.pattern if coordination is not None else ""
    for kind, nominal in (("triggers", False), ("nouns", True)):
        for ctype, words in (data.get(kind) or {}).items():
            if ctype not in type_names():
                raise ValueError(f"claims.yaml: unknown claim type {ctype!r}")
            pat = compile_words(words, spaced, joins)
            if pat is not None:
                out.append(Trigger(ctype, pat, {}, nominal))
    for rule in data.get("conditional") or []:
        pat = compile_words(rule.get("words"), spaced, joins)
        then = {str(k): str(v) for k, v in (rule.get("then") or {}).items()}
        for v in then.values():
            if v not in type_names():
                raise ValueError(f"claims.yaml: unknown claim type {v!r}")
        if pat is not None and then:
            out.append(Trigger("OTHER", pat, then, bool(rule.get("nominal"))))
    return tuple(out)


KEYS = frozenset({"match", "pro_drop", "triggers", "nouns", "conditional", "objects", "cues",
                  "roles", "honorifics", "min_confidence", "background_months", "object_window",
                  "media_kinds", "count_words", "modality_windows", "noun_owner"})
# properties of claim types live in the claim-type table (claims/data/types.yaml), not here
MOVED = frozenset({"units", "state_types", "partner_types", "passive_owner_types",
                   "media_voice_types", "two_sided_types"})
CUES = frozenset({"negation", "negation_after", "expected", "expected_after", "speculated",
                  "reported", "according_before", "according_after", "speech", "pronoun",
                  "coordination", "passive_before", "passive_after", "passive_form",
                  "passive_participle", "date_reference_before", "date_reference_after",
                  "relative_link", "clause_object", "object_marker", "quote_before",
                  "setting_before", "setting_after", "hypothetical_before",
                  "hypothetical_after", "background_before", "background_after",
                  "example_before", "example_after", "plural_pronoun", "kept_after",
                  "invitation_after", "not_preposition", "headline_expected_before",
                  "not_negation", "passive_clause", "auxiliary", "expected_form",
                  "infinitive_before", "nonfinite_before", "light_verb", "verb_before",
                  "object_start", "hypothetical_after_noun", "subordinate_before",
                  "active_participle", "self_pronoun", "date_range", "attributive_before",
                  "cause_before"})
ROLES = frozenset({"actor", "target", "partner", "agent", "location", "source", "possessor",
                   "attrib", "coord", "passive_agent"})


def _word_lists(data: dict):
    """(where, list) for every list of words in a claims.yaml."""
    for key in ("triggers", "nouns", "objects", "cues", "count_words"):
        for name, entries in (data.get(key) or {}).items():
            if isinstance(entries, list):
                yield f"{key}.{name}", entries
    for side in ("after", "before"):
        for name, entries in ((data.get("roles") or {}).get(side) or {}).items():
            yield f"roles.{side}.{name}", entries or []
    for i, rule in enumerate(data.get("conditional") or []):
        yield f"conditional[{i}].words", rule.get("words") or []


def validate(data: dict, where: str) -> None:
    """Reject unknown keys, cue names, roles and claim types, naming the file."""
    def bad(what: str) -> ValueError:
        return ValueError(f"{where}: {what}")

    for key, entries in _word_lists(data):
        if odd := [e for e in entries if not isinstance(e, str)]:
            # YAML reads a bare on, no, yes or off as true/false: quote them ("on")
            raise bad(f"{key}: {odd} are not words; quote them")
    if moved := set(data) & MOVED:
        raise bad(f"{sorted(moved)}: claim-type properties belong in the claim-type table"
                  " (newsweave/claims/data/types.yaml)")
    if unknown := set(data) - KEYS:
        raise bad(f"unknown key(s) {sorted(unknown)}")
    if unknown := set(data.get("cues") or {}) - CUES:
        raise bad(f"unknown cue(s) {sorted(unknown)}")
    roles = data.get("roles") or {}
    for side in ("after", "before"):
        if unknown := set(roles.get(side) or {}) - ROLES:
            raise bad(f"unknown role(s) {sorted(unknown)}")
    if odd := set(data.get("noun_owner") or ()) - {"before", "after"}:
        raise bad(f"noun_owner: {sorted(odd)}: say before, after or both")
    if unknown := set(data.get("count_words") or {}) - set(vocabulary().measures):
        raise bad(f"count_words names unknown measure(s) {sorted(unknown)}"
                  " (quantity/data/units.yaml)")
    for key in ("triggers", "nouns"):
        if unknown := set(data.get(key) or {}) - set(type_names()):
            raise bad(f"unknown claim type(s) in {key}: {sorted(unknown)}")
    for rule in data.get("conditional") or []:
        if unknown := set((rule.get("then") or {}).values()) - set(type_names()):
            raise bad(f"unknown claim type(s) in conditional: {sorted(unknown)}")
        if unknown := set(rule.get("then") or {}) - set(data.get("objects") or {}):
            raise bad(f"conditional names unknown object class(es) {sorted(unknown)}")


@cache
def lexicon(code: str | None) -> Lexicon:
    pack = get_pack(code)
    data = pack.data("claims")
    where = f"lang/{pack.code}/claims.yaml"
    validate(data, where)
    spaced = (data.get("match") or ("word" if pack.word_spacing else "substring")) == "word"
    roles = data.get("roles") or {}
    return Lexicon(
        code=pack.code,
        spaced=spaced,
        triggers=_triggers(data, spaced),
        objects={
            k: p
            for k, v in (data.get("objects") or {}).items()
            if (p := compile_words(v, spaced)) is not None
        },
        cues={k: compile_words(v, spaced) for k, v in (data.get("cues") or {}).items()},
        roles_after={k: tuple(sorted(v, key=len, reverse=True))
                     for k, v in (roles.get("after") or {}).items()},
        roles_before={k: p for k, v in (roles.get("before") or {}).items()
                      if (p := _before_regex(v, spaced)) is not None},
        marker_boundary=bool(roles.get("marker_boundary", False)),
        honorifics=tuple(sorted(data.get("honorifics") or [], key=len, reverse=True)),
        pro_drop=bool(data.get("pro_drop", False)),
        min_confidence=float(data.get("min_confidence", 0.45)),
        background_months=int(data.get("background_months", 12)),
        window=int(data.get("object_window") or (40 if spaced else 16)),
        media_kinds=frozenset(data.get("media_kinds") or ()),
        count_words={k: p for k, v in (data.get("count_words") or {}).items()
                     if (p := compile_words(v, spaced)) is not None},
        modality_windows=_windows(data.get("modality_windows") or {}, where),
        noun_owner=frozenset(data.get("noun_owner") or ()),
    )


def _windows(d: dict, where: str) -> tuple[int, int, int, int]:
    keys = ("negation_before", "negation_after", "expected_before", "expected_after")
    if set(d) != set(keys) or not all(isinstance(d[k], int) and d[k] >= 0 for k in keys):
        raise ValueError(f"{where}: modality_windows needs {', '.join(keys)} (characters)")
    return tuple(d[k] for k in keys)  # type: ignore[return-value]
