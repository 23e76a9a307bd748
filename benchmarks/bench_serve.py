"""Latency of `reportgen serve`: from saving topics.yaml to the updated page, on the shipped edition.

    python benchmarks/bench_serve.py [TOPICS] [--rounds 20]

A copy of the project is served on a free loopback port. A client holds the page's event stream
open, as the browser does; each round saves topics.yaml with a changed topic title, waits for the
event that makes the page reload, then fetches the page and checks it shows the new title. Printed:
the time to the event, and to the new page in hand (what the editor waits for, less the browser's
own rendering).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from reportgen.commands.serve import PreviewServer

REPO = Path(__file__).resolve().parent.parent


def run(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topics", nargs="?", type=Path, default=REPO / "topics.yaml")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        project = Path(tmp)
        shutil.copytree(args.topics.parent / "seeds", project / "seeds")
        topics = project / "topics.yaml"
        shutil.copy(args.topics, topics)
        original = topics.read_text(encoding="utf-8")
        after_topics = original.split("\ntopics:", 1)[1]  # the first topic's title, written plain
        first_title = next(line.split("title:", 1)[1].strip() for line in after_topics.splitlines()
                           if line.strip().startswith("title:"))
        server = PreviewServer(topics, port=0)
        server.start()
        events: list[tuple[float, int]] = []
        arrived = threading.Condition()

        def listen():
            with urllib.request.urlopen(server.url + "events", timeout=60) as stream:
                for raw in stream:
                    if raw.startswith(b"data:"):
                        with arrived:
                            events.append((time.perf_counter(), int(raw.split(b":")[1])))
                            arrived.notify_all()

        threading.Thread(target=listen, daemon=True).start()
        time.sleep(1.0)  # the watcher and the stream settle
        to_event, to_page = [], []
        try:
            for n in range(args.rounds):
                title = f"{first_title} (round {n})"
                text = original.replace(f"title: {first_title}", f"title: {title}", 1)
                seen = len(events)
                start = time.perf_counter()
                topics.write_text(text, encoding="utf-8")
                with arrived:
                    if not arrived.wait_for(lambda seen=seen: len(events) > seen, timeout=10):
                        raise SystemExit(f"round {n}: no reload event within 10 s")
                to_event.append(events[-1][0] - start)
                page = urllib.request.urlopen(server.url, timeout=10).read().decode("utf-8")
                to_page.append(time.perf_counter() - start)
                if title not in page:
                    raise SystemExit(f"round {n}: the page does not show the new title")
                time.sleep(0.3)
        finally:
            server.stop()
    print(f"reportgen serve on {args.topics}: save -> page, {args.rounds} rounds")
    for name, values in (("save -> reload event", to_event), ("save -> new page fetched", to_page)):
        values = sorted(values)
        print(f"  {name:<26} median {statistics.median(values) * 1000:6.0f} ms   "
              f"p90 {values[int(0.9 * (len(values) - 1))] * 1000:6.0f} ms   max {values[-1] * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(run())
