"""Step 4, dating: the date of a claim is the sentence's own date nearest the trigger, else
the running paragraph's (`DateContext`) when it told of the same parties.

Never the publication date by default: a claim with no date in its sentence or context gets
none, and the caller may still show the document's date beside it. A claim dated long before
its document was published is background history, kept with low confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from newsweave.claims.lexicon import Lexicon, lexicon
from newsweave.claims.triggers import Hit
from newsweave.claims.view import LocalTime, SentenceView
from newsweave.lang import get_pack
from newsweave.lang.scripts import LETTER
from newsweave.model import DateValue, Document
from newsweave.patterns import longest_first

BAD_PROBLEMS = frozenset({"impossible_date", "garbled"})
CLAUSE_MARKS = ",;、，；"


def usable(t: LocalTime) -> bool:
    return bool(t.time.value) and t.time.problem not in BAD_PROBLEMS


def unresolved(t: LocalTime) -> bool:
    """A time the sentence states that we cannot place ("on the night of January 17" in an
    undated article): the sentence tells of its own time, so no other date stands for it."""
    return not t.time.value or t.time.problem == "garbled"


@dataclass(frozen=True, slots=True)
class OtherAct:
    """Words that open or close a phrase about another act at another time (`dates.yaml`
    `other_act_before`/`other_act_after`)."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


@cache
def other_act(lang: str | None) -> OtherAct:
    pack = get_pack(lang)
    data = pack.data("dates")
    start = f"(?<!{LETTER})" if pack.word_spacing else ""
    end = f"(?!{LETTER})" if data.get("boundary_end", True) else ""

    def words(key: str) -> re.Pattern[str] | None:
        ws = sorted({str(w) for w in data.get(key) or () if w}, key=longest_first)
        if not ws:
            return None
        alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)
        return re.compile(f"{start}(?:{alt}){end}", re.IGNORECASE)

    return OtherAct(words("other_act_before"), words("other_act_after"))


def clause_cut(text: str, lo: int, hi: int, lex: Lexicon | None) -> bool:
    """Is there a clause boundary between lo and hi (a comma, "and")?"""
    between = text[lo:hi]
    return any(c in between for c in CLAUSE_MARKS) or (lex is not None and bool(
        (co := lex.cues.get("coordination")) and co.search(between)))


def of_other_act(view: SentenceView, t: LocalTime, start: int, end: int,
                 lex: Lexicon | None) -> bool:
    """Does time `t` stand outside the phrase about another act that holds the trigger
    (`start`–`end`)? "returned home on the 17th after completing his visit", "Following an
    offensive by X, a depot exploded on Monday", "会談後、13日に…": the visit, the offensive
    and the talks are not of that day."""
    words = other_act(view.lang)
    text = view.text
    if words.before is not None:
        if t.end <= start:  # the time, then "after …trigger" in one phrase
            for c in words.before.finditer(text, t.end, start):
                if not clause_cut(text, c.end(), start, lex):
                    return True
        elif t.start >= end and clause_cut(text, end, t.start, lex):
            # "after …trigger, … the time": the phrase ends before the time's clause
            for c in words.before.finditer(text, 0, start):
                if not clause_cut(text, c.end(), start, lex):
                    return True
    if words.after is not None and t.start >= end:  # "trigger … 後、 the time"
        for c in words.after.finditer(text, end, t.start):
            if not clause_cut(text, end, c.start(), lex):
                return True
    return False


@cache
def _year_names(lang: str | None) -> re.Pattern[str] | None:
    pattern = str(get_pack(lang).data("dates").get("year_names_after") or "")
    return re.compile(pattern) if pattern else None


def names_thing(view: SentenceView, t: LocalTime) -> bool:
    """A bare year glued to the noun it names (令和6年能登半島地震): it dates that, not the act."""
    pat = _year_names(view.lang)
    return (pat is not None and len(t.time.value or "") == 4
            and pat.match(view.text, t.end) is not None)


