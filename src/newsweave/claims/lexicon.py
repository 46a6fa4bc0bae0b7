"""Per-language claim lexicons, loaded from `lang/<code>/claims.yaml` over `lang/_base/claims.yaml`.

The data is written for people: plain words and collocations. This module compiles it once per
language into regular expressions. Pattern syntax inside an entry:

- a space matches any run of white space (spaced languages) or nothing (ja, zh),
- `~` is a short gap: up to three words (spaced languages) or eight characters (ja, zh, ko);
  `~ ~` twice that (a time phrase between a vow and its verb: "prometeram em novembro de 2023
  atacar"),
- `*` at the end of a word allows any ending (`dispatch*`, `направ*`), at the start any prefix,
  inside a word any letters (`ver*t`: verurteilt, verhaftet),
- `…` splits a verb whose particle closes its clause (German separable verbs, `griff* … an`:
  "Russland griff am Montag Kiew an"): the part before it is the trigger, the part after it must
  end the clause (punctuation, the end, or a coordinating word follows it).
- `<` at the start (substring languages) makes the entry begin a word: `<지지` does not match
  inside 채워지지.
- `=` at the start names a word by its lemma (`=atacar`): every form the pack's lemmatiser
  knows matches (atacó, atacaron, atacado; `newsweave.lang.lemmas`), and the regular forms
  of `lemma_endings` (participles the dictionary files under an adjective or noun).

`han_variants: true` (zh) lets every Chinese character of an entry match its traditional and
simplified forms alike: 袭击 matches 襲擊, so one word list reads both scripts; and a pinyin
note a converter left after a character (關(guān)閉) does not break a word.

A language may also say how its words are spelled around what its lexicon lists (claims.yaml):
`word_prefixes` are clitics any word may carry (Arabic و, ف: "وقصفت" is قصفت), and
`ignored_marks` are marks that may stand between any two letters (Arabic short vowels and the
tatweel: "قُتل" is قتل). They are matched, never removed, so offsets stay exact.

All of this is one object per language, its `Spelling` (`lang/spelling.py`, `pack.spelling()`),
which every pattern builder here takes.

Spaced languages (`match: word`) match whole words; `match: substring` (ja, zh, ko) matches
anywhere, because words run together or take suffixes (방문했다, 訪問した).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from newsweave import patterns
from newsweave.claims.table import type_names
from newsweave.lang import get_pack
from newsweave.lang.spelling import PLAIN, Spelling, word_lists
from newsweave.patterns import longest_first
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
    inverted_speech: bool = False  # "« … », a averti X": the speaker after the speech verb
    member_kinds: frozenset[str] = frozenset()  # organisation kinds whose members meet
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
    # the role of a name with no marker: particle languages (hi: the nominative subject,
    # "पुतिन प्योंगयांग पहुंचे"; Turkish nominative: actor); None: such a name has no role of its
    # own (ja, ko)
    unmarked_role: str | None = None
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
    # case endings that give a name without a preposition its role (uk: the instrumental
    # "Росією" beside a passive verb is its agent): role -> endings, longest first
    role_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a possessor right before a verbal trigger is its object, not its subject (hi "मॉस्को का
    # दौरा किया" visited Moscow, "हमले की निंदा की"); ja/ko possessors own nominal acts
    possessor_of_verb: str | None = None
    # where a noun trigger's owner stands: "before" it (Russia's attack, российский удар),
    # "after" it (serangan Israel, удар Израиля, cuộc tấn công của Nga)
    noun_owner: frozenset[str] = frozenset()


# what may follow a separable verb's particle: the end of its clause
_CLAUSE_END = r"(?=\s*(?:[.,;:!?()\[\]\"“”„«»‹›–—]|$))"


@cache
def _han_variants() -> dict[str, str]:
    """Chinese character -> a character class of its simplified and traditional forms."""
    from newsweave.kb.normalize import han_table

    groups: dict[str, set[str]] = {}
    for trad, simple in ((chr(k), v) for k, v in han_table().items()):
        group = groups.setdefault(simple, {simple}) | groups.get(trad, {trad})
        for c in group:
            groups[c] = group
    return {c: "[" + "".join(sorted(g)) + "]" for c, g in groups.items() if len(g) > 1}


# a converter's pinyin left after a character in copied pages: 關(guān)閉領(lǐng)空
_PINYIN_NOTE = r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))?"


def _with_variants(core: str) -> str:
    table = _han_variants()
    return "".join(table.get(c, c) + _PINYIN_NOTE if "\u4e00" <= c <= "\u9fff" else c
                   for c in core)


# A quotation mark between the words of an entry. Written as alternatives, not one class: a
# class holding a character past U+00FF compiles through Python's 64K-entry charset path, and
# these two occur in every multi-word entry -- half of building a lexicon. The empty lookahead
# keeps the parser from folding the single characters back into a class (same matches).
_QUOTE_CHARS = "\"'«»“”‘’„"
_QUOTE_OPEN = "(?:[\"'«]|“(?=)|‘(?=)|„(?=))?"
_QUOTE_CLOSE = "(?:[\"'»]|”(?=)|’(?=))?"


@cache
def _joins(spelling: Spelling) -> str:
    """An alternation of the words that may follow a separable verb's particle ("" for none)."""
    pat = compile_words(list(spelling.joins), replace(spelling, joins=()))
    return pat.pattern if pat is not None else ""


