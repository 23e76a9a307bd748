"""The workbench in a real headless Chromium (Selenium driving the system's browser and chromedriver; nothing is
downloaded): read a source, select words and save them, a refusal, an edit and its preview, a stale page, and a
cross-site post. One server and one browser for the module; the tests run in order on one copy of the edition.

They skip, saying why, where Selenium, /usr/bin/chromium or chromedriver is missing (`.ci/run` installs them
when it runs as root on a Debian-like system)."""

from __future__ import annotations

import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from conftest import REPO, SEEDS

from reportgen.cli import main

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PARA = 56  # Pauline Jones's turn in the GWU panel
HONEST = ("I think Tokayev may be reluctant to hold elections,", "for a few reasons")  # dragged over, one cut
MISATTRIBUTED = "And he clearly doesn’t deal well with mass protests."


def _browser():
    """A headless Chromium driven through the system's chromedriver, or a skip saying what is missing."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("browser tests need Selenium (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    if not Path(DRIVER).exists():
        pytest.skip("browser tests need chromedriver (apt-get install chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--disable-extensions", "--no-first-run"):
        options.add_argument(flag)
    try:  # the driver is named: Selenium Manager never looks for (or downloads) another
        return webdriver.Chrome(service=Service(DRIVER), options=options)
    except Exception as err:  # a browser that cannot start here is a missing browser, not a failure of reportgen
        pytest.skip(f"headless Chromium did not start: {str(err).splitlines()[0]}")


@pytest.fixture(scope="module")
def browser():
    driver = _browser()
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from reportgen.commands.serve import PreviewServer

    folder = tmp_path_factory.mktemp("edition")
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copy(REPO / "topics.yaml", folder / "topics.yaml")
    server = PreviewServer(folder / "topics.yaml", port=0)
    server.start()
    yield server, folder / "topics.yaml"
    server.stop()


def wait(driver, condition, seconds: float = 15):
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, seconds, poll_frequency=0.05, ignored_exceptions=(
        NoSuchElementException, StaleElementReferenceException)).until(condition)  # a page may reload meanwhile


def drag_select(driver, para: int, first: str, last: str) -> None:
    """Select from the start of `first` to the end of `last` in a paragraph with the mouse, as an editor does."""
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", f"p-{para}")
    # Where the words stand on screen: the middle of their first and last characters.
    points = driver.execute_script("""
        var box = document.querySelector('.txt[data-para="' + arguments[0] + '"]'), text = box.textContent;
        function at(offset) {  // the text node holding the offset (marks and quotations split the text)
          var walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT), node;
          while ((node = walk.nextNode()) && offset >= node.textContent.length) { offset -= node.textContent.length; }
          var range = document.createRange(); range.setStart(node, offset); range.setEnd(node, offset + 1);
          var r = range.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];
        }
        var start = text.indexOf(arguments[1]), end = text.indexOf(arguments[2], start) + arguments[2].length - 1;
        return [at(start), at(end)];
    """, para, first, last)
    (x1, y1), (x2, y2) = points
    actions = ActionChains(driver)
    actions.w3c_actions.pointer_action.move_to_location(int(x1), int(y1)).pointer_down()
    actions.w3c_actions.pointer_action.move_to_location(int((x1 + x2) / 2), int((y1 + y2) / 2))
    actions.w3c_actions.pointer_action.move_to_location(int(x2), int(y2)).pointer_up()
    actions.perform()


def form_ready(driver):
    from selenium.webdriver.common.by import By
    wait(driver, lambda d: d.find_element(By.ID, "excerpt-form").is_displayed())
    wait(driver, lambda d: "credits" in d.find_element(By.ID, "f-whose").text
         or "No analyst" in d.find_element(By.ID, "f-whose").text)


def choose(driver, element_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    Select(driver.find_element(By.ID, element_id)).select_by_value(value)


def test_a_source_reads_paragraph_by_paragraph_with_its_voices(browser, site):
    from selenium.webdriver.common.by import By

    server, _ = site
    browser.get(server.url + "read/gwu-panel")
    section = browser.find_element(By.ID, f"p-{PARA}")
    assert section.find_element(By.CSS_SELECTOR, ".loc").text == f"¶ {PARA}"
    assert section.find_element(By.CSS_SELECTOR, ".speaker").text == "Pauline Jones"
    assert "furniture" in browser.find_element(By.ID, "p-1").get_attribute("class")  # before the body: no one's
    assert browser.find_elements(By.CSS_SELECTOR, ".para.filed mark.filed-words")  # excerpted words marked
    excerpt, topic = browser.find_elements(By.CSS_SELECTOR, ".para.filed .filed-list a")[:2]
    assert excerpt.get_attribute("href").startswith(server.url + "topics#ex-")  # the excerpt, in its topic
    assert topic.get_attribute("href").startswith(server.url + "topics#topic-")
    browser.get(server.url + "read/darker-than-ever")
    quotes = browser.find_element(By.ID, "p-22").find_element(By.CSS_SELECTOR, ".quotes").text
    assert "“foreign-trained” — Kassym-Jomart Tokayev" in quotes  # the quotation's cue names its speaker
    # the suggestions beside the source, and a click that jumps to the passage
    first = wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#suggestions a.jump"))[0]
    target = first.get_attribute("href").split("#")[1]
    first.click()
    wait(browser, lambda d: d.execute_script("return location.hash") == "#" + target
         and d.switch_to.active_element.get_attribute("id") == target)


def test_an_honest_selection_with_a_cut_is_saved_verified(browser, site):
    from selenium.webdriver.common.by import By

    server, topics = site
    browser.get(server.url + "read/gwu-panel")
    drag_select(browser, PARA, HONEST[0], HONEST[1])
    form_ready(browser)
    assert "Pauline Jones" in browser.find_element(By.ID, "f-whose").text  # the analyst the text gives
    assert browser.find_element(By.ID, "f-analyst").get_attribute("value") == "jones"
    # cut "at least in the near future" by deselecting its words inside the selection
    for word in browser.find_elements(By.CSS_SELECTOR, "#words .word"):
        if word.text in ("at", "least", "in", "the", "near", "future"):
            word.click()
    wait(browser, lambda d: "elections, … for a few reasons”" in d.find_element(By.ID, "quote-preview").text)
    choose(browser, "f-topic", "media-crackdown")
    choose(browser, "f-stance", "repressive-turn")
    browser.find_element(By.ID, "f-note").send_keys("Said on 10 January 2022.")
    browser.find_element(By.ID, "f-save").click()
    result = wait(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#f-result.saved"))
    assert "Saved to “The crackdown on media and dissent”" in result.text
    data = yaml.safe_load(topics.read_text(encoding="utf-8"))
    topic = next(t for t in data["topics"] if t["id"] == "media-crackdown")
    assert topic["excerpts"][-1] == {
        "source": "gwu-panel", "analyst": "jones", "stance": "repressive-turn", "note": "Said on 10 January 2022.",
        "quote": "I think Tokayev may be reluctant to hold elections, ... for a few reasons"}
    assert main(["check", str(topics)]) == 0


def test_a_misattributing_selection_is_refused_with_the_rule_and_nothing_written(browser, site):
    from selenium.webdriver.common.by import By

    server, topics = site
    before = topics.read_bytes()
    browser.get(server.url + "read/gwu-panel")
    drag_select(browser, PARA, "And he clearly", "mass protests.")
    form_ready(browser)
    choose(browser, "f-analyst", "umarov")  # the words are Jones's
    browser.find_element(By.ID, "f-save").click()
    refusal = wait(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#f-result.refused"))
    assert refusal.find_element(By.CSS_SELECTOR, ".rule").text == "attribution.own-voice"
    assert f"para. {PARA} of GWU panel is Pauline Jones's words, not Temur Umarov's" in refusal.text
    assert "nothing was written" in refusal.text
    assert topics.read_bytes() == before


def test_an_edited_takeaway_shows_in_the_preview(browser, site):
    from selenium.webdriver.common.by import By

    server, topics = site
    browser.get(server.url + "topics")

    def save(d):  # found again each time: the previous test's rebuild may still reload the page
        field = d.find_element(By.ID, "e-causes-takeaway")
        field.clear()
        field.send_keys("Fuel prices lit it; politics kept it burning.")
        d.find_element(By.CSS_SELECTOR, 'form[data-topic="causes"][data-field="takeaway"] button').click()
        return True

    wait(browser, lambda d: d.execute_script(
        "return document.getElementById('preview').contentDocument.readyState") == "complete")
    wait(browser, save)
    wait(browser, lambda d: "Fuel prices lit it; politics kept it burning." in d.execute_script(
        "return document.getElementById('preview').contentDocument.body?.textContent || ''"))  # no body mid-reload
    assert "takeaway: Fuel prices lit it; politics kept it burning.\n" in topics.read_text(encoding="utf-8")


def test_a_takeaway_is_edited_in_place_in_the_preview(browser, site):
    from selenium.webdriver.common.by import By

    server, topics = site
    browser.get(server.url)
    button = browser.find_element(By.CSS_SELECTOR, "section#topic-1 p.takeaway + button.rg-edit-button")
    assert button.get_attribute("aria-label") == "Edit takeaway of “What drove the unrest”"
    button.click()
    field = browser.switch_to.active_element  # the form opens with its field focused
    assert field.tag_name == "textarea"
    field.clear()
    field.send_keys("Edited where it stands.")
    field.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # the server's event reloads the page, which then shows the new takeaway in the briefing itself
    wait(browser, lambda d: "Edited where it stands." in
         d.find_element(By.CSS_SELECTOR, "section#topic-1 p.takeaway").text)
    assert "takeaway: Edited where it stands.\n" in topics.read_text(encoding="utf-8")


def test_a_page_older_than_the_file_is_refused_and_offers_a_reload(browser, site):
    from selenium.webdriver.common.by import By

    server, topics = site
    browser.get(server.url + "topics")
    topics.write_text(topics.read_text(encoding="utf-8") + "# saved in another editor meanwhile\n", encoding="utf-8")
    before = topics.read_bytes()
    field = browser.find_element(By.ID, "e-causes-stance-grievances")
    field.clear()
    field.send_keys("Real grievances")
    form = browser.find_element(By.CSS_SELECTOR, 'form[data-stance="grievances"]')
    form.find_element(By.TAG_NAME, "button").click()
    stale = wait(browser, lambda d: form.find_element(By.CSS_SELECTOR, ".result.stale"))
    assert "changed since this page was loaded" in stale.text
    assert topics.read_bytes() == before
    stale.find_element(By.CSS_SELECTOR, "button.reload").click()  # the reload offered: then the edit goes through
    field = wait(browser, lambda d: d.find_element(By.ID, "e-causes-stance-grievances"))
    field.clear()
    field.send_keys("Real grievances")
    browser.find_element(By.CSS_SELECTOR, 'form[data-stance="grievances"] button').click()
    wait(browser, lambda d: d.find_element(By.CSS_SELECTOR, 'form[data-stance="grievances"] .result.saved'))
    text = topics.read_text(encoding="utf-8")
    assert "      grievances: Real grievances\n" in text and "# saved in another editor meanwhile\n" in text


def test_another_sites_page_cannot_post_to_the_workbench(browser, site):
    from selenium.webdriver.common.by import By

    server, topics = site
    before = topics.read_bytes()
    target = server.url + "api/edit"
    # An attacker's page on another origin: a form posting text that looks like JSON (no preflight needed),
    # and a script trying fetch with a guessed token header (which needs the server's CORS consent).
    attack = f"""<!DOCTYPE html><html><body>
