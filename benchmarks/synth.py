"""Synthetic editions for the benchmarks: English-like sources and an edition whose every quote passes `check`.

make_edition() writes sources/*.txt, topics.yaml and passages.json (the quotable sentence runs and whose
words they are) into a folder; mutate_edition() reads them back to write topics-2.yaml, a later edition.

    python benchmarks/synth.py FOLDER [--sources 200] [--source-kb 50] [--excerpts 5000] [--mutate 300]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import yaml

from reportgen.text.sources import (
    normalize,  # the folding `check` applies, so quotes match as it will match them
)

KINDS = ("transcript", "interview", "article")

# Sentence parts. Curly apostrophes, curly quotes and en dashes are deliberate: quotes are written straight.
OPENERS = ["", "", "", "Frankly,", "In my view,", "At the same time,", "Still,", "I don’t think", "It’s clear that",
           "Over the last decade,", "To be honest,", "What we saw is that", "On balance,", "Unsurprisingly,",
           "For now,", "In practice,", "As far as I can tell,", "It’s worth recalling that", "Put simply,"]
SUBJECTS = ["the government", "the president’s office", "regional elites", "the security services",
            "small business owners", "the central bank", "oil workers in the west", "opposition activists",
            "the ruling party", "local officials", "foreign investors", "the parliament", "young voters",
            "the state media", "provincial governors", "the energy ministry", "trade unions", "the old guard",
            "neighbouring capitals", "the army", "the country’s middle class", "the prosecutor general",
            "the former president’s family", "rural communities", "the new cabinet", "independent journalists",
            "the customs service", "mining companies", "the diaspora", "Moscow", "Beijing", "Brussels",
            "the finance ministry", "city mayors", "the national security committee", "civil society groups",
            "the courts", "migrant workers", "the banking sector", "the capital’s residents"]
VERBS = ["underestimated", "cannot ignore", "will have to renegotiate", "quietly reshaped", "never trusted",
         "relied heavily on", "lost control of", "kept postponing", "tried to buy off", "openly questioned",
         "did not anticipate", "will probably exploit", "long resisted", "tended to overstate", "feared",
         "spent years defending", "misread", "quietly welcomed", "can no longer afford", "badly mismanaged",
         "kept negotiating over", "deliberately delayed", "benefited from", "publicly endorsed", "privately opposed",
         "rarely talked about", "began to dismantle", "had to defend", "bet everything on", "failed to anticipate",
         "should have seen", "might still reverse", "would never accept"]
OBJECTS = ["the price of fuel", "the promised reforms", "the loyalty of the police", "the old social contract",
           "the new constitution", "the so-called “listening state”", "the regional balance of power",
           "the gas subsidies", "the anti-corruption campaign", "the succession plan", "the foreign troops",
           "the internet shutdown", "the wage arrears", "the housing crisis", "the budget for 2023",
           "the privatisation programme", "the rule of law", "the informal networks", "the border trade",
           "the media blackout", "the youth unemployment figures", "the pension fund", "the election timetable",
           "the “multivector” foreign policy", "the oil revenues", "the land reform", "the amnesty",
           "the official death toll", "the security council", "the family businesses", "the currency reserves",
           "the grain exports", "the public mood", "the provincial budgets", "the pipeline deal"]
ADJUNCTS = ["after the January protests", "in the oil regions", "for the first time since independence",
            "without much public debate", "as the budget shrinks", "in the run-up to the vote",
            "behind closed doors", "since 2019", "at an alarming pace", "in the long run",
            "to everyone’s surprise", "in the smaller towns", "under pressure from abroad",
            "despite the official promises", "with very little transparency", "over the coming months",
            "in a matter of days", "more than anyone expected", "on the streets of Almaty",
            "in the eyes of ordinary people", "during the state of emergency", "at the expense of the regions",
            "without consulting parliament", "as inflation bites", "well before the crisis"]
LINKS = [", and", ", but", ", which means that", ", while", ", so", " – and that is why –", ", even though"]
QUESTIONS = ["How do you read what {subj} did with {obj} {adj}?", "What does {subj} really want from {obj} {adj}?",
             "Why has {subj} changed its mind on {obj} {adj}?", "Do you expect {subj} to change course on {obj} {adj}?",
             "What happens to {obj} if {subj} steps back {adj}?", "Did {subj} gain or lose from {obj} {adj}?"]

FIRST_NAMES = ["Aigerim", "Daniel", "Marta", "Yerlan", "Sophie", "Timur", "Laura", "Nurlan", "Helen", "Askar",
               "Irina", "Paul", "Dana", "Ruslan", "Clara", "Bakhyt", "Anna", "Erik", "Saule", "James", "Madina",
               "Olga", "Farid", "Nora", "Arman", "Kate", "Zarina", "Michael", "Lena", "Dmitri", "Gulnara", "Tom"]
SURNAME_HEADS = ["Kar", "Bek", "Sul", "Mar", "Tol", "Ash", "Dor", "Yer", "Nur", "Zhan", "Ab", "Or", "Ser", "Tem",
                 "Al", "Bal", "Hol", "Wen", "Fal", "Lind", "Mor", "Rud", "Kas", "Tur", "Ved", "Gor"]
SURNAME_MIDS = ["", "a", "i", "o", "e", "u", "am", "in"]
SURNAME_TAILS = ["bekov", "enko", "ova", "ulin", "man", "sson", "stad", "ley", "ton", "ari", "eva", "ina", "ski",
                 "berg", "ford", "hausen", "imov", "baeva", "well"]
POSITIONS = ["senior fellow", "professor of political science", "research director", "economist",
             "associate professor", "programme head", "former diplomat", "analyst", "lecturer in history"]
INSTITUTIONS = ["the Caspian Policy Institute", "Steppe University", "the Centre for Eurasian Studies",
                "the Almaty Governance Lab", "the Silk Road Forum", "the Institute for Regional Security",
                "the Northern Economics School", "the Open Society Archive", "the Energy Transition Council"]
OUTLETS = ["Steppe Review", "Eurasia Desk", "Caspian Weekly", "Central Asia Monitor", "Silk Road Radio",
           "Frontier Press"]
SAYS = ["said", "says", "argues", "warned", "noted", "added"]
TOPICS = [("prices", "Fuel prices", "Were the fuel prices the cause or the trigger?"),
          ("elites", "Elite struggle", "Did a fight among elites hijack the protests?"),
          ("security", "The security forces", "Why did the police withdraw?"),
          ("troops", "Foreign troops", "What did inviting foreign troops cost the country?"),
          ("reform", "Reform", "Are the promised reforms real?"),
          ("media", "Information", "What did the blackout change?"),
          ("economy", "The economy", "Who pays for the crisis?"),
          ("region", "The region", "How do the neighbours read the crisis?"),
          ("succession", "Succession", "Is the succession over?"),
          ("society", "Society", "What do the protesters want?")]
STANCES = {"hopeful": "Change is under way", "sceptical": "Little will change", "unclear": "Too early to tell"}
# The edition's key points and glossary (terms the synthetic sentences use), so every part of the briefing prints.
KEY_POINTS = ["On every topic some voices see change under way and others expect little to change.",
              "Many voices find it too early to tell, and say what they would need to know first.",
              "The sources differ in kind: transcripts, interviews and articles each carry several voices."]
GLOSSARY = {"listening state": "A state that says it hears its citizens' demands (a synthetic definition).",
            "multivector": "A foreign policy that keeps good relations with several powers at once (synthetic).",
            "social contract": "What rulers and ruled expect of each other (a synthetic definition)."}


def make_edition(folder, sources=200, source_kb=50, excerpts=5000, topics=10, seed=1) -> Path:
    """Write a synthetic project into `folder` and return its topics.yaml; same arguments, same bytes."""
    folder = Path(folder)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    people = _people(rng, max(8, sources * 3 // 2))
    outlets = [{"id": _slug(o), "name": o, "role": "interviewer", "kind": "organisation"} for o in OUTLETS]
    source_meta, passages, texts = {}, {}, {}
    for i in range(sources):
        sid, kind = f"s{i:03d}", KINDS[i % 3]
        lines, runs, meta = _write_source(rng, kind, source_kb * 1024, people, outlets)
        (folder / "sources" / f"{sid}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        source_meta[sid] = {"file": f"sources/{sid}.txt", "kind": kind, "label": f"{kind.capitalize()} {i + 1}",
                            **meta}
        passages[sid] = runs
        texts[sid] = _haystack(lines)
    by_analyst = _runs_by_analyst(passages)
    # Declare only the voices that speak somewhere, in the order they first do.
    everyone = {p["id"]: p for p in people + outlets}
    analysts = {a: {k: v for k, v in everyone[a].items() if k != "id"} for a in by_analyst}
    topic_list = [_topic(n) for n in range(topics)]
    # Analysts take turns and topics take contiguous blocks, so every topic hears many voices.
    order = list(by_analyst)
    rng.shuffle(order)
    for k in range(excerpts):
        analyst = order[k % len(order)]
        quote = None
        while quote is None:
            sid, sentences = rng.choice(by_analyst[analyst])
            quote = pick_quote(rng, sentences, texts[sid])
        topic_list[k * topics // excerpts]["excerpts"].append(_excerpt(rng, sid, analyst, quote))
    data = {"edition": {"title": "Synthetic edition", "number": 1, "date": "2026-01-15",
                        "summary": f"{sources} synthetic sources of {source_kb} KB and {excerpts} excerpts.",
                        "key_points": KEY_POINTS},
            "sources": source_meta, "analysts": analysts, "topics": topic_list, "glossary": GLOSSARY}
    path = folder / "topics.yaml"
    _dump(data, path)
    (folder / "passages.json").write_text(json.dumps(passages, ensure_ascii=False), encoding="utf-8")
    return path


def mutate_edition(topics_path, changes=300, seed=2) -> Path:
    """Write topics-2.yaml beside `topics_path`: excerpts added, removed, restanced and requoted, a topic
    added and one retitled (its id kept, as `--topic` and `diff` know it by id)."""
    topics_path = Path(topics_path)
    folder = topics_path.parent
    rng = random.Random(seed)
    data = yaml.load(topics_path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    passages = json.loads((folder / "passages.json").read_text(encoding="utf-8"))
    texts = {}

    def haystack(sid):
        if sid not in texts:
            texts[sid] = _haystack((folder / data["sources"][sid]["file"]).read_text(encoding="utf-8").splitlines())
        return texts[sid]

    by_analyst = _runs_by_analyst(passages)

    def excerpt_by(analyst):
        quote = None
        while quote is None:
            sid, sentences = rng.choice(by_analyst[analyst])
            quote = pick_quote(rng, sentences, haystack(sid))
        return _excerpt(rng, sid, analyst, quote)

    # Added excerpts bring voices the topic lacks, so the edits do not tip a topic's balance.
    voices = list(by_analyst)
    topics = data["topics"]
    topics[rng.randrange(len(topics))]["title"] += " revisited"
    new_topic = _topic(len(topics))
    new_topic["excerpts"] = [excerpt_by(a) for a in rng.sample(voices, min(len(voices), max(5, changes // 30)))]
    for _ in range(changes - len(new_topic["excerpts"])):
        excerpts = rng.choice(topics)["excerpts"]
        action = rng.choice(("add", "remove", "stance", "requote"))
        if action == "add" or len(excerpts) < 3:
            present = {e["analyst"] for e in excerpts}
            analyst = rng.choice([a for a in voices if a not in present] or voices)
            excerpts.insert(rng.randrange(len(excerpts) + 1), excerpt_by(analyst))
        elif action == "remove":
            excerpts.pop(rng.randrange(len(excerpts)))
        elif action == "stance":
            excerpt = rng.choice(excerpts)
            excerpt["stance"] = rng.choice([s for s in STANCES if s != excerpt.get("stance")])
        else:
            excerpt = rng.choice(excerpts)
            runs = [s for a, s in passages[excerpt["source"]] if a == excerpt["analyst"]]
            excerpt["quote"] = _neighbour(rng, excerpt["quote"], runs, haystack(excerpt["source"]))
    topics.insert(rng.randrange(len(topics) + 1), new_topic)
    data["edition"]["number"] += 1
    data["edition"]["date"] = "2026-02-15"
    path = folder / "topics-2.yaml"
    _dump(data, path)
    return path


def pick_quote(rng: random.Random, sentences: list[str], haystack: str, start: int | None = None) -> str | None:
    """A sentence or two of one run, sometimes elided, whose opening words occur once in the source
    (so `check` finds it in the paragraph it was taken from); None if the run has no such span."""
    for _ in range(20):
        i = rng.randrange(len(sentences)) if start is None else start
        span = " ".join(sentences[i:i + rng.choice((1, 1, 2))]).split()
        if i + 2 < len(sentences) and rng.random() < 0.12:
            # An editor's cut of a whole sentence, as `check` accepts: resume where a sentence starts.
            quote = sentences[i] + rng.choice((" ... ", " … ")) + sentences[i + 2]
            first = normalize(sentences[i])
        else:
            quote = first = normalize(" ".join(span))
        if haystack.count(first) == 1:
            # Editors mostly type straight quotes and hyphens; now and then they paste the curly original.
            return quote if rng.random() < 0.1 else normalize(quote)
        start = None
    return None


def _neighbour(rng, quote: str, runs: list[list[str]], haystack: str) -> str:
    """The same voice, a slightly different span: the next or previous sentence of the same run."""
    first = normalize(re.split(r"\s*(?:\.\.\.|…)\s*", quote)[0])
    for sentences in runs:
        for i, sentence in enumerate(sentences):
            if first.startswith(normalize(sentence)) or normalize(sentence).startswith(first):
                options = [j for j in (i - 1, i + 1) if 0 <= j < len(sentences)] or [i]
                return pick_quote(rng, sentences, haystack, start=rng.choice(options)) or quote
    return quote


def _runs_by_analyst(passages: dict) -> dict[str, list]:
    """Analyst -> [(source id, sentences)], from passages.json's source id -> [(analyst, sentences)]."""
    by_analyst: dict[str, list] = {}
    for sid, runs in passages.items():
        for analyst, sentences in runs:
            by_analyst.setdefault(analyst, []).append((sid, sentences))
    return by_analyst


