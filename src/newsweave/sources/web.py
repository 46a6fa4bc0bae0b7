"""Fetching URLs with httpx: a timeout, capped redirects, a size cap enforced while streaming."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from newsweave.model import InputError
from newsweave.options import Options


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    data: bytes
    content_type: str | None


def fetch(url: str, options: Options, client: httpx.Client | None = None) -> Fetched:
    """GET `url`; raises InputError with a one-line reason on any failure."""
    if not options.allow_network:
        raise InputError(url, "network access is turned off")
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
