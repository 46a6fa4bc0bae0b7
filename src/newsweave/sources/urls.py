"""What may be fetched, decided from the URL alone: the schemes, the reserved example domains,
and the error for a URL refused by policy. No network library is imported here, so reading
files and feeds never pays for one."""

from __future__ import annotations

from urllib.parse import urlsplit

from newsweave.model import InputError

SCHEMES = ("http", "https")


# names reserved for documentation and tests (RFC 2606, RFC 6761): nothing real lives there
RESERVED_SUFFIXES = (".example", ".invalid", ".test", "example.com", "example.net", "example.org")


def is_reserved(url: str) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return False
    return any(host == s.lstrip(".") or host.endswith(s if s[0] == "." else "." + s)
               for s in RESERVED_SUFFIXES)


def scheme_of(url: str) -> str | None:
    """The scheme of `url` in lower case ('file' for 'FILE:///x'), or None without one."""
    head, sep, _ = url.partition(":")
    if not sep or not head or not head[0].isalpha():
        return None
    if not all(ch.isalnum() or ch in "+-." for ch in head):
        return None
    return head.lower()


class Refused(InputError):
    """A URL not fetched by policy (scheme, private address), not because it failed."""
