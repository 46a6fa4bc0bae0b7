"""Text with marked spans, as escaped HTML: the gloss under a sentence, a document's
highlighted mentions, claims and findings.

Spans carry offsets into the document's original text. Spans nest (a name inside a number
phrase); a span that crosses the edge of another is dropped, the more important one kept.
Every piece of text is escaped here; the markup is ours only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

# which span wins when two cross (lower first)
PRIORITY = {"claim": 0, "number": 1, "date": 2, "entity": 3, "trigger": 4, "finding": 5}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # entity | date | number | trigger | finding | claim
    gloss: str | None = None  # English shown under the words (gloss mode)
    href: str | None = None
    title: str | None = None  # shown on hover
    css: str = ""  # extra classes


@dataclass
class _Node:
    span: Span
    children: list[_Node] = field(default_factory=list)


def _nest(spans: list[Span]) -> list[_Node]:
    ranked = sorted(spans, key=lambda s: (PRIORITY.get(s.kind, 9), s.start, -s.end))
    kept: list[Span] = []
    for s in ranked:
        if s.end <= s.start:
            continue
        if any(s.start < k.end and k.start < s.end  # they overlap
               and not (k.start <= s.start and s.end <= k.end)  # s inside k
               and not (s.start <= k.start and k.end <= s.end)  # k inside s
               for k in kept):
            continue
        if any(k.start == s.start and k.end == s.end and k.kind == s.kind for k in kept):
            continue
        kept.append(s)
    kept.sort(key=lambda s: (s.start, -s.end, PRIORITY.get(s.kind, 9)))
    roots: list[_Node] = []
    stack: list[_Node] = []
    for s in kept:
        node = _Node(s)
        while stack and not (stack[-1].span.start <= s.start and s.end <= stack[-1].span.end):
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def render(text: str, lo: int, hi: int, spans: list[Span], gloss: bool = False) -> Markup:
    """text[lo:hi] as HTML with `spans` marked (those outside [lo, hi) are ignored).

    gloss=True: each span becomes a column, the original words above, its English below
    (an interlinear gloss); otherwise spans are inline links and marks."""
    inside = [s for s in spans if lo <= s.start and s.end <= hi]
    return _render(text, lo, hi, _nest(inside), gloss, in_link=False)


def _render(text: str, lo: int, hi: int, nodes: list[_Node], gloss: bool,
            in_link: bool) -> Markup:
    out: list[str] = []
    pos = lo
    for n in nodes:
        s = n.span
        out.append(escape(text[pos:s.start]))
        link = bool(s.href) and not in_link and not gloss
        inner = _render(text, s.start, s.end, n.children, gloss, in_link or link)
        out.append(_wrap(s, inner, gloss, link))
        pos = s.end
    out.append(escape(text[pos:hi]))
    return Markup("".join(out))


def _wrap(s: Span, inner: Markup, gloss: bool, link: bool) -> str:
    classes = " ".join(x for x in (f"k-{s.kind}", s.css) if x)
    title = Markup(' title="{}"').format(s.title) if s.title else Markup("")
    if gloss:
        english = escape(s.gloss or "")
        if s.href:
            english = Markup('<a href="{}">{}</a>').format(s.href, s.gloss or "")
        return Markup('<span class="g {}"{}><span class="o">{}</span>'
                      '<span class="e" lang="en">{}</span></span>').format(
            classes, title, inner, english)
    if link:
        return Markup('<a class="{}" href="{}"{}>{}</a>').format(classes, s.href, title, inner)
    return Markup('<mark class="{}"{}>{}</mark>').format(classes, title, inner)
