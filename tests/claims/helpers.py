"""Build Document/Analysis records by hand so claim extraction can be tested on made-up text."""

from __future__ import annotations

import re

from newsweave.claims import extract_claims
from newsweave.claims.lexicon import lexicon
from newsweave.lang import get_pack
from newsweave.model import (
    Analysis,
    Claim,
    Document,
    Entity,
    LanguageShare,
    Mention,
    OffsetMap,
    Quantity,
    Sentence,
    TimeExpression,
)
from newsweave.quantity import parse_quantities

# a tiny knowledge base: id -> (name, type, facts)
ENTITIES: dict[str, tuple[str, str, dict]] = {
    "KP": ("North Korea", "country", {"capital": "pyongyang"}),
    "RU": ("Russia", "country", {}),
    "UA": ("Ukraine", "country", {}),
    "US": ("United States", "country", {}),
    "KR": ("South Korea", "country", {"capital": "seoul"}),
    "JP": ("Japan", "country", {}),
    "CN": ("China", "country", {}),
    "kim": ("Kim Jong Un", "person", {"country": "KP"}),
    "putin": ("Vladimir Putin", "person", {"country": "RU"}),
    "lavrov": ("Sergey Lavrov", "person", {"country": "RU"}),
    "choe": ("Choe Son Hui", "person", {"country": "KP"}),
    "blinken": ("Antony Blinken", "person", {"country": "US"}),
    "tass": ("TASS", "organization", {"country": "RU"}),
    "yonhap": ("Yonhap", "organization", {"country": "KR"}),
    "moscow": ("Moscow", "place", {"country": "RU"}),
    "pyongyang": ("Pyongyang", "place", {"country": "KP"}),
    "seoul": ("Seoul", "place", {"country": "KR"}),
    "kursk": ("Kursk Oblast", "place", {"country": "RU"}),
    "duma": ("State Duma", "organization", {"country": "RU"}),
    "kcna": ("Korean Central News Agency", "organization", {"country": "KP",
                                                            "kind": "news_agency"}),
    "voa": ("Voice of America", "organization", {"country": "US", "kind": "broadcaster"}),
    "mod-ru": ("Ministry of Defence (Russia)", "organization",
               {"country": "RU", "kind": "ministry", "ministry": "defence"}),
}

_END = re.compile(r"(?<=[.!?])\s+|(?<=[。？！])\s*|\n+")


def make(text: str, lang: str, mentions: dict[str, str] | None = None,
         times: dict[str, str] | None = None,
         quantities: dict[str, tuple[float, str]] | None = None,
         title: str | None = None, numbers: bool = False) -> tuple[Document, Analysis]:
    """A document of `text` (one language) with `surface -> entity id` mentions (every
    occurrence), `surface -> ISO value` times and `surface -> (value, unit)` quantities;
    `numbers`: the quantity stage reads the numbers itself (ranges, bounds, forecasts)."""
    sentences = []
    start = 0
    for m in _END.finditer(text):
        end = m.start()
        if end > start and text[start:end].strip():
            sentences.append((start, end))
        start = m.end()
    if start < len(text) and text[start:].strip():
        sentences.append((start, len(text)))
    sents = tuple(
        Sentence(i, a, b, a, b, text[a:b], lang) for i, (a, b) in enumerate(sentences)
    )

    # names are whole words where words are spaced and no particle, suffix (tr Rusya'ya) or
    # clitic (ar وحماس) attaches to them
    pack = get_pack(lang)
    bounded = (pack.word_spacing and pack.case_marking not in ("particles", "suffixes")
               and not lexicon(lang).word_prefixes)

    def where(surface: str):
        pat = re.escape(surface)
        if bounded:
            pat = rf"(?<!\w){pat}(?!\w)"
        for m in re.finditer(pat, text):
            s = next(s for s in sents if s.start <= m.start() < s.end or s.start >= m.start())
            yield m.start(), m.end(), s.index

    ms, used = [], set()
    for surface, eid in sorted((mentions or {}).items(), key=lambda kv: -len(kv[0])):
        eid, _, how = eid.partition("@")  # "IL@demonym": matched as an adjective (Israeli)
        for a, b, si in where(surface):
            if any(a < e and s < b for s, e in used):
                continue
            used.add((a, b))
            ms.append(Mention(a, b, surface, eid, si, how=how or "exact"))
    ts = [TimeExpression(a, b, surface, si, value, _precision(value))
          for surface, value in (times or {}).items() for a, b, si in where(surface)]
    qs = [Quantity(a, b, surface, si, value, unit)
          for surface, (value, unit) in (quantities or {}).items() for a, b, si in where(surface)]
    if numbers:
        qs += [Quantity(s.start + q.start, s.start + q.end, q.surface, s.index, q.value, q.unit,
                        q.approx, q.bound, q.problem, q.value_max, q.forecast)
               for s in sents for q in parse_quantities(s.text, lang)]
    ids = {m.entity_id for m in ms}
    ents = tuple(Entity(i, ENTITIES[i][0], ENTITIES[i][1], facts=ENTITIES[i][2])  # type: ignore[arg-type]
                 for i in sorted(ids) if i in ENTITIES)
    doc = Document(
        id="d1", uri="test://d1", original_text=text, clean_text=text,
        offsets=OffsetMap.identity(len(text)), sentences=sents,
        languages=(LanguageShare(lang, len(text)),), title=title, published="2024-11-01",
    )
    return doc, Analysis(tuple(sorted(ms, key=lambda m: m.start)), tuple(ts), tuple(qs), ents)


