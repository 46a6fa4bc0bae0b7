"""Name variants: one entity spelled several ways in one document (러브로프 / 러블로프), and
near-miss spellings of known names (Butanov for Budanov) with the intended entity as suggestion.

Linked mentions are the main source (how = fuzzy / transliteration, confidence < 1). A text
fallback finds pairs of name-like words one letter apart inside the document, which works
without the knowledge base and for names it does not know.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache

from rapidfuzz.distance import Levenshtein

from newsweave.forensics.common import Candidate, Context, collapse, data, script_of
from newsweave.lang import packs
from newsweave.model import Mention

NEAR_MISS_HOW = {"fuzzy", "transliteration"}
# "・" separates the parts of a katakana name: each part is compared on its own
# words of alphabetic scripts, or runs of katakana (Japanese runs words together)
_TOKEN = re.compile(r"[\u30A1-\u30FA\u30FC]+|(?:(?![\u3040-\u30FF\u3400-\u9FFF])[^\W\d_])+"
                    r"(?:['’-](?:(?![\u3040-\u30FF\u3400-\u9FFF])[^\W\d_])+)*")


def _norm(surface: str) -> str:
    return collapse(surface).casefold()


def _from_mentions(ctx: Context) -> tuple[list[Candidate], set[str]]:
    out: list[Candidate] = []
    by_entity: dict[str, list[Mention]] = {}
    for m in ctx.analysis.mentions:
        if m.how != "candidate":
            by_entity.setdefault(m.entity_id, []).append(m)
    flagged_surfaces: set[str] = set()
    for eid, mentions in by_entity.items():
        ent = ctx.entity(eid)
        if ent is None:
            continue
        known = {_norm(a) for a in (ent.name, *ent.aliases)}
        # single words of the known names ("푸틴" of "블라디미르 푸틴"), and surfaces the linker
        # also matched exactly elsewhere in the article, are not misspellings
        known |= {w for a in known for w in re.split(r"[\s・·]+", a) if len(w) >= 2}
        known |= {_norm(m.surface) for m in mentions if m.how in ("exact", "alias")
                  and m.confidence >= 0.95}
        odd = [m for m in mentions if _is_near_miss(m, ent, known)]
        if not odd:
            continue
        spellings: list[Mention] = []
        for m in odd:
            if _norm(m.surface) not in {_norm(x.surface) for x in spellings}:
                spellings.append(m)
        flagged_surfaces.update(_norm(m.surface) for m in spellings)
        first = spellings[0]
        conf = min(m.confidence for m in spellings)
        if len(spellings) > 1:
            variants = " / ".join(m.surface for m in spellings)
            out.append(Candidate(
                "name_variant", "medium", first.start, first.end,
                f"{ent.name} is spelled several ways in this article: {variants}", ent.name,
                0.6 + 0.3 * (1 - conf), "name_variants"))
        for m in spellings[1:] if len(spellings) > 1 else spellings:
            out.append(Candidate(
                "near_miss_name", "medium", m.start, m.end,
                f"'{m.surface}' is a near-miss spelling of {ent.name}", ent.name,
                0.55 + 0.3 * (1 - m.confidence), "name_variants"))
    return out, flagged_surfaces


def _romanised(word: str) -> str:
    w = word.casefold()
    for old, new in data("entities")["romanisation_equivalents"]:
        w = w.replace(old, new)
    return w


def _token_near_miss(surface: str, name: str) -> bool:
    """Same number of words as the canonical name, one or two of them one letter off (not an
    ending: Putin/Putina is grammar), after romanisation alternations are evened out."""
    if script_of(surface[:1] or " ") not in ("latin", "cyrillic"):
        return False
    a, b = _romanised(surface).split(), _romanised(name).split()
    if len(a) != len(b) or len(a) < 2:
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if not diffs or len(diffs) > 2 or a[1:] == b[1:]:
        return False  # given names vary by system (Kyrylo/Kirill, Dmytro/Dmitry): not a miss
    return all(Levenshtein.distance(x, y) == 1 and not (x.startswith(y) or y.startswith(x))
               for x, y in diffs)


def _is_near_miss(m: Mention, ent, known: set[str]) -> bool:
    """A mention that links to `ent` only thanks to tolerance: fuzzy matching, a loose
    transliteration, or a misspelt alias (one letter off the canonical name)."""
    if m.how == "fuzzy" and m.confidence < 1.0:
        return _norm(m.surface) not in known
    if m.how == "transliteration":
        if _norm(m.surface) in known:
            return False
        if m.confidence < 0.8:
            return True
        # a Latin spelling that none of the names has and that is one letter off the canonical
        # name (Kim Jung Eun, Kirill Butanov): the key forgives it, the reader should not
        return ent.type == "person" and _token_near_miss(collapse(m.surface), ent.name)
    if m.how == "alias" and ent.type == "person" and _norm(m.surface) != _norm(ent.name):
        return _token_near_miss(collapse(m.surface), ent.name)
    return False


@cache
def _attached(script: str) -> tuple[str, ...]:
    """What a name written in `script` carries glued on, longest first: the particles of the
    packs that write it (Korean 은, 는, 에서 ...) and their personal honorifics (씨, 님)."""
    from newsweave.kb.language import particles

    out = list(particles(script))
    for p in packs():
        if p.writes(script):
            out += [w for w in p.data("forensics").get("personal_honorifics_after") or ()
                    if w not in out]
    return tuple(sorted(out, key=len, reverse=True))


def _stem(word: str) -> str:
    """A word without the particle glued on it (러시아는 -> 러시아)."""
    for p in _attached(script_of(word[0])):
        if word.endswith(p) and len(word) - len(p) >= 2:
            return word[: -len(p)]
    return word


def _name_like(word: str) -> str | None:
    """The script class of a word that may be a name, or None."""
    if not word:
        return None
    sc = script_of(word[0])
    if sc in ("latin", "cyrillic"):
        return sc if word[0].isupper() and len(word) >= 5 else None
    if sc == "kana":
        return sc if len(word) >= 4 and all(script_of(c) in ("kana", None) for c in word) else None
    if sc == "hangul":
        return sc if len(word) >= 4 and all(script_of(c) == "hangul" for c in word) else None
    return None


def _stem_difference(a: str, b: str) -> bool:
    """One edit apart, and the edit is inside the word, not an inflection at its end
    (Путин/Путина, Rusia/Rusian are the same name; Butanov/Budanov, 러브로프/러블로프 are not)."""
    if Levenshtein.distance(a, b) != 1:
        return False
    n = min(len(a), len(b))
    first = next((i for i in range(n) if a[i] != b[i]), n)
    last_a = next((i for i in range(1, n + 1) if a[-i] != b[-i]), n + 1)
    return first < n - 2 and last_a > 1


_INDEXED_LENGTH = 40  # no name is longer; longer words are paired the slow way (rare)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit_pairs(groups: dict[tuple[int, str | None], list[str]]) -> list[tuple[str, str]]:
    """The pairs of words that may be one edit apart: each word of a group of at most 800
    with the longer words of its script one letter longer, and with the later words of its
    own group, in that order. Words one substitution apart share a deletion, and a word one
    insertion longer has the shorter among its deletions, so an index of deletions finds the
    pairs without comparing every word with every other (a long garbled page holds thousands)."""
    deletions = {w: _deletions(w) for g in groups.values() for w in g
                 if len(w) <= _INDEXED_LENGTH + 1}
    by_deletion: dict[str, list[str]] = {}
    for w, ds in deletions.items():
        for d in ds:
            by_deletion.setdefault(d, []).append(w)
    rank = {w: i for g in groups.values() for i, w in enumerate(g)}
    pairs: list[tuple[str, str]] = []
    for (n, sc), g in groups.items():
        if len(g) > 800:
            continue
        longer = groups.get((n + 1, sc), [])
        for a in g:
            if n > _INDEXED_LENGTH:
                pairs += [(a, b) for b in longer + [x for x in g if x > a]]
                continue
            near = set(by_deletion.get(a, ()))  # one letter longer
            for d in deletions[a]:
                near.update(by_deletion.get(d, ()))  # same length
            found = [b for b in near if script_of(b[0]) == sc
                     and (len(b) == n + 1 or (len(b) == n and b > a))]
            found.sort(key=lambda b: (len(b) == n, rank[b]))
            pairs += [(a, b) for b in found]
    return pairs


def _from_text(ctx: Context, already: set[str]) -> list[Candidate]:
    words: dict[str, list[tuple[int, int, str | None, str | None]]] = {}
    for line in ctx.lines:
        # names are looked for in prose only: random text is full of "one letter apart"
        toks = [(m.start(), m.group())
                for a, b in ctx.prose_ranges(line.start, line.end)
                for m in _TOKEN.finditer(line.text, a - line.start, b - line.start)]
        for i, (pos, tok) in enumerate(toks):
            word = _stem(tok)
            cls = _name_like(word)
            if cls is None:
                continue
            prev = toks[i - 1][1] if i else None
            nxt = toks[i + 1][1] if i + 1 < len(toks) else None
            words.setdefault(word, []).append(
                (line.start + pos, line.start + pos + len(word), prev, nxt))
    out: list[Candidate] = []
    groups: dict[tuple[int, str | None], list[str]] = {}
    for w in sorted(words):
        groups.setdefault((len(w), script_of(w[0])), []).append(w)
    pairs = _one_edit_pairs(groups)
    done: set[str] = set()
    for a, b in pairs:
        if a[0] != b[0] and script_of(a[0]) != "hangul":
            continue
        if not _stem_difference(a, b):
            continue
        if script_of(a[0]) == "hangul":
            # Korean words one syllable apart are often different words: ask for a shared
            # neighbour (the same title or given name next to both spellings)
            ctx_a = {w for _, _, p, n in words[a] for w in (p, n) if w}
            ctx_b = {w for _, _, p, n in words[b] for w in (p, n) if w}
            if not ctx_a & ctx_b:
                continue
        # flag the rarer spelling; on a tie, the later one (the first sets the reader's form)
        rare, common = sorted((a, b), key=lambda w: (len(words[w]), -words[w][0][0]))
        if rare in done or _norm(rare) in already:
            continue
        done.add(rare)
        s, e, _, _ = words[rare][0]
        s, e = ctx.orig(s, e)
        out.append(Candidate(
            "name_variant", "low", s, e,
            f"one name spelled two ways in this article: {rare} ({len(words[rare])}x) /"
            f" {common} ({len(words[common])}x)", common, 0.5, "name_variants"))
    return out


class _Spans:
    """Mention spans, asked "does any overlap / contain [s, e)?" in log time (a long text has
    as many mentions as words: scanning them all for every word is quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))  # max end so far

    def _reach_before(self, i: int) -> int:
        return self.reach[i - 1] if i > 0 else -1

    def overlaps(self, s: int, e: int) -> bool:
        return self._reach_before(bisect.bisect_left(self.starts, e)) > s

    def contains(self, s: int, e: int) -> bool:
        return self._reach_before(bisect.bisect_right(self.starts, s)) >= e


