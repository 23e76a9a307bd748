"""Any script, any title: file names, anchors and line breaks whatever the editor writes."""

import re

from conftest import HEADER, excerpt

from reportgen.build.pipeline import output_path
from reportgen.document.briefing import build_briefing
from reportgen.load.schema import load_edition
from reportgen.output.render import render_html, slugify
from reportgen.output.writer import layout
from reportgen.verify.excerpts import require_verified

HIJACKED = '"But gradually, the protest was hijacked by unknown individuals."'
SECOND_TOPIC = """\
  - id: причины
    title: Второй раздел
    question: Кто виноват?
    excerpts:
      - source: gwu
        analyst: sharipzhanov
        quote: "But gradually, the protest was hijacked"
"""


def test_titles_in_any_script_get_distinct_transliterated_file_names(project, tmp_path):
    assert slugify("Kazakhstan in Crisis: What the Analysts Say about the January 2022 Unrest") == \
        "kazakhstan-in-crisis-what-the-analysts"  # unchanged for the shipped edition
    names = {slugify(t) for t in ("Казахстан в кризисе", "Казахстан: январь 2022", "Қазақстан дағдарыста",
                                  "危机中的哈萨克斯坦")}
    assert names == {"kazakhstan-v-krizise", "kazakhstan-ianvar-2022", "kazakstan-dagdarysta",
                     "wei-ji-zhong-de-ha-sa-ke-si-tan"}
    assert slugify("…") == "briefing"
    assert slugify("Closing Northgate library: what the voices say") == "closing-northgate-library-what-the"
    edition = load_edition(project(HEADER.replace("title: Test edition", "title: Казахстан в кризисе")
                                   + excerpt("gwu", "sharipzhanov", HIJACKED)))
    assert output_path(edition, tmp_path, "pdf").name == "kazakhstan-v-krizise-ed1.pdf"


def test_topic_anchors_are_unique_whatever_the_script_of_their_ids(project, run, tmp_path):
    text = HEADER.replace("  - id: causes", "  - id: причины") + excerpt("gwu", "sharipzhanov", HIJACKED)
    path = project(text + SECOND_TOPIC.replace("причины", "ПРИЧИНЫ!"))  # another id, the same slug
    code, out, err = run("build", path, "--format", "html", "--out", tmp_path / "out")
    assert code == 0, err
    html = (tmp_path / "out" / "test-edition-ed1.html").read_text(encoding="utf-8")
    anchors = re.findall(r'<section class="topic" id="([^"]+)"', html)
    links = set(re.findall(r'<a href="#(topic-[^"]+)"', html))  # contents, In brief, At a glance
    assert anchors == ["topic-1", "topic-2"] and links == set(anchors)


def test_a_word_longer_than_the_line_wraps_inside_the_page(project):
    long_word = "Unbroken" * 40
    path = project(HEADER.replace("  date: 2026-11-23\n", f"  date: 2026-11-23\n  summary: {long_word}\n")
                   + excerpt("gwu", "sharipzhanov", HIJACKED))
    report = require_verified(load_edition(path))
    document = layout(render_html(build_briefing(report), "pdf"))
    for page in document.pages:
        width = page.width
        for box in page._page_box.descendants():
            if type(box).__name__ == "TextBox":
                assert box.position_x + box.width <= width, f"text runs off the page: {box.text[:40]}"
