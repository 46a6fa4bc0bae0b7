"""The claim lexicons on disk: valid, compiled, and covering every type in every language."""

from __future__ import annotations

import re

import pytest

from newsweave.claims.lexicon import compile_words, lexicon, validate
from newsweave.claims.table import type_names
from newsweave.lang import available


@pytest.mark.parametrize("code", available())
def test_every_language_types_every_claim(code: str):
    lex = lexicon(code)
    typed = {t.type for t in lex.triggers if not t.objects}
    typed |= {v for t in lex.triggers for v in t.objects.values()}
    # every type but OTHER (acts no type fits: no word asks for it)
    assert typed - {"OTHER"} == set(type_names()) - {"OTHER"}, set(type_names()) - typed
    for cue in ("speech", "speculated", "negation", "pronoun"):
        assert lex.cues.get(cue) or lex.cues.get(f"{cue}_after"), cue
    assert lex.cues.get("according_before") or lex.cues.get("according_after")


@pytest.mark.parametrize("bad", [
    {"triggerz": {}},
    {"triggers": {"MEETING": ["meet"]}},
    {"cues": {"hedges": ["may"]}},
    {"roles": {"before": {"subject": ["by"]}}},
    {"conditional": [{"words": ["send"], "then": {"letters": "OTHER"}}], "objects": {}},
    {"units": {"DEPLOY_TROOPS": ["troops"]}},  # a claim type's measures live in its table row
])
def test_validator_rejects_mistakes(bad: dict):
    with pytest.raises(ValueError, match=r"claims\.yaml"):
        validate(bad, "lang/xx/claims.yaml")


@pytest.mark.parametrize(("entry", "spaced", "text", "hit"), [
    ("dispatch*", True, "They dispatched troops.", "dispatched"),
    ("held ~ talks", True, "They held bilateral talks.", "held bilateral talks"),
    ("met", True, "The methods failed.", None),
    ("정상 회담", False, "정상회담을 했다", "정상회담"),
    ("<지지", False, "채워지지 않았다", None),
    ("<지지", False, "러시아를 지지했다", "지지"),
])
def test_pattern_syntax(entry: str, spaced: bool, text: str, hit: str | None):
    pat = compile_words([entry], spaced)
    assert pat is not None
    m = pat.search(text)
    assert (m.group(0) if m else None) == hit


def test_a_double_gap_spans_a_time_phrase() -> None:
    one = compile_words(["vowed ~ to strike"], True)
    two = compile_words(["vowed ~ ~ to strike"], True)
    assert one is not None and two is not None
    text = "They vowed on Monday 3 June to strike again."
    assert not one.search(text)
    assert two.search(text)
    assert not two.search("They vowed that in the coming weeks and months they would try to "
                          "strike.")


def test_quotation_marks_inside_a_collocation() -> None:
    pat = compile_words(["declared ~ war against", "red line"], True)
    assert pat is not None
    assert pat.search('They declared an "open war" against the state.')
    assert pat.search("crossing a «red line» again")
    assert not pat.search("the red, line")


def test_quote_marks_between_words_match_as_one_class_would() -> None:
    from newsweave.claims import lexicon as lx

    for ch in ['"', "'", "«", "»", "“", "”", "‘", "’", "„", "a", "", " "]:
        assert bool(re.fullmatch(lx._QUOTE_OPEN, ch, re.I)) == (ch == "" or ch in set("\"'«“‘„"))
        assert bool(re.fullmatch(lx._QUOTE_CLOSE, ch, re.I)) == (ch == "" or ch in set("\"'»”’"))