def _unlinked_near_known(ctx: Context) -> list[Candidate]:
    """An unlinked name-like word two letters or fewer from a word of a linked name in the same
    article ("Brishask" beside "Bryansk"): a garbled copy of that name."""
    known: dict[str, tuple[str, str]] = {}  # romanised word -> (word, entity name)
    spans = _Spans([(m.start, m.end) for m in ctx.analysis.mentions])
    for m in ctx.analysis.mentions:
        ent = ctx.entity(m.entity_id)
        if ent is None or m.how == "candidate" or not ent.linked:
            continue
        for w in _TOKEN.findall(m.surface):
            if _name_like(w) in ("latin", "cyrillic") and len(w) >= 5:
                known.setdefault(_romanised(w), (w, ent.name))
    if not known:
        return []
    out = []
    seen: set[str] = set()
    for line in ctx.lines:
        for t in _TOKEN.finditer(line.text):
            w = t.group()
            if len(w) < 6 or _name_like(w) not in ("latin", "cyrillic") or w in seen:
                continue
            s, e = ctx.orig(line.start + t.start(), line.start + t.end())
            if spans.overlaps(s, e):
                continue
            r = _romanised(w)
            if r in known:
                continue
            best = min(known, key=lambda k: Levenshtein.distance(k, r))
            d = Levenshtein.distance(best, r)
            if d > 2 or best[0] != r[0] or best.startswith(r) or r.startswith(best):
                continue
            if d == 2 and min(len(best), len(r)) < 7:
                continue
            seen.add(w)
            word, name = known[best]
            out.append(Candidate(
                "near_miss_name", "medium", s, e,
                f"'{w}' is not a known name but is {d} letter(s) from '{word}' ({name}), named in"
                " the same article: probably a garbled copy of it", name, 0.6, "name_variants"))
    return out


