"""The workbench's write API over HTTP (no browser): the token, the origin, the page's version, atomic
writes, and refusals that carry `check`'s own message and rule."""

import json
import re
import urllib.error
import urllib.request

import pytest

from reportgen.commands.serve import TOKEN_HEADER, PreviewServer

# Pauline Jones's turn in the GWU panel (para. 56): an honest span of hers, and the same words given to Umarov.
PARA = 56
WORDS = "I think Tokayev may be reluctant to hold elections, at least in the near future"


@pytest.fixture
def served(shipped):
    server = PreviewServer(shipped, port=0)
    server.start()
    yield server, shipped
    server.stop()


def call(server, path, body=None, token: str | None = "", headers=None, raw: bytes | None = None):
    """(status, JSON answer) of a request; token "" means the session's own, None none at all."""
    heads = {"Content-Type": "application/json", **(headers or {})}
    if token is not None:
        heads[TOKEN_HEADER] = token or server.workbench.token
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(server.url.rstrip("/") + path, data=data, headers=heads,
                                     method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, answer = response.status, response.read()
    except urllib.error.HTTPError as err:
        status, answer = err.code, err.read()
    try:
        return status, json.loads(answer)
    except ValueError:
        return status, {"text": answer.decode()}  # the Host check answers in plain text


def page(server, path="") -> str:
    with urllib.request.urlopen(server.url + path, timeout=10) as response:
        return response.read().decode("utf-8")


def version(server) -> str:
    return re.search(r'name="rg-version" content="([0-9a-f]+)"', page(server, "topics")).group(1)


def selection(server, analyst=None, **extra) -> dict:
    text = server.workbench.load().texts["gwu-panel"].paragraphs[PARA - 1].clean
    start = text.index(WORDS)
    return {"version": version(server), "topic": "media-crackdown", "source": "gwu-panel", "para": PARA,
            "spans": [[start, start + len(WORDS)]], "analyst": analyst, **extra}


def test_an_honest_selection_is_written_and_check_passes(served, run):
    server, topics = served
    status, answer = call(server, "/api/excerpt", selection(server, note="Said on 10 January."))
    assert status == 200 and answer["ok"], answer
    assert answer["analyst"] == "jones" and answer["where"] == f"para. {PARA}"  # the checker's inference
    text = topics.read_text(encoding="utf-8")
    assert "I think Tokayev may be reluctant to hold elections" in text and "note: Said on 10 January." in text
    assert answer["version"] == version(server)
    assert run("check", topics)[0] == 0


def test_a_misattributing_selection_is_refused_with_checks_message_and_rule(served, run, tmp_path):
    server, topics = served
    before = topics.read_bytes()
    status, answer = call(server, "/api/excerpt", selection(server, analyst="umarov"))
    assert status == 422 and not answer["ok"]
    problem = answer["problems"][0]
    assert problem["rule"] == "attribution.own-voice"
    assert problem["message"] == f"para. {PARA} of GWU panel is Pauline Jones's words, not Temur Umarov's"
    assert topics.read_bytes() == before
    # the same excerpt typed by hand: `check` says the same words under the same rule
    text = before.decode("utf-8").replace("  - id: regional-impact", "  - id: regional-impact", 1)
    anchor = "    excerpts:\n"
    at = text.index(anchor, text.index("id: media-crackdown")) + len(anchor)
    typed = text[:at] + f"      - source: gwu-panel\n        analyst: umarov\n        quote: \"{WORDS}\"\n" + text[at:]
    hand = tmp_path / "hand.yaml"
    hand.write_text(typed, encoding="utf-8")
    code, _, err = run("check", hand)
    assert code == 1 and problem["message"] in err and "[attribution.own-voice]" in err


def test_writes_without_the_sessions_token_are_refused(served):
    server, topics = served
    before = topics.read_bytes()
    for token in (None, "guessed-token"):
        status, answer = call(server, "/api/excerpt", selection(server), token=token)
        assert status == 403 and "token" in answer["problems"][0]["message"]
    assert call(server, "/api/suggest?topic=causes", token=None)[0] == 403
    assert topics.read_bytes() == before


def test_a_cross_site_request_is_refused_even_with_the_token(served):
    server, topics = served
    before = topics.read_bytes()
    status, answer = call(server, "/api/edit", {"version": version(server), "topic": "causes", "field": "title",
                                                "value": "Hijacked"}, headers={"Origin": "https://evil.example"})
    assert status == 403 and "another site (https://evil.example)" in answer["problems"][0]["message"]
    status, _ = call(server, "/api/edit", {"version": version(server), "topic": "causes", "field": "title",
                                           "value": "Hijacked"}, headers={"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    # what a plain HTML form elsewhere can send without asking: no token, not JSON
    status, _ = call(server, "/api/edit", token=None, raw=b"topic=causes&field=title&value=x",
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _ = call(server, "/api/edit", raw=b"topic=causes", headers={"Content-Type": "text/plain"})
    assert status == 415
    status, _ = call(server, "/api/edit", {"topic": "causes"}, headers={"Host": "attacker.example"})
    assert status == 403
    assert topics.read_bytes() == before


def test_an_edit_on_a_stale_page_is_refused_with_409_and_nothing_written(served):
    server, topics = served
    body = selection(server)
    topics.write_text(topics.read_text(encoding="utf-8") + "# saved in another editor\n", encoding="utf-8")
    changed = topics.read_bytes()
    status, answer = call(server, "/api/excerpt", body)
    assert status == 409 and answer["stale"] and "changed on disk since this page was loaded" in \
        answer["problems"][0]["message"]
    status, answer = call(server, "/api/edit", {"version": body["version"], "topic": "causes", "field": "takeaway",
                                                "value": "x"})
    assert status == 409 and "reload the page" in answer["problems"][0]["hint"]
    assert topics.read_bytes() == changed


def test_a_write_that_fails_midway_leaves_topics_yaml_whole(served, monkeypatch):
    import reportgen.output.atomic as atomic

    server, topics = served
    before = topics.read_bytes()

    def power_cut(temp, target, mode=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "commit", power_cut)
    status, answer = call(server, "/api/edit", {"version": version(server), "topic": "causes", "field": "takeaway",
                                                "value": "Never written."})
    assert status == 500 and answer["problems"][0]["message"] == "cannot write topics.yaml: No space left on device"
    assert topics.read_bytes() == before
    assert [p.name for p in topics.parent.iterdir() if p.name.startswith(atomic.TEMP_PREFIX)] == []


def test_an_edited_takeaway_is_in_the_preview_when_the_answer_comes(served):
    server, topics = served
    status, answer = call(server, "/api/edit", {"version": version(server), "topic": "causes", "field": "takeaway",
                                                "value": "Fuel prices first; politics after."})
    assert status == 200 and answer["ok"] and answer["check"]["errors"] == 0
    assert "Fuel prices first; politics after." in page(server)
    assert "# Topic 1 - causes" in topics.read_text(encoding="utf-8")


def test_whose_words_prefills_the_analyst(served):
    server, _ = served
    status, answer = call(server, "/api/whose", selection(server))
    assert status == 200 and answer["analyst"] == "jones" and answer["how"] == "turn of Pauline Jones"


def test_read_only_keeps_the_preview_and_refuses_writes(shipped):
    server = PreviewServer(shipped, port=0, read_only=True)
    server.start()
    try:
        assert "What drove the unrest" in page(server) and "reportgen-workbench" not in page(server)
        assert "rg-tools" not in page(server)  # no editing in place either
        with pytest.raises(urllib.error.HTTPError) as missing:
            page(server, "read")
        assert missing.value.code == 404
        status, answer = call(server, "/api/edit", {"topic": "causes"}, token="anything")
        assert status == 403 and "read-only" in answer["problems"][0]["message"]
    finally:
        server.stop()


def test_the_reading_view_shows_source_text_as_text(tmp_path):
    from conftest import made_up
    topics = made_up(tmp_path)
    piece = tmp_path / "piece.txt"
    piece.write_text("The reform is late. “<script>alert(1)</script>,” said Cy Quoted.\n"
                     "The author's own view: nothing moves.\n", encoding="utf-8")
    server = PreviewServer(topics, port=0)
    server.start()
    try:
        html = page(server, "read/piece")
        assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "Cy Quoted (said)" in html  # the quotation's speaker, from its cue
        assert "Ann Writer" in html  # the article's own voice
        with urllib.request.urlopen(server.url + "read/piece", timeout=10) as response:
            assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    finally:
        server.stop()


def test_a_topics_file_that_is_not_utf8_is_explained_not_crashed_on(served):
    server, topics = served
    token_version = version(server)
    topics.write_bytes(topics.read_text(encoding="utf-8").replace("What drove the unrest", "Qué causó")
                       .encode("latin-1", "replace"))
    html = page(server, "read/gwu-panel")
    assert "topics.yaml cannot be read" in html and "iconv" in html
    status, answer = call(server, "/api/edit", {"version": token_version, "topic": "causes", "field": "title",
                                                "value": "x"})
    assert status == 409 and answer["stale"]  # it changed since the page was made, whatever it holds now


def test_the_preview_carries_in_place_editing_but_not_when_framed(served):
    server, _ = served
    assert f'id="rg-tools" hidden data-token="{server.workbench.token}"' in page(server)
    assert 'src="/assets/workbench.js"' in page(server)
    assert "rg-tools" not in page(server, "?embed=1")  # the topics page frames it beside its own forms
