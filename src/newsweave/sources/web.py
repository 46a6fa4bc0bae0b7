"""Fetching URLs with httpx: a timeout, capped redirects, a size cap enforced while streaming."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from newsweave.model import InputError
from newsweave.options import Options


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    data: bytes
    content_type: str | None


# names reserved for documentation and tests (RFC 2606, RFC 6761): nothing real lives there
RESERVED_SUFFIXES = (".example", ".invalid", ".test", "example.com", "example.net", "example.org")


def is_reserved(url: str) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return False
    return any(host == s.lstrip(".") or host.endswith(s if s[0] == "." else "." + s)
               for s in RESERVED_SUFFIXES)


def fetch(url: str, options: Options, client: httpx.Client | None = None) -> Fetched:
    """GET `url`; raises InputError with a one-line reason on any failure."""
    if not options.allow_network:
        raise InputError(url, "network access is turned off")
    if is_reserved(url):
        raise InputError(url, "reserved example domain (RFC 2606); not fetched")
    own = client is None
    client = client or make_client(options)
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > options.max_input_bytes:
                raise InputError(url, f"larger than {options.max_input_bytes} bytes "
                                      f"(Content-Length {declared})")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > options.max_input_bytes:
                    raise InputError(url, f"larger than {options.max_input_bytes} bytes")
                chunks.append(chunk)
            return Fetched(url, str(response.url), b"".join(chunks),
                           response.headers.get("content-type"))
    except httpx.TooManyRedirects as e:
        raise InputError(url, f"too many redirects (more than {options.max_redirects})") from e
    except httpx.TimeoutException as e:
        raise InputError(url, f"timed out after {options.timeout:g} s") from e
    except httpx.InvalidURL as e:
        raise InputError(url, f"invalid URL ({_first_line(e)})") from e
    except httpx.HTTPError as e:
        raise InputError(url, f"fetch failed: {type(e).__name__}: {_first_line(e)}") from e
    finally:
        if own:
            client.close()


def _first_line(e: Exception) -> str:
    return (str(e).splitlines() or [""])[0]


def make_client(options: Options) -> httpx.Client:
    return httpx.Client(
        timeout=options.timeout,
        follow_redirects=True,
        max_redirects=options.max_redirects,
        headers={"User-Agent": options.user_agent},
    )
