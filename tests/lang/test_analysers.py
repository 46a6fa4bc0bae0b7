"""The Japanese and Korean analysers: tokens with offsets and raw tags, pickled by constructor."""

from __future__ import annotations

import pickle

import pytest

from newsweave.lang import get_pack


@pytest.mark.parametrize(("lang", "text", "proper"), [
    ("ja", "ロシアのプーチン大統領が平壌を訪れた。", "プーチン"),
    ("ja", "ブレント・サドラー氏が述べた。", "サドラー"),
    ("ko", "러시아의 푸틴 대통령은 평양을 방문했다.", "푸틴"),
    ("ko", "북한 김정은 위원장은 말했다.", "김정은"),
])
def test_tokens_have_offsets_tags_and_proper_nouns(lang, text, proper):
    tokens = get_pack(lang).analyser().tokens(text)
    assert tokens
    for t in tokens:
        assert 0 <= t.start < t.end <= len(text)
        assert t.pos
        if t.proper:  # Korean verb endings are morphemes (했다 -> 하+었+다); names are text
            assert text[t.start:t.end] == t.surface
    assert any(t.surface == proper and t.proper for t in tokens)


@pytest.mark.parametrize("lang", ["ja", "ko"])
def test_analyser_pickles_by_constructor(lang):
    analyser = get_pack(lang).analyser()
    clone = pickle.loads(pickle.dumps(analyser))
    assert type(clone) is type(analyser)
    assert [t.surface for t in clone.tokens("ロシア" if lang == "ja" else "러시아")]


def test_long_japanese_text_is_cut_not_refused():
    text = "ロシアと北朝鮮。" * 3000  # beyond Sudachi's input limit in one piece
    tokens = get_pack("ja").analyser().tokens(text)
    assert tokens[-1].end == len(text)


@pytest.mark.parametrize("lang", ["en", "id", "ja", "ko", "ru", "vi", "zh"])
def test_every_language_has_titles(lang):
    data = get_pack(lang).data("honorifics")
    assert data.get("before") or data.get("after")
