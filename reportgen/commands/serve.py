"""`reportgen serve`: a live preview of the HTML briefing for the editor, on 127.0.0.1 only, and the
browser workbench (reading view, select to excerpt, edits; reportgen/commands/workbench.py).

One thread watches topics.yaml, the sources it names, the package's templates and the project's
templates/ (its house style, made or changed while serving) (watchfiles); on every
change the edition is checked and the HTML re-rendered, and the open pages are told through
server-sent events to reload. A failed check shows its problems (file:line:col: message) above
the last good version. The page loads nothing from outside: the briefing's HTML is self-contained
and the reload script is inline; the workbench's script and stylesheet come from the package.

Writes (POST /api/...) are refused unless they carry the session's token, which only the pages this
server made hold (another site's page can neither read it nor send the header without the server's
consent, which it never gives), come from this origin (Origin, Sec-Fetch-Site) and are JSON.
`--read-only` serves the preview alone, as before the workbench.
"""

from __future__ import annotations

import errno
import hmac
import json
import os
import re
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from markupsafe import escape

from reportgen.build.briefing import Briefing
from reportgen.build.pipeline import verify_run
from reportgen.commands.workbench import ASSET_TYPES, ASSETS, Workbench
from reportgen.load.schema import load_edition
from reportgen.output.render import HOUSE_STYLE, TEMPLATES
from reportgen.problems import InputError, Problem, display_path

HOST = "127.0.0.1"  # never another interface: the preview shows unpublished material
POLL_MS = 500  # with no file event for this long, compare the files' times and sizes
KEEPALIVE = 15  # seconds between comments on an idle event stream, so proxies and browsers keep it open
STOP_SECONDS = 0.25  # the longest `serve` waits for its threads after Ctrl-C or SIGTERM
IDLE_SECONDS = 5  # a connection that sends no request (or stops reading) this long is closed
MAX_CONNECTIONS = 64  # open at once (each page holds one for its events); more are answered 503 and closed
MAX_BODY = 64 * 1024  # bytes of one write request: a selection, a note, a title
TOKEN_HEADER = "X-Reportgen-Token"
# The workbench's pages run only the package's own script, load nothing from elsewhere, and may be framed
# only by this server's own pages (the topics page frames the preview).
WORKBENCH_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    "frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'")
_BODY = re.compile(r"<body[^>]*>", re.IGNORECASE)


