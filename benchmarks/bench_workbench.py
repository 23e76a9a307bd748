"""Latency of the browser workbench (`reportgen serve`): from pressing Save to the updated preview, on the shipped
edition, in a real headless Chromium (Selenium with the system's chromedriver).

    python benchmarks/bench_workbench.py [TOPICS] [--rounds 15]

A copy of the project is served on a free loopback port and its topics page opened (the fields beside the
preview, which reloads itself on the server's event). Each round types a new takeaway for the first topic,
presses "Save takeaway" and polls the preview's frame every 5 ms until it shows the new words: the time
from the click to that moment is what the editor waits for. Also timed: the write request alone (the
POST that checks, writes topics.yaml atomically and rebuilds the preview before it answers), and, in the
reading view, from pressing "Save excerpt" to the answer shown beside the text (verification included).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from reportgen.commands.serve import PreviewServer  # noqa: E402


def _summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
    return (f"{name}: median {statistics.median(times):.3f} s, p90 {p90:.3f} s, "
            f"min {ordered[0]:.3f} s, max {ordered[-1]:.3f} s ({len(times)} rounds)")


def run(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topics", nargs="?", type=Path, default=REPO / "topics.yaml")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    import test_browser  # the same browser set-up as the tests
    from selenium.webdriver.common.by import By

    with tempfile.TemporaryDirectory(prefix="bench-workbench-") as tmp:
        project = Path(tmp)
        shutil.copytree(args.topics.parent / "seeds", project / "seeds")
        topics = project / "topics.yaml"
        shutil.copy(args.topics, topics)
        server = PreviewServer(topics, port=0)
        server.start()
        driver = test_browser._browser()
        try:
            to_preview, requests, excerpts = [], [], []
            driver.get(server.url + "topics")
            frame = driver.find_element(By.ID, "preview")
            for n in range(args.rounds + 1):
                words = f"Round {n}: fuel prices lit it, politics kept it going."
                field = driver.find_element(By.ID, "e-causes-takeaway")
                field.clear()
                field.send_keys(words)
                button = driver.find_element(By.CSS_SELECTOR, 'form[data-topic="causes"][data-field="takeaway"] button')
                started = time.perf_counter()
                button.click()
                while words not in (driver.execute_script(
                        "var d = arguments[0].contentDocument; return d && d.body ? d.body.textContent : ''",
                        frame) or ""):
                    time.sleep(0.005)
                if n:  # the first round warms the browser's caches
                    to_preview.append(time.perf_counter() - started)
            for n in range(args.rounds):
                started = time.perf_counter()
                answer = driver.execute_async_script("""
                    var done = arguments[arguments.length - 1];
                    fetch('/api/edit', {method: 'POST', headers: {'Content-Type': 'application/json',
                      'X-Reportgen-Token': document.querySelector('meta[name="rg-token"]').content},
                      body: JSON.stringify({version: document.querySelector('meta[name="rg-version"]').content,
                        topic: 'causes', field: 'takeaway', value: 'Request ' + arguments[0]})})
                      .then(function (r) { return r.json(); }).then(function (a) {
                        if (a.ok) { document.querySelector('meta[name="rg-version"]').content = a.version; }
                        done(a.ok); });""", n)
                assert answer, "the edit was refused"
                requests.append(time.perf_counter() - started)
            for topic in ("causes", "elite-struggle", "csto", "media-crackdown", "regional-impact"):
                driver.get(server.url + "read/gwu-panel")
                test_browser.drag_select(driver, test_browser.PARA, *test_browser.HONEST)
                test_browser.form_ready(driver)
                test_browser.choose(driver, "f-topic", topic)  # a topic each: the same words twice in one would
                started = time.perf_counter()  # time another path
                driver.find_element(By.ID, "f-save").click()
                shown = test_browser.wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#f-result.saved"))
                excerpts.append(time.perf_counter() - started)
                assert shown
        finally:
            driver.quit()
            server.stop()
    print(_summary("Save takeaway -> new words in the preview frame", to_preview))
    print(_summary("the write request alone (check, atomic write, preview rebuilt)", requests))
    print(_summary("Save excerpt -> answer beside the text", excerpts))
    print(json.dumps({"to_preview": to_preview, "request": requests, "excerpt": excerpts}))
    return 0


if __name__ == "__main__":
    sys.exit(run())
