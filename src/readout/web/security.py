"""What keeps the web app safe to run: limits, the write token, same-origin writes, headers.

Article text is untrusted. Templates escape everything (Jinja2 autoescape, no `|safe` on
document data) and the Content-Security-Policy allows only the app's own script and style
files, so even a missed escape could not run a script. The app binds to 127.0.0.1 by
default; bound to any other address, every write needs the token.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from readout.errors import ReadoutError

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


@dataclass(frozen=True)
class WebConfig:
    """How the app is exposed. `token` None means writes need no token (loopback only)."""

    token: str | None = None
    max_request_bytes: int = 25_000_000
    max_files: int = 50
    max_file_bytes: int = 20_000_000


class WriteRefused(ReadoutError):
    code = "forbidden"
    exit_code = 2
    status = 403


class TokenMissing(WriteRefused):
    code = "token-required"
    status = 401


class TooLarge(ReadoutError):
    code = "too-large"
    exit_code = 2
    status = 413


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_for(host: str, given: str | None) -> str | None:
    """The token writes need: none on a loopback address, else the given or a fresh one."""
    if is_loopback(host):
        return given or None
    return given or secrets.token_urlsafe(24)


def check_write(config: WebConfig, headers: dict[str, str], form_token: str | None) -> None:
    """Refuse a write from another site (its Origin differs from Host) or without the token."""
    origin = headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != headers.get("host", ""):
        raise WriteRefused("writes must come from this app's own pages or an API client "
                           "(the request's Origin is another site)")
    if config.token is None:
        return
    bearer = headers.get("authorization", "")
    given = (bearer[7:] if bearer.lower().startswith("bearer ") else
             headers.get("x-readout-token") or form_token or "")
    if not secrets.compare_digest(given.encode(), config.token.encode()):
        raise TokenMissing("this write needs the token printed by `readout serve`; send it "
                           "as 'Authorization: Bearer TOKEN' or in the form's token field")


class BodyLimit:
    """ASGI middleware: refuse request bodies over the limit with 413, whether the client
    declares the length or streams the body."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise TooLarge(_limit_message(self.limit))
            return message

        await self.app(scope, counted, send)


def _limit_message(limit: int) -> str:
    return (f"the request is larger than {limit:,} bytes; send fewer or smaller files "
            "(setting max_request_bytes)")


async def _too_large(send: Send, limit: int) -> None:
    import json

    body = json.dumps({"error": {"status": 413, "code": "too-large",
                                 "message": _limit_message(limit)}}).encode()
    await send({"type": "http.response.start", "status": 413, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """ASGI middleware: the same protective headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, with_headers)