class Preview:
    """The page as it stands: the last good HTML, the problems of the latest check, a version
    number that every rebuild increments, and the files the edition depends on."""

    def __init__(self, topics: Path, log=lambda text: None):
        self.topics = topics.resolve()
        self.house = self.topics.parent / HOUSE_STYLE  # the project's templates/, whether made yet or not
        self.log = log
        self.good_html: str | None = None
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # of the last version that passed (e.g. one voice dominates)
        self.version = 0
        self.sources: set[Path] = set()
        self.stamp: tuple = ()
        self.changed = threading.Condition()
        self.stopped = False

    def rebuild(self, why: str = "start") -> None:
        """Check and render; on failure keep the last good HTML and record the problems."""
        started = time.perf_counter()
        self.stamp = self.signature()  # before reading: a save during the rebuild is caught next time
        try:
            edition = load_edition(self.topics)
            if self.sources != (sources := {s.file for s in edition.sources.values()}):
                self.sources = sources
                self.stamp = self.signature()
            outcome = verify_run(edition)  # as `check` and `build` verify: the same warnings
            problems, warnings = outcome.errors, outcome.warnings
            if not problems and outcome.report:
                html = Briefing().html(outcome)
        except InputError as err:
            problems = err.problems
        except Exception as err:  # the preview must outlive any one bad save
            problems = [Problem(display_path(self.topics), None, None, f"cannot render: {type(err).__name__}: {err}")]
        with self.changed:
            if not problems:
                self.good_html, self.warnings = html, list(warnings)
            self.problems = list(problems)
            self.version += 1
            self.changed.notify_all()
        state = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}" if problems else "ok"
        self.log(f"{why}: checked and rendered in {time.perf_counter() - started:.2f}s ({state})")

    def page(self, links: bool = False, tools: str = "") -> str:
        """The last good briefing with the reload script, and the problems above it if the latest check failed;
        with `links`, a line leading to the workbench above it; `tools`: the workbench's in-place editing."""
        with self.changed:
            good, problems, warnings, version = self.good_html, list(self.problems), list(self.warnings), self.version
        banner = _banner(problems, good is not None) if problems else _notes(warnings) if warnings else ""
        banner = (_LINKS if links else "") + banner + tools
        script = _RELOAD.replace("VERSION", str(version))
        if good is None:
            return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>reportgen preview</title>"
                    f"</head><body>{banner}{script}</body></html>")
        body = _BODY.search(good)
        at = body.end() if body else 0
        end = good.rfind("</body>")
        end = len(good) if end < at else end
        return good[:at] + banner + good[at:end] + script + good[end:]

    def wait(self, version: int, timeout: float) -> int:
        """Block until a version newer than `version` exists (or the timeout, or the end); return the latest."""
        with self.changed:
            self.changed.wait_for(lambda: self.version != version or self.stopped, timeout)
            return self.version

    def stop(self) -> None:
        with self.changed:
            self.stopped = True
            self.changed.notify_all()

    def watched(self, path: Path) -> bool:
        """Whether a changed file is one the preview depends on."""
        path = path.resolve()
        return path == self.topics or path in self.sources or path.is_relative_to(TEMPLATES.resolve()) \
            or path.is_relative_to(self.house)

    def signature(self) -> tuple:
        """Modification time and size of every file the page depends on, the house style's included."""
        house = sorted(p for p in self.house.rglob("*") if p.is_file()) if self.house.is_dir() else []
        files = [self.topics, *sorted(self.sources), *sorted(p for p in TEMPLATES.rglob("*") if p.is_file()), *house]
        stamp: list[tuple[Path, int | None, int | None]] = []
        for path in files:
            try:
                info = path.stat()
                stamp.append((path, info.st_mtime_ns, info.st_size))
            except OSError:
                stamp.append((path, None, None))
        return tuple(stamp)

    def folders(self) -> set[Path]:
        return {self.topics.parent, TEMPLATES.resolve(), *(s.parent for s in self.sources)}


def watch(preview: Preview, stop: threading.Event) -> None:
    """Rebuild on every change to a watched file, until `stop` is set; follows sources added or moved.

    File events come from the system (inotify and the like) through watchfiles; after POLL_MS
    without an event the files' times and sizes are compared too, which catches a save made before
    the watch was in place and file systems that send no events (network drives).
    """
    from watchfiles import watch as watch_changes

    while not stop.is_set():
        folders = preview.folders()
        for changes in watch_changes(*folders, stop_event=stop, step=20, debounce=400, rust_timeout=POLL_MS,
                                     yield_on_timeout=True, raise_interrupt=False,
                                     watch_filter=lambda change, path: preview.watched(Path(path))):
            if changes and preview.signature() != preview.stamp:  # not a save the workbench has rebuilt for
                preview.rebuild("changed: " + ", ".join(sorted({Path(p).name for _, p in changes})))
            elif preview.signature() != preview.stamp:
                preview.rebuild("changed (seen by polling)")
            if preview.folders() != folders:
                break  # topics.yaml now names a source in another folder: watch that too


class _BoundedServer(ThreadingHTTPServer):
    """At most MAX_CONNECTIONS connections, each with its own thread: one more is told so and closed at once,
    so idle or greedy clients can neither exhaust the threads and descriptors nor lock the editor out."""

    daemon_threads = True

    def __init__(self, address, handler):
        super().__init__(address, handler)
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def process_request(self, request, client_address):
        if not self.slots.acquire(blocking=False):
            try:
                request.settimeout(1)
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                                b"Connection: close\r\n\r\ntoo many connections to the preview; close some tabs\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


