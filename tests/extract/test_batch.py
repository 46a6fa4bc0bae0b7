"""Sources and extraction together: a mixed folder, where bad files never stop the good ones."""

from __future__ import annotations

from pathlib import Path

from newsweave.extract import extract
from newsweave.model import Extracted, InputError
from newsweave.options import Options
from newsweave.sources import read_inputs

GOOD = {
    "ja_sjis.txt": (
        "shift_jis",
        "北朝鮮の代表団は十七日、モスクワに到着した。\n2024年10月17日 11時00分 配信\n",
    ),
    "ko_euckr.txt": (
        "euc_kr",
        "북한 대표단이 17일 모스크바에 도착했다.\n입력 2024.10.17 11:00\n",
    ),
    "ru_cp1251.txt": (
        "cp1251",
        "Делегация КНДР прибыла в Москву.\nОпубликовано 17 октября 2024 г.\n",
    ),
    "zh_gb18030.txt": (
        "gb18030",
        "朝鲜代表团十七日抵达莫斯科。\n发布时间：2024-10-17 11:00\n",
    ),
    "vi_utf8.txt": (
        "utf-8",
        "Phái đoàn Triều Tiên đã đến Moskva.\nCập nhật 17/10/2024 08:00\n",
    ),
    "id_utf8bom.txt": (
        "utf-8-sig",
        "Delegasi Korea Utara tiba di Moskow.\nDiterbitkan 17 Oktober 2024\n",
    ),
    "en_utf16.txt": (
        "utf-16",
        "The North Korean delegation arrived in Moscow.\nOctober 17, 2024\n",
    ),
}


def run(root: Path) -> dict[str, Extracted | InputError]:
    options = Options()
    out: dict[str, Extracted | InputError] = {}
    for item in read_inputs([str(root)], options):
        if isinstance(item, InputError):
            out[Path(item.uri).name] = item
            continue
        try:
            out[Path(item.uri).name] = extract(item, options)
        except InputError as e:
            out[Path(item.uri).name] = e
    return out


def test_mixed_folder(tmp_path: Path) -> None:
    for name, (encoding, text) in GOOD.items():
        (tmp_path / name).write_bytes(text.encode(encoding))
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 10_000 + "x", "utf-8")
    (tmp_path / "broken.rss").write_text("not a feed", "utf-8")
    got = run(tmp_path)
    for name, (_, text) in GOOD.items():
        doc = got[name]
        assert isinstance(doc, Extracted), doc
        assert doc.text == text.lstrip("\ufeff")
        assert doc.published == "2024-10-17", name
        assert doc.published_source == "text"
    for bad in ("scan.pdf", "empty.txt", "deep.html", "broken.rss"):
        assert isinstance(got[bad], InputError), bad
