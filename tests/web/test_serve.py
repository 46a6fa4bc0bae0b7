"""`newsweave serve` itself: it starts on 127.0.0.1, says where and how to sign in, and
refuses what it cannot do with a line, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from webkit import free_port

from newsweave.cli import main


def test_serve_starts_on_loopback_and_prints_how_to_sign_in(web_db: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsweave.cli", "--db", str(web_db), "serve", "--port",
         str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NEWSWEAVE_TOKEN": ""})
    try:
        deadline = time.time() + 90
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2, trust_env=False)
                break
            except httpx.TransportError:
                assert time.time() < deadline, "serve did not answer"
                time.sleep(0.3)
        assert r.json()["writes"] is True and r.json()["read_only"] is False
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert f"on http://127.0.0.1:{port}/" in err
    assert "write token (this run only): " in err
    token = err.split("write token (this run only): ")[1].split()[0]
    assert len(token) >= 24 and f"login?token={token}" in err


def test_serve_read_only_needs_an_existing_database(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "missing.db"
    assert main(["--db", str(missing), "serve", "--read-only"]) == 2
    assert "no database at" in capsys.readouterr().err
    assert not missing.exists()
    assert main(["--db", str(missing), "serve", "--port", "70000"]) == 2
    assert "a port is 1 to 65535" in capsys.readouterr().err
