"""What `newsweave serve` is told on its command line."""

from __future__ import annotations

import getpass
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

TOKEN_ENV = "NEWSWEAVE_TOKEN"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container): decisions still need an author
        return "analyst"


@dataclass(frozen=True)
class WebSettings:
    db: str
    token: str | None = None  # None: writes are refused (read-only or no token given)
    read_only: bool = False
    allow_private: bool = False  # URL ingest may reach private, loopback, link-local hosts
    max_upload_bytes: int = 50 * 1024 * 1024  # one ingest request, all files together
    max_urls: int = 200  # URLs in one ingest request
    analyst: str = field(default_factory=_user)  # the default author of decisions
    kb_files: tuple[Path, ...] = ()

    @property
    def uploads_dir(self) -> Path:
        """Uploaded files are kept beside the database: the sources stay at hand (for a
        PostgreSQL URL, in the working directory, one folder per database URL)."""
        if self.db.startswith(("postgresql://", "postgres://")):
            return Path(f"newsweave-{hashlib.sha256(self.db.encode()).hexdigest()[:12]}.uploads")
        return Path(f"{self.db}.uploads")

    @staticmethod
    def token_from_env() -> str | None:
        return os.environ.get(TOKEN_ENV) or None
