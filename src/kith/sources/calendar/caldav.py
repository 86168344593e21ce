"""Reading a CalDAV calendar incrementally, with the ``caldav`` library.

A sync asks the server for what changed since the last sync token (RFC 6578
``sync-collection``); the first sync, an expired token or a server without sync tokens
gets the full listing of hrefs and ETags instead, compared with the ETags kept from last
time. Only the resources whose ETag changed are then fetched (``calendar-multiget``, a
hundred at a time). The server's errors become one-line ``KithError``s here: a wrong
password, an unreachable server, a calendar that does not exist, a certificate that does
not verify. The password is handed to the library and never kept or logged.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import niquests.exceptions
from caldav.davclient import DAVClient
from caldav.elements import dav
from caldav.lib import error
from caldav.lib.url import URL

from kith.core.errors import InvalidValue, KithError

# Resources fetched per calendar-multiget REPORT.
FETCH_BATCH = 100
TIMEOUT_SECONDS = 30

_CALENDAR_TYPE = "{urn:ietf:params:xml:ns:caldav}calendar"
_ETAG = "{DAV:}getetag"


class CalendarServerError(KithError):
    """A CalDAV server could not be used: the message says which, and what to do."""


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


@contextmanager
def translated(url: str, username: str, doing: str = "read") -> Iterator[None]:
    """Turn the library's and the HTTP stack's errors into one line that says what to do.

    ``doing`` is what was being done to the calendar ("read", "change"), for the message.
    """
    host = _host(url)
    try:
        yield
    except error.AuthorizationError as exc:
        if "forbidden" in str(exc.reason).lower() and not exc.preconditions:
            raise CalendarServerError(f"{url}: the server does not let {username} {doing} this calendar") from exc
        raise CalendarServerError(
            f"{host} refused the user name or password for {username}; check them and try again"
        ) from exc
    except error.NotFoundError as exc:
        raise CalendarServerError(f"{url}: there is no calendar there; check the address") from exc
    except error.DAVError as exc:
        raise CalendarServerError(f"{url}: the CalDAV server answered with an error: {exc.reason}") from exc
    except niquests.exceptions.SSLError as exc:
        raise CalendarServerError(
            f"{host}: its certificate does not verify ({_first_line(exc)}); "
            "if the server uses a private CA, pass its certificate with --ca-file"
        ) from exc
    except niquests.exceptions.Timeout as exc:
        raise CalendarServerError(f"{host} did not answer within {TIMEOUT_SECONDS} s; try again later") from exc
    except (niquests.exceptions.ConnectionError, OSError) as exc:
        raise CalendarServerError(
            f"cannot reach {host}: {_first_line(exc)}; check the address and your connection"
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    for hint in ("CERTIFICATE_VERIFY_FAILED", "certificate verify failed", "Connection refused", "Name or service"):
        if hint.lower() in text.lower():
            return hint.replace("_", " ").lower()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def check_url(url: str) -> str:
    """``url`` if it is an http(s) address, else ``InvalidValue``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidValue("url", url, "a CalDAV calendar is an http:// or https:// address")
    return url if url.endswith("/") else url + "/"


@dataclass
class RemoteCalendar:
    """An open calendar on a CalDAV server (``handle`` is the library's ``Calendar``)."""

    url: str
    username: str
    handle: Any
    name: str = ""

    @contextmanager
    def errors(self, doing: str = "read") -> Iterator[None]:
        with translated(self.url, self.username, doing):
            yield


def open_calendar(url: str, username: str, password: str, *, ca_file: Path | None = None) -> RemoteCalendar:
    """Connect to the calendar at ``url``, checking that it exists and is a calendar."""
    url = check_url(url)
    verify: bool | str = str(ca_file) if ca_file is not None else True
    with translated(url, username):
        client = DAVClient(
            url=url, username=username, password=password, ssl_verify_cert=verify, timeout=TIMEOUT_SECONDS
        )
        handle = client.calendar(url=url)  # type: ignore[no-untyped-call]
        props = handle.get_properties([dav.ResourceType(), dav.DisplayName()])
    kinds = props.get("{DAV:}resourcetype") or []
    if _CALENDAR_TYPE not in kinds:
        raise CalendarServerError(
            f"{url}: this is not a calendar (it is a folder or an address book); give a calendar's address"
        )
    return RemoteCalendar(url, username, handle, str(props.get("{DAV:}displayname") or ""))


@dataclass
class Changes:
    """What changed on the server since the last sync."""

    sync_token: str | None
    listed: dict[str, str] = field(default_factory=dict)  # href -> ETag of every resource new or changed
    gone: set[str] = field(default_factory=set)  # hrefs deleted on the server
    full: bool = False  # the server listed everything (first sync, expired or no token)


def _href(url: Any) -> str:
    return str(urlsplit(str(url)).path)


def changes_since(calendar: RemoteCalendar, sync_token: str | None, known: Mapping[str, str]) -> Changes:
    """The hrefs that are new, changed (their ETag differs from ``known``) or gone since ``sync_token``."""
    with calendar.errors():
        result = None
        if sync_token:
            try:
                result = calendar.handle.get_objects_by_sync_token(
                    sync_token, load_objects=False, disable_fallback=True
                )
            except error.AuthorizationError as exc:
                if "unauthorized" in str(exc.reason).lower():
                    raise
                result = None  # the token expired: list everything
            except (error.ReportError, error.DAVError):
                result = None  # no sync-collection here: list everything
        full = result is None
        if result is None:
            result = calendar.handle.get_objects_by_sync_token(None, load_objects=False)
        deleted = {_href(u) for u in (getattr(result, "deleted_urls", None) or ())}
        listing = {_href(obj.url): str(obj.props.get(_ETAG, "")) for obj in result if _href(obj.url) not in deleted}
    gone = set(known) - set(listing) if full else deleted & set(known)
    changed = {href: etag for href, etag in listing.items() if not etag or known.get(href) != etag}
    token = getattr(result, "sync_token", None)
    return Changes(str(token) if token else None, changed, gone, full)


def fetch(calendar: RemoteCalendar, hrefs: list[str]) -> Iterator[tuple[str, str, bytes]]:
    """The (href, ETag, iCalendar data) of each resource, fetched a batch at a time."""
    base = urlsplit(calendar.url)
    for start in range(0, len(hrefs), FETCH_BATCH):
        batch = hrefs[start : start + FETCH_BATCH]
        urls = [URL.objectify(f"{base.scheme}://{base.netloc}{href}") for href in batch]
        with calendar.errors():
            objects = calendar.handle.multiget(urls)
        for obj in objects:
            data = obj.data
            raw = data.encode("utf-8") if isinstance(data, str) else bytes(data or b"")
            yield _href(obj.url), str(obj.props.get(_ETAG, "")), raw
