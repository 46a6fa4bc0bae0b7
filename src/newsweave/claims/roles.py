"""Who did it to whom: actors, targets and place of one trigger, from each language's grammar.

Two kinds of grammar are read from the lexicon data:

- particle languages (ja, ko): the case marker right after a mention (and its title) gives its
  role: が/は/이/가 subject, を/に/을/를/에 object or goal, と/와/과 partner, で/에서 place,
  によって/에 의해 agent of a passive.
- preposition languages (en, id, ru, vi, zh): a preposition shortly before a mention gives the
  role (to/ke/kepada/в/với/向 goal, with/dengan/с/与 partner, by/oleh/被 agent, in/di/在 place);
  without one, word order does: before the verb is the subject, right after it the object.

Passive voice (di- verbs, was sent by, される, 되다/받다, 被) swaps subject and object.

A noun trigger ("the attack", "serangan", "удар") has no subject of its own in preposition
languages: its actor is its owner ("Russia's attack", "serangan Houthi", "удар Израиля"), its
agent ("attacks by the Houthis") or the subject of a light verb that governs it ("the US
launched strikes"). "The Pentagon confirmed the attack" names no attacker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import replace as _replace
from functools import cache

from newsweave.claims.lexicon import UNSPACED_TAIL, Lexicon
from newsweave.claims.table import claim_type
from newsweave.claims.triggers import Hit, preposition_object
from newsweave.claims.view import LocalMention, SentenceView
from newsweave.lang import get_pack
from newsweave.lang.scripts import is_mark

ACTOR_TYPES = frozenset({"person", "country", "organization"})
PLACE_TYPES = frozenset({"place", "country", "organization"})
_SEP = r"[\s,、，・/&()（）]*"
CLAUSE_END = re.compile(r"[,;:，、。；：]")  # punctuation that closes a clause
_CLOSERS = "\"'”’」』）)】》〉 \u3000"
_QUOTE_OPEN = ("「", "『", "“", '"', "‘", "《")
_QUOTE_CLOSE = ("」", "』", "”", '"', "’", "》")


@dataclass(frozen=True, slots=True)
class Cue:
    role: str | None  # "actor", "target", "partner", "agent", "location", "source",
    # "possessor", "attrib", "coord", "compound" — or None when no marker is there
    after: int  # local index just after the mention, its title and its marker
    outer: str | None = None  # a possessor's: the role of the phrase it sits in ("contra el
    # norte de Israel": target)
    marked: bool = True  # False: no marker, the role is the language's default (nominative)
    governed_from: int | None = None  # where the preposition of a title phrase set off
    # before the name stands ("par le chef de l'armée, le général X": par)


@dataclass(slots=True)
class Roles:
    actors: list[LocalMention] = field(default_factory=list)
    targets: list[LocalMention] = field(default_factory=list)
    location: LocalMention | None = None
    origin: LocalMention | None = None  # a place the act starts from ("fled from X", "Xから")
    cued: bool = False  # the actor was marked by grammar, not guessed from position
    passive: bool = False
    subject: bool = False  # the verb has a subject of its own (not only partners)
    owned: bool = False  # a nominal trigger's owner follows it ("el ataque de Rusia")
    partnered: bool = False  # a partner named by its cue ("with Kim", 金正恩と) joins the actors
    inverted: bool = False  # a speech verb after the words said, its speaker after it
    # who did it to the people a casualty claim counts (their side is never these)
    perpetrators: list[LocalMention] = field(default_factory=list)
    # the side those perpetrators last attacked in the document: the dead's, when the
    # sentence names no side of theirs ("as a result of X's operation, 200 were killed")
    attacked: list[str] = field(default_factory=list)


# a count written after a noun, its counter up to the next particle (拠点30箇所を, 표적 18곳을)
_COUNT_AFTER = re.compile(
    r"\s?[0-9０-９][0-9０-９,.]*[^\s\d、。,をがはにでとのもへ을를이가은는에와과의도]{0,3}")


def skip_title(text: str, i: int, m: LocalMention, lex: Lexicon) -> int:
    """Skip white space, the mention's title and honorifics written after a name, and an
    object noun it qualifies, with its count (北朝鮮兵士を, 북한 병사를, フーシ派拠点30箇所を:
    the marker after the noun counts)."""
    titles = [t for t in (m.mention.title,) if t] + list(lex.honorifics)
    for _ in range(4):
        j = i
        while j < len(text) and text[j] in _CLOSERS:
            j += 1
        title = next((len(t) for t in titles if text.startswith(t, j)), 0)
        if title and any(text.startswith(w, j) for ws in lex.roles_after_words.values()
                         for w in ws):
            title = 0  # "tarafından" (by) is a postposition, not the title "tarafı" + "ndan"
        # the longer of a title and an object noun: 군대 (troops) is no 군 (army) title + 대
        noun = max((o.end() - j for pat in lex.objects.values() if (o := pat.match(text, j))),
                   default=0)
        if title >= noun:
            j += title
        else:
            j += noun
            if n := _COUNT_AFTER.match(text, j):
                j = n.end()
        if j == i:
            break
        i = j
    return i


# cue_of is asked again for every mention with every trigger of a sentence: a long sentence
# has many of both. Its answers, kept for the last few sentences (each kept with its view, so
# that a view's id is never another's while its answers are here).
_CUES: dict[int, tuple[SentenceView, dict[tuple[int, int, int, int, str], Cue]]] = {}


def cue_of(view: SentenceView, m: LocalMention, lex: Lexicon, prev_end: int) -> Cue:
    """The grammar cue of a mention: the marker after it or the preposition before it."""
    slot = _CUES.get(id(view))
    if slot is None or slot[0] is not view:
        if len(_CUES) >= 8:
            _CUES.clear()
        slot = _CUES[id(view)] = (view, {})
    key = (id(m), m.start, m.end, prev_end, lex.code)  # m is one of view.mentions
    cue = slot[1].get(key)
    if cue is None:
        cue = slot[1][key] = _cue_of(view, m, lex, prev_end)
    return cue


def _cue_of(view: SentenceView, m: LocalMention, lex: Lexicon, prev_end: int) -> Cue:
    text = view.text
    if lex.roles_after:
        return _marker_after(text, m, lex)
    if attached := _attached(text, m.start, lex):
        return Cue(attached, m.end)
    # a preposition whose object is a time ("On Tuesday Russia accused…") governs no name
    timed = max((t.end for t in view.times if t.end <= m.start), default=0)
    window = _strip_titles(text[max(prev_end, timed, m.start - 40) : m.start], view)
    found = _nearest_preposition(window, lex)
    if (found is None or found[1] == "possessor") and (
            apposed := _apposed_cue(text, m, lex, max(prev_end, timed))) is not None:
        return apposed
    if found and found[1] == "possessor":
        # "contra el norte de Israel": the phrase the possessor sits in has a role too
        outer = _nearest_preposition(window[: found[0]], lex, skip="possessor")
        return Cue("possessor", m.end, outer[1] if outer else None)
    return Cue(found[1] if found else None, m.end)


# a comma and at most three title words right before a name ("…, le général X")
_APPOSED = re.compile(r"(?<!\d),\s*(?:[^\W\d]+['’]?\s*){0,3}$")
_APPOSED_ROLES = ("agent", "passive_agent", "partner", "target")


def _apposed_cue(text: str, m: LocalMention, lex: Lexicon, lo: int) -> Cue | None:
    """"renversé par le chef de la garde, le général X", "talks with the head of the army,
    General X": a name set off by a comma after the title phrase it names takes the
    preposition that governs that phrase (never one opening the clause: "In the capital,
    President X said")."""
    if not lex.spaced:
        return None
    app = _APPOSED.search(text, max(lo, m.start - 40), m.start)
    if app is None or not re.match(r"\s*(?:[,;:.!?)]|$)", text[m.end :]):
        return None  # (the apposition closes after the name: "…, Minister X said" does not)
    comma = app.start()
    start = max(lo, comma - 60)
    if breaks := list(CLAUSE_END.finditer(text, start, comma)):
        start = breaks[-1].end()
    before = text[start:comma]
    # (a preposition's pattern takes two words after it: try the phrase cut after each word,
    # "by the head" of "by the head of the army")
    found = None
    for w in re.finditer(r"\S+", before):
        f = _nearest_preposition(before[: w.end()] + " ", lex, skip="possessor")
        if f is not None and f[1] in _APPOSED_ROLES:
            found = f
    if found is None:
        return None
    at = start + found[0]
    if len(re.findall(r"\S+", text[at:comma])) > 8 or not text[clause_start(text, at) : at].strip():
        return None
    return Cue(found[1], m.end, governed_from=at)


def _nearest_preposition(window: str, lex: Lexicon, skip: str | None = None
                         ) -> tuple[int, str] | None:
    """(start, role) of the role preposition nearest the window's end (the mention)."""
    found: tuple[int, str] | None = None
    words = lex.cues.get("not_preposition")  # 正在 (aspect), 现在 (now): no 在 "at"
    taken = [(w.start(), w.end()) for w in words.finditer(window)] if words else []
    for role, pat in lex.roles_before.items():
        if role == skip:
            continue
        for p in pat.finditer(window):
            if any(a <= p.start() < b for a, b in taken):
                continue
            if re.search(r"\d", window[p.start() : ]):
                continue  # "at least 18 North Korean soldiers", "lebih dari 10.000 tentara"
            # the nearest preposition wins, but a possessive one loses to any other: in
            # "par des drones russes" des is an article, par governs
            rank = (role != "possessor", p.start())
            if found is None or rank > (found[1] != "possessor", found[0]):
                found = (p.start(), role)
    return found


# one or two words an owner stands before, and the roles their marker may give him: "नाइजर के
# सैन्य जुंटा ने" (Niger's junta: Niger acts), "चीन के प्रतिनिधिमंडल से" (with China's
# delegation), "यूक्रेन के शहरों पर" (on Ukraine's cities)
_OWNED_WORD = re.compile(r"[^\s\d,;:.!?।()\"“”'‘’]+ ")
_OWNER_TAKES = ("actor", "agent", "partner", "target")


def _owned_noun_cue(text: str, i: int, lex: Lexicon) -> Cue | None:
    """After a possessor marker at `i`: a noun of an object class (troops, weapons) and the
    marker after it, as the cue of the possessor; else one or two words and a party's marker
    ("X के प्रेसिडेंट गार्ड्स ने": the owner of whoever acts acts); None when neither
    follows."""
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    for pat in lex.objects.values():
        if (o := pat.match(text, j)) is None:
            continue
        k = o.end()
        while k < len(text) and text[k] == " ":
            k += 1
        for role, markers in lex.roles_after.items():
            for mk in markers:
                after = k + len(mk)
                if role != "possessor" and text.startswith(mk, k) and not (
                        after < len(text) and _word_goes_on(text[after])):
                    return Cue(role, after)
    k = j
    for _ in range(2):
        if (w := _OWNED_WORD.match(text, k)) is None or _is_marker(w.group(0).strip(), lex):
            break
        k = w.end()
        for role in _OWNER_TAKES:
            for mk in lex.roles_after.get(role, ()):
                after = k + len(mk)
                if text.startswith(mk, k) and not (
                        after < len(text) and _word_goes_on(text[after])):
                    return Cue(role, after)
    return None


def _is_marker(word: str, lex: Lexicon) -> bool:
    """Is `word` a case marker or postposition of its own (को, से, में)?"""
    return any(word == mk or mk.startswith(word + " ") for markers in lex.roles_after.values()
               for mk in markers)


def _marker_after(text: str, m: LocalMention, lex: Lexicon) -> Cue:
    """The case marker after a mention, its title and an object noun it qualifies: a particle
    (が, 는), a suffix written on the name (Rusya'ya: `roles.after`), an ending of the noun the
    name qualifies (Kursk bölgesinde, Rusya ordusuna: `roles.after_noun`), or a postposition
    written as a word (ile, tarafından: `roles.after_words`). A language with postposition
    words writes its other markers on the word (a "da" after a space is "too", not "in"). A
    name with no marker takes `roles.unmarked` (Turkish: the nominative subject)."""
    i = skip_title(text, m.end, m, lex)
    spaced = i > m.end and text[i - 1].isspace()
    best: tuple[int, str, int] | None = None
    # on the name itself first (an apostrophe would pass for a closing quote), then after
    # its title or object noun
    for at in dict.fromkeys((m.end, i)):
        for role, markers in lex.roles_after.items():
            for mk in markers:
                if not text.startswith(mk, at) or (at == i and spaced and lex.roles_after_words):
                    continue
                after = at + len(mk)
                if lex.marker_boundary and after < len(text) and _word_goes_on(text[after]):
                    continue  # 는 in 는데, ने in नेता: the marker must end its word
                if best is None or len(mk) > best[0]:
                    best = (len(mk), role, after)
                break
        if best:
            if best[1] == "possessor" and lex.place_nouns and lex.roles_after_noun:
                # "İsrail'in kuzeyine": the name takes the case of its part
                nxt = _next_word(text, best[2] + 1, best[2])
                if nxt and lex.place_nouns.fullmatch(nxt):
                    ends = [(len(mk), role) for role, markers in lex.roles_after_noun.items()
                            for mk in markers if nxt.endswith(mk)]
                    if ends:
                        return Cue(max(ends)[1], best[2] + 1 + len(nxt))
            if best[1] == "possessor" and not lex.roles_after_words:
                # hi "रूस की सेना ने", "उत्तर कोरिया के सैनिकों को": the owner of the troops that
                # a marker follows takes that marker's role
                owned = _owned_noun_cue(text, best[2], lex)
                if owned is not None:
                    return owned
            return Cue(best[1], max(best[2], i))
    # a postposition written as a word (tarafından, ile) is the name's marker, not a noun
    # whose case ending it would take ("Rusya tarafından": by Russia, not "from Russia's side")
    k = i + len(text[i:]) - len(text[i:].lstrip(" "))
    for role, words in lex.roles_after_words.items():
        for w in words:
            if text.startswith(w, k) and not (k + len(w) < len(text)
                                              and text[k + len(w)].isalpha()):
                return Cue(role, k + len(w))
    if lex.spaced and lex.roles_after_noun:
        # the noun the name qualifies carries the case: a title or object taken in (ordusuna,
        # askerlerini), else the lower-case word right after the name (Kursk bölgesinde)
        taken = text[m.end : i].split()
        j = m.end + len(text[m.end : i].rstrip())
        while taken and j < len(text) and text[j].isalpha():
            j += 1  # a title may end inside the word (askerleri|n): take the whole word
        word = text[m.end : j].split()[-1] if taken else _next_word(text, i, m.end)
        if word:
            tables = [lex.roles_after_noun]
            if m.mention.how == "demonym":
                tables.append(lex.roles_after_adjective_noun)
            ends = [(len(mk), role) for table in tables for role, markers in table.items()
                    for mk in markers if word.endswith(mk) and len(word) >= len(mk) + 3]
            if ends:
                end = max(i, j) if taken else i + len(word)
                return Cue(max(ends)[1], end)
    # a language whose case suffixes stand apart from its postposition words (tr) reads a bare
    # name as the nominative; elsewhere (hi) a bare name has no role of its own, and
    # `_subject_by_particles` takes the first one before the verb as the subject
    return Cue(lex.unmarked_role if lex.roles_after_words else None, i, marked=False)


def _next_word(text: str, i: int, end: int) -> str:
    """The lower-case word at `i` when only one space separates it from the name."""
    if not (i - end == 1 and text[end].isspace()):
        return ""
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    word = text[i:j]
    return word if word and word[0].islower() else ""


def _attached(text: str, start: int, lex: Lexicon) -> str | None:
    """The role of a preposition written on the name's own word ("بموسكو": in Moscow, "لروسيا":
    to Russia), the conjunctions before it aside ("وبموسكو")."""
    if not lex.roles_attached:
        return None
    i = start
    while i > 0 and not text[i - 1].isspace() and text[i - 1].isalpha():
        i -= 1
    lead = text[i:start]
    if lead and text[:i].rstrip().casefold().endswith(tuple(_titles(lex.code))):
        return None  # "الأمين العام للأمم المتحدة": ل after a title is "of", the title's body
    for conj in lex.word_prefixes:
        if lead.startswith(conj) and len(lead) > len(conj):
            lead = lead[len(conj):]
            break
    for role, preps in lex.roles_attached.items():
        if any(lead.startswith(p) for p in preps):
            return role
    return None


def _strip_titles(window: str, view: SentenceView) -> str:
    """The window without a title that ends it: "с министром иностранных дел КНДР" -- the
    preposition governs the titled name, however long the title."""
    k = window.rstrip().casefold()
    for t in {m.mention.title for m in view.mentions if m.mention.title}:
        if k.endswith(t.casefold()):
            return window.rstrip()[: len(k) - len(t)] + " "
    return window


@cache
def _titles(code: str) -> frozenset[str]:
    """Every title of the language's honorifics data, case-folded (总统, 外长, Menteri...)."""
    data = get_pack(code).data("honorifics") or {}
    return frozenset(str(k).casefold() for side in ("before", "after")
                     for k in (data.get(side) or {}))


def _qualifies(text: str, a: LocalMention, b: LocalMention, code: str) -> bool:
    """Is `a` (a country or body) part of the title of the person `b` right after it ("глава
    МИД КНДР Чхве", "Menlu Korea Utara Choe", "俄罗斯外长拉夫罗夫")?"""
    if a.type not in ("country", "organization") or b.type != "person":
        return False
    gap = text[a.end : b.start].strip().casefold()
    return not gap or gap in _titles(code) or (
        b.mention.title is not None and gap == b.mention.title.strip().casefold())


def _invited(text: str, hit: Hit, lex: Lexicon) -> bool:
    """Is the act what someone is invited to do (訪問するよう招待, 방문 초대, 방문하도록 초청)?"""
    cue = lex.cues.get("invitation_after")
    m = cue.search(text, hit.end, min(len(text), hit.end + 10)) if cue else None
    return m is not None and m.start() - hit.end <= 5 and not CLAUSE_END.search(
        text, hit.end, m.start())


def _can_act(m: LocalMention) -> bool:
    """People, states and bodies act; so does a capital standing for its government, and an
    unlinked name (it may be anyone). A known weapon or treaty ("Tomahawk") does not."""
    if m.type == "other":
        return m.entity is not None and not m.entity.linked
    return m.type in ACTOR_TYPES or m.stands_for is not None


def _word_goes_on(ch: str) -> bool:
    """A letter, digit or combining mark: the word is not over (그는데, नेता)."""
    return ch.isalnum() or is_mark(ch)


_TITLE_WORDS = re.compile(r"(?:(?<=\s)|^)(?:[A-ZА-ЯЁĐ][\w.\-]*\s*){1,5}(?=$)")


def coordinated(text: str, a_after: int, b_start: int, lex: Lexicon) -> bool:
    """Are two names joined as one side (a comma, "and", a title between)?"""
    if lex.word_prefixes:
        # clitics written on the second name's word belong to it ("والبريطانية": و + ال)
        while b_start > a_after and text[b_start - 1].isalpha():
            b_start -= 1
    gap = text[a_after:b_start]
    if len(gap) > 80:
        return False
    if lex.spaced:  # "Akiba dan Direktur Kantor Keamanan Nasional Cho": titles may sit between
        gap = _TITLE_WORDS.sub("", gap.rstrip()) + (" " if gap[-1:].isspace() else "")
    if len(gap) > 12:
        return False
    if re.fullmatch(_SEP, gap):
        return True
    pat = lex.cues.get("coordination")
    return bool(pat and re.fullmatch(_SEP + f"(?:{pat.pattern})" + _SEP, gap, re.IGNORECASE))


def joined_by_word(text: str, a_after: int, b_start: int, lex: Lexicon) -> bool:
    """A coordinating word ("ve", "and") stands between two names, not only a comma."""
    pat = lex.cues.get("coordination")
    gap = text[a_after:b_start]
    return bool(pat and any(m.group().strip(" ,、") for m in pat.finditer(gap)))


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` begins: after the last clause punctuation before it."""
    last = 0
    for m in CLAUSE_END.finditer(text, 0, pos):
        last = m.end()
    return last


def clause_end(text: str, pos: int) -> int:
    m = CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


def _is_passive(text: str, hit: Hit, lex: Lexicon) -> bool:
    form = lex.cues.get("passive_form")
    words = hit.surface.split() if lex.spaced else [hit.surface]
    word = words[0] if words else hit.surface
    if form and form.fullmatch(word):
        return True
    # verb-final: the verb is the trigger's last word ("ele geçirildi")
    if form and lex.roles_after and len(words) > 1 and form.fullmatch(words[-1]):
        return True
    before = lex.cues.get("passive_before")
    participle = lex.cues.get("passive_participle")  # "was visiting" is not passive
    if (before and len(words) > 1 and before.fullmatch(words[0])
            and (participle is None or participle.fullmatch(words[1]))):
        return True  # the trigger holds its auxiliary: "were killed"
    # a verb bracket (German "Kiew wurde am Montag von Drohnen angegriffen"): the passive
    # auxiliary stands anywhere earlier in the participle's clause
    bracket = lex.cues.get("passive_clause")
    if bracket and (participle is None or participle.fullmatch(word)) and bracket.search(
            text, clause_start(text, hit.start), hit.start):
        return True
    if before and (participle is None or participle.fullmatch(word)):
        window = text[max(0, hit.start - 16) : hit.start]
        last = None
        for last in before.finditer(window):  # noqa: B007 - we want the last one
            pass
        if last is not None and not window[last.end() :].strip(" ,"):
            return True
    attributive = lex.cues.get("attributive_agent")
    if attributive and participle is not None and any(
            participle.fullmatch(word[: len(word) - k]) for k in (1, 2) if len(word) > k + 2):
        # "die von Russland verhängten Sanktionen": an inflected participle after its agent
        lead = text[max(0, hit.start - 60) : hit.start]
        last = None
        for last in attributive.finditer(lead):  # noqa: B007 - we want the last one
            pass
        if last is not None and not re.search(r"[,;:.!?]", lead[last.end() :]):
            return True
    clitic = lex.cues.get("passive_clitic")  # "se lanzaron misiles": passive, any form
    if clitic and re.search(f"(?:^|\\s)(?:{clitic.pattern})\\s+$",
                            text[max(0, hit.start - 12) : hit.start], re.IGNORECASE):
        return True
    after = lex.cues.get("passive_after")
    j = hit.end
    while lex.spaced and j < len(text) and text[j] == " ":
        j += 1  # hi "हमला किया गया": the passive auxiliary is a word of its own
    return bool(after and after.match(text, j, min(len(text), j + 10)))


@dataclass(slots=True)
class _Clause:
    """The mentions around one trigger and the grammar cue of each (indices into `ms`)."""

    view: SentenceView
    hit: Hit
    lex: Lexicon
    ms: list[LocalMention]
    cues: list[Cue]
    exclude: frozenset[int]
    role: dict[int, str | None] = field(default_factory=dict)  # usable index -> its role
    owner: int | None = None  # the possessor that owns a nominal trigger's act ("ataque de X")
    others: tuple[Hit, ...] = ()  # the sentence's other triggers
    owned: bool = False  # a noun trigger's actor is its owner ("Russia's attack")

    @property
    def text(self) -> str:
        return self.view.text

    def usable(self) -> list[int]:
        return [i for i, m in enumerate(self.ms) if id(m.mention) not in self.exclude]

    def before(self) -> list[int]:
        return [i for i in self.usable() if self.ms[i].end <= self.hit.start]

    def after(self) -> list[int]:
        return [i for i in self.usable() if self.ms[i].start >= self.hit.end]


def _relative_verb(c: _Clause, h: Hit) -> bool:
    """Is `h` a verb right before the modifier 的 (unspaced, verb-medial): a relative clause's
    ("被俄罗斯发射的导弹击中"), no verb a 被 agent before it could belong to instead?"""
    modifier = c.lex.cues.get("noun_modifier")
    return not (c.lex.spaced or c.lex.roles_after or h.nominal or modifier is None) and (
        modifier.match(c.text, h.end) is not None)


def _passive_past_relative(c: _Clause) -> bool:
    """"美国货轮被从也门发射的导弹击中": 被 and its verb hold a relative clause between them
    (its verb before 的); the verb after it is still passive."""
    before = c.lex.cues.get("passive_before")
    if before is None or c.lex.spaced or c.lex.roles_after or c.hit.nominal:
        return False
    lo = clause_start(c.text, c.hit.start)
    marks = list(before.finditer(c.text, lo, c.hit.start))
    if not marks or c.hit.start - marks[-1].end() > 24:
        return False
    inner = [h for h in c.others if marks[-1].end() <= h.start and h.end <= c.hit.start]
    return bool(inner) and all(_relative_verb(c, h) for h in inner)


def _relative_subject(c: _Clause) -> int | None:
    """Unspaced, verb-medial (zh): a verb right before the modifier 的 is a relative clause's
    ("被俄罗斯发射的导弹击中": the missile Russia fired hit …), its subject the name right
    before it, though 被 makes that name the agent of the main verb after."""
    if not _relative_verb(c, c.hit):
        return None
    # (not a goal or partner: "朝鲜向俄罗斯派遣的士兵" keeps 朝鲜; "从也门发射的": from Yemen)
    near = [i for i in c.before() if 0 <= c.hit.start - c.ms[i].end <= 1
            and c.role[i] in (None, "agent", "source")]
    return near[-1] if near else None


def assign(view: SentenceView, hit: Hit, lex: Lexicon, exclude: frozenset[int] = frozenset(),
           partner_is_actor: bool = False, hits: tuple[Hit, ...] | list[Hit] = (),
           noun_needs_owner: bool = False) -> Roles:
    """Actors, targets and place of `hit`: the grammar cue of every mention, then the subject,
    the objects and partners, the passive voice, and the place.

    `exclude` holds mentions that cannot be parties (sources in "according to X");
    `partner_is_actor`: a partner ("met with X") is a co-actor, as the claim type says;
    `hits`: the sentence's triggers (an agent or owner beyond another verb is not this one's);
    `noun_needs_owner`: a noun trigger of this type takes no actor from word order alone (a
    one-way act: "confirmed the attack" is not the confirmer's; "since the signing" may be)."""
    if lex.spaced and " " in hit.surface.strip() and any(
            hit.start < m.start and m.end <= hit.end for m in view.mentions):
        # "شن الجيش الإسرائيلي غارات": the subject stands inside the collocation's gap (an
        # object in a subject-first language: "назвал действия Пригожина предательством");
        # the verb is the act's position
        first = hit.surface.split()[0]
        hit = _replace(hit, end=hit.start + hit.surface.index(first) + len(first), surface=first)
    inside = [m for m in view.mentions if hit.start < m.start and m.end < hit.end
              and preposition_object(view.text, hit.start, hit.end, m.start, m.end, lex)]
    if inside:
        # "向莫斯科靠近": the name inside the entry is its preposition's object; the verb after
        # it is the act's position
        hit = _replace(hit, start=inside[-1].end, surface=view.text[inside[-1].end : hit.end])
    c = _clause(view, hit, lex, exclude)
    c.others = tuple(h for h in hits if h is not hit and (h.start, h.end) != (hit.start, hit.end))
    by_form = _is_passive(c.text, hit, lex) or _passive_past_relative(c)
    agents = _agents(c, by_form)
    relative = _relative_subject(c)
    if relative is not None:
        agents = [i for i in agents if i != relative]
    following = False  # the subject follows the verb (VSO) or its noun (the owner)
    inverted = False  # a speech verb after the words said, its speaker after it
    # (a verb-first language reads a noun's owner after it itself: `_subject_after`)
    noun = hit.nominal and not lex.roles_after and lex.spaced and not lex.verb_first
    v2_objects: list[int] | None = None
    if lex.roles_after:
        subj, quoted, owners = _subject_by_particles(c)
    elif noun:
        subj, quoted, owners = _subject_of_noun(c), None, []
        if not subj and not noun_needs_owner:
            noun = False
            if _verb_second(lex):
                subj, v2_objects = _order_verb_second(c)
            else:
                subj = _subject_by_order(c)
    elif _verb_second(lex):
        subj, v2_objects = _order_verb_second(c)
        quoted, owners = None, []
    else:
        subj, quoted, owners = _subject_by_order(c), None, []
        if after := _subject_after(c, subj):
            subj, following = after, True
    if not lex.roles_after and not hit.nominal and (late := _inverted_speaker(c)) is not None:
        # "« … », a averti Lavrov": he speaks, after his words; what follows him says who he
        # is ("…, a déploré X, un habitant de Y"), no one his words are aimed at
        subj, following, inverted = [late], True, True
    if not subj and not lex.roles_after and not hit.nominal:
        subj = _shared_subject(view, c, lex, exclude)
    if not lex.roles_after and (agented := _participle_agent(c)) is not None:
        subj, c.owned = [agented], True  # "начатых Россией ударов": the participle's agent
    if not lex.roles_after and len(subj) > 1 and _in_setting(c):
        # "Israel mengalahkan Hamas dalam serangan kilat": the act of a phrase that sets the
        # scene is the clause's subject's, not its object's
        subj = subj[:1]
    subj, embedded = _embedded_subject(c, subj)
    if (modifier := lex.cues.get("noun_modifier")) is not None and modifier.search(
            c.text, max(0, hit.start - 2), hit.start):
        subj = _modifier_owner(c)
    if relative is not None:
        subj = [relative]
    # verb-first: names side by side are a subject and its object, a list only when joined
    subject = (_group(c, subj[-1], backwards=not following, listed=following or lex.verb_first)
               if subj else [])
    if not lex.roles_after and subject:
        # (verb-second: a name right after the subject is the object, "hat Russland Kiew
        # angegriffen", unless a conjunction or comma joins them)
        subject += [k for k in _group(c, subject[0], backwards=False,
                                      listed=following or _verb_second(lex))
                    if k not in subject]
    objs = (_objects_by_particles(c, owners, quoted) if lex.roles_after
            else v2_objects if v2_objects is not None
            else _objects_by_order(c, subject, noun=noun))
    target: list[int] = []
    objs = [i for i in objs if i not in subject]  # a noun's owner after it is no object
    if inverted:
        objs = [i for i in objs if c.ms[i].end <= hit.start]
    for i in embedded + sorted(set(objs), key=lambda i: abs(c.ms[i].start - hit.start)):
        for k in _group(c, i, backwards=False) + _group(c, i, backwards=True):
            if k not in target and k not in subject:
                target.append(k)
        if not lex.roles_after:
            break
    partners = _partners(c, subject, target)
    passive = by_form or bool(agents)
    if by_form and not subject:
        # "Kyiv was attacked": the passive's subject suffers the act, whatever it is
        start = clause_start(c.text, hit.start)
        target += [i for i in c.before() if c.role[i] is None and c.ms[i].start >= start
                   and hit.start - c.ms[i].end <= 20 and i not in target][-1:]
    if passive:
        subject, target = _passive(c, subject, target, agents, partner_is_actor)
    roles = Roles(passive=passive, inverted=inverted)
    if claim_type(hit.type).actor_is_side and not lex.roles_after:
        subject, target, perpetrators = _side(c, subject, target, agents, passive)
        roles.perpetrators = [c.ms[i] for i in perpetrators]
    roles.subject = bool(subject)
    roles.cued = bool(subject) and (lex.roles_after != {} or passive or bool(agents)
                                    or c.owned or c.owner is not None)
    roles.owned = c.owned or c.owner is not None
    roles.partnered = partner_is_actor and any(_can_act(c.ms[i]) for i in partners)
    actor_ids = subject + (partners if partner_is_actor else [])
    roles.actors = [c.ms[i] for i in actor_ids if _can_act(c.ms[i])]
    roles.targets = [c.ms[i] for i in target + ([] if partner_is_actor else partners)
                     if c.ms[i] not in roles.actors]
    _place(c, roles, target, partner_is_actor)
    if claim_type(hit.type).origin_is_side and not lex.roles_after:
        _left_and_goal(c, roles, target, subject)
    if claim_type(hit.type).location_is_target and not roles.targets and roles.location and (
            roles.location.type in ("country", "organization")):
        # "fired rockets at northern Israel", "strikes in Yemen": where it went is what it hit
        roles.targets, roles.location = [roles.location], None
    return roles


def _clause(view: SentenceView, hit: Hit, lex: Lexicon, exclude: frozenset[int]) -> _Clause:
    """Every mention outside the trigger with its cue: the particle after it (ja, ko) or the
    preposition before it (the others), a title's name taking the cue of its title."""
    text = view.text
    ms = [m for m in view.mentions if not (m.start < hit.end and hit.start < m.end)]
    # イランが支援するフーシ派 / 伊朗支持的胡塞武装: the name of an epithet is no party
    epithet = lex.cues.get("epithet")
    if epithet is not None:
        exclude = exclude | {id(m.mention) for m in ms if epithet.match(text, m.end)
                             or (epithet.match(text, m.end + 1) and text[m.end].isspace())}
    cues: list[Cue] = []
    prev_end = 0
    for m in ms:
        cue = cue_of(view, m, lex, prev_end)
        if cue.governed_from is not None and hit.end > cue.governed_from:
            # an apposition's preposition governs the name for a verb before it only ("…,
            # le général X, qui se disait chef": X is the subject of what follows)
            cue = Cue(None, cue.after)
        cues.append(cue)
        prev_end = m.end
    if lex.roles_after:
        # 金正恩朝鮮労働党委員長と / 김정은 노동당 총비서는: a body right after a person's name
        # is part of his title; the person takes the marker after it
        for i in range(len(ms) - 1):
            if (ms[i].type == "person" and ms[i + 1].type == "organization"
                    and 0 <= ms[i + 1].start - ms[i].end <= 1):
                cues[i] = cues[i + 1]
                exclude = exclude | {id(ms[i + 1].mention)}
            elif lex.unmarked_role and _qualifies(text, ms[i], ms[i + 1], lex.code):
                # "Rusya Dışişleri Bakanı Lavrov'u": the country before a titled person is
                # part of his title and takes his case
                cues[i] = cues[i + 1]
    else:
        # глава МИД КНДР Чхве / Menlu Korea Utara Choe: a country or body right before a
        # person's name qualifies his title; the person takes the preposition before it (the
        # country stays with him: his side, which fusion reads anyway)
        for i in range(len(ms) - 1):
            if _qualifies(text, ms[i], ms[i + 1], lex.code):
                cues[i + 1] = Cue(cues[i].role, ms[i + 1].end)
            elif (not lex.spaced and ms[i + 1].start == ms[i].end
                  and ms[i].type in ("country", "place")
                  and ms[i + 1].type in ("organization", "person")):
                # 对也门胡塞武装: a country written onto a group's name only says whose it is;
                # the group takes the preposition
                cues[i + 1] = Cue(cues[i].role, ms[i + 1].end)
                exclude = exclude | {id(ms[i].mention)}
        if not lex.spaced:
            cues = _phrase_roles(text, hit, ms, cues, lex)
    c = _Clause(view, hit, lex, ms, cues, exclude)
    c.role = {i: cues[i].role for i in c.usable()}
    if not lex.roles_after:
        _possessor(c)
    return c


# what joins a name to the noun it qualifies inside a phrase: 的, or a count's classifier
# (对亚丁湾一艘美国船只, 对8个地点的18个胡塞武装据点)
_MODIFIER_GAP = re.compile(r"[^\s,，、。；;：:]{0,14}(?:的|[个艘名架枚座处家位批辆只支条所])")
_PHRASE_ROLES = ("target", "agent")


@cache
def _bare(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.removesuffix(UNSPACED_TAIL))


def _phrase_roles(text: str, hit: Hit, ms: list[LocalMention], cues: list[Cue],
                  lex: Lexicon) -> list[Cue]:
    """Unspaced preposition languages (zh): a prepositional phrase runs up to its verb, so a
    name that qualifies a noun inside it has the phrase's role: in "对亚丁湾一艘美国船只发动袭击"
    the US ship is the target, not the attacker. Only names joined to what follows the
    preposition by 的 or a classifier, so that "在莫斯科普京会见" keeps its subject."""
    out = list(cues)
    for i, m in enumerate(ms):
        if out[i].role is not None or m.end > hit.start:
            continue
        lo = clause_start(text, m.start)
        best: tuple[int, int, str] | None = None
        for role in _PHRASE_ROLES:
            pat = lex.roles_before.get(role)
            for p in _bare(pat.pattern).finditer(text, lo, m.start) if pat else ():
                if best is None or p.end() > best[1]:
                    best = (p.start(), p.end(), role)
        if best is None or not _MODIFIER_GAP.fullmatch(text, best[1], m.start):
            continue
        if any(best[1] <= o.start < m.start and out[k].role not in (None, *_PHRASE_ROLES)
               for k, o in enumerate(ms)):
            continue  # another phrase starts in between
        out[i] = Cue(best[2], out[i].after, out[i].outer, out[i].marked)
    return out


def _modifier_owner(c: _Clause) -> list[int]:
    """zh "胡塞武装的袭击", "俄罗斯对乌克兰的袭击": a trigger after 的 is a noun whose actor
    stands in the phrase that qualifies it, close before it; the clause's subject is another
    verb's ("以回应…武装组织对红海航运的袭击": no one the sentence names attacked)."""
    text, hit = c.text, c.hit
    near = [i for i in c.before() if c.role[i] is None and _can_act(c.ms[i])
            and hit.start - c.ms[i].end <= 12 and not CLAUSE_END.search(text, c.ms[i].end,
                                                                       hit.start)]
    return near[-1:]


def _possessor(c: _Clause) -> None:
    """Preposition languages: "el ataque de Rusia contra Ucrania", "a visita de Putin": the
    name a possessive preposition puts right after a nominal trigger owns the act, and so does
    a country's adjective or name right after it in a head-first language; any other name
    after such a preposition takes the role of the phrase it sits in ("contra el norte de
    Israel": target) or none ("el presidente de Rusia")."""
    after = [i for i in c.after() if c.role[i] == "possessor"]
    if c.hit.nominal and after and c.ms[after[0]].start - c.hit.end <= 20 and not any(
            c.ms[i].end <= c.ms[after[0]].start for i in c.after()) and not _nearest_preposition(
            c.text[c.hit.end : c.ms[after[0]].start], c.lex, skip="possessor"):
        # (not past another preposition: "ataques contra posições do Hezbollah")
        c.owner = after[0]
    first = c.after()[:1]
    if (c.hit.nominal and c.owner is None and first and get_pack(c.lex.code).head_initial
            and c.ms[first[0]].type in ("country", "organization")
            and re.fullmatch(r"\s+(?:[^\W\d_]+\s+)?", c.text[c.hit.end : c.ms[first[0]].start])
            and _nearest_preposition(c.text[c.hit.end : c.ms[first[0]].start], c.lex) is None):
        # head-first languages put the owner's adjective or name after the noun ("un
        # bombardeo israelí", "ataque aéreo ruso", "serangan Israel")
        c.owner = first[0]
    participle = c.lex.cues.get("passive_participle")
    first = c.hit.surface.split()[0] if c.hit.surface.split() else c.hit.surface
    for i, role in c.role.items():
        if role == "possessor" and i != c.owner:
            outer = c.cues[i].outer
            # "atacado por el ejército de Israel" makes Israel the agent; "represalias por
            # el ataque de Israel" does not ("por" is "because of" before a noun)
            if outer == "agent" and not (participle and participle.fullmatch(first)):
                outer = None
            c.role[i] = outer


def _group(c: _Clause, i: int, backwards: bool, listed: bool = False) -> list[int]:
    """Mention i and those coordinated with it (X, Y and Z). `listed`: only names joined by a
    conjunction or a comma, or adjectives side by side (after a verb-first verb, the subject
    and the object stand side by side: "تزود كوريا الشمالية روسيا")."""
    ms, cues, lex, hit = c.ms, c.cues, c.lex, c.hit
    out = [i]
    j = i
    while True:
        k = j - 1 if backwards else j + 1
        if not 0 <= k < len(ms):
            break
        a, b = (k, j) if backwards else (j, k)
        # particle languages: the earlier of the two carries the joining marker (と, 와);
        # a subject marker (は, 는) ends the list. Elsewhere a preposition does.
        if (lex.roles_after and cues[a].role not in (None, "coord", "partner")
                and cues[a].marked):
            break
        if lex.roles_after and not cues[a].marked and cues[b].marked and not joined_by_word(
                c.text, cues[a].after, ms[b].start, lex) and not _abbreviation_run(ms[a], ms[b]):
            break  # "Ukrayna, Rusya'nın …": a subject's comma, not a list
        if not lex.roles_after and cues[k].role not in (None, "coord", cues[i].role) and not (
                cues[k].role == "partner" and _object_follows(c, k)):
            break
        if ms[a].end <= hit.start and hit.end <= ms[b].start:
            break  # the verb stands between them ("Israel Serang Rafah"): no list
        if not coordinated(c.text, cues[a].after if lex.roles_after else ms[a].end,
                            ms[b].start, lex):
            break
        if id(ms[k].mention) in c.exclude:
            break
        if listed and not (joined_by_word(c.text, ms[a].end, ms[b].start, lex)
                           or _qualifies(c.text, ms[a], ms[b], lex.code)
                           or "," in c.text[ms[a].end:ms[b].start]
                           or "،" in c.text[ms[a].end:ms[b].start]
                           or (_adjective(c.text, ms[a], lex) and _adjective(c.text, ms[b], lex))):
            break
        out.append(k)
        j = k
    return out


def _abbreviation_run(a: LocalMention, b: LocalMention) -> bool:
    """A one-character abbreviation written against the next name (米英, 한미; 米英軍, whose
    英軍 reads as the British forces): one list of states."""
    return a.end == b.start and a.end - a.start == 1


def _object_follows(c: _Clause, k: int) -> bool:
    """"美国和英国对胡塞武装发动空袭": a name joined by 和/与 before a verb whose goal is marked
    (对, 向) between them is a co-subject, not the verb's partner."""
    ms, hit = c.ms, c.hit
    return ms[k].end <= hit.start and any(
        c.role.get(j) == "target" and ms[k].end <= ms[j].start and ms[j].end <= hit.start
        for j in c.usable())


def _agents(c: _Clause, passive: bool) -> list[int]:
    """The agent of a passive (by X, oleh X, 被X, X에 의해), next to its verb: "…, disambut
    oleh Putin" is not every verb's. A `passive_agent` preposition (German von, which is also
    "of" and "from") marks one only when the verb is passive; its other names are no party.
    Beside a verb passive by its form, a name in the case a language marks agents with (uk
    instrumental "атакований Росією") is one too."""
    ms, hit = c.ms, c.hit
    roles = ("agent", "passive_agent") if passive else ("agent",)

    def beyond(i: int) -> bool:  # "Serangan itu didukung oleh Australia": didukung's agent
        lo, hi = (hit.end, ms[i].start) if ms[i].start >= hit.end else (ms[i].end, hit.start)
        return any(lo <= h.start and h.end <= hi and not _converb(c, h)
                   and not _relative_verb(c, h) for h in c.others)

    def leaning(i: int) -> bool:  # the agent, then a converb's clause, then this verb
        return any(_converb(c, h) and ms[i].end <= h.start and h.end <= hit.start
                   and h.start - ms[i].end <= 40 and hit.start - h.end <= 3 for h in c.others)

    if _converb(c, hit) and any(h.start >= hit.end for h in c.others):
        # "X, Y tarafından Kursk'tan kaçarken yakalandı": an agent before a converb ("while
        # fleeing") is the main verb's after it; the converb shares the clause's subject
        return []

    endings = c.lex.role_endings.get("agent", ()) if passive else ()

    def agentive(i: int) -> bool:
        return c.role[i] in roles or (
            c.role[i] is None and ms[i].type in ACTOR_TYPES
            and c.text[ms[i].start : ms[i].end].casefold().endswith(endings or ("\0",)))

    def reach(i: int) -> int:  # an apposed name is as near as its title's preposition
        at = c.cues[i].governed_from
        return ms[i].start if at is None else min(ms[i].start, at)

    near = [i for i in c.usable() if agentive(i)
            and ((0 <= reach(i) - _led_from(c, reach(i)) <= 40
                  and not _other_participle(c, ms[i].start))
                 or (0 <= hit.start - ms[i].end <= 24 and not _participle_agent_before(c, i))
                 or leaning(i))
            and not beyond(i) and not _apposition(c, i)]
    for i in c.usable():
        if c.role[i] == "passive_agent" and i not in near:
            c.role[i] = "source"
    # "by US and UK warships": every name of the agent's list
    return near + [k for i in near for k in _group(c, i, backwards=False) if k not in near]


def _participle_agent_before(c: _Clause, i: int) -> bool:
    """"Les Houthis soutenus par l'Iran ont attaqué Israël", "the Houthis backed by Iran
    attacked": an agent before the verb that a participle of its own governs is that
    participle's (Iran backs them), not the verb's."""
    participle = c.lex.cues.get("passive_participle")
    if participle is None or not c.lex.spaced or CLAUSE_END.search(c.text, c.ms[i].end,
                                                                    c.hit.start):
        return False  # ("envoyés par Bakou, qui les appelle": the relative's subject)
    words = re.findall(r"[^\W\d_]+", c.text[max(0, c.ms[i].start - 40) : c.ms[i].start])
    # the participle, the agent's preposition, maybe an article ("soutenus par l'Iran")
    tail = words[-3:]
    return any(participle.fullmatch(w) for w in tail[:-1]) and bool(
        c.lex.roles_before.get("agent") and c.lex.roles_before["agent"].search(
            " ".join(tail[-2:]) + " "))


def _led_from(c: _Clause, agent_start: int) -> int:
    """Where the agent's phrase starts: after the verb, or after a light verb's participle
    that passes its agent on ("renversé par la junte dirigée par X": X led the junta that
    did it, and X is as near as "par X")."""
    light = c.lex.cues.get("light_verb")
    last = None
    if light is not None and c.lex.spaced:
        for last in light.finditer(c.text, c.hit.end, agent_start):  # noqa: B007
            pass
    return last.end() if last is not None else c.hit.end


def _other_participle(c: _Clause, agent_start: int) -> bool:
    """"aceptó la propuesta presentada por Egipto": a participle of its own between the verb
    and "by X" takes the agent (Egypt presented, it did not accept); "attacks were reported
    by", with its auxiliary, leaves it to the verb's clause."""
    participle = c.lex.cues.get("passive_participle")
    auxiliary = c.lex.cues.get("passive_before")
    if participle is None or not c.lex.spaced:
        return False
    between = c.text[c.hit.end : agent_start]
    if auxiliary is not None and auxiliary.search(between):
        return False
    # (a light verb's participle does not: "el ataque llevado a cabo por X" is X's attack)
    light = c.lex.cues.get("light_verb")
    # (a word right after an article is a noun, whatever its ending: "dans la nuit par X")
    words = re.findall(r"[^\W\d_]+", between)
    articles = _determiners(c.lex.code)
    return any(participle.fullmatch(w) and not (light and light.fullmatch(w))
               and not (k and words[k - 1].casefold() in articles)
               for k, w in enumerate(words))


@cache
def _determiners(code: str) -> frozenset[str]:
    return frozenset(str(w).casefold()
                     for w in get_pack(code).data("names").get("determiners") or ())


def _relative(head: re.Pattern[str], gap: str, lex: Lexicon) -> bool:
    """Does `gap` (between a verb and a name after it) make the verb a relative clause of that
    name (駐留する北朝鮮兵士; hi "हमला करने वाली सेना X": a few describing words may follow
    the participle in a spaced language)?"""
    if head.fullmatch(gap):
        return True
    m = head.match(gap.lstrip()) if lex.spaced else None
    rest = gap.lstrip()[m.end():] if m else ""
    return m is not None and len(rest.split()) <= 3 and not CLAUSE_END.search(rest)


def _subject_by_particles(c: _Clause) -> tuple[list[int], tuple[int, int] | None, list[int]]:
    """ja, ko: the subject marked by が/は/이/가, else a possessor of a nominal trigger, the noun
    a relative clause qualifies, or a headline's opening name. Returns the subject, the span of
    a quotation the verb follows, and the owners of the verb's object (北朝鮮とロシアの協力を)."""
    ms, cues, role, lex, hit, text = c.ms, c.cues, c.role, c.lex, c.hit, c.text
    before, after = c.before(), c.after()
    quoted: tuple[int, int] | None = None
    subj = [i for i in before if role[i] == "actor" and _can_act(ms[i])]
    if not subj and lex.unmarked_role == "actor":
        # hi "पुतिन प्योंगयांग पहुंचे": the first names no postposition follows are the subject
        # ("इज़राइल और हमास ... सहमत"); the others before the verb are its goal or object
        first = [i for i in before if role[i] is None and _can_act(ms[i])
                 and hit.start - ms[i].end <= 200][:1]
        subj = [max(_group(c, first[0], backwards=False))] if first else []
    # 바그너그룹은 “국방부가 …공격했다”며 처벌을 요구했다: a subject inside a quotation closed
    # before the verb is the quotation's; the verb's is outside it
    spans = _closed_quotes(text, hit.start)
    outside = [i for i in subj if not any(a < ms[i].start < b for a, b in spans)]
    if outside and len(outside) < len(subj):
        subj = outside
    quote = lex.cues.get("quote_before")
    partner_marker = any(cues[i].after == hit.start for i in range(len(ms)))  # Xと会談
    if subj and quote and not partner_marker and re.search(
            f"(?:{quote.pattern})$", text[max(0, hit.start - 5) : hit.start].rstrip()):
        # 「…」と警告した / …했다고 경고했다: the clause before と is quoted; the verb's own
        # subject is the topic that opens the sentence -- outside the quotation marks
        # (そのうえで「北朝鮮兵が…」と警告した: no subject of its own, it is dropped)
        lead = text[: hit.start]
        closes = max((lead.rfind(q) for q in _QUOTE_CLOSE), default=-1)
        opens = min((p for q in _QUOTE_OPEN if (p := lead.find(q)) >= 0), default=-1)
        if 0 <= opens < closes:
            subj = [i for i in subj if not opens < ms[i].start < closes]
            quoted = (opens, closes)
        subj = subj[:1]
    # 金総書記のロシア訪問: a possessor right before a nominal trigger is its actor
    # ...but not ロシアのラブロフ外相, where the possessor qualifies the next name
    # (金正恩氏のロシア訪問 keeps it: the next name is compounded with the trigger)
    # (ウクライナの無人機を撃墜 does not: a case marker between makes it the object's owner)
    marked = lex.cues.get("object_marker")

    def owns_object(i: int) -> bool:
        return bool(marked and marked.search(text, cues[i].after, hit.start))

    verb_object = lex.possessor_of_verb == "target" and not hit.nominal  # hi X का दौरा किया
    poss = [i for i in before if role[i] == "possessor" and hit.start - cues[i].after <= 14
            and not verb_object
            and not owns_object(i)
            and not any(0 <= ms[k].start - cues[i].after <= 1
                        and not (cues[k].role is None and hit.start - cues[k].after <= 1)
                        for k in range(len(ms)))]
    owners = [i for i in before if role[i] == "possessor" and owns_object(i)
              and hit.start - cues[i].after <= (60 if lex.spaced else 24)]
    # ...but 金正恩氏の招待を受け入れ: a trigger with its own object (招待を) takes no
    # possessor as its actor: the possessor owns that object
    own_object = bool(marked and marked.search(hit.surface))
    # 金委員長の訪問招待を受諾 / 김 위원장의 방문 초대: the possessor of an invitation is
    # the host; who visits is the sentence's subject, or whom the invitation is addressed
    # to (プーチン大統領に平壌を訪問するよう招待した)
    if _invited(text, hit, lex):
        guests = [i for i in before if role[i] == "target" and ms[i].type == "person"
                  and hit.start - ms[i].end <= 40]
        if guests:
            subj = guests[-1:]
        poss = []
    if poss and not own_object and (not subj or ms[poss[-1]].start > ms[subj[-1]].start):
        subj = [poss[-1]]
    # 駐留する北朝鮮兵士 / 파병된 북한군: the noun a relative clause qualifies is its actor
    head = lex.cues.get("relative_link")
    rel = [i for i in after if head and _relative(head, text[hit.end : ms[i].start], lex)]
    # (a relative verb with its own object, クーデターを主導したX, leaves X no role but its
    # subject, whatever the sentence's topic before it)
    if rel and (not subj or own_object or ms[subj[-1]].end < hit.start - 40):
        subj = rel[:1]
    if not subj:
        subj = [i for i in after if role[i] == "actor" and ms[i].start - hit.end <= 24][:1]
    if not subj:  # headline style: "북한, 러시아에 파병" / "北朝鮮、ロシアに派兵"
        # ...but 국정원 "북한군 …": a name before a quotation is its speaker
        # (the name opens the sentence or a line of it, after a blanked link or a line that
        # ran into the headline: "…\nワグネル、部隊進軍停止発表")
        subj = [i for i in before if role[i] is None
                and (ms[i].start <= 1 or not text[: ms[i].start].strip()
                     or text[: ms[i].start].rstrip(" \t\u3000").endswith("\n"))
                and not text[ms[i].end :].lstrip().startswith(_QUOTE_OPEN)][:1]
    return subj, quoted, owners


def _closed_quotes(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of quotations opened and closed before `end`."""
    spans = []
    i = 0
    while i < end:
        opens = [(p, q) for q in _QUOTE_OPEN if q != '"' and 0 <= (p := text.find(q, i)) < end]
        if not opens:
            break
        p, q = min(opens)
        close = _QUOTE_CLOSE[_QUOTE_OPEN.index(q)]
        c = text.find(close, p + 1)
        if c < 0 or c >= end:
            break
        spans.append((p, c))
        i = c + 1
    return spans


def _subject_by_order(c: _Clause) -> list[int]:
    """Preposition languages: the names before the verb that no preposition governs."""
    ms, role, lex, hit, text = c.ms, c.role, c.lex, c.hit, c.text
    if c.owner is not None:
        return [c.owner]
    before = c.before()
    head = _relative_head(c, before)
    if head is not None:
        role[head] = None
        return [head]
    # (a possessive preposition's name qualifies the noun before it: "les forces de la Russie")
    subj = [i for i in before if role[i] in (None, "possessor") and _can_act(ms[i])
            and (hit.start - ms[i].end <= 120 or _opens_long_clause(c, i))
            and not _elsewhere(c, i) and not _epithet_agent(c, i)]
    said = lex.cues.get("impersonal_speech")
    if not subj and said is not None:
        # "в Следственном комитете заявили о возбуждении дела": a body named with "in" before
        # a subjectless plural verb of saying speaks, and is the subject of what it tells
        inside = [i for i in before if role[i] in ("target", "location")
                  and ms[i].type in ("organization", "country") and hit.start - ms[i].end <= 60
                  and not any(ms[i].end <= h.start < hit.start for h in c.others)
                  and said.match(text, ms[i].end + len(text[ms[i].end :]) - len(
                      text[ms[i].end :].lstrip()))]
        if inside:
            subj = inside[-1:]
            role[subj[0]] = None
    # "Prigozhin, líder del Grupo Wagner, murió": a name after a possessive preposition
    # qualifies another; it is the subject only when no other name is
    if len(subj) > 1 and (plain := [i for i in subj if c.cues[i].role != "possessor"]):
        subj = plain
    # "Kim left the capital, Pyongyang, and arrived": a capital after a person who
    # acts is that person's object, not the government's voice
    if len(subj) > 1 and ms[subj[-1]].type == "place" and any(
            ms[i].type == "person" for i in subj[:-1]):
        subj = [i for i in subj if ms[i].type != "place"]
    # "Sisi met Burhan in Cairo and pledged support": a verb joined by "and" shares the
    # sentence's subject; the object of the first verb is not the second's subject
    joined = lex.cues.get("coordination")
    if (lex.spaced and len(subj) > 1 and joined is not None and re.search(
            f"(?:^|\\s)(?:{joined.pattern})\\s+$", text[: hit.start], re.IGNORECASE)):
        subj = subj[:1]
    # "killed in Israeli air strikes", "amid Russian shelling": a state or body right
    # before the act's noun, after a preposition, owns the act
    owner = [i for i in before if lex.spaced and ms[i].type in ("country", "organization")
             and role[i] == "location"
             and re.fullmatch(r"\s*(?:[a-z]+\s+)?", text[ms[i].end : hit.start])]
    if owner:
        subj = owner[-1:]
        role[owner[-1]] = None
    return subj


def _opens_long_clause(c: _Clause, i: int) -> bool:
    """"General X and the guards who staged a coup that overthrew President Y on July 26
    accuse Y of treason and are vowing…": a subject that opens the clause (a title at most
    before it) stays the subject past a long relative clause, with no clause break between."""
    ms, text, hit = c.ms, c.text, c.hit
    start = clause_start(text, hit.start)
    lead = text[start : ms[i].start].split()
    return (ms[i].start >= start and len(lead) <= 2 and hit.start - ms[i].end <= 220
            and not any(start <= ms[k].start < ms[i].start for k in c.before()))


def _subject_after(c: _Clause, subj: list[int]) -> list[int]:
    """The subject written after the act: the owner right after a noun ("الهجوم الإسرائيلي",
    the Israeli attack: `roles.noun_prefixes` mark the noun), or in a verb-first language the
    first unmarked name after a verb that opens its clause ("قصفت القوات الأمريكية مواقع ...":
    no subject of its own before it, after the last clause break). Empty: keep `subj`."""
    ms, role, lex, hit, text = c.ms, c.role, c.lex, c.hit, c.text
    near = [i for i in c.after() if role[i] is None and _can_act(ms[i])
            and not CLAUSE_END.search(text, hit.end, ms[i].start)]
    if lex.head_initial:
        # an adjective of a country right after the act names its owner: the act is a noun
        # ("ضربات أميركية", "frappes israéliennes")
        # (whatever preposition stands before the noun: "في غارات إسرائيلية")
        adj = [i for i in c.after() if 0 <= ms[i].start - hit.end <= 2 and _can_act(ms[i])
               and _adjective(text, ms[i], lex)]
        if adj:
            return adj[:1]
    if lex.noun_prefixes and _is_noun(hit, lex):
        owner = [i for i in near if ms[i].start - hit.end <= 2]
        if owner:
            return owner[:1]
    if lex.verb_first and lex.head_initial:
        # "دعم روسيا لكوريا الشمالية" (Russia's support for North Korea): a name right after
        # the act, with its target marked after it, is the act's owner, not its object
        owner = [i for i in near if ms[i].start - hit.end <= 2]
        if owner and any(role[k] == "target" and ms[k].start > ms[owner[0]].end
                         for k in c.after()):
            return owner[:1]
    if not lex.verb_first:
        return []
    start = _clause_start(c)
    if any(ms[i].start >= start for i in subj):
        return []  # a nominal sentence: the subject comes first ("الحوثيون أطلقوا")
    return [i for i in near if ms[i].start - hit.end <= 60][:1]


# what may stand between a clause's end and a speech verb that follows its words: an
# auxiliary or a clitic ("« … », a averti X", "…, ha advertido X", "…, s'est indigné X")
_INVERTED_LEAD = re.compile(
    r"[,»”\"—–:]\s*[-—–]?\s*(?:(?<!\w)[^\W\d]{1,4}(?:['’]|\s+)){0,2}$")
# how far the speaker's name may follow the verb (titles between: "a averti le ministre
# russe des Affaires étrangères, Sergueï Lavrov") and how much may follow the name
_INVERTED_REACH = 70
_INVERTED_TAIL = 40


def after_words_said(view: SentenceView, hit: Hit, lex: Lexicon) -> bool:
    """Does the verb follow a clause's end or a quotation ("…, a averti", "», a démenti") in a
    language that may put the speaker after it? Not after an apposition's closing comma
    ("Lavrov, le ministre russe, a averti l'Ukraine": the name before it is the subject)."""
    text = view.text
    if not lex.inverted_speech or not (m := _INVERTED_LEAD.search(text[: hit.start])):
        return False
    return not any(text[n.end : n.end + 1] == "," and text.count(",", n.end, m.start()) == 1
                   for n in view.mentions if n.end <= m.start())


def _inverted_speaker(c: _Clause) -> int | None:
    """A speech act's verb after the words said and before its speaker: "« Toute attaque
    sera punie », a averti Lavrov", "…, warned the Kremlin", "— заявил Лавров". Only a verb
    that follows a clause's end or a quotation, whose first name after it is a party and ends
    the sentence's clause; that name is its subject."""
    hit, text, ms = c.hit, c.text, c.ms
    if not claim_type(hit.type).speech or not after_words_said(c.view, hit, c.lex):
        return None
    after = [i for i in c.after() if ms[i].start - hit.end <= _INVERTED_REACH]
    if not after:
        return None
    i = after[0]
    if (c.role[i] is not None or not _can_act(ms[i])
            or re.search(r"[;:!?.]", text[hit.end : ms[i].start])):
        return None
    tail = re.split(r"[,;:.!?]", text[ms[i].end :], maxsplit=1)[0]
    return i if len(tail.strip()) <= _INVERTED_TAIL else None


def _adjective(text: str, m: LocalMention, lex: Lexicon) -> bool:
    """Is the mention a country's adjective (a demonym: "أميركية", "israéliennes")?"""
    return m.mention.how == "demonym"


def _is_noun(hit: Hit, lex: Lexicon) -> bool:
    word = hit.surface.split()[0] if hit.surface.split() else ""
    for conj in lex.word_prefixes:
        if word.startswith(conj) and any(word[len(conj):].startswith(p)
                                         for p in lex.noun_prefixes):
            return True
    return any(word.startswith(p) for p in lex.noun_prefixes)


def _clause_start(c: _Clause) -> int:
    """Where the trigger's clause begins: after the last clause break or clause opener
    (`clause_start` cue: أن, الذي) before it."""
    text, hit = c.text, c.hit
    start = 0
    for m in CLAUSE_END.finditer(text, 0, hit.start):
        start = m.end()
    opener = c.lex.cues.get("clause_start")
    for m in opener.finditer(text, start, hit.start) if opener else ():
        start = max(start, m.end())
    return start


def _epithet_agent(c: _Clause, i: int) -> bool:
    """Does name i back or arm a party in an epithet ("Hizbullah yang didukung Iran
    menyerang…", "the militia, backed by Iran, fired")? It is no subject of the verb."""
    from newsweave.claims.clauses import epithet  # (clauses reads this module's names)

    agent = c.lex.roles_before.get("agent")
    for h in c.others:
        if h.start > 0 and c.text[h.start - 1] in "-‐":
            continue  # "Rwanda-backed M23": the backer stands before, the party after
        gap = c.text[h.end : c.ms[i].start]
        if h.end <= c.ms[i].start and len(gap) <= 12 and (
                not gap.strip() or (agent is not None and agent.search(gap))) and epithet(
                c.text, h, c.lex):
            return True
    return False


def _relative_head(c: _Clause, before: list[int]) -> int | None:
    """The noun a relative clause or participle qualifies is the verb's subject, whatever
    marks it: "the guards who staged a coup", "facilities linked to the Houthis targeting
    US vessels", "kelompok Houthi yang menyerang kapal"."""
    if not before:
        return None
    i = before[-1]
    ms, lex, hit, text = c.ms, c.lex, c.hit, c.text
    gap = text[ms[i].end : hit.start]
    if len(gap) > 30 or not _can_act(ms[i]) or c.role[i] == "agent":
        return None
    link = lex.cues.get("relative_link")
    if link is not None and re.fullmatch(f"[\\s,]*(?:{link.pattern})\\s+(?:\\w+\\s+)?", gap,
                                         re.IGNORECASE):
        return i
    active = lex.cues.get("active_participle")  # "-ing": "the Houthis targeting ships"
    word = hit.surface.split()[0] if hit.surface.split() else ""
    if active is not None and active.fullmatch(word) and not gap.strip():
        return i
    return None


def _apposition(c: _Clause, i: int) -> bool:
    """Is name i inside a phrase set off by commas right after a name, before the verb ("Ali
    Saleh, the Houthi spokesman, said"; "Hezbollah, backed by Iran, fired")? Not one of a
    list ("Russia, China, and Iran attacked")."""
    ms, text, hit = c.ms, c.text, c.hit
    if ms[i].end > hit.start:
        return False
    opened = text.rfind(",", 0, ms[i].start)
    closed = text.find(",", ms[i].end, hit.start)
    if opened < 0 or closed < 0 or re.search(r"[;:.()]", text[opened:hit.start]):
        return False
    head = [k for k in range(len(ms)) if ms[k].end <= opened and _can_act(ms[k])]
    if not head or len(text[ms[head[-1]].end : opened].split()) > 2:
        return False  # ("The M23 rebels, who…": a common noun may follow the name)
    prev = [k for k in range(i) if ms[k].end <= ms[i].start]
    joined = c.lex.cues.get("coordination")
    gap = text[ms[prev[-1]].end : ms[i].start] if prev else ""
    listed = re.fullmatch(r"\s*,\s*", gap) or (joined is not None and re.fullmatch(
        f"\\s*,\\s*(?:{joined.pattern})\\s+", gap, re.IGNORECASE))
    return not listed


def _elsewhere(c: _Clause, i: int) -> bool:
    """Is a name before the verb in another clause than the verb's subject? Inside
    parentheses ("ECOWAS (CEDEAO in French and Portuguese) condemned"), in a subordinate
    clause closed by a comma ("Though Aliyev has said…, experts warned"), right after
    another verb as its object ("a coup that overthrew Bazoum … accuse Bazoum"), or the
    speaker of a reported clause ("the ministry said a strike killed 20": not for a
    statement's own verb, and not when "it" or "they" takes the speaker up again)."""
    ms, lex, hit, text = c.ms, c.lex, c.hit, c.text
    between = text[ms[i].end : hit.start]
    # (a name that fills its parentheses is the short name of the one before it: "the
    # Economic Community of West African States (ECOWAS) warned")
    wrapped = (ms[i].start > 0 and text[ms[i].start - 1] in "(（"
               and text[ms[i].end : ms[i].end + 1] in (")", "）"))
    if between.count(")") - wrapped > between.count("(") or _apposition(c, i):
        return True
    if (obj := lex.cues.get("object_pronoun")) is not None and not hit.nominal and (
            breaks := list(CLAUSE_END.finditer(between))) and re.fullmatch(
            rf"\s*(?:\w+\s+)?(?:{obj.pattern})\s*", between[breaks[-1].end() :], re.IGNORECASE):
        # "Базум отметил, что его взяли в заложники": the verb's object is a pronoun, its
        # subject unnamed; the name of the clause before is no subject of it
        return True
    if "," in between or "，" in between:
        sub = lex.cues.get("subordinate_before")
        opening = text[: ms[i].start]
        cut = max(opening.rfind(p) for p in ",;:(—")
        lead = opening[cut + 1 :].lstrip()
        if sub is not None and sub.match(lead):
            return True
    # (but "accused Pyongyang of supplying", "обвинил Израиль в нанесении удара": an object
    # is the subject of its complement)
    # ("Iran-backed Hezbollah": a participle glued to a name is no verb)
    if any(0 <= ms[i].start - h.end <= 20 and h.end <= ms[i].start and not h.nominal
           and text[max(0, h.start - 1) : h.start] not in ("-", "‐")
           and not CLAUSE_END.search(text, h.end, ms[i].start) for h in c.others) and not (
            re.fullmatch(r"\s+(?:\S+\s+){1,2}", between)):
        return True
    return _reported_by(c, i)


def _reported_by(c: _Clause, i: int) -> bool:
    """Is name i only the speaker of the clause the verb is in ("the ministry said 20 people
    were killed", "Kyiv said the drones were shot down")? Not when "it"/"they" takes the
    speaker up again or, as languages that drop subjects do, nothing stands for another
    subject ("Hamas said it had accepted", "Korea Utara mengatakan akan mengirim"); the dead
    are never the speaker's without such a word."""
    ms, lex, hit, text = c.ms, c.lex, c.hit, c.text
    speech = lex.cues.get("speech")
    row = claim_type(hit.type)
    if speech is None or row.speech or hit.nominal:
        return False
    between = text[ms[i].end : hit.start]
    light = lex.cues.get("light_verb")  # "claimed responsibility for": no speech
    lights = [(m.start(), m.end()) for m in light.finditer(between)] if light else []
    pron, start = lex.cues.get("self_pronoun"), lex.cues.get("object_start")
    for m in speech.finditer(between):
        if any(a <= m.start() < b for a, b in lights):
            continue
        lo = ms[i].end + m.end()
        if any(lo <= ms[k].start < hit.start and c.cues[k].role is None
               for k in range(len(ms))):
            return True  # "X said Y attacked": Y is the subject
        rest = text[lo : hit.start]
        if pron is not None and pron.search(rest):
            continue
        if row.actor_is_side or any(lo <= q.start < hit.start for q in c.view.quantities) or (
                start is not None and start.search(rest)) or any(
                lo <= h.start < hit.start for h in c.others):
            return True
    return False


# (an elided article may end the gap: "l'offensive éclair d'Israël")
_OWNER_GAP = re.compile(r"(?:['’]s)?(?:[\s\-]+[^\W\d_][\w\-]*){0,3}[\s\-]*"
                        r"(?<=[\s\-])(?:[^\W\d_]{1,2}['’])?|(?:['’]s)?[\s\-]*", re.UNICODE)


def _subject_of_noun(c: _Clause) -> list[int]:
    """Preposition languages, a noun trigger: its owner next to it (before it: "Russia's
    missile attack", "Houthi drone attacks", "российский удар"; after it where the language
    puts it: "serangan Houthi", "удар Израиля", "cuộc tấn công của Nga"), else the subject of
    a light verb that governs it ("the US launched a wave of strikes", "melancarkan serangan",
    "нанесли удар"). Neither: the noun names an act without its actor ("confirmed the
    attack"); the agent ("attacks by the Houthis") is found as for a passive."""
    ms, role, lex, hit, text = c.ms, c.role, c.lex, c.hit, c.text
    if c.owner is not None:  # "el ataque de Rusia", "un bombardeo israelí" (_possessor)
        c.owned = True
        return [c.owner]
    if "before" in lex.noun_owner:
        # (a preposition before the owner governs the whole phrase: "killed in Israeli
        # air strikes")
        near = [i for i in c.before() if _can_act(ms[i]) and hit.start - ms[i].end <= 40]
        if near and _owner_gap(c, ms[near[-1]].end, hit.start):
            c.owned = True
            return near[-1:]
    if "after" in lex.noun_owner:
        near = [i for i in c.after() if role[i] in (None, "possessor") and _can_act(ms[i])
                and ms[i].start - hit.end <= 30]
        if near and _owner_gap(c, hit.end, ms[near[0]].start, after=True):
            c.owned = True
            return near[:1]
    light = lex.cues.get("light_verb")
    if light is None:
        return []
    lead = text[max(0, hit.start - 60) : hit.start]
    last = None
    for last in light.finditer(lead):  # noqa: B007 - the one nearest the noun
        pass
    if last is None or re.search(r"[;:；：。]", lead[last.end() :]):
        return []  # (a list of modifiers "missile, ship and aircraft attacks" keeps commas)
    lo = hit.start - len(lead)
    verb = _replace(hit, start=lo + last.start(), end=lo + last.end(), nominal=False)
    if any(m.start >= verb.end and m.end <= hit.start for m in ms):
        return []  # "launched drones at Israel's attacks": a name between is the verb's
    subj = _subject_by_order(_replace(c, hit=verb, role=dict(c.role)))
    c.owned = bool(subj)  # the light verb's grammar names who acts ("carried out an exchange")
    return subj


def _participle_agent(c: _Clause) -> int | None:
    """ru, uk: a passive participle before the noun names its agent in the instrumental,
    right after it: "начатых Азербайджаном во вторник мероприятий", "нанесённых Россией
    ударов" (the strikes Russia launched). The agent owns the act; a date or place may stand
    between it and the noun, not a clause's end."""
    participle = c.lex.cues.get("participle_agent")
    if participle is None:
        return None
    ms, text, hit = c.ms, c.text, c.hit
    for i in reversed(c.before()):
        if hit.start - ms[i].end > 40 or CLAUSE_END.search(text, ms[i].end, hit.start):
            break
        lead = text[max(0, ms[i].start - 30) : ms[i].start]
        word = re.search(r"(\w+)\s+$", lead)
        if word and _can_act(ms[i]) and participle.fullmatch(word.group(1)):
            return i
    return None


def _in_setting(c: _Clause) -> bool:
    """Does a scene-setting word ("in a", "dalam", "trong một") govern the noun trigger?"""
    setting = c.lex.cues.get("setting_before")
    lead = c.text[max(0, c.hit.start - 30) : c.hit.start]
    return setting is not None and any(
        re.fullmatch(r"\s+(?:[\w\-]+\s+){0,2}", lead[m.end() :]) for m in setting.finditer(lead))


def _owner_gap(c: _Clause, lo: int, hi: int, after: bool = False) -> bool:
    """Do only a possessive 's, a "của"-like marker and a few modifiers stand between a name
    and a noun trigger ("Russia's massive missile attack")? Not a verb, a speech word or
    another trigger ("Russia condemned the attacks", "Kyiv says attacks…")."""
    gap = c.text[lo:hi]
    if CLAUSE_END.search(gap) or not _OWNER_GAP.fullmatch(gap):
        return False
    if any(lo <= h.start < hi for h in c.others):
        return False
    lex = c.lex
    setting = lex.cues.get("setting_before")
    if not after and (any(p.search(gap + " ") for p in lex.roles_before.values())
                      or (setting is not None and setting.search(gap))):
        return False  # "defeated Hamas in a swift attack": Hamas is the verb's, not the act's
    for name in ("speech", "light_verb", "verb_before", "passive_before"):
        pat = lex.cues.get(name)
        if pat is not None and pat.search(gap):
            return False
    verb = lex.cues.get("passive_participle")  # en: "-ed" words are verbs, not modifiers
    return after or verb is None or not any(verb.fullmatch(w) for w in gap.split())


def _verb_second(lex: Lexicon) -> bool:
    return get_pack(lex.code).word_order == "V2"


def _order_verb_second(c: _Clause) -> tuple[list[int], list[int]]:
    """Verb-second languages (German): a main clause has one phrase before its finite verb,
    so several names before the trigger in its clause mean a verb bracket ("Russland hat
    Kiew angegriffen") or a verb-final clause ("…, dass Russland Kiew angriff"): the first is
    the subject, the next its object. With no name before it in the clause, the subject
    follows the verb ("Am Montag griff Russland Kiew an", "Angriff Russlands auf Kiew").
    Returns (subject, objects)."""
    ms, role, hit, text = c.ms, c.role, c.hit, c.text
    start, end = clause_start(text, hit.start), clause_end(text, hit.end)
    before = [i for i in c.before() if ms[i].start >= start and role[i] is None]
    after = [i for i in c.after() if ms[i].end <= end and role[i] is None]
    acting = [i for i in before if _can_act(ms[i])]
    if not before and (named := _apposition_before(c, start)) is not None:
        # "Der Chef der Garde, Abdourahamane Tchiani, bezeichnete sich …": the name set off by
        # commas right before the verb is its subject's apposition, the subject itself
        return [named], [i for i in after if i != named][:1] + _marked_targets(c, start)
    aux = _last_auxiliary(c, start)
    if aux is not None and (mid := [i for i in before if ms[i].start >= aux]):
        # a verb bracket: "X hat Y angegriffen"; with no name before the auxiliary the
        # subject stands right after it ("Am Montag hat Russland Kiew angegriffen") unless a
        # common noun does ("Im Niger hat das Militär Präsident Bazoum gestürzt")
        pre = [i for i in acting if ms[i].end <= aux]
        if pre and _fronted_phrase(c, start, ms[pre[0]].start):
            pre = []  # "In dem … Jemen haben sich die Huthis …": one phrase stands first
        if not pre and _can_act(ms[mid[0]]) and _only_article(text[aux:ms[mid[0]].start]):
            pre, mid = mid[:1], mid[1:]
        marked = _marked_targets(c, start)
        return pre[:1], (mid + [i for i in after if i not in mid])[:1] + marked
    if acting:
        subj = acting[:1]
        rest = [i for i in before + after
                if i not in _group(c, subj[0], backwards=False) and i != subj[0]]
    elif not before and (acts := [i for i in after if _can_act(ms[i])]):
        subj = acts[:1]
        rest = [i for i in after if i not in _group(c, subj[0], backwards=False)]
    else:
        subj = _subject_by_order(c)
        rest = before + after
    return subj, rest[:1] + _marked_targets(c, start)


def _apposition_before(c: _Clause, start: int) -> int | None:
    """Verb-second: a verb that opens its clause right after a comma, the comma closing a
    name set off by commas alone ("…, Abdourahamane Tchiani, bezeichnete …"): that name."""
    text = c.text
    if start == 0 or text[start - 1] != "," or text[start : c.hit.start].strip():
        return None
    lo = clause_start(text, start - 1)
    if lo == 0 or text[lo - 1] != ",":
        return None
    inside = [i for i in c.before() if lo <= c.ms[i].start and c.ms[i].end < start]
    if len(inside) != 1 or not _can_act(c.ms[inside[0]]) or c.role[inside[0]] is not None:
        return None
    m = c.ms[inside[0]]
    # the segment is the name and nothing else (no clause of its own: "…, dass X angriff,")
    return inside[0] if not (text[lo:m.start].strip() or text[m.end : start - 1].strip()) else None


def _marked_targets(c: _Clause, start: int) -> list[int]:
    """Names a goal preposition marks, after the verb or before it in its clause."""
    ms, role, hit = c.ms, c.role, c.hit
    marked = [i for i in c.after() if role[i] == "target" and ms[i].start - hit.end <= 80]
    return marked + [i for i in c.before() if role[i] == "target"
                     and hit.start - ms[i].end <= 60 and ms[i].start >= start]


def _only_article(gap: str) -> bool:
    """Nothing, or one short lower-case word (an article: "hat die USA"), between two words;
    a reflexive may come first ("haben sich die Huthis")."""
    words = gap.split()
    if words and words[0] == "sich":
        words = words[1:]
    return not words or (len(words) == 1 and words[0].islower() and len(words[0]) <= 4)


def _fronted_phrase(c: _Clause, start: int, name_start: int) -> bool:
    """Does the clause open with a prepositional phrase that holds the name ("In dem ans Rote
    Meer grenzenden Jemen haben …")? A verb-second clause has one phrase before its verb,
    and this one is no subject."""
    words = c.text[start:name_start].lstrip(" \t\n\"„“”'«»(").split()
    # (the role patterns read a preposition at the end of what they are given)
    return len(words) > 1 and any(p.search(words[0] + " ")
                                  for p in c.lex.roles_before.values())


def _last_auxiliary(c: _Clause, start: int) -> int | None:
    """The end of the last auxiliary (`auxiliary` cue: hat, wird, will) between the clause's
    start and the trigger: where a verb bracket opens."""
    pat = c.lex.cues.get("auxiliary")
    last = None
    for m in pat.finditer(c.text, start, c.hit.start) if pat else ():
        last = m.end()
    return last


def _embedded_subject(c: _Clause, subj: list[int]) -> tuple[list[int], list[int]]:
    """북한이 무기를 이전한 것을 비난 / 北朝鮮が…したことを非難: the subject of a clause the verb
    takes as its object is that clause's, a target of the verb; the verb's own subject is
    further back. Returns (subject, embedded subjects)."""
    ms, role, lex, hit, text = c.ms, c.role, c.lex, c.hit, c.text
    closer = lex.cues.get("clause_object")
    if lex.clause_subject and closer:
        # the clause's subject is marked as its own (Turkish genitive: "Rusya'nın
        # saldırdığını kınadı"): a nominalised trigger takes it as its subject, a verb
        # after such a clause as a target, and keeps its own subject
        gen = [i for i in c.before() if role[i] == lex.clause_subject and _can_act(ms[i])
               and hit.start - ms[i].end <= 60]
        relative = [m for m in closer.finditer(text, 0, hit.start)
                    if not text[m.end() : hit.start].strip()]
        if closer.search(hit.surface) or relative:
            # the trigger is the nominalised verb, or the noun a relative clause qualifies
            # ("İsrail'in Refah'a düzenlediği saldırılar"): the genitive is its subject
            return (gen[-1:] or subj), []
        inner = [i for i in gen if closer.search(text, ms[i].end, hit.start)]
        return subj, inner[-1:]
    if not (lex.roles_after and subj and closer
            and closer.search(text, ms[subj[-1]].end, hit.start)):
        return subj, []
    topic = lex.cues.get("topic_marker")
    marked = text[: c.cues[subj[-1]].after]
    if topic and not hit.nominal and re.search(f"(?:{topic.pattern})\\s*$", marked):
        # アリエフ大統領は、勝利したことを受けて…訪問 / 러시아는 …한 것을 부인: the topic
        # (は, 은/는) is the main verb's subject; only が, 이/가 open the embedded clause
        return subj, []
    embedded = [subj[-1]]
    subj = [i for i in subj[:-1] if not closer.search(text, ms[i].end, ms[subj[-1]].start)]
    if not subj:  # "워싱턴, 서울, 도쿄 … 북한이 …한 것을 비난": the names before that clause
        subj = [i for i in c.before() if role[i] is None and _can_act(ms[i])
                and ms[i].end <= ms[embedded[0]].start][-1:]
    return subj, embedded


def _objects_by_particles(c: _Clause, owners: list[int],
                          quoted: tuple[int, int] | None) -> list[int]:
    """ja, ko: goal and object markers before the verb, in any order with the subject."""
    ms, cues, role, hit = c.ms, c.cues, c.role, c.hit
    before, after, usable = c.before(), c.after(), c.usable()
    reach = 60 if c.lex.spaced else 40  # words are longer where spaces part them
    objs = [i for i in before if role[i] == "target" and hit.start - ms[i].end <= reach]
    objs += owners[-1:]  # 北朝鮮とロシアの軍事協力を非難: whose cooperation is the target
    if c.lex.possessor_of_verb == "target" and not hit.nominal:
        objs += [i for i in before if role[i] == "possessor" and hit.start - cues[i].after <= 14]
    objs += [i for i in usable if role[i] is None and 0 <= hit.start - cues[i].after <= 1]
    if not objs:
        objs = [i for i in after if role[i] == "target" and ms[i].start - hit.end <= 12]
    if quoted is not None:
        # 「北朝鮮兵がウクライナに対する戦闘に参加すれば…」と警告した: the quotation's own
        # objects are its content; whom it is about is its subject
        inside = [i for i in usable if quoted[0] < ms[i].start < quoted[1]]
        objs = [i for i in objs if i not in inside] + [
            i for i in inside if role[i] == "actor" and _can_act(ms[i])][:1]
    return objs


def _objects_by_order(c: _Clause, subject: list[int] = (), noun: bool = False) -> list[int]:
    """Preposition languages: a goal preposition's name, the direct object right after the
    verb first ("accused Pyongyang of…"), or right after a subject that follows the verb. A
    noun has no direct object: a name right after it is its owner ("serangan Houthi"); its
    target takes a preposition ("attack on Kyiv")."""
    ms, role, hit = c.ms, c.role, c.hit
    before, after = c.before(), c.after()
    # (a person "at" someone is whom the act goes to: "a envoyé un message à Poutine")
    objs = [i for i in after if (role[i] == "target" or (
        role[i] == "location" and ms[i].type == "person")) and ms[i].start - hit.end <= 80]
    if noun and c.owner is None:
        return objs
    # a verb that opens its clause has no object before it ("فرض عقوبات على روسيا، فيما قصفت")
    # (an owner after the noun, "a visita de Putin a Pyongyang": the next bare name is
    # its goal, as a verb's object)
    start = _clause_start(c) if c.lex.verb_first else 0
    objs += [i for i in before if role[i] == "target" and hit.start - ms[i].end <= 30
             and ms[i].start >= start]
    end = max([hit.end] + [ms[i].end for i in subject if ms[i].start >= hit.end])
    # (a possessor after the verb owns its object: "bombardé des positions des Houthis"; its
    # role is by now the phrase's, none here: _possessor)
    direct = [i for i in after if role[i] is None and i not in subject and (
        ms[i].start - end <= (30 if not objs else 12)
        or (c.cues[i].role == "possessor" and ms[i].start - end <= 30))
        and (claim_type(hit.type).speech  # "warned, that North Korean troops…"
             or not CLAUSE_END.search(c.text, hit.end, ms[i].start))]
    return direct[:1] + objs


def _partners(c: _Clause, subject: list[int], target: list[int]) -> list[int]:
    """"with X", "Xと": a partner sits in the verb's clause, before the verb in ja/ko, mostly
    after it elsewhere."""
    ms, hit = c.ms, c.hit
    if c.lex.roles_after:
        def near(i: int) -> bool:
            return 0 <= hit.start - ms[i].end <= 30
    else:
        def near(i: int) -> bool:
            # "met on Friday in Moscow with X": a date and a place may stand between, as long
            # as no punctuation closes the clause
            gap = ms[i].start - hit.end
            return (0 <= gap <= 40 or 0 <= hit.start - ms[i].end <= 20
                    or (0 <= gap <= 90 and _only_when_and_where(c, hit.end, ms[i].start)))
    listed = [k for s in subject for k in _group(c, s, backwards=True)]
    return [i for i in c.usable() if c.role[i] == "partner" and i not in subject
            and i not in target and near(i) and i not in listed]


def _only_when_and_where(c: _Clause, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a short clause once its dates and names are taken out ("…se nesta
    sexta-feira (1º) em Moscou com…")? Then what follows still belongs to the verb."""
    if CLAUSE_END.search(c.text, lo, hi):
        return False
    spans = [(t.start, t.end) for t in c.view.times] + [(m.start, m.end) for m in c.ms]
    rest = "".join(ch for k, ch in enumerate(c.text[lo:hi], lo)
                   if not any(a <= k < b for a, b in spans))
    return len(rest) <= 40


def _passive(c: _Clause, subject: list[int], target: list[int], agents: list[int],
             partner_is_actor: bool) -> tuple[list[int], list[int]]:
    """A passive clause: the agent (被俄罗斯 / by Russia / oleh Rusia) acts and the subject
    suffers. With no agent, "Ukraine was attacked" has no actor; but in "North Korean troops
    were sent" the subject is the thing moved and its owner did the sending (`passive_owner`
    in the claim-type table)."""
    if agents:
        # "Київ був атакований Росією": a place before the verb is what suffered, though it
        # could not have been the subject of the active verb
        patients = [i for i in subject + target if i not in agents] or [
            i for i in c.before() if c.role[i] is None and c.ms[i].type in PLACE_TYPES]
        return agents, patients
    if not partner_is_actor and not claim_type(c.hit.type).passive_owner:
        return [], subject + target
    return subject, target


def _side(c: _Clause, subject: list[int], target: list[int], agents: list[int],
          passive: bool) -> tuple[list[int], list[int], list[int]]:
    """The side that lost people (the dead, the wounded, deserters), not who hurt them:
    "Israeli strikes killed 20 Palestinians" (the object), "20 soldiers were killed by
    Russia" (the subject, not the agent), "20 Israeli soldiers died" (the subject). Returns
    the side, no targets, and the perpetrators (every agent of the sentence among them)."""
    ms, text, hit = c.ms, c.text, c.hit
    perps = list(agents) + [i for i in c.usable() if c.role[i] == "agent" and i not in agents]
    # (a place named as the cause is where they died: "akibat letusan Gunung Marapi")
    perps += [i for i in c.usable() if i not in perps and ms[i].type != "place" and _cause(c, i)]
    if passive:
        side = target if agents else subject
    elif _victims_follow(c):
        # who opens the clause did it ("Israeli strikes killed 20"); a name after another
        # verb is what that verb hit ("the quake struck Myanmar, killing 1,000")
        perps += [i for i in subject if i not in perps and _opens_clause(c, i)]
        side = [i for i in target if c.role[i] is None]
    else:
        side = subject
    # a place hit stays: where they died ("air strikes on Rafah") when no side is named
    places = [i for i in target + c.after() if ms[i].type == "place" and i not in side
              and (i in target or ((c.role[i] in ("target", "location") or _cause(c, i))
                                   and ms[i].start - hit.end <= 80
                                   and not re.search(r"[;:.。]", text[hit.end : ms[i].start])))]
    # (a place cannot act; named as the side, it is where they died: "tewas akibat letusan
    # Gunung Marapi")
    places = list(dict.fromkeys(places + [i for i in side if ms[i].type == "place"]))
    return [i for i in side if i not in perps], places, perps


def _cause(c: _Clause, i: int) -> bool:
    """Is name i the cause of the loss ("as a result of Russia's strikes", "в результате
    начатых Азербайджаном операций", "akibat serangan Israel"): who hurt them, not their side?"""
    cause = c.lex.cues.get("cause_before")
    if cause is None:
        return False
    window = c.text[max(0, c.ms[i].start - 60) : c.ms[i].start]
    tail = r"\s+(?:[\w.\-'\"«»]+\s+){0,3}$" if c.lex.spaced else r"[^\s,，、。]{0,6}$"
    return re.search(f"(?:{cause.pattern}){tail}", window, re.IGNORECASE) is not None


def _opens_clause(c: _Clause, i: int) -> bool:
    """Does name i open its clause, as a subject does (only capitalised words, numbers or a
    determiner before it since the last comma)?"""
    lead = re.split(r"[,;:，、；：]", c.text[: c.ms[i].start])[-1]
    start = c.lex.cues.get("object_start")
    words = [w for w in re.findall(r"[^\W\d_][\w\-']*", lead)
             if w[:1].islower() and not (start is not None and start.fullmatch(w))]
    return not words


def _victims_follow(c: _Clause) -> bool:
    """Does an active verb take the people it hurt as its object ("killed 20 Palestinians",
    "killing at least 68", "menewaskan 12 orang", "погибли семь человек")?"""
    hit, text = c.hit, c.text
    starts = [q.start for q in c.view.quantities] + [
        m.start for i, m in enumerate(c.ms) if c.cues[i].role is None] + [
        hit.end + d.start() for d in re.finditer(r"\d", text[hit.end : hit.end + 17])]
    return any(0 <= s - hit.end <= 16 and not CLAUSE_END.search(text, hit.end, s)
               for s in starts)


def _relative_clause_end(c: _Clause) -> int | None:
    """Spaced languages: where the relative clause the trigger stands in closes ("X, who
    led the coup in June, lived in Y": the comma after June), when a comma and a
    `relative_open` word open it; else None."""
    link = c.lex.cues.get("relative_open")
    if link is None or not c.lex.spaced or c.lex.roles_after:
        return None
    start = clause_start(c.text, c.hit.start)
    if start == 0 or c.text[start - 1] != ",":
        return None
    if not link.match(c.text, start + len(c.text[start:]) - len(c.text[start:].lstrip())):
        return None
    m = CLAUSE_END.search(c.text, c.hit.end)
    return m.start() if m else None


def _place(c: _Clause, roles: Roles, target: list[int], partner_is_actor: bool) -> None:
    """The place of the act: the location-marked name nearest the trigger (モスクワで会談: for a
    meeting, a place among its targets is where it was held, not a party), and the place it
    started from."""
    ms = c.ms
    locs = [i for i in c.usable() if c.role[i] == "location" and ms[i].type in PLACE_TYPES
            and ms[i] not in roles.actors]
    if (end := _relative_clause_end(c)) is not None:
        # "X, que liderou um golpe em junho, estava exilado em Y": Y is where X lived after,
        # not where the relative clause's act happened
        locs = [i for i in locs if ms[i].start < end]
    if partner_is_actor:
        locs += [i for i in target if ms[i].type == "place"]
        roles.targets = [m for m in roles.targets if m.type != "place"]
    if locs:
        # a place is where it happened more precisely than a country or a body named nearer
        # ("murieron en un bombardeo israelí en Rafah")
        nearest = min(locs, key=lambda i: (ms[i].type != "place",
                                           abs(ms[i].start - c.hit.start)))
        roles.location = ms[nearest]
    # "evacuated from Kursk", "クルスクから避難": where the people came from
    froms = [i for i in c.usable() if c.role[i] == "source" and ms[i].type in ("place", "country")
             and abs(ms[i].start - c.hit.start) <= 60]
    if froms:
        roles.origin = ms[min(froms, key=lambda i: abs(ms[i].start - c.hit.start))]


def _left_and_goal(c: _Clause, roles: Roles, target: list[int], subject: list[int]) -> None:
    """"fled Karabakh to Armenia", "quittent Gaza pour l'Égypte": the place a crowd leaves is
    the verb's direct object, where it goes is the goal-marked name. The place left is the
    origin (whose people they are), the goal the target."""
    ms, role, hit = c.ms, c.role, c.hit
    goals = [i for i in c.after() if role[i] == "target" and ms[i].start - hit.end <= 80
             and i not in subject and ms[i].type in PLACE_TYPES]
    # "refugees arrived in Armenia", "llegaron a Armenia": the trigger ends with its own
    # preposition, and the place right after it is where they went, not where they were
    inside = [i for i in c.after() if role[i] in ("location", "target")
              and ms[i].start - hit.end <= 6 and ms[i].type in ("place", "country")
              and (p := _nearest_preposition(c.text[hit.start : ms[i].start], c.lex))
              and p[0] < hit.end - hit.start]
    if inside and not goals:
        goals = inside[:1]
        if roles.location is ms[inside[0]]:
            roles.location = None
    left = [i for i in target if role[i] is None and ms[i].start >= hit.end
            and ms[i].type in ("place", "country")]
    if not goals or not (left or inside):
        return
    if roles.origin is None and left:
        roles.origin = ms[left[0]]
    roles.targets = [ms[i] for i in goals if ms[i] not in roles.actors]


def _converb(c: _Clause, h: Hit) -> bool:
    """Is the trigger a converb (Turkish kaçarken "while fleeing", -ıp, -arak: `converb`),
    whose clause leans on the verb after it?"""
    pat = c.lex.cues.get("converb")
    word = h.surface.split()[-1] if h.surface.split() else ""
    return pat is not None and bool(word) and any(
        m.end() == len(word) for m in pat.finditer(word))


def _shared_subject(view: SentenceView, c: _Clause, lex: Lexicon,
                    exclude: frozenset[int]) -> list[int]:
    """"the guards will return to camp after seizing the base", "akan kembali ke kamp
    setelah merebut markas": a verb right after a subordinator (after, setelah, sau khi), with
    no subject of its own, shares the subject of the verb before it in the same clause."""
    sub, hit, text = lex.cues.get("subordinate_before"), c.hit, c.text
    if sub is None or not re.search(f"(?:^|\\s)(?:{sub.pattern})\\s+$",
                                    text[max(0, hit.start - 24) : hit.start], re.IGNORECASE):
        return []
    prev = [h for h in c.others if h.end <= hit.start and not h.nominal
            and not CLAUSE_END.search(text, h.end, hit.start)]
    if not prev:
        return []
    p = max(prev, key=lambda h: h.end)
    c2 = _clause(view, p, lex, exclude)
    c2.others = tuple(h for h in (*c.others, hit) if h is not p)
    ids = {id(c2.ms[i].mention) for i in _subject_by_order(c2)}
    return [i for i in c.before() if id(c.ms[i].mention) in ids]
