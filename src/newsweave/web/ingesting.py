"""What the ingest form and API hand to a background job: uploaded files saved beside the
database, and URLs checked for their scheme.

Only http and https URLs are taken; a pasted path or a file:// URL is refused here, so the
server never reads its own files on a visitor's word. Whether a URL's host may be reached
(private, loopback, link-local addresses, also after redirects and in feeds) is decided by the
fetcher in `newsweave.sources` before it connects (`serve --allow-private` lifts it).
"""

from __future__ import annotations

import re
import secrets
import time
from urllib.parse import urlsplit

from fastapi import UploadFile

from newsweave.web.settings import WebSettings

_CHUNK = 1 << 16


def safe_name(name: str) -> str:
    """A file name that stays inside its folder: no path, no leading dot, no odd bytes."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[^\w.\-]+", "_", base, flags=re.UNICODE).lstrip("._")[:120]
    return base or "upload"


async def save_uploads(settings: WebSettings, files: list[UploadFile], max_bytes: int
                       ) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(paths to ingest, the names the user gave, refused files with the reason)."""
    folder = settings.uploads_dir / f"{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}"
    specs: list[str] = []
    labels: list[str] = []
    refused: list[tuple[str, str]] = []
    for upload in files:
        label = upload.filename or "upload"
        data = bytearray()
        while chunk := await upload.read(_CHUNK):
            data += chunk
            if len(data) > max_bytes:
                break
        if len(data) > max_bytes:
            refused.append((label, f"larger than {max_bytes} bytes"))
            continue
        if not data.strip():
            refused.append((label, "empty file"))
            continue
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / safe_name(label)
        n = 1
        while path.exists():
            path = folder / f"{n}-{safe_name(label)}"
            n += 1
        path.write_bytes(bytes(data))
        specs.append(str(path))
        labels.append(label)
    return specs, labels, refused


def check_urls(lines: list[str], settings: WebSettings
               ) -> tuple[list[str], list[tuple[str, str]]]:
    """(URLs to fetch, refused entries with the reason)."""
    urls: list[str] = []
    refused: list[tuple[str, str]] = []
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            parts = urlsplit(line)
        except ValueError:
            refused.append((line, "not a URL"))
            continue
        if parts.scheme.lower() not in ("http", "https"):
            refused.append((line, f"only http:// and https:// URLs can be ingested "
                                  f"(not {parts.scheme or 'a path'})"))
            continue
        if not parts.hostname:
            refused.append((line, "a URL needs a host name"))
            continue
        if len(urls) >= settings.max_urls:
            refused.append((line, f"more than {settings.max_urls} URLs in one request"))
            continue
        urls.append(line)
    return urls, refused