def _word_regex(entry: str, spelling: Spelling = PLAIN) -> str:
    """Turn one lexicon entry into a regular-expression fragment, as the language spells it
    (`lang/spelling.py`: spacing, script marks, han variants, clitics, ignored marks, lemma
    forms and the words that may follow a separable verb's particle)."""
    spaced, han = spelling.spaced, spelling.han
    inner = spelling.letter()
    if "…" in entry:
        head, tail = (part.strip() for part in entry.split("…", 1))
        if not head or not tail:
            raise ValueError(f"{entry!r}: a separable entry needs words on both sides of …")
        joins = _joins(spelling) if spelling.joins else ""
        then = _CLAUSE_END if not joins else f"(?:{_CLAUSE_END}|(?=\\s+(?:{joins})(?!\\w)))"
        # the particle closes the verb's clause: no clause punctuation between them
        return (_word_regex(head, spelling) + "(?=[^.,;:!?]*?\\s"
                + _word_regex(tail, spelling) + then + ")")
    out = ""
    gap = 0
    tokens = entry.split()
    last = max((i for i, w in enumerate(tokens) if w != "~"), default=-1)
    # Between two words of an entry stand only spaces and quotation marks, which a letter of
    # the language never is: there the word boundaries are certain and are not written (each
    # is a character class, large where it holds a script's marks, and compiling them was most
    # of building a lexicon)
    sure = not set(spelling.ignored) & set(_QUOTE_CHARS)
    for i, word in enumerate(tokens):
        if word == "~":
            gap += 1
            continue
        prefix = word.startswith("*") and len(word) > 1
        suffix = word.endswith("*") and len(word) > 1
        start = word.startswith("<") and len(word) > 1  # must begin a word (ko: 지지, 통화)
        # Russian writes ё or plain е for the same letter (провёл / провел)
        core = spelling.core(word.strip("*").lstrip("<")).replace(r"\*", f"{inner}*")
        core = re.sub("[её]", "[её]", re.sub("[ЕЁ]", "[ЕЁ]", core))
        if word.startswith("=") and len(word) > 1:
            lemma = word[1:].strip("*").casefold()
            core = "(?:" + trie_regex(spelling.forms.get(lemma, (lemma,))) + ")"
        if han:
            core = _with_variants(core)
        if start and not spaced:
            core = f"(?<!{inner})" + core
        if spaced:
            # an ending runs on past an inner apostrophe (uk перемир'я, en Korea's); an elided
            # word ("d’", "l'") ends at its apostrophe, against the next word
            ending = f"(?:{inner}|['’](?={inner}))*"
            end = ending if suffix else (
                "" if word[-1] in "'’" or (sure and i < last) else f"(?!{inner})")
            begin = "" if sure and out else f"(?<!{inner})"
            core = (f"{inner}*" if prefix else begin + spelling.lead()) + core + end
        if out:
            if spaced:
                # a quotation mark may close the word before or open the next ("una
                # «guerra abierta»", 'the "red line"')
                out += _QUOTE_CLOSE + (
                    rf"\s+(?:\S+\s+){{0,{spelling.gap_words * gap}}}?" if gap else r"\s+"
                ) + _QUOTE_OPEN
            else:
                out += rf".{{0,{8 * gap}}}?" if gap else r"\s*"
        out += core
        gap = 0
    return out


