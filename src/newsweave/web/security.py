"""Headers every page carries, the token writes need, and the bound on request bodies.

Reading needs nothing (the server binds 127.0.0.1 by default). Writing (ingest, review) needs
the token: `Authorization: Bearer TOKEN` for API clients, or the cookie set by /login for the
browser, whose forms also carry a CSRF value derived from the token.
"""

from __future__ import annotations

import hashlib
import hmac

from fastapi import HTTPException, Request

# no inline script at all: the only scripts are our static files; plotly injects <style>
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
COOKIE = "nw_token"


def csrf_value(token: str) -> str:
    return hmac.new(token.encode(), b"newsweave-form", hashlib.sha256).hexdigest()


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


def presented_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-newsweave-token") or request.cookies.get(COOKIE)


def signed_in(request: Request) -> bool:
    token = request.app.state.settings.token
    return token is not None and _same(presented_token(request), token)


def require_writer(request: Request, csrf: str | None = None) -> None:
    """Refuse a write without the right token (401 missing, 403 wrong or read-only)."""
    settings = request.app.state.settings
    if settings.read_only:
        raise HTTPException(403, "this server is read-only (--read-only)")
    if settings.token is None:
        raise HTTPException(403, "writing is turned off: start the server with --token")
    given = presented_token(request)
    if not given:
        raise HTTPException(401, "writing needs the token (Authorization: Bearer TOKEN)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not _same(given, settings.token):
        raise HTTPException(403, "wrong token")
    # a form sent by the browser (cookie) must carry the value only our pages know
    from_cookie = request.cookies.get(COOKIE) and not request.headers.get("authorization") \
        and not request.headers.get("x-newsweave-token")
    if from_cookie and not _same(csrf, csrf_value(settings.token)):
        raise HTTPException(403, "this form is stale or did not come from this server")


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: a request body larger than the limit is refused with 413, whether it
    says its length or not, before it is all read."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _too_large(send, self.limit)


async def _too_large(send, limit: int) -> None:
    body = f"request body larger than {limit} bytes".encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]
                + [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """ASGI middleware adding HEADERS to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.decode().lower() not in {h.lower() for h in HEADERS}]
                headers += [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
