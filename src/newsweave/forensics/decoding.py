"""Bytes that could not be decoded: U+FFFD in the text (a file cut in the middle of a
character, a lone surrogate in a JSON record). The text around it is kept; the finding says
that something is missing there."""

from __future__ import annotations

import re

from newsweave.forensics.common import Candidate, Context

_REPLACED = re.compile("\ufffd+")


def check(ctx: Context) -> list[Candidate]:
    out = []
    for m in _REPLACED.finditer(ctx.text):
        at_end = m.end() == len(ctx.text.rstrip())
        why = ("the text ends in the middle of a character: the file was cut short"
               if at_end else "characters that could not be decoded were replaced here")
        out.append(ctx.span_candidate("undecodable_text", "medium", m.start(), m.end(), why,
                                      None, 0.9))
    return out
