"""The timeline's state, all of it in the URL: filters, sorting and paging; and its facets.

Every value is checked: a bad one becomes a message on the page (and a 400 from the API),
never an empty table that looks like an answer.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from urllib.parse import urlencode

from newsweave.commands._common import claim_type, known_languages, modality, partial_date
from newsweave.report.entities import resolve
from newsweave.report.view import Corpus, EventView, Filters, involved, period, select

SORTS = {
    "date": ("date, oldest first", lambda v: (v.event.date or "9999", v.event.id)),
    "-date": ("date, newest first", None),
    "sources": ("most independent sources", lambda v: (-v.event.independent_sources,
                                                      v.event.date or "9999")),
    "conflicts": ("conflicts first", lambda v: (-len(v.event.conflicts), v.event.date or "9999")),
    "confidence": ("most confident", lambda v: (-v.confidence, v.event.date or "9999")),
}
PER_PAGE = (25, 50, 100, 200)


@dataclass(frozen=True)
class TimelineQuery:
    date_from: str = ""
    date_to: str = ""
    entity: str = ""
    type: str = ""
    lang: str = ""
    outlet: str = ""
    modality: str = ""
    min_sources: int = 0
    low: bool = False  # show low-confidence events too
    sort: str = "date"
    page: int = 1
    per_page: int = 50

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> tuple[TimelineQuery, list[str]]:
        """The query in `params`; each unusable value is dropped with a message."""
        errors: list[str] = []
        values: dict = {}

        def checked(name: str, check) -> None:
            raw = (params.get(name) or "").strip()
            if not raw:
                return
            try:
                values[name] = check(raw)
            except (argparse.ArgumentTypeError, ValueError) as e:
                errors.append(f"{name}: {e}")

        checked("date_from", partial_date)
        checked("date_to", partial_date)
        checked("type", claim_type)
        checked("modality", modality)
        for name in ("entity", "lang", "outlet"):
            if (params.get(name) or "").strip():
                values[name] = params[name].strip()
        for name, low, high in (("min_sources", 0, 10_000), ("page", 1, 1_000_000)):
            raw = (params.get(name) or "").strip()
            if raw:
                if raw.isdigit() and low <= int(raw) <= high:
                    values[name] = int(raw)
                else:
                    errors.append(f"{name}: not a number from {low} to {high}: {raw!r}")
        raw = (params.get("per_page") or "").strip()
        if raw:
            if raw.isdigit() and int(raw) in PER_PAGE:
                values["per_page"] = int(raw)
            else:
                errors.append(f"per_page: one of {', '.join(map(str, PER_PAGE))}")
        raw = (params.get("sort") or "").strip()
        if raw:
            if raw in SORTS:
                values["sort"] = raw
            else:
                errors.append(f"sort: one of {', '.join(SORTS)}")
        values["low"] = (params.get("low") or "") in ("1", "true", "on", "yes")
        q = cls(**values)
        if q.date_from and q.date_to and period(q.date_from)[0] > period(q.date_to)[1]:
            errors.append(f"date_from {q.date_from} is after date_to {q.date_to}")
            q = replace(q, date_to="")
        return q, errors

    def params(self, **changes) -> dict[str, str]:
        """The non-default values, as URL parameters (with `changes` applied)."""
        q = replace(self, **changes)
        default = TimelineQuery()
        out = {}
        for k, v in asdict(q).items():
            if v != getattr(default, k):
                out[k] = "1" if v is True else str(v)
        return out

    def url(self, path: str = "/", **changes) -> str:
        if "page" not in changes:
            changes["page"] = 1  # a new filter starts on the first page
        p = self.params(**changes)
        return path + ("?" + urlencode(p) if p else "")


@dataclass
class Facet:
    name: str
    title: str
    values: list[tuple[str, str, int, bool]]  # (value, label, count, selected)


@dataclass
class TimelinePage:
    query: TimelineQuery
    errors: list[str]
    events: list[EventView]  # this page
    total: int
    hidden_low: int  # events left out for low confidence
    facets: list[Facet]
    pages: int
    entity_names: list[str]


def run_query(corpus: Corpus, q: TimelineQuery, errors: list[str], store, kb) -> TimelinePage:
    lang = q.lang or None
    if lang and lang.lower() not in known_languages(store):
        errors.append(f"lang: unknown language {q.lang!r}; one of "
                      f"{', '.join(known_languages(store))}")
        lang = None
    ids = None
    names: list[str] = []
    if q.entity:
        found = resolve(corpus, q.entity, kb)
        if not found:
            hint = f" (did you mean: {', '.join(found.suggestions)}?)" if found.suggestions \
                else ""
            errors.append(f"entity: no entity is known as {q.entity!r}{hint}")
        else:
            ids = found.ids
            names = sorted({corpus.name(i) for i in ids})
    filters = Filters(q.date_from or None, q.date_to or None, q.entity or None, q.type or None,
                      lang.lower() if lang else None, q.min_sources, q.outlet or None,
                      q.modality or None, 0.0, frozenset() if q.entity and ids is None else ids)
    everything = select(corpus, filters)
    # an event whose every claim is below the calibrated thresholds is hidden unless asked for
    # (precision before recall); an analyst's confirmation counts as certain
    chosen = everything if q.low else [v for v in everything if v.shown_by_default]
    _label, key = SORTS[q.sort]
    if key is None:  # newest first
        chosen = sorted(chosen, key=SORTS["date"][1], reverse=True)
    else:
        chosen = sorted(chosen, key=key)
    pages = max(1, -(-len(chosen) // q.per_page))
    page = min(q.page, pages)
    shown = chosen[(page - 1) * q.per_page: page * q.per_page]
    return TimelinePage(replace(q, page=page), errors, shown, len(chosen),
                        len(everything) - len(chosen), facets(corpus, chosen, q), pages, names)


def facets(corpus: Corpus, events: list[EventView], q: TimelineQuery) -> list[Facet]:
    types = Counter(v.event.type for v in events)
    langs = Counter(lang for v in events for lang in v.languages)
    outlets = Counter(o for v in events for o in v.outlets)
    modalities = Counter(m for v in events for m in v.modalities)
    people = Counter(e for v in events for e in involved(v))
    at_least = {k: sum(1 for v in events if v.event.independent_sources >= k)
                for k in (1, 2, 3, 5)}
    return [
        Facet("type", "type", [(t, t, n, q.type == t) for t, n in types.most_common()]),
        Facet("entity", "entity", [(e, corpus.name(e), n, False)
                                   for e, n in people.most_common(15)]),
        Facet("lang", "language", [(x, x, n, q.lang == x) for x, n in langs.most_common()]),
        Facet("outlet", "source", [(x, x, n, q.outlet == x)
                                   for x, n in outlets.most_common(15)]),
        Facet("modality", "modality", [(x, x, n, q.modality == x)
                                       for x, n in modalities.most_common()]),
        Facet("min_sources", "independent sources",
              [(str(k), f"≥ {k}", n, q.min_sources == k) for k, n in at_least.items() if n]),
    ]
