"""`newsweave serve`: the analyst's workspace in the browser, and its JSON API."""

from __future__ import annotations

import argparse
import ipaddress
import secrets

from newsweave.commands._common import UsageError
from newsweave.store import open_store, redact

NAME = "serve"
HELP = "serve the web app and JSON API over the database (127.0.0.1:8000 by default)"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", help="the token writes (ingest, review) need; default "
                   "$NEWSWEAVE_TOKEN, else a random one printed at start")
    p.add_argument("--read-only", action="store_true",
                   help="refuse every write; the database must exist")
    p.add_argument("--allow-private", action="store_true",
                   help="let URL ingest reach private, loopback and link-local addresses")
    p.add_argument("--max-upload-mb", type=float, default=50.0, metavar="MB",
                   help="largest ingest request, all files together (default 50)")
    p.add_argument("--analyst", help="the name recorded with decisions when the form gives "
                   "none (default: your login name)")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace, ctx) -> int:
    import uvicorn

    from newsweave.web import create_app
    from newsweave.web.settings import WebSettings

    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port}: a port is 1 to 65535")
    if args.max_upload_mb <= 0:
        raise UsageError("--max-upload-mb must be more than 0")
    token = None if args.read_only else (args.token or WebSettings.token_from_env())
    generated = False
    if not args.read_only and not token:
        token, generated = secrets.token_urlsafe(24), True
    store = open_store(ctx.db, read_only=args.read_only)  # creates or upgrades it, or refuses
    documents = len(store.document_rows())
    store.close()
    extra = {"analyst": args.analyst} if args.analyst else {}
    settings = WebSettings(db=ctx.db, token=token, read_only=args.read_only,
                           allow_private=args.allow_private,
                           max_upload_bytes=int(args.max_upload_mb * 1024 * 1024),
                           kb_files=ctx.options.kb_files, **extra)
    kb = ctx.kb_or_none()  # loaded once, before the first request
    err = ctx.err
    url = f"http://{args.host if ':' not in args.host else f'[{args.host}]'}:{args.port}/"
    err.print(f"newsweave serve: {redact(ctx.db)} ({documents} documents"
              f"{'' if kb is not None else ', no knowledge base'}) on {url}", highlight=False)
    if not _loopback(args.host):
        err.print(f"[yellow]warning:[/yellow] listening on {args.host}: other machines can "
                  "reach this server", highlight=False)
    if args.read_only:
        err.print("read-only: ingest and review are turned off", highlight=False)
    elif generated:
        err.print(f"write token (this run only): {token}\nsign in: {url}login?token={token}",
                  highlight=False)
    else:
        err.print("writes need the token given with --token or $NEWSWEAVE_TOKEN",
                  highlight=False)
    app = create_app(settings, ctx.resources)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                server_header=False)
    return 0