<form id="f" method="post" action="{target}" enctype="text/plain">
<input name='{{"topic": "causes", "field": "title", "value": "Owned", "x": "' value='"}}'></form>
<p id="fetch">pending</p>
<script>
fetch("{target}", {{method: "POST", headers: {{"Content-Type": "application/json", "X-Reportgen-Token": "guess"}},
  body: JSON.stringify({{topic: "causes", field: "title", value: "Owned"}})}})
  .then(function (r) {{ document.getElementById("fetch").textContent = "answered " + r.status; }},
        function (e) {{ document.getElementById("fetch").textContent = "blocked"; }});
</script></body></html>""".encode()

    class Attacker(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(attack)

        def log_message(self, *args):
            pass

    evil = ThreadingHTTPServer(("127.0.0.1", 0), Attacker)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        browser.get(f"http://localhost:{evil.server_address[1]}/")  # another origin (other host name and port)
        wait(browser, lambda d: d.find_element(By.ID, "fetch").text != "pending")
        assert browser.find_element(By.ID, "fetch").text == "blocked"
        browser.find_element(By.ID, "f").submit()
        wait(browser, lambda d: "token" in d.find_element(By.TAG_NAME, "body").text)
        assert "lacks the session's token" in browser.find_element(By.TAG_NAME, "body").text
    finally:
        evil.shutdown()
        evil.server_close()
    time.sleep(0.1)
    assert topics.read_bytes() == before


def test_the_form_is_labelled_and_works_from_the_keyboard_alone(browser, site):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    server, topics = site
    browser.get(server.url + "read/gwu-panel")
    take = browser.find_element(By.CSS_SELECTOR, 'button.take[data-para="58"]')
    take.send_keys(Keys.ENTER)  # the paragraph's "Excerpt" button: the keyboard's way to a selection
    form_ready(browser)
    assert browser.switch_to.active_element.get_attribute("id") == "excerpt-heading"
    unlabelled = browser.execute_script("""
        return Array.from(document.querySelectorAll('#excerpt-form :is(select, input, textarea)'))
          .filter(function (c) { return !c.labels || !c.labels.length; }).map(function (c) { return c.id; });""")
    assert unlabelled == []
    keys = ActionChains(browser)

    def tab_to(element_id: str, most: int = 120) -> None:
        for _ in range(most):
            if browser.switch_to.active_element.get_attribute("id") == element_id:
                return
            keys.send_keys(Keys.TAB).perform()
        raise AssertionError(f"Tab never reached #{element_id}")

    keys.send_keys(Keys.TAB).perform()  # the first word; Space cuts it (a word at the start is left out)
    assert "word" in browser.switch_to.active_element.get_attribute("class")
    keys.send_keys(Keys.SPACE).perform()
    wait(browser, lambda d: d.find_element(By.ID, "quote-preview").text.startswith("“if he chooses reform"))
    tab_to("f-topic")
    keys.send_keys(Keys.DOWN).perform()  # the second topic
    assert browser.find_element(By.ID, "f-topic").get_attribute("value") == "elite-struggle"
    tab_to("f-save")
    keys.send_keys(Keys.ENTER).perform()
    wait(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#f-result.saved"))
    data = yaml.safe_load(topics.read_text(encoding="utf-8"))
    added = next(t for t in data["topics"] if t["id"] == "elite-struggle")["excerpts"][-1]
    assert added["analyst"] == "jones" and added["quote"].startswith("if he chooses reform, then he could")
    assert main(["check", str(topics)]) == 0