def _people(rng: random.Random, count: int) -> list[dict]:
    """Analysts with distinct surnames: an interview labels its interviewee by surname alone."""
    people, surnames = [], set()
    while len(people) < count:
        surname = rng.choice(SURNAME_HEADS) + rng.choice(SURNAME_MIDS) + rng.choice(SURNAME_TAILS)
        if surname in surnames:
            continue
        surnames.add(surname)
        people.append({"id": _slug(surname), "name": f"{rng.choice(FIRST_NAMES)} {surname}", "kind": "person",
                       "affiliation": f"{rng.choice(POSITIONS).capitalize()}, {rng.choice(INSTITUTIONS)}"})
    return people


def _write_source(rng, kind: str, size: int, people: list[dict], outlets: list[dict]):
    """One source: its paragraph lines, the runs of sentences each voice speaks, and its citation fields."""
    title = f"{rng.choice(SUBJECTS)} and {rng.choice(OBJECTS)}"
    title = title[0].upper() + title[1:]
    lines, runs = [title, _paragraph(rng, 2)], []
    length = 0

    def add(line, analyst=None, sentences=None):
        nonlocal length
        lines.append(line)
        length += len(line.encode("utf-8")) + 2
        if analyst:
            runs.append((analyst, sentences))

    if kind == "transcript":
        speakers = rng.sample(people, 4)
        speakers[0].setdefault("role", "moderator")
        for p in speakers[1:]:
            p.setdefault("role", "panelist")
        meta = {"title": title, "date": "2022-01-10", "publisher": rng.choice(INSTITUTIONS)}
        add("SPEAKERS")
        for p in speakers:
            add(f"{p['name']}, {p['affiliation']};")
        add("Transcript")
        turn = 0
        while length < size:
            # The moderator and the panelists take turns, so each has words to quote even in a short text.
            p = speakers[turn % len(speakers)]
            turn += 1
            add(f"{p['name']}:")
            for _ in range(rng.randint(1, 3)):
                sentences = _sentences(rng, rng.randint(3, 7))
                add(" ".join(sentences), p["id"], sentences)
    elif kind == "interview":
        outlet, guest = rng.choice(outlets), rng.choice(people)
        guest.setdefault("role", "interviewee")
        surname = guest["name"].split()[-1]
        meta = {"title": f"Interview: {title}", "publisher": outlet["name"]}
        add("Tuesday, 11 January, 2022")
        question = [_question(rng)]
        add(f"{outlet['name']}: {question[0]}", outlet["id"], question)
        answer = _sentences(rng, rng.randint(3, 7))
        add(f"{surname}: {' '.join(answer)}", guest["id"], answer)
        while length < size:
            question = [_sentence(rng), _question(rng)] if rng.random() < 0.3 else [_question(rng)]
            add(" ".join(question), outlet["id"], question)
            for _ in range(rng.randint(1, 3)):
                answer = _sentences(rng, rng.randint(3, 7))
                add(" ".join(answer), guest["id"], answer)
    else:
        author, *quoted = rng.sample(people, 4)
        author.setdefault("role", "author")
        for p in quoted:
            p.setdefault("role", "quoted expert")
        meta = {"title": title, "author": author["name"], "date": "2022-01-15"}
        add(f"By {author['name']}")
        while length < size:
            if rng.random() < 0.35:
                p = rng.choice(quoted)
                before, after = _sentences(rng, rng.randint(1, 3)), _sentences(rng, rng.randint(1, 3))
                before[-1] = before[-1][:-1] + ","
                position, _, place = p["affiliation"].partition(", ")
                add(f"“{' '.join(before)}” {rng.choice(SAYS)} {p['name']}, {position.lower()} at {place}. "
                    f"“{' '.join(after)}”", p["id"], before)
                runs.append((p["id"], after))
            else:
                sentences = _sentences(rng, rng.randint(3, 7))
                add(" ".join(sentences), author["id"], sentences)
    return lines, runs, meta


