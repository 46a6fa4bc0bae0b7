"""Hindi and Ukrainian names link to the packaged knowledge base: Devanagari words read whole
(vowel signs and virama inside them), postpositions written apart (रूस ने), Ukrainian case
endings (Києві, Росією, Путіна) and GeoNames' places in both scripts. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsweave.kb import load_knowledge_base

from .conftest import linked


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("रूस ने यूक्रेन पर हमला किया।", "hi", {"रूस": "russia", "यूक्रेन": "ukraine"}),
    ("रूसी राष्ट्रपति व्लादिमीर पुतिन ने प्योंगयांग में किम जोंग उन से मुलाकात की।", "hi",
     {"रूसी": "russia", "व्लादिमीर पुतिन": "vladimir-putin", "प्योंगयांग": "pyongyang",
      "किम जोंग उन": "kim-jong-un"}),
    ("संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने चिंता जताई।", "hi",
     {"संयुक्त राष्ट्र": "united-nations", "एंटोनियो गुटेरेस": "antonio-guterres"}),
    ("अमेरिकी विदेश मंत्री ने दक्षिण कोरिया की राजधानी सियोल का दौरा किया।", "hi",
     {"अमेरिकी": "united-states", "सियोल": "seoul"}),  # a GeoNames name in Devanagari
    ("नाटो और हमास के बयान", "hi", {"नाटो": "nato", "हमास": "hamas"}),
    # Latin abbreviations spelled out letter by letter
    ("यूएन और आईएईए ने चिंता जताई।", "hi", {"यूएन": "united-nations", "आईएईए": "iaea"}),
    ("डब्ल्यूएचओ और एफबीआई के अधिकारी", "hi",
     {"डब्ल्यूएचओ": "who", "एफबीआई": "federal-bureau-of-investigation"}),
    ("Президент Росії Володимир Путін прибув до Пхеньяна.", "uk",
     {"Росії": "russia", "Володимир Путін": "vladimir-putin", "Пхеньяна": "pyongyang"}),
    ("Путіна зустріли в Москві, а війська КНДР воюють разом із Росією.", "uk",
     {"Путіна": "vladimir-putin", "Москві": "moscow", "КНДР": "north-korea",
      "Росією": "russia"}),
    ("Зеленський заявив, що Києву потрібна допомога НАТО.", "uk",
     {"Зеленський": "volodymyr-zelenskyy", "Києву": "kyiv", "НАТО": "nato"}),
])
def test_names_link(kb, text: str, lang: str, expected: dict[str, str]) -> None:
    found = linked(text, lang, kb)
    for surface, entity in expected.items():
        assert found.get(surface) == entity, (surface, found)


@pytest.mark.parametrize(("text", "lang"), [
    ("उन्होंने कहा कि बातचीत जारी रहेगी।", "hi"),  # no name: nothing links
    ("एक टीवी चैनल पर पीएम का भाषण दिखाया गया।", "hi"),  # letters that spell no KB name
    ("Він сказав, що переговори тривають.", "uk"),
])
def test_ordinary_sentences_link_nothing(kb, text: str, lang: str) -> None:
    assert linked(text, lang, kb) == {}