class _Handler(BaseHTTPRequestHandler):
    preview: Preview  # set on the subclass made per server
    workbench: Workbench | None  # None with --read-only
    timeout = IDLE_SECONDS  # on the socket: a client that sends nothing, or stops reading, is let go

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        if not self._addressed_here():
            return
        url = urlsplit(self.path)
        path = url.path
        if path in ("/", "/index.html"):
            editing = self.workbench is not None and "embed" not in parse_qs(url.query)
            page = self.preview.page(links=editing, tools=self.workbench.preview_tools() if editing else "")
            self._send(200, "text/html; charset=utf-8", page.encode("utf-8"))
        elif path == "/events":
            self._events()
        elif self.workbench is None:
            self._send(404, "text/plain; charset=utf-8", b"not found: the preview is at / (serve --read-only)\n")
        elif path.startswith("/assets/") and path[len("/assets/"):] in ASSET_TYPES:
            name = path[len("/assets/"):]
            self._send(200, ASSET_TYPES[name], (ASSETS / name).read_bytes())
        elif path in ("/read", "/topics") or path.startswith("/read/"):
            self._page(path)
        elif path == "/api/suggest":
            if self._token_refused():
                return
            topic = (parse_qs(url.query).get("topic") or [""])[0]
            try:
                self._json(*self.workbench.suggestions(topic))
            except Exception as err:  # the server must outlive any one bad request
                self._json(500, _refusal(f"reportgen failed: {type(err).__name__}: {err}"))
        else:
            self._send(404, "text/plain; charset=utf-8", b"not found: the preview is at /, the sources at /read\n")

    def do_POST(self):  # noqa: N802
        if not self._addressed_here():
            return
        if self.workbench is None:
            self._json(403, _refusal("the preview is read-only (serve --read-only): nothing can be written"))
            return
        if self._token_refused():
            return
        if (self.headers.get("Content-Type") or "").split(";")[0].strip().lower() != "application/json":
            self._json(415, _refusal("a write is sent as application/json"))
            return
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            self._json(413, _refusal(f"a write request holds 1 to {MAX_BODY} bytes"))
            return
        try:
            payload = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            payload = None
        if not isinstance(payload, dict):
            self._json(400, _refusal("the request is not a JSON object"))
            return
        path = urlsplit(self.path).path
        routes = {"/api/whose": self.workbench.whose, "/api/excerpt": self.workbench.add,
                  "/api/edit": self.workbench.edit}
        if path not in routes:
            self._json(404, _refusal(f"no such write: {path}"))
            return
        try:
            self._json(*routes[path](payload))
        except Exception as err:  # the server must outlive any one bad request
            self._json(500, _refusal(f"reportgen failed: {type(err).__name__}: {err}"))

    def _addressed_here(self) -> bool:
        """A page from elsewhere that gets its name resolved to 127.0.0.1 (DNS rebinding) must not read
        the unpublished briefing: only requests addressed to this machine by name or number are served."""
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
        if host not in ("127.0.0.1", "localhost", "::1"):
            self._send(403, "text/plain; charset=utf-8", b"the preview answers only at http://127.0.0.1:PORT/\n")
            return False
        return True

    def _token_refused(self) -> bool:
        """Refuse (403) a request without this session's token, or sent by a page of another origin."""
        assert self.workbench is not None
        token = self.headers.get(TOKEN_HEADER) or ""
        if not hmac.compare_digest(token.encode("utf-8", "replace"), self.workbench.token.encode()):
            self._json(403, _refusal("this request lacks the session's token: only the workbench's own pages "
                                     "may write; reload the page"))
            return True
        port = self.server.server_port  # type: ignore[attr-defined]  # an HTTPServer's own attribute
        origin = self.headers.get("Origin")
        if origin is not None and origin not in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
            self._json(403, _refusal(f"a request from another site ({origin}) is refused"))
            return True
        if (self.headers.get("Sec-Fetch-Site") or "same-origin") not in ("same-origin", "none"):
            self._json(403, _refusal("a request from another site is refused"))
            return True
        return False

    def _page(self, path: str) -> None:
        assert self.workbench is not None
        try:
            if path == "/read":
                page: str | None = self.workbench.sources_page()
            elif path == "/topics":
                page = self.workbench.topics_page()
            else:
                page = self.workbench.reading_page(unquote(path[len("/read/"):]))
        except InputError as err:
            self._send(200, "text/html; charset=utf-8", _unreadable(err.problems).encode("utf-8"))
            return
        except Exception as err:  # the server must outlive any one bad page
            self._send(500, "text/plain; charset=utf-8", f"reportgen failed: {type(err).__name__}: {err}\n".encode())
            return
        if page is None:
            self._send(404, "text/plain; charset=utf-8", b"no such source: the sources are listed at /read\n")
            return
        self._send(200, "text/html; charset=utf-8", page.encode("utf-8"), WORKBENCH_POLICY)

    def _json(self, status: int, answer: dict) -> None:
        self._send(status, "application/json; charset=utf-8", json.dumps(answer, ensure_ascii=False).encode())

    def _send(self, status: int, kind: str, body: bytes, policy: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if policy:
            self.send_header("Content-Security-Policy", policy)
        self.end_headers()
        self.wfile.write(body)

    def _events(self) -> None:
        """Server-sent events: the version now, then each new one as it comes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        version = self.preview.version
        try:
            self.wfile.write(f"retry: 500\ndata: {version}\n\n".encode())
            self.wfile.flush()
            while not self.preview.stopped:
                latest = self.preview.wait(version, KEEPALIVE)
                message = f"data: {latest}\n\n" if latest != version else ": still here\n\n"
                self.wfile.write(message.encode())
                self.wfile.flush()
                version = latest
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the page was closed or reloaded, or stopped reading

    def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
        pass  # requests are not news; rebuilds are logged instead


class PreviewServer:
    """The HTTP server, the watcher and the preview together; start() returns once it answers."""

    def __init__(self, topics: Path, port: int = 8000, log=lambda text: None, read_only: bool = False):
        self.preview = Preview(topics, log)
        # The session's token: in every workbench page, required on every write; new at each start.
        self.workbench = None if read_only else Workbench(topics, secrets.token_urlsafe(32), saved=self._saved)
        handler = type("Handler", (_Handler,), {"preview": self.preview, "workbench": self.workbench})
        try:
            self.http = _BoundedServer((HOST, port), handler)
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise InputError([Problem("--port", None, None, f"port {port} on {HOST} is busy "
                                                                "(another program, or another `reportgen serve`)",
                                          f"choose another with --port {port + 1 if port < 65535 else 8001}")]) \
                    from err
            raise InputError([Problem("--port", None, None, f"cannot listen on {HOST}:{port}: {err.strerror}",
                                      "choose a port from 1024 to 65535 with --port")]) from err
        self.stop_watching = threading.Event()
        self.threads: list[threading.Thread] = []

    def _saved(self) -> tuple[list[Problem], list[Problem]]:
        """A save from the browser: rebuild now (the open previews reload), and give the check's verdict."""
        self.preview.rebuild("saved in the browser")
        with self.preview.changed:
            problems = list(self.preview.problems)
            return problems, [] if problems else list(self.preview.warnings)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.http.server_address[1]}/"

    def start(self) -> None:
        self.preview.rebuild()
        for target, args in ((self.http.serve_forever, (0.1,)), (watch, (self.preview, self.stop_watching))):
            thread = threading.Thread(target=target, args=args, daemon=True)
            thread.start()
            self.threads.append(thread)

    def stop(self) -> None:
        """Stop within STOP_SECONDS: a rebuild under way is abandoned, not waited for (it renders into
        memory only, so nothing is left half-written; its thread is a daemon and ends with the process)."""
        deadline = time.monotonic() + STOP_SECONDS
        self.stop_watching.set()
        self.preview.stop()
        stopper = threading.Thread(target=self.http.shutdown, daemon=True)  # waits for serve_forever's poll
        stopper.start()
        stopper.join(timeout=max(0.0, deadline - time.monotonic()))
        self.http.server_close()
        for thread in self.threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))