def _precision(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


class _KB:
    """Stands in for the knowledge base: every entity of ENTITIES by id."""

    def get(self, eid: str) -> Entity | None:
        if eid not in ENTITIES:
            return None
        name, etype, facts = ENTITIES[eid]
        return Entity(eid, name, etype, facts=facts)  # type: ignore[arg-type]


class _Resources:
    kb = _KB()


RESOURCES = _Resources()


def claims(text: str, lang: str, **kw) -> list[Claim]:
    doc, analysis = make(text, lang, **kw)
    return extract_claims(doc, analysis, RESOURCES)  # type: ignore[arg-type]


def one(found: list[Claim], ctype: str) -> Claim:
    hits = [c for c in found if c.type == ctype]
    assert hits, f"no {ctype} claim in {[(c.type, c.actors, c.targets) for c in found]}"
    return hits[0]


# every name above in each test language (several case forms for Russian)
NAMES: dict[str, dict[str, str]] = {
    "en": {"North Korea": "KP", "North Korean": "KP", "Russia": "RU", "Ukraine": "UA",
           "United States": "US", "South Korea": "KR", "Japan": "JP", "China": "CN",
           "Kim Jong Un": "kim", "Putin": "putin", "Lavrov": "lavrov", "Blinken": "blinken",
           "TASS": "tass", "Yonhap": "yonhap", "Moscow": "moscow", "Pyongyang": "pyongyang",
           "Kursk": "kursk", "State Duma": "duma", "Choe Son Hui": "choe", "Seoul": "seoul",
           "KCNA": "kcna", "VOA": "voa"},
    "id": {"Korea Utara": "KP", "Rusia": "RU", "Ukraina": "UA", "Amerika Serikat": "US",
           "Korea Selatan": "KR", "Jepang": "JP", "Kim Jong Un": "kim", "Putin": "putin",
           "Lavrov": "lavrov", "Blinken": "blinken", "TASS": "tass", "Yonhap": "yonhap",
           "Moskow": "moscow", "Pyongyang": "pyongyang", "Kursk": "kursk", "Duma": "duma"},
    "ja": {"北朝鮮": "KP", "ロシア": "RU", "ウクライナ": "UA", "米国": "US", "韓国": "KR",
           "日本": "JP", "中国": "CN", "金正恩": "kim", "プーチン": "putin", "ラブロフ": "lavrov",
           "ブリンケン": "blinken", "タス通信": "tass", "聯合ニュース": "yonhap",
           "モスクワ": "moscow", "平壌": "pyongyang", "クルスク": "kursk", "崔善姫": "choe"},
    "ko": {"북한": "KP", "러시아": "RU", "우크라이나": "UA", "미국": "US", "한국": "KR",
           "일본": "JP", "중국": "CN", "김정은": "kim", "푸틴": "putin", "라브로프": "lavrov",
           "블링컨": "blinken", "타스 통신": "tass", "연합뉴스": "yonhap", "모스크바": "moscow",
           "평양": "pyongyang", "쿠르스크": "kursk", "조선중앙통신": "kcna", "VOA": "voa"},
    "ru": {"КНДР": "KP", "Россия": "RU", "России": "RU", "Россию": "RU", "Украина": "UA",
           "Украины": "UA", "Украину": "UA", "США": "US", "Путин": "putin",
           "Ким Чен Ын": "kim", "Ким Чен Ыном": "kim", "Лавров": "lavrov", "ТАСС": "tass",
           "Москве": "moscow", "Москву": "moscow", "Пхеньян": "pyongyang"},
    "zh": {"朝鲜": "KP", "俄罗斯": "RU", "乌克兰": "UA", "美国": "US", "韩国": "KR",
           "金正恩": "kim", "普京": "putin", "拉夫罗夫": "lavrov", "塔斯社": "tass",
           "莫斯科": "moscow", "平壤": "pyongyang"},
    "vi": {"Triều Tiên": "KP", "Nga": "RU", "Ukraine": "UA", "Mỹ": "US", "Kim Jong-un": "kim",
           "Putin": "putin", "Lavrov": "lavrov", "TASS": "tass", "Moscow": "moscow",
           "Bình Nhưỡng": "pyongyang"},
}


def run(text: str, lang: str, **kw) -> list[Claim]:
    """Claims of `text` with every name of NAMES[lang] marked as a mention."""
    return claims(text, lang, mentions=NAMES[lang], **kw)


# more stories for the wire-copy tests (tests/claims/test_news_*.py)
ENTITIES.update({
    "IL": ("Israel", "country", {}),
    "EG": ("Egypt", "country", {"capital": "cairo"}),
    "QA": ("Qatar", "country", {"capital": "doha"}),
    "SD": ("Sudan", "country", {"capital": "khartoum"}),
    "PH": ("Philippines", "country", {"capital": "manila"}),
    "VN": ("Vietnam", "country", {"capital": "hanoi"}),
    "IR": ("Iran", "country", {"capital": "tehran"}),
    "TR": ("Turkey", "country", {"capital": "ankara"}),
    "DE": ("Germany", "country", {"capital": "berlin"}),
    "TW": ("Taiwan", "place", {}),
    "MM": ("Myanmar", "country", {}),
    "IDN": ("Indonesia", "country", {"capital": "jakarta"}),
    "EU": ("European Union", "organization", {}),
    "UN": ("United Nations", "organization", {}),
    "hamas": ("Hamas", "organization", {}),
    "hezbollah": ("Hezbollah", "organization", {"country": "LB"}),
    "rsf": ("Rapid Support Forces", "organization", {"country": "SD"}),
    "saf": ("Sudanese Armed Forces", "organization", {"country": "SD"}),
    "kremlin": ("Kremlin", "organization", {"country": "RU"}),
    "pentagon": ("Pentagon", "organization", {"country": "US"}),
    "netanyahu": ("Benjamin Netanyahu", "person", {"country": "IL"}),
    "marcos": ("Ferdinand Marcos Jr.", "person", {"country": "PH"}),
    "erdogan": ("Recep Tayyip Erdogan", "person", {"country": "TR"}),
    "zelensky": ("Volodymyr Zelensky", "person", {"country": "UA"}),
    "scholz": ("Olaf Scholz", "person", {"country": "DE"}),
    "wangyi": ("Wang Yi", "person", {"country": "CN"}),
    "xi": ("Xi Jinping", "person", {"country": "CN"}),
    "dagalo": ("Mohamed Hamdan Dagalo", "person", {"country": "SD"}),
    "prabowo": ("Prabowo Subianto", "person", {"country": "IDN"}),
    "tolam": ("To Lam", "person", {"country": "VN"}),
    "jerusalem": ("Jerusalem", "place", {"country": "IL"}),
    "gaza": ("Gaza", "place", {}),
    "rafah": ("Rafah", "place", {}),
    "cairo": ("Cairo", "place", {"country": "EG"}),
    "elfasher": ("El Fasher", "place", {"country": "SD"}),
    "khartoum": ("Khartoum", "place", {"country": "SD"}),
    "manila": ("Manila", "place", {"country": "PH"}),
    "beijing": ("Beijing", "place", {"country": "CN"}),
    "hanoi": ("Hanoi", "place", {"country": "VN"}),
    "kyiv": ("Kyiv", "place", {"country": "UA"}),
    "jakarta": ("Jakarta", "place", {"country": "IDN"}),
    "shoal": ("Second Thomas Shoal", "place", {}),
    "xinhua": ("Xinhua", "organization", {"country": "CN", "kind": "news_agency"}),
    "reuters": ("Reuters", "organization", {"kind": "news_agency"}),
})
ENTITIES.update({
    "biden": ("Joe Biden", "person", {"country": "US"}),
})
ENTITIES.update({
    "yoon": ("Yoon Suk Yeol", "person", {"country": "KR"}),
    "dpr": ("People's Representative Council", "organization", {"country": "IDN"}),
})
ENTITIES.update({
    "sisi": ("Abdel Fattah al-Sisi", "person", {"country": "EG"}),
})
ENTITIES.update({
    "retno": ("Retno Marsudi", "person", {"country": "IDN"}),
})
ENTITIES.update({
    "NE": ("Niger", "country", {"capital": "niamey"}),
    "bazoum": ("Mohamed Bazoum", "person", {"country": "NE"}),
    "niamey": ("Niamey", "place", {"country": "NE"}),
    "antakya": ("Antakya", "place", {"country": "TR"}),
    "BR": ("Brazil", "country", {}),
    "portoalegre": ("Porto Alegre", "place", {"country": "BR"}),
})
ENTITIES.update({  # world stories for the grammar of tests/claims/test_news_*.py
    "GB": ("United Kingdom", "country", {"capital": "london"}),
    "LB": ("Lebanon", "country", {"capital": "beirut"}),
    "RW": ("Rwanda", "country", {"capital": "kigali"}),
    "CD": ("Democratic Republic of the Congo", "country", {"capital": "kinshasa"}),
    "GA": ("Gabon", "country", {"capital": "libreville"}),
    "FR": ("France", "country", {"capital": "paris"}),
    "PT": ("Portugal", "country", {}),
    "HT": ("Haiti", "country", {}),
    "AU": ("African Union", "organization", {}),
    "m23": ("M23", "organization", {"country": "CD"}),
    "bongo": ("Ali Bongo Ondimba", "person", {"country": "GA"}),
    "oligui": ("Brice Oligui Nguema", "person", {"country": "GA"}),
    "tshisekedi": ("Felix Tshisekedi", "person", {"country": "CD"}),
    "kagame": ("Paul Kagame", "person", {"country": "RW"}),
    "goma": ("Goma", "place", {"country": "CD"}),
    "kharkiv": ("Kharkiv", "place", {"country": "UA"}),
    "odesa": ("Odesa", "place", {"country": "UA"}),
    "libreville": ("Libreville", "place", {"country": "GA"}),
    "portauprince": ("Port-au-Prince", "place", {"country": "HT"}),
    "tyre": ("Tyre", "place", {"country": "LB"}),
    "YE": ("Yemen", "country", {}),
    "AZ": ("Azerbaijan", "country", {"capital": "baku"}),
    "AM": ("Armenia", "country", {"capital": "yerevan"}),
    "NE": ("Niger", "country", {"capital": "niamey"}),
    "houthis": ("Houthis", "organization", {"country": "YE"}),
    "ecowas": ("Economic Community of West African States", "organization", {}),
    "junta": ("National Council for the Safeguard of the Homeland", "organization",
              {"country": "NE"}),
})
