"""The boilerplate and sentence data files are well formed (unknown keys are typos)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from newsweave.lang import HERE as LANG_DIR

KINDS = {
    "share_button": {"words", "max_chars"},
    "advertisement": {"words", "max_chars"},
    "interlink": {"patterns", "max_chars"},
    "comment_form": {"patterns", "max_chars"},
    "copyright": {"patterns", "max_chars"},
    "timestamp": {"words", "max_chars", "source_patterns"},
    "byline": {"patterns", "max_chars"},
    "tags": {"patterns", "max_chars"},
    "navigation": {"patterns", "max_chars"},
    "author_bio": {
        "persona_words",
        "max_chars",
        "min_segments",
        "max_segment_words",
        "max_segment_chars",
        "sentence_words",
        "sentence_endings",
    },
}

BOILERPLATE = sorted(LANG_DIR.glob("*/boilerplate.yaml"))
SENTENCES = sorted(LANG_DIR.glob("*/sentences.yaml"))


@pytest.mark.parametrize("path", BOILERPLATE, ids=lambda p: p.parent.name)
def test_boilerplate_file(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    assert set(data) <= set(KINDS) | {"max_line_chars"}, path
    for kind, body in data.items():
        if kind == "max_line_chars":
            assert isinstance(body, int)
            continue
        assert set(body) <= KINDS[kind], (path, kind)
        for key in ("patterns", "sentence_endings", "source_patterns"):
            for p in body.get(key) or []:
                re.compile(p, re.IGNORECASE)
        for key in ("words", "persona_words", "sentence_words"):
            assert all(isinstance(w, str) and w.strip() for w in body.get(key) or []), (path, key)


@pytest.mark.parametrize("path", SENTENCES, ids=lambda p: p.parent.name)
def test_sentences_file(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    assert set(data) <= {"abbreviations", "terminals", "ordinal_before"}, path
    assert all(isinstance(a, str) and not a.endswith(".") for a in data.get("abbreviations") or [])
    assert all(isinstance(w, str) and w.strip() for w in data.get("ordinal_before") or []), path
    assert isinstance(data.get("terminals", ""), str), path


def test_every_supported_language_has_data() -> None:
    from newsweave.lang import available

    for code in available():
        assert (LANG_DIR / code / "boilerplate.yaml").exists(), code
        assert (LANG_DIR / code / "sentences.yaml").exists(), code
