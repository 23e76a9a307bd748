"""How `check` judges real news it was not written for: PolNeAR's human attribution annotations.

PolNeAR (github:networkdynamics/PolNeAR; 2016 US election news, brat files with Source, Cue and
Content spans) is fetched by hand and never committed. Only its `data/train` split is read here: `dev`
and `test` are the held-out measure and stay unopened.

    git clone https://github.com/networkdynamics/PolNeAR /tmp/PolNeAR
    python benchmarks/attribution_eval.py /tmp/PolNeAR [--limit N] [--show 20] [--category NAME]

For each article, a throwaway project: the article as an `article` source with no author, the
speakers the annotations name as analysts, and cases derived from the annotations only:

- direct: the words inside quotation marks of a Content span, given to its named Source (must pass);
- reported: a Content span with no quotation marks whose Cue is a verb of saying, `reported: true`
  (must pass);
- other-speaker: a direct case given to another named speaker of the article (must fail);
- own-voice: a sentence that no annotation touches, given to a speaker (must fail);
- paraphrase: a reported case given as a direct quote (must fail).

A Source is *named* when it ends in a capitalised word ("Spokeswoman Haley Morris", "Trump"); one
that is a pronoun or a description ("he", "the campaign") gives no case, since the annotations do
not say whom it stands for. Each article is checked with the same loader and verifier as `check`,
and each problem is traced to its excerpt by line. The script prints each category's rate and the
failing cases, so a fix can be judged on text nobody here wrote.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.problems import InputError
from reportgen.schema import load_edition
from reportgen.verify import verify_edition

# Verbs of saying that make a Content span honest reported speech of its Source (the issue's "plain
# verb of saying"): a Cue whose first word is one of these forms, or "according to".
SAYING = frozenset(
    "say says said saying tell tells told telling add adds added adding state states stated "
    "explain explains explained argue argues argued write writes wrote note notes noted "
    "insist insists insisted declare declares declared announce announces announced "
    "claim claims claimed warn warns warned predict predicts predicted".split())
# Words that open a Source span as a title or role, not a name ("Spokeswoman Haley Morris").
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. president senator governor "
    "secretary spokeswoman spokesman spokesperson candidate nominee former sens. reps. del. del "
    "vice chairman chairwoman speaker leader mayor judge justice attorney general rev. rev "
    "democrat republican democratic republican gop presidential".split())
ORGANISATION_WORDS = frozenset(
    "Post Times News Journal Review Center Centre Party Committee Campaign Department Institute Foundation "
    "Association Council Network Press Agency Office Service Magazine Tribune Herald Bureau Group Inc".split())
PRONOUNS = frozenset("he she they it we i you his her their its who that this one".split())
QUOTE_MARKS = "“”\"«»„"
MIN_WORDS = 4  # shorter quoted bits are scare quotes or single words, not what an editor excerpts
PER_ARTICLE_OWN = 3  # own-voice sentences tried per article


@dataclass
class Case:
    category: str
    expect_pass: bool
    analyst: str
    quote: str
    reported: bool = False
    origin: str = ""  # the annotation's words, for the report
    line: int = 0
    problems: list[str] = field(default_factory=list)


def read_ann(path: Path) -> list[dict]:
    """The attributions of one brat file: Source, Cue and Content spans, each as (start, end, text)."""
    spans, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:  # (a span's text may run onto more lines)
            tid, info, text = line.split("\t", 2)
            kind, *offsets = info.split(" ")
            if any(";" in o for o in offsets):  # a discontinuous span: left out
                continue
            spans[tid] = (kind, int(offsets[0]), int(offsets[1]), text)
        elif line.startswith("E") and "\t" in line:
            parts = dict(p.split(":", 1) for p in line.split("\t")[1].split())
            relations.append(parts)
    out = []
    for rel in relations:
        got = {role: spans.get(rel.get(role)) for role in ("Source", "Cue", "Content")}
        if all(got.values()):
            out.append({role: got[role][1:] for role in got})
    return out


def name_of(source_text: str) -> str | None:
    """The proper name a Source span gives, its titles left out; None for a pronoun or a description.
    The first comma-separated part ending in a capitalised word holds it ("Brent Bozell III, founder
    of …", "Carter's press secretary, Peter Cook"); within it, the capitalised words that end it."""
    for part in source_text.split(","):
        words = [re.sub(r"[’']s$", "", w) for w in part.split()]
        if not words or not words[-1][:1].isupper():
            continue
        if any(re.split(r"[’']", w)[0].casefold() in PRONOUNS for w in words):
            return None
        head = [w for w in words if not w[:1].isupper()]
        if head and head[-1].casefold() in ("for", "of", "to", "at", "with", "from", "by", "near", "close"):
            return None  # "A spokeswoman for Fiorina": the speaker is the spokeswoman
        run: list[str] = []
        for word in reversed(words):
            if not word[:1].isupper() or word.casefold() in TITLES:
                break
            run.insert(0, word)
        return " ".join(run) or None
    return None


def group_names(names: list[str]) -> dict[str, str]:
    """Each name form -> the analyst's full name: "Trump" joins "Donald Trump" when the article has both."""
    full = sorted(set(names), key=lambda n: -len(n.split()))
    canonical: dict[str, str] = {}
    for name in full:
        words = name.split()
        longer = [f for f in full if len(f.split()) > len(words) and f.split()[-len(words):] == words]
        canonical[name] = canonical.get(longer[0], longer[0]) if longer else name
    return canonical


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-empty line's [start, end): reportgen's paragraphs."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


_QUOTED = re.compile(r"[“\"«„]([^“”\"«»„]+)(?:[”\"»“]|$)")


def quoted_segments(text: str) -> list[str]:
    """The words inside quotation marks in a stretch of one paragraph, a trailing comma dropped."""
    out = []
    for m in _QUOTED.finditer(text):
        words = m.group(1).strip().rstrip(",").strip()
        if len(words.split()) >= MIN_WORDS:
            out.append(words)
    return out


def cases_for(text: str, attributions: list[dict]) -> tuple[list[Case], dict[str, str]]:
    paras = paragraphs(text)

    def para_of(offset: int) -> int:
        return next((i for i, (s, e) in enumerate(paras) if s <= offset < e), -1)

    named = [(a, name_of(a["Source"][2])) for a in attributions]
    canonical = group_names([n for _, n in named if n])
    analysts = sorted(set(canonical.values()))
    ids = {name: f"a{i}" for i, name in enumerate(analysts)}
    cases: list[Case] = []
    for a, name in named:
        if not name:
            continue
        speaker = ids[canonical[name]]
        c_start, c_end, content = a["Content"]
        cue = a["Cue"][2].casefold()
        first, last = para_of(c_start), para_of(max(c_start, c_end - 1))
        if first < 0 or last < 0:
            continue
        others = [i for n, i in ids.items() if i != speaker]
        if any(mark in content for mark in QUOTE_MARKS) or "''" in content:
            for p in range(first, last + 1):
                lo, hi = max(c_start, paras[p][0]), min(c_end, paras[p][1])
                for words in quoted_segments(text[lo:hi]):
                    cases.append(Case("direct", True, speaker, words, origin=f"{a['Source'][2]} | {cue}"))
                    if others:
                        mentioned = [ids[canonical[n]] for n in canonical if n in text[paras[p][0]:paras[p][1]]
                                     and ids[canonical[n]] != speaker]
                        cases.append(Case("other-speaker", False, (mentioned or others)[0], words,
                                          origin=f"really {a['Source'][2]}"))
        elif first == last and len(content.split()) >= MIN_WORDS and _is_saying(cue):
            words = content.strip().rstrip(".,").strip()
            cases.append(Case("reported", True, speaker, words, reported=True, origin=f"{a['Source'][2]} | {cue}"))
            cases.append(Case("paraphrase", False, speaker, words, origin=f"{a['Source'][2]} | {cue}"))
    # Own voice: whole sentences that no annotation touches and that hold no quotation mark.
    touched = [(min(s[0] for s in a.values()), max(s[1] for s in a.values())) for a in attributions]
    own = 0
    for p, (ps, pe) in enumerate(paras):
        if p == 0 or own >= PER_ARTICLE_OWN or not analysts or any(q in text[ps:pe] for q in QUOTE_MARKS):
            continue
        for m in re.finditer(r"[A-Z][^.!?]{30,200}[.!?](?=\s|$)", text[ps:pe]):
            s, e = ps + m.start(), ps + m.end()
            sentence = m.group()
            if any(s < te and ts < e for ts, te in touched) or any(q in sentence for q in QUOTE_MARKS + "'’‘"):
                continue
            mentioned = [ids[canonical[n]] for n in canonical if n in text[ps:pe]]
            cases.append(Case("own-voice", False, (mentioned or list(ids.values()))[0], sentence.rstrip(".")))
            own += 1
            break
    return cases, ids


def _is_saying(cue: str) -> bool:
    words = cue.split()
    return bool(words) and (words[0] in SAYING or cue.startswith("according to") or
                            (len(words) > 1 and words[0] in ("also", "has", "had", "have") and words[1] in SAYING))


def write_project(folder: Path, text: str, cases: list[Case], ids: dict[str, str]) -> Path:
    (folder / "article.txt").write_text(text, encoding="utf-8")
    lines = ["edition:", "  title: Evaluation", "  number: 1", "  date: 2016-01-01", "sources:", "  art:",
             "    file: article.txt", "    title: Article", "    kind: article", "analysts:"]
    for name, aid in ids.items():
        kind = "organisation" if name.isupper() or name.split()[-1] in ORGANISATION_WORDS else "person"
        lines.append(f"  {aid}: {{name: {json.dumps(name, ensure_ascii=False)}, kind: {kind}}}")
    lines += ["topics:", "  - id: t", "    title: T", "    question: What?", "    excerpts:"]
    for case in cases:
        case.line = len(lines) + 1
        lines += ["      - source: art", f"        analyst: {case.analyst}"]
        if case.reported:
            lines.append("        reported: true")
        lines.append("        quote: " + json.dumps(case.quote, ensure_ascii=False))
    path = folder / "topics.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def check_article(text: str, cases: list[Case], ids: dict[str, str]) -> str | None:
    """Run the checker over one article's cases; each case gets the errors found at its lines."""
    with tempfile.TemporaryDirectory() as tmp:
        path = write_project(Path(tmp), text, cases, ids)
        try:
            report = verify_edition(load_edition(path))
            problems = report.errors
        except InputError as err:
            problems = [p for p in err.problems if not p.warning]
        starts = [c.line for c in cases] + [10**9]
        unplaced = []
        for problem in problems:
            i = next((i for i in range(len(cases)) if starts[i] <= (problem.line or 0) < starts[i + 1]), None)
            if i is None:
                unplaced.append(problem.format())
            else:
                cases[i].problems.append(problem.message + (f"; {problem.hint}" if problem.hint else ""))
        return unplaced[0] if unplaced else None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a PolNeAR checkout (its data/train split is read)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--show", type=int, default=15, help="failing cases printed per category")
    parser.add_argument("--category", help="print every failing case of this category")
    parser.add_argument("--json", type=Path, help="write every case and its outcome here")
    args = parser.parse_args(argv)
    train = args.corpus / "data" / "train"
    if not (train / "attributions").is_dir():
        sys.exit(f"{train}/attributions not found: pass a PolNeAR checkout")
    articles: dict[str, Path] = {}
    for ann in sorted((train / "attributions").glob("*.ann")):  # one annotator per article: the first
        articles.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    names = sorted(articles)[: args.limit]
    started = time.perf_counter()
    everything: list[tuple[str, Case]] = []
    broken = []
    for name in names:
        text = (train / "text" / f"{name}.txt").read_text(encoding="utf-8")
        cases, ids = cases_for(text, read_ann(articles[name]))
        if not cases:
            continue
        unplaced = check_article(text, cases, ids)
        if unplaced:
            broken.append((name, unplaced))
        everything += [(name, c) for c in cases]
    elapsed = time.perf_counter() - started
    by_category: dict[str, list[tuple[str, Case]]] = defaultdict(list)
    for name, case in everything:
        by_category[case.category].append((name, case))
    print(f"{len(names)} articles, {len(everything)} cases, {elapsed:.1f} s")
    for category in ("direct", "reported", "other-speaker", "own-voice", "paraphrase"):
        items = by_category.get(category, [])
        if not items:
            continue
        expect = items[0][1].expect_pass
        good = sum(1 for _, c in items if bool(c.problems) != expect)
        verb = "accepted" if expect else "caught"
        print(f"  {category:14} {good:5}/{len(items):<5} {verb} {100 * good / len(items):5.1f}%")
    wrong_catch = sum(1 for c in (c for _, c in everything) if not c.expect_pass)
    caught = sum(1 for _, c in everything if not c.expect_pass and c.problems)
    if wrong_catch:
        print(f"  {'misattributions':14} {caught:5}/{wrong_catch:<5} caught {100 * caught / wrong_catch:5.1f}%")
    if broken:
        print(f"{len(broken)} articles had problems outside any excerpt, e.g. {broken[0]}")
    for category, items in by_category.items():
        failing = [(n, c) for n, c in items if bool(c.problems) == c.expect_pass]
        limit = len(failing) if category == args.category else args.show
        if not failing or limit == 0:
            continue
        print(f"\n--- {category}: {len(failing)} wrong")
        for n, c in failing[:limit]:
            outcome = c.problems[0] if c.problems else "accepted"
            print(f"* {n} [{c.analyst}] {c.origin}\n    quote: {c.quote[:160]}\n    -> {outcome[:300]}")
    if args.json:
        args.json.write_text(json.dumps([{"article": n, **{k: v for k, v in vars(c).items()}}
                                         for n, c in everything], ensure_ascii=False, indent=1), encoding="utf-8")
    counts = Counter(c.category for _, c in everything)
    return 0 if counts else 1


if __name__ == "__main__":
    sys.exit(main())