def reference(view: SentenceView, t: LocalTime, lex: Lexicon) -> bool:
    """A time that only anchors a comparison ("first since April 2019", "24年ぶり")."""
    before = lex.cues.get("date_reference_before")
    after = lex.cues.get("date_reference_after")
    text = view.text
    lead = text[max(0, t.start - 12) : t.start]
    if before and any(not lead[m.end() :].strip() for m in before.finditer(lead)):
        return True
    if before and before.match(text, t.start):  # the time's own words: "sejak April 2019"
        return True
    end = t.end + len(text[t.end :]) - len(text[t.end :].lstrip(" "))  # "2000 yılından bu yana"
    return bool(after and after.match(text, end, min(len(text), end + 10)))


def sentence_date(view: SentenceView, pos: int, lex: Lexicon | None = None,
                  end: int | None = None) -> DateValue | None:
    """The usable time expression of the sentence closest to local position `pos` (a
    trigger's start; `end` its end), leaving out times that only anchor a comparison and
    times of the main clause when the trigger tells of another act ("after the visit")."""
    stop = pos if end is None else end
    ts = [t for t in view.times if usable(t) and not (lex and reference(view, t, lex))
          and not (lex and of_other_act(view, t, pos, stop, lex))]
    if not ts:
        return None
    if len(named := [t for t in ts if names_thing(view, t)]) < len(ts):
        ts = [t for t in ts if t not in named]  # another date of the sentence dates the act

    def distance(t: LocalTime) -> int:
        lo, hi = (t.end, pos) if t.end <= pos else (pos, t.start)
        # a time across a clause boundary ("on the 10th and arrived on the 12th") belongs
        # to the other clause's verb
        cut = clause_cut(view.text, lo, hi, lex)
        return abs(hi - lo) + (40 if cut else 0)

    best = min(ts, key=lambda t: (distance(t), -len(t.time.value or "")))
    for t in ts:  # "the night of January 17 to 18": a span is dated by its first day
        if lex is not None and _spans(view, t, best, lex):
            best = t
            break
    return DateValue(best.time.value or "", best.time.surface)


def _spans(view: SentenceView, a: LocalTime, b: LocalTime, lex: Lexicon | None = None) -> bool:
    """Do times a and b bound one span ("January 17 to 18", "17–18 января")?"""
    span = (lex or lexicon(view.lang)).cues.get("date_range")
    return span is not None and a.end <= b.start and bool(
        span.fullmatch(view.text[a.end : b.start].strip(" ,")))


@dataclass(frozen=True, slots=True)
class Dating:
    date: DateValue | None
    from_context: bool  # the paragraph's date, not the sentence's own
    confidence: float  # what the date adds: a dated claim is worth more on a timeline


def date_claim(view: SentenceView, hit: Hit, lex: Lexicon, parties: set[str],
               context_date: Callable[[set[str]], DateValue | None] | None) -> Dating:
    """The sentence's date nearest the trigger, else the context's for these parties. A
    sentence that states a time of its own takes no other: one we cannot place, or one that
    belongs to another act than this trigger's, leaves the claim undated."""
    date = sentence_date(view, hit.start, lex, hit.end)
    if date is not None:
        return Dating(date, False, 0.1)
    if any(unresolved(t) or of_other_act(view, t, hit.start, hit.end, lex)
           for t in view.times):
        return Dating(None, False, 0.0)
    if context_date is not None:
        date = context_date(parties)
        return Dating(date, date is not None, 0.05 if date else 0.0)
    return Dating(None, False, 0.0)


def background_penalty(date: DateValue | None, published: str | None, lex: Lexicon) -> float:
    """A claim dated more than `background_months` before publication tells history ("visited
    Beijing in 2018"), not the news: it loses most of its confidence."""
    if date and published and months(published) - months(date.value) > lex.background_months:
        return -0.4
    return 0.0


def months(value: str) -> int:
    """Months since year 0 of a YYYY[-MM[-DD]] value."""
    try:
        y = int(value[:4])
        m = int(value[5:7]) if len(value) >= 7 else 6  # a bare year: its middle
    except ValueError:
        return 0
    return y * 12 + m


def paragraph_break(document: Document, prev: SentenceView, cur: SentenceView) -> bool:
    """A blank line between two sentences starts a new paragraph. (Single line breaks are
    often mere wrapping, in machine-translated copies even inside a sentence.)"""
    gap = document.original_text[prev.sentence.end : cur.sentence.start]
    return gap.count("\n") >= 2