def serve(topics: Path, port: int, read_only: bool = False) -> None:
    """Run until Ctrl-C: the command `reportgen serve`."""
    server = PreviewServer(topics, port, log=lambda text: print(f"  {time.strftime('%H:%M:%S')}  {text}",
                                                                file=sys.stderr, flush=True), read_only=read_only)
    server.start()
    print(f"previewing {display_path(topics)} at {server.url} (this computer only); Ctrl-C stops", flush=True)
    if not read_only:
        print(f"the workbench (read the sources, select to excerpt, edit the topics): {server.url}read", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    if any(thread.is_alive() for thread in server.threads):
        # A rebuild still runs in its daemon thread: Python's own shutdown would share the processor with
        # it and free its edition, adding up to half a second. It writes nothing, so the process ends here.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def _banner(problems: list[Problem], has_good: bool) -> str:
    below = ("the last version that passed is shown below, unchanged" if has_good
             else "nothing has passed the check yet since the preview started")
    items = "".join(f"<li><code>{escape(p.format())}</code></li>" for p in problems)
    return (f'<div id="reportgen-problems" role="alert" style="position:sticky;top:0;z-index:10;margin:0;'
            f'padding:0.8em 1.2em;background:#fff3f3;border-bottom:3px solid #b00020;color:#222;'
            f'font:14px/1.4 sans-serif"><strong style="color:#b00020">reportgen check failed: '
            f'{len(problems)} problem{"s" if len(problems) != 1 else ""}</strong> ({below})'
            f'<ul style="margin:0.4em 0 0 1.2em;padding:0">{items}</ul></div>')


def _notes(warnings: list[Problem]) -> str:
    """The check's warnings (it passed): a quiet box the editor may open."""
    items = "".join(f"<li><code>{escape(p.format())}</code></li>" for p in warnings)
    return (f'<details id="reportgen-warnings" style="margin:0;padding:0.5em 1.2em;background:#fffbe6;'
            f'border-bottom:2px solid #b08800;color:#222;font:14px/1.4 sans-serif"><summary>reportgen check '
            f'passed with {len(warnings)} warning{"s" if len(warnings) != 1 else ""}</summary>'
            f'<ul style="margin:0.4em 0 0 1.2em;padding:0">{items}</ul></details>')


def _refusal(message: str) -> dict:
    return {"ok": False, "problems": [{"text": message, "message": message, "hint": None, "rule": None}]}


def _unreadable(problems: list[Problem]) -> str:
    """The workbench page when topics.yaml cannot be loaded at all: its problems, and what to do."""
    items = "".join(f"<li><code>{escape(p.format())}</code></li>" for p in problems)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>topics.yaml cannot be read"
            f"</title></head><body><h1>topics.yaml cannot be read</h1><ul role=\"alert\">{items}</ul>"
            f"<p>Fix it in your editor, then reload this page. <a href=\"/\">The preview</a></p></body></html>")


_LINKS = ('<nav id="reportgen-workbench" aria-label="Workbench" style="margin:0;padding:0.4em 1.2em;'
          'background:#eef3f8;border-bottom:1px solid #9ab;font:14px/1.4 sans-serif">Preview. '
          '<a href="/read">Read the sources and excerpt them</a> · <a href="/topics">Edit the topics</a></nav>')


# Reload when the server announces a version other than the one this page shows. Inline: nothing is fetched.
_RELOAD = ("<script>(function(){var shown=VERSION;var events=new EventSource('/events');"
           "events.onmessage=function(e){if(Number(e.data)!==shown){events.close();location.reload();}};"
           "})();</script>")
