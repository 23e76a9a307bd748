"""`reportgen serve`: loopback only, rebuilt on save, problems above the last good version."""

import re
import socket
import time
import urllib.error
import urllib.request

import pytest

from reportgen.commands.serve import PreviewServer


def fetch(url: str, path: str = "") -> str:
    with urllib.request.urlopen(url + path, timeout=5) as response:
        return response.read().decode("utf-8")


def until(condition, seconds: float = 10):
    """Poll until the condition holds (the watcher runs in its own thread); fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("the preview did not change in time")


@pytest.fixture
def server(shipped):
    preview = PreviewServer(shipped, port=0)  # port 0: the system picks a free one
    preview.start()
    yield preview, shipped
    preview.stop()


def test_serves_on_loopback_and_the_page_follows_topics_yaml(server):
    preview, topics = server
    assert preview.url.startswith("http://127.0.0.1:")
    page = fetch(preview.url)
    assert "What drove the unrest" in page and "new EventSource('/events')" in page
    # Nothing is fetched from outside: no script, stylesheet, image or frame from a URL, no CSS url().
    assert not re.search(r"<(script|link|img|iframe|source)\b[^>]*\b(src|href)=[\"']?(https?:)?//", page)
    assert not re.search(r"url\(\s*[\"']?(https?:)?//|@import", page)
    text = topics.read_text(encoding="utf-8")
    topics.write_text(text.replace("title: What drove the unrest", "title: What set off the unrest"), encoding="utf-8")
    until(lambda: "What set off the unrest" in fetch(preview.url))


def test_the_page_follows_the_projects_house_style(server):
    """A templates/ folder made beside topics.yaml while serving, then edited: each save re-renders."""
    from reportgen.output.render import TEMPLATES

    preview, topics = server
    cover = (TEMPLATES / "briefing" / "cover.html").read_text(encoding="utf-8")
    house = topics.parent / "templates" / "briefing"
    house.mkdir(parents=True)
    (house / "cover.html").write_text(cover.replace('id="cover">', 'id="cover"><p>House Desk</p>', 1), encoding="utf-8")
    until(lambda: "<p>House Desk</p>" in fetch(preview.url))
    (house / "cover.html").write_text(cover.replace('id="cover">', 'id="cover"><p>Desk B</p>', 1), encoding="utf-8")
    until(lambda: "<p>Desk B</p>" in fetch(preview.url))


def test_a_check_error_shows_with_its_line_above_the_last_good_version(server):
    preview, topics = server
    text = topics.read_text(encoding="utf-8")
    topics.write_text(text.replace("analyst: jones\n", "analyst: umarov\n", 1), encoding="utf-8")
    page = until(lambda: next((p for p in [fetch(preview.url)] if "reportgen-problems" in p), None))
    assert "reportgen check failed: 1 problem" in page
    assert "topics.yaml:" in page and "not Temur Umarov&#39;s" in page
    assert "What drove the unrest" in page  # the last good version, beneath


def test_events_announce_the_version(server):
    preview, _ = server
    with urllib.request.urlopen(preview.url + "events", timeout=5) as stream:
        assert stream.readline() == b"retry: 500\n"
        assert stream.readline() == f"data: {preview.preview.version}\n".encode()


def test_a_busy_port_says_so_and_suggests_another(shipped, run):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, _, err = run("serve", shipped, "--port", port)
    assert code == 2
    assert f"port {port} on 127.0.0.1 is busy" in err and f"--port {port + 1}" in err


def test_a_broken_file_at_start_shows_its_problem_then_the_briefing_once_fixed(shipped):
    text = shipped.read_text(encoding="utf-8")
    shipped.write_text(text.replace("edition:\n", "edition: [\n", 1), encoding="utf-8")
    preview = PreviewServer(shipped, port=0)
    preview.start()
    try:
        page = fetch(preview.url)
        assert "nothing has passed the check yet" in page and "YAML syntax error" in page
        shipped.write_text(text, encoding="utf-8")
        until(lambda: "What drove the unrest" in fetch(preview.url) and "reportgen-problems" not in fetch(preview.url))
    finally:
        preview.stop()


def test_warnings_of_a_passing_check_show_in_a_quiet_box(tmp_path, run):
    from conftest import made_up
    topics = made_up(tmp_path)
    assert run("excerpt", "add", "t", "--source", "piece", "--para", "2", "--topics", topics)[0] == 0
    preview = PreviewServer(topics, port=0)  # one voice holds all of the topic's words: a warning
    preview.start()
    try:
        page = fetch(preview.url)
        assert "reportgen check passed with" in page and "holds 100% of the quoted words" in page
        assert "reportgen-problems" not in page
    finally:
        preview.stop()


def test_only_requests_addressed_to_the_loopback_are_served(server):
    preview, _ = server
    request = urllib.request.Request(preview.url, headers={"Host": "attacker.example:80"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code == 403
    assert "What drove the unrest" in fetch(preview.url, "?reload=1")


def test_stop_returns_within_half_a_second_even_during_a_slow_rebuild(shipped, monkeypatch):
    import threading
    import time

    preview = PreviewServer(shipped, port=0)
    preview.start()
    slow = threading.Event()

    def rebuild(why="start"):
        slow.set()
        time.sleep(3)  # a large edition's check and render

    monkeypatch.setattr(preview.preview, "rebuild", rebuild)
    shipped.write_text(shipped.read_text(encoding="utf-8") + "\n# a save\n", encoding="utf-8")
    assert slow.wait(5)  # the watcher is inside the rebuild
    started = time.perf_counter()
    preview.stop()
    assert time.perf_counter() - started < 0.5