_UNSPACED = ("han", "kana", "hangul")


def _unspaced_near_known(ctx: Context) -> list[Candidate]:
    """In scripts without word spaces (or with particles glued on), look for copies of a
    linked name with one inner character changed ("拉夫洛夫" beside "拉夫罗夫", "러블로프" beside
    "러브로프"); names of four characters or more only, first and last characters kept."""
    spans = _Spans([(m.start, m.end) for m in ctx.analysis.mentions])
    names: dict[str, str] = {}
    for m in ctx.analysis.mentions:
        ent = ctx.entity(m.entity_id)
        surface = m.surface
        if (ent is None or m.how == "candidate" or not ent.linked or len(surface) < 4
                or len(surface) > 8 or any(script_of(c) not in _UNSPACED for c in surface)):
            continue
        names.setdefault(surface, ent.name)
    out = []
    text = ctx.text
    seen: set[str] = set()
    for surface, ent_name in names.items():
        sc = script_of(surface[0])
        for i in range(1, len(surface) - 1):
            rx = re.compile(re.escape(surface[:i]) + "(.)" + re.escape(surface[i + 1:]))
            for m in rx.finditer(text):
                variant = m.group()
                if variant == surface or script_of(m.group(1)) != sc or variant in seen:
                    continue
                if variant in names:
                    continue  # a linked name of its own
                s, e = ctx.orig(m.start(), m.end())
                if spans.contains(s, e):
                    continue
                seen.add(variant)
                out.append(Candidate(
                    "name_variant", "medium", s, e,
                    f"'{variant}' differs by one character from '{surface}' ({ent_name}), named"
                    " in the same article: one name spelled two ways", ent_name, 0.55,
                    "name_variants"))
    return out


def check(ctx: Context) -> list[Candidate]:
    found, surfaces = _from_mentions(ctx)
    return (found + _from_text(ctx, surfaces) + _unlinked_near_known(ctx)
            + _unspaced_near_known(ctx))