class DateContext:
    """The last date stated in the running paragraph, carried from sentence to sentence; it
    fades after `span` sentences that state no date of their own."""

    def __init__(self, span: int = 4) -> None:
        self.span = span
        self.paragraph: DateValue | None = None  # last date in this paragraph
        self.previous: DateValue | None = None  # last date of the previous sentence
        self.age = 0
        self.parties: set[str] = set()
        self.scene = False  # the running date dated no claim: it only set the scene
        self.persons: set[str] = set()
        self.speakers: set[str] = set()  # who spoke in the running report
        # the last paragraph's date and people: a new paragraph that names one of them
        # ("Blinken said … on the 31st. ¶ Blinken also noted …") goes on with its report
        self.carried: DateValue | None = None
        self.carried_people: set[str] = set()

    def advance(self, view: SentenceView, new_paragraph: bool) -> None:
        """Call before handling `view`."""
        if new_paragraph and self.paragraph is not None:
            self.carried = self.paragraph
            self.carried_people = self.persons | self.speakers
        if new_paragraph or self.age >= self.span:
            self.paragraph = None

    def record(self, view: SentenceView, parties: set[str] | None = None,
               persons: set[str] | None = None, speakers: set[str] | None = None) -> None:
        """Call after handling `view`: remember its last usable date, and the parties of the
        claims it dated (empty when the date only sets the scene for what follows)."""
        lex = lexicon(view.lang)
        # a time that anchors a comparison ("the first since 2019") is no running date
        ts = [t for t in view.times if usable(t) and not reference(view, t, lex)]
        if ts:
            t = ts[-1]
            if len(ts) > 1 and _spans(view, ts[-2], t):
                t = ts[-2]  # "January 17 to 18": the span's first day
            self.paragraph = DateValue(t.time.value or "", t.time.surface)
            self.previous = self.paragraph
            self.parties = set(parties or ())
            # a date that dated no claim sets the scene for what follows: it goes on only
            # with what the sentence names ("On Monday, fighting broke out in Goma. …"), or
            # with a sentence that continues it ("he", "they")
            self.scene = not self.parties
            if self.scene:
                self.parties = {i for m in view.mentions
                                for i in (m.entity_id, m.stands_for) if i}
            self.persons = set(persons or ())
            # everyone the dated sentence names: a later paragraph about them goes on
            self.speakers = set(speakers or ()) | {m.entity_id for m in view.mentions
                                                    if m.type == "person"}
            self.age = 0
        else:
            self.previous = None
            self.age += 1

    def keep(self, parties: set[str], persons: set[str], speakers: set[str] = frozenset()) -> None:
        """Call after a sentence whose claims took the running date: it goes on with the
        same report, so the date stays alive, and its parties join the report's."""
        if self.paragraph is not None:
            self.age = 0
            self.scene = False
            self.parties |= parties
            self.persons |= persons
            self.speakers |= speakers

    def _related(self, parties: set[str], persons: set[str]) -> bool:
        """Same people, or (when one side names no one) the same countries and bodies."""
        if self.persons and persons:
            return bool(self.persons & persons)
        return bool(self.parties & parties)

    def context(self, continues: bool, parties: set[str] | None = None,
                persons: set[str] | None = None, new_report: bool = False,
                named: set[str] = frozenset()) -> DateValue | None:
        """The date a claim without one of its own takes from the context: a date that dated
        other parties' claims does not carry over to unrelated ones, nor to a new source's
        report ("According to KBS, …") unless the sentence goes on with "he"/"they"."""
        if new_report and not continues:
            return None
        if self.scene and not self.parties:  # a scene naming no one: only "he", "they" …
            related = False
        else:
            related = (not self.parties or parties is None
                       or self._related(parties, persons or set()))
        if self.paragraph and (related or continues):
            return self.paragraph
        if self.paragraph is None and self.carried and named & self.carried_people:
            # the report resumes: its date runs on in this paragraph
            self.paragraph, self.age = self.carried, 0
            self.persons = self.persons | (named & self.carried_people)
            return self.carried
        return self.previous if continues else None
