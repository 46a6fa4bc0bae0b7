"""English event summaries from the structured claims: the templates of each type's row of the
claim-type table (`claims/data/types.yaml`), the shared wording in `fuse/data/summaries.yaml`."""

from __future__ import annotations

import re
from collections import Counter

from newsweave.claims.table import claim_type
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


def _trigger(members: list[Claim], unknown: str) -> str:
    """The words that typed the event's claims, the most written first (an OTHER act is told
    by its own words, in the source language)."""
    words = Counter(c.trigger.strip() for c in members if c.trigger and c.trigger.strip())
    if not words:
        return unknown
    return min(words, key=lambda w: (-words[w], w))


def summarize(
    type_name: str,
    members: list[Claim],
    actors: list[str],
    targets: list[str],
    found: list[Measure],
    disputed: bool,
    ctx: FuseContext,
) -> str:
    data = load_summaries()
    row = claim_type(type_name)
    template = row.summary.full
    one_party = len(actors) == 1 and not targets
    if row.summary.no_object and not targets and (one_party or not row.symmetric):
        # "Japan accused": no summary without its object; say what the sentence leaves out
        template = row.summary.no_object
    elif one_party and row.summary.one_party:
        template = row.summary.one_party
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
        "trigger": _trigger(members, data.get("unknown_act", "an act")),
    }
    text = fill(template, values)
    text = text[:1].upper() + text[1:]
    modalities = {c.modality for c in members}
    if len(modalities) == 1:
        text += (data.get("modality_notes") or {}).get(next(iter(modalities)), "")
    elif disputed:
        text += data.get("disputed_note", "")
    return text
