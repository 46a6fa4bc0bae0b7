"""Fetching URLs safely with httpx.

- only http and https;
- every connection — to the first URL and to each redirect (followed here, one hop at a time,
  at most `options.max_redirects`) — goes through `_GuardedBackend`, which resolves the name,
  refuses loopback, private, link-local, multicast and reserved addresses (`guard.py`) unless
  `options.allow_private`, and connects to the address it checked;
- `options.timeout` bounds each connect and read, and `options.fetch_deadline` the whole
  request, redirects included (each socket operation waits at most for what is left of it);
- the body is capped at `options.max_input_bytes` while it streams (after decompression).

Proxies from the environment are not used: the address check must see the real target.
"""

from __future__ import annotations

import ssl
import time
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from newsweave.model import InputError
from newsweave.options import Options
from newsweave.sources.guard import (
    RefusedAddress,
    ResolveError,
    Resolver,
    system_resolver,
    vetted_addresses,
)
from newsweave.sources.urls import SCHEMES, Refused, is_reserved, scheme_of

# the sockets under every check (tests swap in a network that serves every address locally)
NETWORK: httpcore.NetworkBackend = httpcore.SyncBackend()


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    data: bytes
    content_type: str | None


class DeadlineExceeded(Exception):
    """The whole request (redirects included) took longer than `options.fetch_deadline`."""


class _Clock:
    """The deadline of the request being made (one request at a time per fetcher)."""

    def __init__(self) -> None:
        self.deadline: float | None = None

    def bound(self, timeout: float | None) -> tuple[float | None, bool]:
        """(the timeout to use now, whether the deadline is what limits it)."""
        if self.deadline is None:
            return timeout, False
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded
        if timeout is None or left < timeout:
            return left, True
        return timeout, False


class _GuardedStream(httpcore.NetworkStream):
    """A socket stream whose every wait is bounded by the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, clock: _Clock):
        self.inner, self.clock = inner, clock

    def _call(self, op: Any, *args: Any, timeout: float | None) -> Any:
        bounded, by_deadline = self.clock.bound(timeout)
        try:
            return op(*args, timeout=bounded)
        except (httpcore.ReadTimeout, httpcore.WriteTimeout, httpcore.ConnectTimeout):
            if by_deadline:
                raise DeadlineExceeded from None
            raise

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._call(self.inner.read, max_bytes, timeout=timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._call(self.inner.write, buffer, timeout=timeout)

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        tls = self._call(self.inner.start_tls, ssl_context, server_hostname, timeout=timeout)
        return _GuardedStream(tls, self.clock)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to addresses `guard.vetted_addresses` allows, within the deadline."""

    def __init__(self, options: Options, resolver: Resolver | None, clock: _Clock):
        self.options, self.resolver, self.clock = options, resolver, clock

    def _resolve(self, host: str, port: int) -> list[str]:
        if self.resolver is not None:
            return self.resolver(host, port)
        timeout, _ = self.clock.bound(self.options.timeout)
        return system_resolver(host, port, timeout)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        addresses = vetted_addresses(host, port, self._resolve, self.options.allow_private)
        failure: Exception | None = None
        for address in addresses:  # the checked addresses, never the name again
            bounded, by_deadline = self.clock.bound(timeout)
            try:
                stream = NETWORK.connect_tcp(address, port, bounded, local_address,
                                             socket_options)
            except httpcore.ConnectTimeout as e:
                if by_deadline:
                    raise DeadlineExceeded from None
                failure = e
                continue
            except httpcore.ConnectError as e:
                failure = e
                continue
            return _GuardedStream(stream, self.clock)
        assert failure is not None
        raise failure

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        raise RefusedAddress(path, path, "unix socket")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool built on `_GuardedBackend`."""

    def __init__(self, backend: _GuardedBackend):
        super().__init__(trust_env=False)
        # httpx (pinned in pyproject.toml) builds its pool without a way to pass a network
        # backend; the same pool, built with ours, replaces it
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=httpx.Limits().max_connections,
            max_keepalive_connections=httpx.Limits().max_keepalive_connections,
            keepalive_expiry=httpx.Limits().keepalive_expiry,
            network_backend=backend,
        )


class Fetcher:
    """GETs URLs one at a time under the rules in this module's docstring."""

    def __init__(self, options: Options, resolver: Resolver | None = None):
        self.options = options
        self._clock = _Clock()
        backend = _GuardedBackend(options, resolver, self._clock)
        self.client = httpx.Client(
            transport=_GuardedTransport(backend),
            timeout=options.timeout,
            follow_redirects=False,  # followed in `fetch`, each target checked
            trust_env=False,
            headers={"User-Agent": options.user_agent},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """GET `url`; raises InputError with a one-line reason on any failure or refusal."""
        options = self.options
        if not options.allow_network:
            raise InputError(url, "network access is turned off")
        self._clock.deadline = time.monotonic() + options.fetch_deadline
        try:
            return self._follow(url)
        except ResolveError as e:
            raise InputError(url, f"fetch failed: {e}") from e
        except DeadlineExceeded as e:
            raise InputError(url, f"took longer than the deadline of "
                                  f"{options.fetch_deadline:g} s") from e
        except httpx.TimeoutException as e:
            raise InputError(url, f"timed out after {options.timeout:g} s") from e
        except httpx.InvalidURL as e:
            raise InputError(url, f"invalid URL ({_first_line(e)})") from e
        except httpx.HTTPError as e:
            raise InputError(url, f"fetch failed: {type(e).__name__}: {_first_line(e)}") from e
        finally:
            self._clock.deadline = None

    def _follow(self, url: str) -> Fetched:
        target = url
        for hop in range(self.options.max_redirects + 1):
            where = f"redirect to {target}: " if hop else ""
            _check_target(url, target, where)
            try:
                with self.client.stream("GET", target) as response:
                    if response.is_redirect and "location" in response.headers:
                        target = str(response.url.join(response.headers["location"]))
                        continue
                    return Fetched(url, str(response.url), self._body(url, response),
                                   response.headers.get("content-type"))
            except RefusedAddress as e:
                raise Refused(url, f"{where}refused: {e} (allowed only with --allow-private)"
                              ) from e
        raise InputError(url, f"too many redirects (more than {self.options.max_redirects})")

    def _body(self, url: str, response: httpx.Response) -> bytes:
        limit = self.options.max_input_bytes
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise InputError(url, f"larger than {limit} bytes (Content-Length {declared})")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputError(url, f"larger than {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)


def _check_target(url: str, target: str, where: str) -> None:
    """Refuse a scheme other than http(s) and the reserved example domains, before any
    connection (addresses are checked when connecting)."""
    scheme = scheme_of(target)
    if scheme not in SCHEMES:
        shown = f"{scheme}:" if scheme else "a URL without a scheme"
        raise Refused(url, f"{where}refused: only http and https are fetched, not {shown}")
    if is_reserved(target):
        raise Refused(url, f"{where}reserved example domain (RFC 2606); not fetched")


def fetch(url: str, options: Options, resolver: Resolver | None = None) -> Fetched:
    """One URL with a fetcher of its own (see `Fetcher.fetch`)."""
    with Fetcher(options, resolver) as fetcher:
        return fetcher.fetch(url)


def _first_line(e: Exception) -> str:
    return (str(e).splitlines() or [""])[0]
