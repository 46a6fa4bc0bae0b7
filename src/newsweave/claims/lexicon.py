"""Per-language claim lexicons, loaded from `lang/<code>/claims.yaml` over `lang/_base/claims.yaml`.

The data is written for people: plain words and collocations. This module compiles it once per
language into regular expressions. Pattern syntax inside an entry:

- a space matches any run of white space (spaced languages) or nothing (ja, zh),
- `~` is a short gap: up to three words (spaced languages) or eight characters (ja, zh, ko),
- `*` at the end of a word allows any ending (`dispatch*`, `направ*`), at the start any prefix.
- `<` at the start (substring languages) makes the entry begin a word: `<지지` does not match
  inside 채워지지.

A language may also say how its words are spelled around what its lexicon lists (claims.yaml):
`word_prefixes` are clitics any word may carry (Arabic و, ف: "وقصفت" is قصفت), and
`ignored_marks` are marks that may stand between any two letters (Arabic short vowels and the
tatweel: "قُتل" is قتل). They are matched, never removed, so offsets stay exact.

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
    # prepositions written on the name's own word (Arabic بموسكو, لروسيا) -> role
    roles_attached: dict[str, tuple[str, ...]] = field(default_factory=dict)
    word_prefixes: tuple[str, ...] = ()  # clitics any word may carry (Arabic و, ف)
    # the verb opens its clause, its subject follows (meta.yaml word_order VSO / VOS)
    verb_first: bool = False
    # prefixes that put a verb in the future (Arabic س: سيزور "will visit")
    future_prefixes: tuple[str, ...] = ()
    head_initial: bool = False  # nouns before their adjectives (meta.yaml head_initial)
    # a trigger word starting with one of these is a noun whose owner follows it (Arabic ال:
    # "الهجوم الإسرائيلي", the Israeli attack)
    noun_prefixes: tuple[str, ...] = ()
    # postpositions written as words after a name (Turkish ile, tarafından) -> role; with them,
    # `roles_after` markers must be written on the word (suffixes)
    roles_after_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unmarked_role: str | None = None  # the role of a name with no marker (nominative: actor)
    # endings of a noun right after a name that give the name's role (Kursk bölgesinde)
    roles_after_noun: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the role marking the subject of a nominalised clause (Turkish genitive: possessor)
    clause_subject: str | None = None
    # nouns of a place's part ("kuzeyine": to its north) that pass their case to the genitive
    # name before them
    place_nouns: re.Pattern[str] | None = None
    # endings of a noun a country's adjective qualifies, which has no possessive before its
    # case ("Rus askerlerini" but also "Rus askerleri": the accusative)
    roles_after_adjective_noun: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # where a noun trigger's owner stands: "before" it (Russia's attack, российский удар),
    # "after" it (serangan Israel, удар Израиля, cuộc tấn công của Nga)
    noun_owner: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Spelling:
    """Clitics any word may carry and marks that may stand between letters (see above)."""

    prefixes: tuple[str, ...] = ()
    marks: str = ""
    gap_words: int = 3  # words a "~" may stand for (spaced languages)

    def core(self, word: str) -> str:
        if not self.marks:
            return re.escape(word)
        mk = f"[{re.escape(self.marks)}]*"
        return "".join(re.escape(ch) + mk for ch in word)

    def lead(self) -> str:
        """The optional clitic before a word."""
        if not self.prefixes:
            return ""
        alt = "|".join(re.escape(p) for p in sorted(self.prefixes, key=len, reverse=True))
        return f"(?:(?:{alt}){f'[{re.escape(self.marks)}]*' if self.marks else ''})?"

    def tail(self) -> str:
        """Any ending (`*`): word characters and the marks between them."""
        return f"[\\w{re.escape(self.marks)}]*" if self.marks else r"\w*"


PLAIN = Spelling()


def _word_regex(entry: str, spaced: bool, spelling: Spelling = PLAIN) -> str:
    """Turn one lexicon entry into a regular-expression fragment."""
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
        core = spelling.core(word.strip("*").lstrip("<"))
        core = re.sub("[её]", "[её]", re.sub("[ЕЁ]", "[ЕЁ]", core))
        if start and not spaced:
            core = r"(?<!\w)" + core
        if spaced:
            core = ((r"\w*" if prefix else r"(?<!\w)" + spelling.lead()) + core
                    + (spelling.tail() if suffix else r"(?!\w)"))
        if out:
            if spaced:
                out += rf"\s+(?:\S+\s+){{0,{spelling.gap_words}}}?" if gap else r"\s+"
            else:
                out += r".{0,8}?" if gap else r"\s*"
        out += core
        gap = False
    return out


def compile_words(entries: list[str] | None, spaced: bool,
                  spelling: Spelling = PLAIN) -> re.Pattern[str] | None:
    """One alternation over all entries, longest first; None when there is nothing to match."""
    words = sorted({str(e) for e in entries or [] if str(e).strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(f"(?:{_word_regex(w, spaced, spelling)})" for w in words),
                      re.IGNORECASE)


def _before_regex(words: list[str], spaced: bool,
                  spelling: Spelling = PLAIN) -> re.Pattern[str] | None:
    """A preposition at most two words (spaced) or three characters before the window's end."""
    pat = compile_words(words, spaced, spelling)
    if pat is None:
        return None
    tail = r"\s+(?:[\w.\-']+\s+){0,2}$" if spaced else r"[^\s,，、。]{0,3}$"
    return re.compile(f"(?:{pat.pattern}){tail}", re.IGNORECASE)