def trie_regex(words: Iterable[str]) -> str:
    """One alternation of many words sharing prefixes, as a prefix tree (atac(?:ó|aron|ado…)):
    sixty forms of a verb compile and match far faster than sixty alternatives."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        end = "" in node
        if len(alts) == 1 and not end:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if end else "")

    return build(trie)


def compile_words(entries: Iterable[str] | None,
                  spelling: Spelling = PLAIN) -> re.Pattern[str] | None:
    """One alternation over all entries, longest first; None when there is nothing to match."""
    words = sorted({str(e) for e in entries or [] if str(e).strip()}, key=longest_first)
    if not words:
        return None
    return patterns.compile(_shared_lead([_word_regex(w, spelling) for w in words], spelling),
                            re.IGNORECASE)


def _shared_lead(parts: list[str], spelling: Spelling) -> str:
    """The alternation of `parts`, in their order, with the "no letter before" test that
    neighbouring entries begin with written once before them: the engine then makes it once
    at each position of a text instead of once per entry (it fails inside every word, so the
    entries are tried at word starts only). The same matches, several times faster."""
    lead = f"(?<!{spelling.letter()})"
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if run:
            out.append(lead + "(?:" + "|".join(f"(?:{p})" for p in run) + ")")
            run.clear()

    for part in parts:
        if spelling.spaced and part.startswith(lead):
            run.append(part[len(lead):])
            continue
        close()
        out.append(f"(?:{part})")
    close()
    return "|".join(out)


# how close an unspaced script's preposition stands to its name (向俄罗斯, 对也门胡塞武装)
UNSPACED_TAIL = r"[^\s,，、。]{0,3}$"


def _before_regex(words: list[str], spelling: Spelling) -> re.Pattern[str] | None:
    """A preposition at most two words (spaced) or three characters before the window's end."""
    pat = compile_words(words, spelling)
    if pat is None:
        return None
    # (an elided article may touch the name: "contre l’Ukraine", "d’Israël")
    tail = (r"(?:(?<=['’])|\s+)(?:[\w.\-]+\s+|\w+['’]){0,2}$" if spelling.spaced
            else UNSPACED_TAIL)
    return patterns.compile(f"(?:{pat.pattern}){tail}", re.IGNORECASE)


def _triggers(data: dict, spelling: Spelling) -> tuple[Trigger, ...]:
    out: list[Trigger] = []
    for kind, nominal in (("triggers", False), ("nouns", True)):
        for ctype, words in (data.get(kind) or {}).items():
            if ctype not in type_names():
                raise ValueError(f"claims.yaml: unknown claim type {ctype!r}")
            pat = compile_words(words, spelling)
            if pat is not None:
                out.append(Trigger(ctype, pat, {}, nominal))
    for rule in data.get("conditional") or []:
        pat = compile_words(rule.get("words"), spelling)
        then = {str(k): str(v) for k, v in (rule.get("then") or {}).items()}
        for v in then.values():
            if v not in type_names():
                raise ValueError(f"claims.yaml: unknown claim type {v!r}")
        if pat is not None and then:
            out.append(Trigger("OTHER", pat, then, bool(rule.get("nominal"))))
    return tuple(out)


KEYS = frozenset({"match", "han_variants", "pro_drop", "inverted_speech", "triggers", "nouns",
                  "conditional",
                  "objects", "cues",
                  "roles", "honorifics", "min_confidence", "background_months", "object_window",
                  "media_kinds", "member_kinds", "count_words", "modality_windows", "lemma_endings",
                  "word_prefixes", "ignored_marks", "future_prefixes", "gap_words",
                  "noun_owner"})
# properties of claim types live in the claim-type table (claims/data/types.yaml), not here
MOVED = frozenset({"units", "state_types", "partner_types", "passive_owner_types",
                   "media_voice_types", "two_sided_types"})
CUES = frozenset({"negation", "negation_after", "expected", "expected_after", "speculated",
                  "reported", "according_before", "according_after", "speech", "pronoun",
                  "coordination", "passive_before", "passive_after", "passive_form",
                  "passive_participle", "date_reference_before", "date_reference_after",
                  "relative_link", "relative_done", "clause_object", "object_marker",
                  "quote_before",
                  "setting_before", "setting_after", "hypothetical_before",
                  "hypothetical_after", "background_before", "background_after",
                  "background_noun_before", "deadline_before", "causative_before", "causative_not",
                  "addressee_owner", "about_after", "relative_open",
                  "prepared_after",
                  "example_before", "example_after", "plural_pronoun", "kept_after",
                  "invitation_after", "not_preposition", "headline_expected_before",
                  "not_negation", "clause_start", "negation_inside", "expected_inside", "epithet",
                  "reference_before", "light_verb", "verb_before", "object_start",
                  "hypothetical_after_noun", "subordinate_before", "active_participle",
                  "self_pronoun", "date_range", "attributive_before", "cause_before",
                  "passive_clitic", "expected_form", "finite_forms", "passive_clause", "auxiliary",
                  "infinitive_before", "nonfinite_before", "clause_end_after",
                  "topic_marker", "noun_modifier", "group_subject", "no_act", "reference_after",
                  "mediator_after", "mediator_before", "participle_agent", "attributive_agent",
                  "body_reference", "state_reference", "object_pronoun", "converb",
                  "impersonal_speech", "figure_before"})
