"""Sentence splitting in ja, ko, zh, id, en, ru, vi and across content-farm line breaks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.segment.data import load
from newsweave.segment.split import split


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split(text, load())]


CASES = [
    (
        "en",
        "Mr. Smith met Dr. Jones in the U.S. capital on Monday. They talked for 1.5 hours. "
        "The deal is worth $3.2 billion!",
        [
            "Mr. Smith met Dr. Jones in the U.S. capital on Monday.",
            "They talked for 1.5 hours.",
            "The deal is worth $3.2 billion!",
        ],
    ),
    (
        "en-quotes",
        '"We will respond," he said. "Nothing is ruled out." The ministry declined to comment.',
        [
            '"We will respond," he said.',
            '"Nothing is ruled out."',
            "The ministry declined to comment.",
        ],
    ),
    (
        "en-initials",
        "J. R. Smith, a U.S. envoy, arrived. Talks began at 10 a.m. Monday.",
        ["J. R. Smith, a U.S. envoy, arrived.", "Talks began at 10 a.m. Monday."],
    ),
    (
        "id",
        "Juru bicara Departemen Luar Negeri A.S. Miller berbicara. Sekitar 3.000 tentara dikirim. "
        "Dr. Budi tiba pukul 10.30 WIB.",
        [
            "Juru bicara Departemen Luar Negeri A.S. Miller berbicara.",
            "Sekitar 3.000 tentara dikirim.",
            "Dr. Budi tiba pukul 10.30 WIB.",
        ],
    ),
    (
        "id-quote",
        "“Kami akan membantu,” ujarnya. Presiden tiba pada tanggal 12. 13 pejabat menyambutnya.",
        [
            "“Kami akan membantu,” ujarnya.",
            "Presiden tiba pada tanggal 12. 13 pejabat menyambutnya.",
        ],
    ),
    (
        "ru",
        "В 2023 г. В. В. Путин посетил Владивосток, т.е. Дальний Восток. Встреча длилась 5 часов. "
        "Потом он уехал.",
        [
            "В 2023 г. В. В. Путин посетил Владивосток, т.е. Дальний Восток.",
            "Встреча длилась 5 часов.",
            "Потом он уехал.",
        ],
    ),
    (
        "ru-dialogue",
        "«Мы победим!» — сказал он. «Когда?» — Завтра.",
        ["«Мы победим!» — сказал он.", "«Когда?»", "— Завтра."],
    ),
    (
        "vi",
        "Ông Nguyễn Văn A. nói rằng TP. Hồ Chí Minh sẽ mở tuyến mới. Dự án trị giá 1.000 tỷ đồng.",
        [
            "Ông Nguyễn Văn A. nói rằng TP. Hồ Chí Minh sẽ mở tuyến mới.",
            "Dự án trị giá 1.000 tỷ đồng.",
        ],
    ),
    (
        "ja",
        "両首脳は会談した。ロシアは支援するのか？「協力を深める。」と述べた。次の会談は未定だ。",
        [
            "両首脳は会談した。",
            "ロシアは支援するのか？",
            "「協力を深める。」と述べた。",
            "次の会談は未定だ。",
        ],
    ),
    (
        "ja-nfkc",
        "北朝鮮が兵士を派遣?ロシアとの協力が強まる",
        ["北朝鮮が兵士を派遣?", "ロシアとの協力が強まる"],
    ),
    (
        "zh",
        "两国领导人举行了会谈。俄罗斯会提供援助吗？他说：“我们将加强合作。”会谈持续了五个小时。",
        [
            "两国领导人举行了会谈。",
            "俄罗斯会提供援助吗？",
            "他说：“我们将加强合作。”",
            "会谈持续了五个小时。",
        ],
    ),
    (
        "ko",
        "북한은 러시아에 무기를 보냈다. 백악관은 “심각한 우려”를 표명했다고 말했다. "
        "회담은 언제 열리나?",
        [
            "북한은 러시아에 무기를 보냈다.",
            "백악관은 “심각한 우려”를 표명했다고 말했다.",
            "회담은 언제 열리나?",
        ],
    ),
    (
        "ko-quote",
        "그는 “협력을 강화하겠다.”고 말했다. 이후 회담이 끝났다.",
        ["그는 “협력을 강화하겠다.”고 말했다.", "이후 회담이 끝났다."],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_split_table(name: str, text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '국정원 "북한군 3000명 이동... 연말까지 1만명 파병"',
            ['국정원 "북한군 3000명 이동... 연말까지 1만명 파병"'],
        ),
        ("He paused... Then he left.", ["He paused...", "Then he left."]),
        ("北朝鮮兵が移動… 年末までに1万人", ["北朝鮮兵が移動… 年末までに1万人"]),
        ("北朝鮮兵が移動...年末までに1万人", ["北朝鮮兵が移動...年末までに1万人"]),
    ],
)
def test_ellipsis(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_line_break_inside_a_sentence_is_joined() -> None:
    text = (
        "Judul berita tanpa titik\n"
        "Presiden tiba di Rusia pada awal tanggal 12. 13\n"
        "Pada hari Minggu, ia mengunjungi kosmodrom. Setelah itu ia pulang.\n"
        "Ia berkata,\n"
        "Kami akan menang."
    )
    assert _sentences(text) == [
        "Judul berita tanpa titik",  # the headline at the very top
        "Presiden tiba di Rusia pada awal tanggal 12. 13\n"
        "Pada hari Minggu, ia mengunjungi kosmodrom.",
        "Setelah itu ia pulang.",
        "Ia berkata,\nKami akan menang.",
    ]


def test_blank_lines_and_terminal_lines_end_sentences() -> None:
    text = "A heading without a stop\n\nFirst line ends here.\nSecond line starts\nand goes on."
    assert _sentences(text) == [
        "A heading without a stop",
        "First line ends here.",
        "Second line starts\nand goes on.",
    ]


def test_list_items_start_new_sentences() -> None:
    text = "Key points\n• Troops were sent\n• Talks were held"
    assert _sentences(text) == ["Key points", "• Troops were sent", "• Talks were held"]


def test_spans_are_stripped_and_exact() -> None:
    text = "  First one.   Second one.  \n\n  Third  "
    spans = split(text, load())
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one.", "Third"]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)


def test_stray_quote_joins_the_previous_sentence() -> None:
    assert _sentences("그는 말했다. “") == ["그는 말했다. “"]


def test_long_unpunctuated_run_is_broken_at_line_breaks() -> None:
    line = "word " * 100
    text = "\n".join([line.strip()] * 10)
    assert len(_sentences(text)) == 10


def test_a_line_wholly_in_brackets_ends_a_sentence() -> None:
    text = "Talks began.\nTroops moved north\n(Photo: Example Agency)\nThe talks ended"
    assert _sentences(text) == [
        "Talks began.",
        "Troops moved north\n(Photo: Example Agency)",
        "The talks ended",
    ]


_PIECES = st.sampled_from(
    [
        "Mr. Kim met Dr. Lee.",
        "北朝鮮が兵士を派遣した。",
        "러시아는 부인했다.",
        "tanggal 12. 13",
        "“Kami siap,” ujarnya.",
        "т.е. в 2023 г. В. В. Путин",
        "3.000",
        "...",
        "?",
        "“",
        " ",
        "\n",
        "\n\n",
        "• item",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_spans_are_ordered_disjoint_and_trimmed(text: str) -> None:
    spans = split(text, load())
    prev_end = 0
    for a, b in spans:
        assert prev_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        prev_end = b
    # nothing but whitespace is left out
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())
