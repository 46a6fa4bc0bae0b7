"""English event summaries from the structured claims, one template per type (data file)."""

from __future__ import annotations

import re
from collections import Counter

from newsweave.fuse.context import FuseContext
from newsweave.fuse.rules import load_summaries
from newsweave.fuse.series import Measure, format_point
from newsweave.model import Claim

_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def fill(template: str, values: dict[str, str]) -> str:
    """Fill {slots}; a [bracketed part] disappears when a slot inside it is empty."""
    def optional(m: re.Match) -> str:
        part = m.group(1)
        if any(not values.get(s) for s in _SLOT.findall(part)):
            return ""
        return part

    text = _OPTIONAL.sub(optional, template)
    return _SLOT.sub(lambda m: values.get(m.group(1), ""), text).strip()


def quantity_text(found: list[Measure], approx_word: str) -> str:
    """The numbers to show: a series as its evolution, else the most reported value."""
    if not found:
        return ""
    m = max(found, key=lambda m: (len(m.points), m.is_series, m.unit or ""))
    unit = f" {m.unit}" if m.unit else ""
    if m.is_series:
        steps: list[str] = []
        for p in m.points:
            s = format_point(p, approx_word)
            if not steps or steps[-1] != s:
                steps.append(s)
        return " → ".join(steps) + unit
    counts = Counter(format_point(p, approx_word) for p in m.points)
    return counts.most_common(1)[0][0] + unit


def summarize(
    claim_type: str,
    members: list[Claim],
    actors: list[str],
    targets: list[str],
    found: list[Measure],
    disputed: bool,
    ctx: FuseContext,
) -> str:
    data = load_summaries()
    templates = data.get("templates") or {}
    template = templates.get(claim_type) or templates.get("OTHER") or "{actors}"
    if len(actors) == 1 and not targets:
        template = (data.get("one_party") or {}).get(claim_type, template)
    unknown = data.get("unknown_party", "an unnamed party")
    locations = Counter(c.location for c in members if c.location)
    location = min(locations, key=lambda x: (-locations[x], x)) if locations else None
    if location and 2 * locations[location] < len(members):
        location = None  # a place only a few sources give is not the event's place
    actor_names = join_names([ctx.name(a) for a in actors])
    values = {
        "actors": actor_names or unknown,
        "parties": actor_names or unknown,
        "targets": join_names([ctx.name(t) for t in targets]),
        "location": ctx.name(location) if location else "",
        "quantity": quantity_text(found, data.get("approx_word", "about")),
    }
    text = fill(template, values)
    text = text[:1].upper() + text[1:]
    modalities = {c.modality for c in members}
    if len(modalities) == 1:
        text += (data.get("modality_notes") or {}).get(next(iter(modalities)), "")
    elif disputed:
        text += data.get("disputed_note", "")
    return text
