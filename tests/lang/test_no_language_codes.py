"""No module outside lang/ names a language code: code reads a pack's properties instead.

A string literal that is a language code counts when it can only mean a language: any code of a
pack, a row of lang/_base/languages.yaml or CLDR, except the few codes that are also everyday
identifiers ("id", "tr", "it", ...), which count only where they are compared with something
named lang, language or code. Data files outside lang/ (and the knowledge base's names, which
DESIGN.md puts in kb/) must not be keyed by language either.

Run as a script (`python tests/lang/test_no_language_codes.py [SRC]`) to list the hits.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import yaml

SRC = Path(__file__).resolve().parents[2] / "src" / "newsweave"
# codes that are also words, identifiers or HTML tags: counted only in a language context
# ("br": an HTML tag, "mt": machine translation, "th": an ordinal suffix, "km", "kg": units)
AMBIGUOUS = frozenset({"id", "tr", "it", "is", "as", "am", "an", "be", "he", "me", "my", "no",
                       "or", "so", "to", "li", "la", "el", "os", "om", "na", "ne", "ha", "ki",
                       "mi", "sg", "se", "si", "ta", "te", "ti", "wa", "yo", "bo", "co", "ig",
                       "br", "mt", "th", "km", "kg"})
# (path under src/newsweave, code): why this literal is not a branch on a language
_LETTERS = "a romanisation letter group of the phonetic key (Zhukov ~ Jukov), not a language"
ALLOWED: dict[tuple[str, str], str] = {
    ("kb/translit.py", "zh"): _LETTERS,
    ("kb/translit.py", "ts"): _LETTERS,
    ("kb/translit.py", "ks"): _LETTERS,
    ("kb/translit.py", "eu"): _LETTERS,
    ("kb/translit.py", "eo"): _LETTERS,
}
_CONTEXT = re.compile(r"lang|language|\bcode\b|\.code\b", re.IGNORECASE)


def language_codes() -> frozenset[str]:
    from babel.localedata import locale_identifiers

    from newsweave import lang

    codes = {c.split("_")[0] for c in locale_identifiers()}
    codes |= set(lang.available()) | set(lang.rows())
    for p in lang.known_languages():
        codes |= set(p.confusable_with)
    return frozenset(c for c in codes if re.fullmatch(r"[a-z]{2,3}", c))


def _in_language_context(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """The literal is compared with (or is in a collection compared with) something named
    lang, language or code."""
    cur = node
    while cur in parents:
        parent = parents[cur]
        if isinstance(parent, ast.Compare):
            others = [parent.left, *parent.comparators]
            return any(o is not cur and _CONTEXT.search(ast.unparse(o)) for o in others)
        if not isinstance(parent, (ast.Tuple, ast.List, ast.Set)):
            return False
        cur = parent
    return False


def python_hits(root: Path, codes: frozenset[str]) -> list[tuple[str, int, str]]:
    """(path, line, code) of each language-code literal in the modules under root, lang/ aside."""
    out = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("lang/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            value = node.value
            if value not in codes or (rel, value) in ALLOWED:
                continue
            if value in AMBIGUOUS and not _in_language_context(node, parents):
                continue
            out.append((rel, node.lineno, value))
    return out


def _keys(data: object, path: str = "") -> list[str]:
    out = []
    if isinstance(data, dict):
        for k, v in data.items():
            out.append(str(k))
            out += _keys(v, f"{path}.{k}")
    elif isinstance(data, list):
        for v in data:
            out += _keys(v, path)
    return out


def data_hits(root: Path, codes: frozenset[str]) -> list[tuple[str, str]]:
    """(path, key) of each mapping key that is a language code in data files outside lang/ and
    the knowledge base's name files."""
    out = []
    for path in sorted(root.rglob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(("lang/", "kb/data/")):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out += [(rel, k) for k in _keys(data) if k in codes and k not in AMBIGUOUS]
    return out


def test_no_module_outside_lang_names_a_language() -> None:
    hits = python_hits(SRC, language_codes())
    assert not hits, "\n".join(f"src/newsweave/{p}:{n}: {c!r} (read a pack property)"
                               for p, n, c in hits)


def test_no_data_file_outside_lang_is_keyed_by_language() -> None:
    hits = data_hits(SRC, language_codes())
    assert not hits, "\n".join(f"src/newsweave/{p}: key {k!r} (move it into lang/{k}/)"
                               for p, k in hits)


def test_the_check_finds_a_branch_on_a_code(tmp_path: Path) -> None:
    module = tmp_path / "kb" / "x.py"
    module.parent.mkdir()
    module.write_text('def f(view, row):\n    if view.lang == "vi":\n        return row["id"]\n'
                      '    return view.lang in ("id", "ms") or g(lang="ko")\n', encoding="utf-8")
    found = {(n, c) for _, n, c in python_hits(tmp_path, language_codes())}
    assert found == {(2, "vi"), (4, "id"), (4, "ms"), (4, "ko")}


def test_allow_list_entries_still_exist() -> None:
    for (rel, code), why in ALLOWED.items():
        text = (SRC / rel).read_text(encoding="utf-8")
        assert f'"{code}"' in text or f"'{code}'" in text, (rel, code, why)


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else SRC
    codes = language_codes()
    py = python_hits(root, codes)
    data = data_hits(root, codes)
    for p, n, c in py:
        print(f"{p}:{n}: {c}")
    for p, k in data:
        print(f"{p}: key {k}")
    print(f"{len(py)} language-code literal(s) in modules, {len(data)} language key(s) in data")