ROLES = frozenset({"actor", "target", "partner", "agent", "location", "source", "possessor",
                   "attrib", "coord", "passive_agent"})


def validate(data: dict, where: str) -> None:
    """Reject unknown keys, cue names, roles and claim types, naming the file."""
    def bad(what: str) -> ValueError:
        return ValueError(f"{where}: {what}")

    for key, entries in word_lists(data):
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
                                "noun_prefixes", "place_nouns", "marker_boundary",
                                "endings", "possessor_of_verb"}:
        raise bad(f"unknown roles key(s) {sorted(unknown)}")
    for side in ("after", "before", "attached", "after_words", "after_noun",
                 "after_adjective_noun"):
        if unknown := set(roles.get(side) or {}) - ROLES:
            raise bad(f"unknown role(s) {sorted(unknown)}")
    if unknown := set(roles.get("endings") or {}) - {"agent"}:
        raise bad(f"roles.endings: unknown role(s) {sorted(unknown)} (only agent)")
    if roles.get("possessor_of_verb") not in (None, "target"):
        raise bad(f"roles.possessor_of_verb: {roles['possessor_of_verb']!r} (only target)")
    if roles.get("unmarked") not in (None, "actor"):
        raise bad(f"roles.unmarked: {roles['unmarked']!r} (only actor, or none)")
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
    roles = data.get("roles") or {}
    sp = pack.spelling()
    spaced = sp.spaced
    # only a trigger's separable particle may be followed by a coordinating word; a cue's
    # ("gab … bekannt", "ne … que") must close its clause
    strict = replace(sp, joins=())

    def words(entries: list[str] | None) -> re.Pattern[str] | None:
        return compile_words(entries, strict)

    def by_length(d: dict | None) -> dict[str, tuple[str, ...]]:
        return {k: tuple(sorted((str(x) for x in v or ()), key=len, reverse=True))
                for k, v in (d or {}).items()}

    return Lexicon(
        code=pack.code,
        spaced=spaced,
        triggers=_triggers(data, sp),
        objects={
            k: p
            for k, v in (data.get("objects") or {}).items()
            if (p := words(v)) is not None
        },
        cues={k: words(v) for k, v in (data.get("cues") or {}).items()},
        roles_after={k: tuple(sorted(v, key=len, reverse=True))
                     for k, v in (roles.get("after") or {}).items()},
        roles_before={k: p for k, v in (roles.get("before") or {}).items()
                      if (p := _before_regex(v, strict)) is not None},
        roles_attached=by_length(roles.get("attached")),
        word_prefixes=sp.prefixes,
        verb_first=pack.word_order in ("VSO", "VOS"),
        future_prefixes=tuple(str(x) for x in data.get("future_prefixes") or ()),
        head_initial=pack.head_initial,
        noun_prefixes=tuple(str(x) for x in roles.get("noun_prefixes") or ()),
        roles_after_words=by_length(roles.get("after_words")),
        clause_subject=str(roles["clause_subject"]) if roles.get("clause_subject") else None,
        place_nouns=words(roles.get("place_nouns")),
        roles_after_noun=by_length(roles.get("after_noun")),
        roles_after_adjective_noun=by_length(roles.get("after_adjective_noun")),
        marker_boundary=bool(roles.get("marker_boundary", False)),
        unmarked_role=roles.get("unmarked"),
        possessor_of_verb=roles.get("possessor_of_verb"),
        role_endings={k: tuple(sorted(map(str, v), key=len, reverse=True))
                      for k, v in (roles.get("endings") or {}).items()},
        honorifics=tuple(sorted(data.get("honorifics") or [], key=len, reverse=True)),
        pro_drop=bool(data.get("pro_drop", False)),
        inverted_speech=bool(data.get("inverted_speech", False)),
        min_confidence=float(data.get("min_confidence", 0.45)),
        background_months=int(data.get("background_months", 12)),
        window=int(data.get("object_window") or (40 if spaced else 16)),
        media_kinds=frozenset(data.get("media_kinds") or ()),
        member_kinds=frozenset(data.get("member_kinds") or ()),
        count_words={k: p for k, v in (data.get("count_words") or {}).items()
                     if (p := words(v)) is not None},
        modality_windows=_windows(data.get("modality_windows") or {}, where),
        noun_owner=frozenset(data.get("noun_owner") or ()),
    )


def _windows(d: dict, where: str) -> tuple[int, int, int, int]:
    keys = ("negation_before", "negation_after", "expected_before", "expected_after")
    if set(d) != set(keys) or not all(isinstance(d[k], int) and d[k] >= 0 for k in keys):
        raise ValueError(f"{where}: modality_windows needs {', '.join(keys)} (characters)")
    return tuple(d[k] for k in keys)  # type: ignore[return-value]