def _triggers(data: dict, spaced: bool, spelling: Spelling = PLAIN) -> tuple[Trigger, ...]:
    out: list[Trigger] = []
    for kind, nominal in (("triggers", False), ("nouns", True)):
        for ctype, words in (data.get(kind) or {}).items():
            if ctype not in type_names():
                raise ValueError(f"claims.yaml: unknown claim type {ctype!r}")
            pat = compile_words(words, spaced, spelling)
            if pat is not None:
                out.append(Trigger(ctype, pat, {}, nominal))
    for rule in data.get("conditional") or []:
        pat = compile_words(rule.get("words"), spaced, spelling)
        then = {str(k): str(v) for k, v in (rule.get("then") or {}).items()}
        for v in then.values():
            if v not in type_names():
                raise ValueError(f"claims.yaml: unknown claim type {v!r}")
        if pat is not None and then:
            out.append(Trigger("OTHER", pat, then, bool(rule.get("nominal"))))
    return tuple(out)


KEYS = frozenset({"match", "pro_drop", "triggers", "nouns", "conditional", "objects", "cues",
                  "roles", "honorifics", "min_confidence", "background_months", "object_window",
                  "media_kinds", "count_words", "modality_windows", "word_prefixes",
                  "ignored_marks", "future_prefixes", "gap_words", "noun_owner"})
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
                  "not_negation", "clause_start", "negation_inside", "expected_inside",
                  "light_verb", "verb_before", "object_start",
                  "hypothetical_after_noun", "subordinate_before", "active_participle",
                  "self_pronoun", "date_range", "attributive_before", "cause_before"})
ROLES = frozenset({"actor", "target", "partner", "agent", "location", "source", "possessor",
                   "attrib", "coord"})


def _word_lists(data: dict):
    """(where, list) for every list of words in a claims.yaml."""
    for key in ("triggers", "nouns", "objects", "cues", "count_words"):
        for name, entries in (data.get(key) or {}).items():
            if isinstance(entries, list):
                yield f"{key}.{name}", entries
    for side in ("after", "before", "attached", "after_words", "after_noun",
                 "after_adjective_noun"):
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
    for key in ("unmarked", "clause_subject"):
        if roles.get(key) is not None and roles[key] not in ROLES:
            raise bad(f"roles.{key}: unknown role {roles[key]!r}")
    if unknown := set(roles) - {"after", "before", "attached", "after_words", "after_noun",
                                "after_adjective_noun", "unmarked", "clause_subject",
                                "noun_prefixes", "place_nouns", "marker_boundary"}:
        raise bad(f"unknown roles key(s) {sorted(unknown)}")
    for side in ("after", "before", "attached", "after_words", "after_noun",
                 "after_adjective_noun"):
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
    sp = Spelling(tuple(str(p) for p in data.get("word_prefixes") or ()),
                  str(data.get("ignored_marks") or ""), int(data.get("gap_words") or 3))
    return Lexicon(
        code=pack.code,
        spaced=spaced,
        triggers=_triggers(data, spaced, sp),
        objects={
            k: p
            for k, v in (data.get("objects") or {}).items()
            if (p := compile_words(v, spaced, sp)) is not None
        },
        cues={k: compile_words(v, spaced, sp) for k, v in (data.get("cues") or {}).items()},
        roles_after={k: tuple(sorted(v, key=len, reverse=True))
                     for k, v in (roles.get("after") or {}).items()},
        roles_before={k: p for k, v in (roles.get("before") or {}).items()
                      if (p := _before_regex(v, spaced, sp)) is not None},
        roles_attached={k: tuple(sorted((str(x) for x in v or ()), key=len, reverse=True))
                        for k, v in (roles.get("attached") or {}).items()},
        word_prefixes=sp.prefixes,
        verb_first=pack.word_order in ("VSO", "VOS"),
        future_prefixes=tuple(str(x) for x in data.get("future_prefixes") or ()),
        head_initial=pack.head_initial,
        noun_prefixes=tuple(str(x) for x in roles.get("noun_prefixes") or ()),
        roles_after_words={k: tuple(sorted((str(x) for x in v or ()), key=len, reverse=True))
                           for k, v in (roles.get("after_words") or {}).items()},
        unmarked_role=str(roles["unmarked"]) if roles.get("unmarked") else None,
        clause_subject=str(roles["clause_subject"]) if roles.get("clause_subject") else None,
        place_nouns=compile_words(roles.get("place_nouns"), spaced, sp),
        roles_after_noun={k: tuple(sorted((str(x) for x in v or ()), key=len, reverse=True))
                          for k, v in (roles.get("after_noun") or {}).items()},
        roles_after_adjective_noun={
            k: tuple(sorted((str(x) for x in v or ()), key=len, reverse=True))
            for k, v in (roles.get("after_adjective_noun") or {}).items()},
        marker_boundary=bool(roles.get("marker_boundary", False)),
        honorifics=tuple(sorted(data.get("honorifics") or [], key=len, reverse=True)),
        pro_drop=bool(data.get("pro_drop", False)),
        min_confidence=float(data.get("min_confidence", 0.45)),
        background_months=int(data.get("background_months", 12)),
        window=int(data.get("object_window") or (40 if spaced else 16)),
        media_kinds=frozenset(data.get("media_kinds") or ()),
        count_words={k: p for k, v in (data.get("count_words") or {}).items()
                     if (p := compile_words(v, spaced, sp)) is not None},
        modality_windows=_windows(data.get("modality_windows") or {}, where),
        noun_owner=frozenset(data.get("noun_owner") or ()),
    )


def _windows(d: dict, where: str) -> tuple[int, int, int, int]:
    keys = ("negation_before", "negation_after", "expected_before", "expected_after")
    if set(d) != set(keys) or not all(isinstance(d[k], int) and d[k] >= 0 for k in keys):
        raise ValueError(f"{where}: modality_windows needs {', '.join(keys)} (characters)")
    return tuple(d[k] for k in keys)  # type: ignore[return-value]