def _sentences(rng, count: int) -> list[str]:
    return [_sentence(rng) for _ in range(count)]


def _paragraph(rng, count: int) -> str:
    return " ".join(_sentences(rng, count))


def _sentence(rng) -> str:
    """One English-like sentence; the combinations are many, so a sentence rarely repeats."""
    clause = _clause(rng)
    if rng.random() < 0.4:
        clause += rng.choice(LINKS) + " " + _clause(rng)
    opener = rng.choice(OPENERS)
    text = f"{opener} {clause}" if opener else clause
    return text[0].upper() + text[1:] + "."


def _clause(rng) -> str:
    obj = rng.choice(OBJECTS)
    if rng.random() < 0.15:
        obj += " – " + rng.choice(("at least on paper", "or what is left of it", "as they call it")) + " –"
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {obj} {rng.choice(ADJUNCTS)}"


def _question(rng) -> str:
    text = rng.choice(QUESTIONS).format(obj=rng.choice(OBJECTS), adj=rng.choice(ADJUNCTS), subj=rng.choice(SUBJECTS))
    return text[0].upper() + text[1:]


def _topic(n: int) -> dict:
    tid, title, question = TOPICS[n % len(TOPICS)]
    if n >= len(TOPICS):
        tid, title = f"{tid}{n // len(TOPICS) + 1}", f"{title} ({n // len(TOPICS) + 1})"
    return {"id": tid, "title": title, "question": question,
            "summary": "The analysts disagree on how far this goes.", "stances": dict(STANCES), "excerpts": []}


def _excerpt(rng, sid: str, analyst: str, quote: str) -> dict:
    excerpt = {"source": sid, "analyst": analyst}
    if rng.random() < 0.85:
        excerpt["stance"] = rng.choice(list(STANCES))
    if rng.random() < 0.05:
        excerpt["handout"] = True
    excerpt["quote"] = quote
    return excerpt


def _haystack(lines) -> str:
    """The source as `check` searches it: paragraphs normalised, one a line."""
    return "\n".join(normalize(line) for line in lines if line.strip())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _dump(data: dict, path: Path) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic edition that passes `reportgen check`.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--source-kb", type=int, default=50)
    parser.add_argument("--excerpts", type=int, default=5000)
    parser.add_argument("--topics", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutate", type=int, metavar="CHANGES", help="also write topics-2.yaml with this many changes")
    args = parser.parse_args(argv)
    path = make_edition(args.folder, args.sources, args.source_kb, args.excerpts, args.topics, args.seed)
    print(path)
    if args.mutate:
        print(mutate_edition(path, args.mutate))
    return 0


if __name__ == "__main__":
    sys.exit(main())
