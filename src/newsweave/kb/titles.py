"""Titles and honorifics next to names (プーチン大統領, 김 위원장, Presiden Putin, министр Лавров).

They come from `lang/<code>/honorifics.yaml`. A title is never part of a name; it marks the name
as a person's, and its office (mapped to English) narrows down which person a bare surname means.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsweave.kb.index import spaced_key
from newsweave.kb.normalize import name_key, word_matches
from newsweave.lang import get_pack, packs


@dataclass(frozen=True, slots=True)
class Title:
    surface: str
    role: str | None  # the English office, None for a courtesy title
    start: int  # local offsets of the title itself
    end: int


@dataclass(frozen=True)
class TitleTable:
    before: dict[str, tuple[str, str | None]]  # key -> (form, role); spaced keys for spaced langs
    after: dict[str, tuple[str, str | None]]
    before_words: int  # longest title in words (spaced) or characters (unspaced)
    after_len: int
    # the after-titles as written (casefolded), and their lengths, longest first: a fast path
    after_forms: dict[str, str | None] = None  # type: ignore[assignment]
    after_lengths: tuple[int, ...] = ()


def _key(form: str) -> str:
    return spaced_key(form) if " " in form or form.isascii() or _is_spaced(form) else name_key(form)


def _is_spaced(form: str) -> bool:
    return all(not ("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3") for c in form)


@cache
def titles_for(lang: str) -> TitleTable:
    """Titles of `lang`; a language written in Latin letters also gets those of every pack
    written in them (translations mix them: "Presiden Putin" in an English copy)."""
    langs = [lang]
    if get_pack(lang).writes("latin"):
        langs += [p.code for p in packs() if p.writes("latin") and p.code != lang]
    before: dict[str, tuple[str, str | None]] = {}
    after: dict[str, tuple[str, str | None]] = {}
    for code in langs:
        data = get_pack(code).data("honorifics") or {}
        for form, role in (data.get("before") or {}).items():
            before.setdefault(_key(str(form)), (str(form), role))
        for form, role in (data.get("after") or {}).items():
            after.setdefault(name_key(str(form)) if not _is_spaced(str(form)) else _key(str(form)),
                             (str(form), role))
    bw = max((k.count(" ") + 1 if _is_spaced(v[0]) else len(k) for k, v in before.items()),
             default=0)
    al = max((len(k) for k in after), default=0)
    forms = {form.casefold(): role for form, role in after.values()}
    lengths = tuple(sorted({len(f) for f in forms}, reverse=True))
    return TitleTable(before, after, bw, al, forms, lengths)


def title_before(text: str, start: int, table: TitleTable) -> Title | None:
    """A title ending just before `start` (only spaces between it and the name). Only the few
    words before `start` are read: on a long line, reading from its beginning for every name
    made the line's cost grow with its square."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    gap = start - end
    # unspaced titles (米国務長官ラヴロフ) may touch the name
    for n in range(min(table.before_words, 12, end), 0, -1):
        tail = text[end - n:end]
        if not _is_spaced(tail) and (key := name_key(tail)) in table.before:
            return Title(tail, table.before[key][1], end - n, end)
    if gap == 0:
        return None
    ws = _last_word_starts(text, end, table.before_words)
    for n in range(min(table.before_words, len(ws)), 0, -1):
        s = ws[-n]
        cand = text[s:end]
        key = spaced_key(cand)
        if key in table.before:
            return Title(cand, table.before[key][1], s, end)
    return None


def _last_word_starts(text: str, end: int, count: int) -> list[int]:
    """Where the last `count` words before `end` start (fewer when the text has fewer): a
    window is widened until it holds one word more than asked, since its first may be cut."""
    width = 64 * (count + 1)
    while True:
        begin = max(0, end - width)
        starts = [m.start() for m in word_matches(text, begin, end)]
        if begin == 0 or len(starts) > count:
            return starts[-count:] if count else []
        width *= 4


def title_after(text: str, end: int, table: TitleTable) -> Title | None:
    """A title starting right after `end` (one space allowed, as in 김 위원장)."""
    rest = text[end:]
    skip = len(rest) - len(rest.lstrip(" "))
    if skip > 1:
        return None
    rest = rest[skip:]
    for n in table.after_lengths:
        if n > len(rest):
            continue
        piece = rest[:n]
        role_key = piece.casefold()
        if role_key not in table.after_forms:
            continue
        # a spaced title must end at a word end
        if _is_spaced(piece) and n < len(rest) and rest[n].isalnum():
            continue
        return Title(piece, table.after_forms[role_key], end + skip, end + skip + n)
    return None


def role_matches(role: str, offices: list[dict], date: str | None = None) -> bool:
    """Whether a title's English role names one of these offices (held on `date`, if given)."""
    synonyms = (get_pack("_base").data("honorifics").get("role_synonyms") or {}).get(role, [])
    wants = [set(spaced_key(r).split()) for r in {role, *synonyms}]
    for o in offices or ():
        have = set(spaced_key(str(o.get("role", ""))).split())
        if not any(w <= have for w in wants):
            continue
        if date and not (str(o.get("from") or "0000") <= date
                         and (o.get("to") is None or date[:len(str(o["to"]))] <= str(o["to"]))):
            continue
        return True
    return False


def alive_on(facts: dict, date: str | None) -> bool:
    """False only for a person known to have died before `date`."""
    died = facts.get("died")
    return not (date and died and str(died) < date[:len(str(died))])
