"""Which network addresses a fetch may reach: public unicast ones only, unless allowed.

A URL in a feed, a redirect or a URL list is chosen by whoever wrote it. Without this check,
`http://169.254.169.254/` (cloud metadata), `http://127.0.0.1:8080/admin` or a name that
resolves to 10.0.0.5 would be fetched from inside the analyst's network and stored. Names are
resolved here and the connection is made to the very address checked (see `web.py`), so a name
that resolves to a public address once and to a private one later gains nothing.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable

# (host, port) -> the IP addresses (as text) to connect to, in order of preference
Resolver = Callable[[str, int], list[str]]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class RefusedAddress(Exception):
    """A fetch target that resolves to an address we do not connect to."""

    def __init__(self, host: str, address: str, kind: str):
        said = f"{host} is" if parse_ip(host) is not None else f"{host} resolves to {address},"
        super().__init__(f"{said} a {kind} address")
        self.host, self.address, self.kind = host, address, kind


class ResolveError(Exception):
    """A name that cannot be resolved (in time)."""


def system_resolver(host: str, port: int, timeout: float | None = None) -> list[str]:
    """The addresses the operating system gives for `host` (getaddrinfo), within `timeout`.

    getaddrinfo cannot be interrupted, so it runs in a daemon thread that is abandoned (not
    waited for) when the time is up."""
    found: list[list[str] | BaseException] = []

    def run() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            found.append(list(dict.fromkeys(str(info[4][0]) for info in infos)))
        except (OSError, UnicodeError) as e:
            found.append(e)

    worker = threading.Thread(target=run, name="newsweave-resolve", daemon=True)
    worker.start()
    worker.join(timeout)
    if not found:
        raise ResolveError(f"resolving {host} took longer than {timeout:g} s")
    if isinstance(found[0], BaseException):
        raise ResolveError(f"cannot resolve {host} ({found[0]})")
    return found[0]


def _embedded_ipv4(ip: IPAddress) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries (mapped, 6to4, Teredo, NAT64), which routers
    may deliver to."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    out = [a for a in (ip.ipv4_mapped, ip.sixtofour) if a is not None]
    if ip.teredo:
        out += list(ip.teredo)
    if ip in _NAT64:
        out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return out


def address_kind(ip: IPAddress) -> str | None:
    """Why `ip` is not a public unicast address ("loopback", "private", …), or None if it is."""
    for inner in _embedded_ipv4(ip):
        kind = address_kind(inner)
        if kind:
            return kind
    checks = (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("non-public", not ip.is_global),  # shared (100.64/10), benchmarking, documentation
    )
    return next((name for name, hit in checks if hit), None)


def parse_ip(host: str) -> IPAddress | None:
    """The address `host` is written as ('127.0.0.1', '[::1]', '::1'), or None for a name."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


def vetted_addresses(host: str, port: int, resolve: Resolver, allow_private: bool) -> list[str]:
    """The addresses to connect to for `host`; raises RefusedAddress when any of them is not
    public (a name answering with one public and one private address is refused too: the
    client could be steered to either) and `allow_private` is off."""
    literal = parse_ip(host)
    addresses = [str(literal)] if literal is not None else resolve(host, port)
    if not addresses:
        raise ResolveError(f"{host} has no address")
    if not allow_private:
        for text in addresses:
            ip = parse_ip(text)
            kind = "unparseable" if ip is None else address_kind(ip)
            if kind:
                raise RefusedAddress(host, text, kind)
    return addresses
