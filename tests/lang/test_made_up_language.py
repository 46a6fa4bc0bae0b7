"""Proof that a language is one folder: a pack for a made-up language, written to a temporary
directory on the pack search path, is validated and read by the whole pipeline with no other
edit. The language ("qaa", from ISO 639's range for local use) is written in runes, so nothing
but its pack can identify it; the names in its sentences are ordinary knowledge-base names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

META = """\
code: qaa
name: Test Runic
scripts: [Runr]
spacing: words
case: false
word_order: SVO
adpositions: prepositions
case_marking: none
identified_by_script: [Runr]
date_order: dmy
"""
DATES = """\
patterns:
  - "{D} {MON} {Y}"
  - "{D} {MON}"
months:
  january: [ᛃᚨᚾ]
  february: [ᚠᛖᛒ]
  march: [ᛗᚨᚱ]
  april: [ᚨᛈᚱ]
  may: [ᛗᚨᛃ]
  june: [ᛃᚢᚾ]
  july: [ᛃᚢᛚ]
  august: [ᚨᚢᚷ]
  september: [ᛊᛖᛈ]
  october: [ᛟᚲᛏ]
  november: [ᚾᛟᚹ]
  december: [ᛞᛖᚲ]
relative_day:
  yesterday: [ᛃᛖᛊᛏᚱ]
"""
CLAIMS = """\
triggers:
  MEET: [ᛗᛖᛏ]
roles:
  before:
    partner: [ᚹᛁᚦ]
"""
TEXT = """\
ᚾᛖᚹᛊ ᚠᚱᛟᛗ ᛏᚺᛖ ᚾᛟᚱᚦ

Vladimir Putin ᛗᛖᛏ ᚹᛁᚦ Kim Jong Un ᛁᚾ Moscow ᛟᚾ 5 ᛗᚨᚱ 2024 ᚨᚾᛞ ᛏᚺᛖᛃ ᛏᚨᛚᚲᛖᛞ ᛚᛟᚾᚷ.
ᛏᚺᛖ ᛚᛖᚨᛞᛖᚱᛊ ᛊᚨᛁᛞ ᚾᛟᚦᛁᚾᚷ ᛗᛟᚱᛖ ᛏᛟ ᛏᚺᛖ ᛈᚱᛖᛊᛊ ᛏᚺᚨᛏ ᛞᚨᛃ.
"""


def _newsweave(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsweave.cli", *args], env=env,
                          capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    root = tmp_path_factory.mktemp("made_up")
    pack = root / "packs" / "qaa"
    pack.mkdir(parents=True)
    for name, body in (("meta", META), ("dates", DATES), ("claims", CLAIMS)):
        (pack / f"{name}.yaml").write_text(body, encoding="utf-8")
    (root / "qaa_news.txt").write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "NEWSWEAVE_LANG_PATH": str(root / "packs"),
           "NEWSWEAVE_CACHE": str(root / "cache")}
    return env, root


def test_the_made_up_pack_validates(made_up: tuple[dict[str, str], Path]) -> None:
    env, _ = made_up
    done = _newsweave(env, "lang", "validate", "qaa")
    assert done.returncode == 0, done.stderr
    listed = _newsweave(env, "lang", "list")
    assert "Test Runic" in listed.stdout


def test_the_pipeline_reads_the_made_up_language(made_up: tuple[dict[str, str], Path]) -> None:
    env, root = made_up
    db = str(root / "nw.db")
    done = _newsweave(env, "--db", db, "ingest", str(root / "qaa_news.txt"))
    assert done.returncode == 0, done.stderr + done.stdout
    out = root / "export.json"
    done = _newsweave(env, "--db", db, "export", "--format", "json", "-o", str(out))
    assert done.returncode == 0, done.stderr
    export = json.loads(out.read_text(encoding="utf-8"))
    (doc,) = export["documents"]
    # identified by its script: the pack is the only thing that knows the runes
    assert [share["lang"] for share in doc["languages"]] == ["qaa"]
    (claim,) = [c for c in export["claims"] if c["type"] == "MEET"]
    assert claim["evidence"]["lang"] == "qaa"
    assert set(claim["actors"]) | set(claim["targets"]) == {"vladimir-putin", "kim-jong-un"}
    # the date written with the pack's own month name
    assert claim["date"] == {"value": "2024-03-05", "text": "5 ᛗᚨᚱ 2024"}


def test_without_the_path_the_language_is_unknown(made_up: tuple[dict[str, str], Path]) -> None:
    env, _ = made_up
    plain = {k: v for k, v in env.items() if k != "NEWSWEAVE_LANG_PATH"}
    done = _newsweave(plain, "lang", "validate", "qaa")
    assert done.returncode == 1 and "no pack lang/qaa/" in done.stderr
