"""Throughput of the analysis stage (entity linking, times, quantities) per language.

    python bench/analysis.py [SEEDS_DIR] [--mb 1.0]

Builds the seed documents once (extract, clean, segment), groups them by main language, and runs
`newsweave.analyze.analyze` over them repeatedly until about --mb megabytes (UTF-8) of text per
language have been analysed; made-up English, Russian, Arabic, Turkish, German, French, Spanish,
Portuguese, Ukrainian, Hindi, Vietnamese and Chinese paragraphs are added as languages the seeds
lack. Prints sentences/s and MB/s per language, the share of the time spent inside Sudachi (ja)
and Kiwi (ko), and the share inside entity linking. Repeats reuse the transliteration caches, so
the figures are an upper bound for text never seen before; the first pass (cold) is shown too.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.analyze import analyze  # noqa: E402
from newsweave.kb import link  # noqa: E402
from newsweave.lang import get_pack  # noqa: E402
from newsweave.model import RawDocument  # noqa: E402
from newsweave.pipeline import build_document  # noqa: E402
from newsweave.resources import Resources  # noqa: E402

MADE_UP = {
    "en": "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on "
          "Wednesday. Foreign Minister Sergey Lavrov said the two countries signed a treaty. "
          "The United States and South Korea warned that about 10,000 troops had been sent to "
          "the Kursk region, according to Yonhap.\n",
    "ru": "Президент России Владимир Путин встретился с лидером КНДР Ким Чен Ыном в Пхеньяне. "
          "Министр иностранных дел Сергей Лавров заявил, что стороны подписали договор. "
          "США и Южная Корея сообщили о переброске около 10 000 военных в Курскую область.\n",
    "ar": "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ "
          "يوم الأربعاء. وقال وزير الخارجية سيرغي لافروف إن البلدين وقّعا معاهدة. وحذرت "
          "الولايات المتحدة وكوريا الجنوبية من إرسال نحو ١٠٬٠٠٠ جندي إلى منطقة كورسك، وفقاً "
          "لوكالة يونهاب.\n",
    "tr": "Rusya Devlet Başkanı Vladimir Putin, Kuzey Kore lideri Kim Jong Un ile çarşamba günü "
          "Pyongyang'da bir araya geldi. Dışişleri Bakanı Sergey Lavrov, iki ülkenin bir anlaşma "
          "imzaladığını söyledi. Yonhap'ın haberine göre ABD ve Güney Kore, Kursk bölgesine "
          "yaklaşık 10.000 asker gönderildiği uyarısında bulundu.\n",
    "de": "Der russische Präsident Wladimir Putin traf am Mittwoch in Pjöngjang den "
          "nordkoreanischen Machthaber Kim Jong Un. Außenminister Sergej Lawrow sagte, beide "
          "Länder hätten einen Vertrag unterzeichnet. Die USA und Südkorea warnten, dass rund "
          "10.000 Soldaten in die Region Kursk geschickt worden seien, teilte Yonhap mit.\n",
    "fr": "Le président russe Vladimir Poutine a rencontré mercredi à Pyongyang le dirigeant "
          "nord-coréen Kim Jong-un. Le ministre des Affaires étrangères Sergueï Lavrov a déclaré "
          "que les deux pays avaient signé un traité. Les États-Unis et la Corée du Sud ont "
          "averti qu'environ 10 000 soldats avaient été envoyés dans la région de Koursk, selon "
          "Yonhap.\n",
    "es": "El presidente ruso, Vladímir Putin, se reunió el miércoles en Pyongyang con el líder "
          "norcoreano Kim Jong Un. El canciller Serguéi Lavrov afirmó que ambos países firmaron "
          "un tratado. Estados Unidos y Corea del Sur advirtieron que unos 10.000 soldados "
          "habían sido enviados a la región de Kursk, según la agencia Yonhap.\n",
    "pt": "O presidente russo, Vladimir Putin, reuniu-se na quarta-feira em Pyongyang com o "
          "líder norte-coreano Kim Jong Un. O chanceler Serguei Lavrov afirmou que os dois "
          "países assinaram um tratado. Os Estados Unidos e a Coreia do Sul alertaram que cerca "
          "de 10 mil soldados foram enviados para a região de Kursk, segundo a agência Yonhap.\n",
    "uk": "Президент Росії Володимир Путін зустрівся з лідером КНДР Кім Чен Ином у Пхеньяні. "
          "Міністр закордонних справ Сергій Лавров заявив, що сторони підписали договір. "
          "США та Південна Корея повідомили про перекидання близько 10 000 військових до "
          "Курської області.\n",
    "hi": "रूसी राष्ट्रपति व्लादिमीर पुतिन ने बुधवार को प्योंगयांग में उत्तर कोरिया के नेता किम जोंग "
          "उन से मुलाकात की। विदेश मंत्री सर्गेई लावरोव ने कहा कि दोनों देशों ने एक संधि पर "
          "हस्ताक्षर किए। अमेरिका और दक्षिण कोरिया ने चेतावनी दी कि लगभग 10,000 सैनिक कुर्स्क "
          "क्षेत्र में भेजे गए हैं।\n",
    "vi": "Tổng thống Nga Vladimir Putin đã gặp nhà lãnh đạo Triều Tiên Kim Jong Un tại Bình "
          "Nhưỡng hôm thứ Tư. Ngoại trưởng Sergei Lavrov cho biết hai nước đã ký một hiệp ước. "
          "Mỹ và Hàn Quốc cảnh báo khoảng 10.000 binh sĩ đã được điều tới khu vực Kursk, theo "
          "hãng tin Yonhap.\n",
    "zh": "俄罗斯总统普京星期三在平壤会见了朝鲜领导人金正恩。外交部长拉夫罗夫说，两国签署了一项"
          "条约。美国和韩国警告说，大约一万名士兵已被派往库尔斯克州，据韩联社报道。\n",
}


def _timed(method, totals: dict, key: str):
    def tokens(self, text):
        t = time.perf_counter()
        try:
            return method(self, text)
        finally:
            totals[key] += time.perf_counter() - t

    return tokens


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds", nargs="?", default=str(ROOT.parent / "shared/corpus/seeds"))
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args(argv)

    resources = Resources()
    t = time.perf_counter()
    _ = resources.kb
    took = time.perf_counter() - t
    print(f"knowledge base: {len(resources.kb)} entities, loaded in {took:.2f} s")
    by_lang: dict[str, list] = defaultdict(list)
    for path in sorted(Path(args.seeds).glob("*.txt")):
        doc = build_document(RawDocument(str(path), path.read_bytes()), resources)
        by_lang[doc.main_language or "und"].append(doc)
    for lang, text in MADE_UP.items():
        raw = RawDocument(f"bench://{lang}", text * 8, media_type="text/plain")
        doc = build_document(raw, resources)
        by_lang[doc.main_language or lang].append(doc)

    # time the analysers from inside: wrap their classes' `tokens`
    totals: dict[str, float] = defaultdict(float)
    for code in ("ja", "ko"):
        analyser = get_pack(code).analyser()
        analyser.tokens("準備" if code == "ja" else "준비")  # load the model before timing
        cls = type(analyser)
        cls.tokens = _timed(cls.tokens, totals, code)  # type: ignore[method-assign]
    find_mentions = link.find_mentions
    link_time = [0.0]

    def timed_find(document, kb):
        t0 = time.perf_counter()
        try:
            return find_mentions(document, kb)
        finally:
            link_time[0] += time.perf_counter() - t0

    import newsweave.analyze as analyze_mod

    analyze_mod.find_mentions = timed_find  # type: ignore[assignment]

    print(f"{'lang':5} {'docs':>4} {'MB':>6} {'sent/s':>8} {'MB/s':>6} {'cold MB/s':>9} "
          f"{'in analyser':>11} {'in linking':>10}")
    target = args.mb * 1_000_000
    for lang, docs in sorted(by_lang.items()):
        size = sum(len(d.clean_text.encode()) for d in docs)
        sentences = sum(len(d.sentences) for d in docs)
        totals.clear()
        link_time[0] = 0.0
        done_bytes = done_sents = 0
        t0 = time.perf_counter()
        cold = None
        while done_bytes < target:
            for d in docs:
                analyze(d, resources)
            done_bytes += size
            done_sents += sentences
            if cold is None:
                cold = size / 1e6 / max(time.perf_counter() - t0, 1e-9)
        elapsed = time.perf_counter() - t0
        in_analyser = sum(totals.values())
        print(f"{lang:5} {len(docs):4d} {done_bytes / 1e6:6.2f} {done_sents / elapsed:8.0f} "
              f"{done_bytes / 1e6 / elapsed:6.2f} {cold:9.2f} {in_analyser / elapsed:11.0%} "
              f"{link_time[0] / elapsed:10.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
