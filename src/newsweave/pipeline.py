"""The per-document flow: extract → clean → segment → analyse → claims → forensics.

Everything here is a pure function of one raw document plus read-only resources, so it can run
in any process and in any order. `store` and `fuse` (stateful) are called by the caller.
"""

from __future__ import annotations

from dataclasses import replace

from newsweave.analyze import analyze
from newsweave.claims import extract_claims
from newsweave.claims.calibration import calibrate
from newsweave.claims.described import described_entity
from newsweave.clean import clean
from newsweave.extract import extract
from newsweave.forensics import inspect
from newsweave.identity import document_id, minhash_bytes
from newsweave.model import Analysis, Claim, Document, InputError, Processed, RawDocument
from newsweave.notprose import judge, without
from newsweave.resources import Resources
from newsweave.segment import segment


def build_document(raw: RawDocument, resources: Resources) -> Document:
    """Extract, clean and segment one raw input. Raises InputError for unusable input."""
    options = resources.options
    extracted = extract(raw, options)
    cleaned = clean(extracted, options)
    if not cleaned.text.strip():
        raise InputError(raw.uri, "no text left after extraction and cleaning")
    sentences, languages = segment(cleaned.text, cleaned.offsets, options)
    return Document(
        id=document_id(cleaned.text),
        uri=extracted.uri,
        original_text=extracted.text,
        clean_text=cleaned.text,
        offsets=cleaned.offsets,
        sentences=tuple(sentences),
        languages=tuple(languages),
        removed=tuple(cleaned.removed),
        title=extracted.title,
        published=extracted.published,
        published_source=extracted.published_source,
        outlet=extracted.outlet,
        origin=extracted.origin,
        origin_url=extracted.origin_url,
        encoding=extracted.encoding,
    )


def _with_claim_entities(
    analysis: Analysis, claims: tuple[Claim, ...], resources: Resources
) -> Analysis:
    """Add the KB records of entities a claim names that the text does not (the office holder
    standing in for a dead leader the translation wrote), so every id in the output resolves."""
    have = {e.id for e in analysis.entities}
    wanted = {
        eid
        for c in claims
        for eid in (*c.actors, *c.targets, c.location, c.attributed_to)
        if eid and eid not in have
    }
    # (a group named by description, "the junta", has no record: its id says what it is)
    extra = [e for e in (resources.kb.get(eid) or described_entity(eid, resources.kb.get)
                         for eid in sorted(wanted)) if e is not None]
    return replace(analysis, entities=analysis.entities + tuple(extra)) if extra else analysis


def process(raw: RawDocument, resources: Resources) -> Processed:
    return reanalyse(build_document(raw, resources), resources)


def reanalyse(document: Document, resources: Resources) -> Processed:
    """Analysis, claims and forensics of an already segmented document (used again when an
    undated document gets an estimated reference date)."""
    skipped = judge(document)  # stretches of no language: not worth linking or claims
    prose = without(document, skipped)
    analysis = analyze(prose, resources)
    claims = tuple(extract_claims(prose, analysis, resources))
    analysis = _with_claim_entities(analysis, claims, resources)
    findings, quality = inspect(document, analysis, claims, resources, skipped)
    claims = calibrate(claims, quality)  # confidence = measured precision of such claims
    return Processed(
        document=document,
        analysis=analysis,
        claims=claims,
        findings=tuple(findings),
        quality=quality,
        minhash=minhash_bytes(document.clean_text),
    )
