"""An adversarial editor's corpus: mutations of the shipped topics.yaml that no briefing may print.

Each mutation edits the real file (find -> replace, in order) and must make `check` exit 1 with an
error inside the mutated excerpt (its FILE:LINE). The kinds are those of issue 9: cuts that drop a
negation or hedge, cuts inside a word, sentences stitched together, a panelist's words credited to
an official they mention, one person's words credited to another named in an article, quotations
credited to the author, reported speech printed as a quotation, page furniture credited to a voice,
and names matched inside other words or by an organisation's common word.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass

import pytest
from conftest import REPO, SEEDS

from reportgen.cli import main

TOPICS = (REPO / "topics.yaml").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Mutation:
    kind: str
    why: str
    edits: tuple[tuple[str, str], ...]
    at: str  # text inside the mutated excerpt, after the edits: the error must fall in that excerpt


def cut(why, find, replace, at=None):
    return Mutation("cut drops a qualifier", why, ((find, replace),), at or replace)


def word(why, find, replace, at=None):
    return Mutation("cut inside a word", why, ((find, replace),), at or replace)


def stitch(why, find, replace, at=None):
    return Mutation("sentences stitched", why, ((find, replace),), at or replace)


def credit(kind, why, quote_start, analyst, new):
    """The excerpt whose quote starts with `quote_start` credited to `new` instead of `analyst`."""
    pattern = f"        analyst: {analyst}\n"
    block = TOPICS[:TOPICS.index(quote_start)]
    at = block.rindex(pattern)
    old = TOPICS[at:TOPICS.index(quote_start) + len(quote_start)]
    edit = (old, old.replace(pattern, f"        analyst: {new}\n", 1))
    return Mutation(kind, why, (edit,), quote_start)


def unreport(why, analyst, stance, at):
    old = f"        analyst: {analyst}\n        stance: {stance}\n        reported: true\n"
    return Mutation("reported speech as a quotation", why, ((old, old.replace("        reported: true\n", "")),), at)


def requote(kind, why, quote_start, new_quote):
    """Replace the whole quote starting `quote_start` with a new one-line quote."""
    at = TOPICS.index(quote_start)
    end = min(e for e in (TOPICS.find("\n        note:", at), TOPICS.find("\n      - source:", at),
                          TOPICS.find("\n\n", at)) if e != -1)
    return Mutation(kind, why, ((TOPICS[at:end], new_quote),), new_quote)


ANALYST_BEFORE = "  # Quoted in 003 and 004\n"


def add_voice(kind, why, analyst_yaml, excerpt_yaml, topic_anchor="  # Topic 2 - elite-struggle"):
    edits = ((ANALYST_BEFORE, analyst_yaml + ANALYST_BEFORE), (topic_anchor, excerpt_yaml + "\n" + topic_anchor))
    return Mutation(kind, why, edits, excerpt_yaml.strip().split("\n")[-1])


MUTATIONS = [
    # --- cuts that drop a negation, hedge or qualifier (inside one sentence) ---
    cut("hardly", "But there could hardly be a foreign", "But there could ... be a foreign"),
    cut("not, in Schacht's opening", "It is still not clear what has happened",
        "It is still ... clear what has happened"),
    cut("alleged", "with the alleged worsening", "with the ... worsening"),
    cut("not, in 'is not clear'", "had sought to cling to power via a coup, or by hijacking the protests,\n"
        "          is not clear.", "had sought to cling to power via a coup, or by hijacking the protests,\n"
        "          is ... clear.", at="is ... clear."),
    cut("not, in 'will not be surprised'", "I\n          will not be surprised", "I\n          will ... be surprised",
        at="will ... be surprised"),
    cut("not, in 'This is not just a move'", "This is not just a\n          move", "This is ... just a\n          move",
        at="This is ... just a"),
    cut("not, in 'they are not really participating'", "they are not really participating",
        "they are ... really participating"),
    cut("n't, in 'didn't expect'", "why the government didn’t\n          expect it",
        "why the government ...\n          expect it", at="why the government ..."),
    cut("n't, in 'didn't have much control'", "if he didn’t have much\n          control",
        "if he ... have much\n          control", at="if he ... have much"),
    cut("not, in 'not Nazarbayev himself'", "perhaps people, not Nazarbayev himself, but people",
        "perhaps people, ... but people"),
    cut("no, in 'no talks with the terrorists'", "In my opinion, no talks with the terrorists",
        "In my opinion, ... talks with the terrorists"),
    cut("apparently", "Russian influence is apparently growing", "Russian influence is ... growing"),
    cut("only, in 'not only to Russia'", "closer, not only to Russia", "closer, ... to Russia"),
    cut("but, in 'soft authoritarianism, but I think'", "soft authoritarianism, but I think",
        "soft authoritarianism, ... I think"),
    # --- cuts and edges inside a word ---
    word("a quote starts inside 'However'", "However, the core of the protest activity",
         "ever, the core of the protest activity"),
    word("a quote starts inside 'Tokayev'", "Tokayev has clearly I think taken", "okayev has clearly I think taken"),
    word("a quote ends inside 'Putin'", "Nothing is free with Putin, and there will be a quid pro quo,",
         "Nothing is free with Put"),
    word("a fragment ends inside 'health'", "health. ... We know", "heal ... We know"),
    word("'we can ... say' from 'we cannot say'", "Russian-led organization, ... Tokayev will owe",
         "Russian-led organization, we can ... say that CSTO is an organization where all of the parties have "
         "similar power. Tokayev will owe", at="Russian-led organization, we can ... say"),
    word("'8 months' from '18 months'", "as Kazakstan’s border was shut 18 months prior",
         "as Kazakstan’s border was shut ... 8 months prior"),
    # --- two sentences stitched into one claim ---
    stitch("a claim the speaker calls ridiculous, quoted as theirs",
           "hijacked by unknown individuals. In very\n          controversial statements, "
           "President Kassym-Jomart Tokayev, called them\n          terrorists, even international terrorists, "
           "giving the number, which is\n"
           "          ridiculous for everyone – 20,000", "hijacked by ... 20,000", at="hijacked by ... 20,000"),
    stitch("Kudaibergenova resumed mid-sentence", "spontaneous, ... People have taken to the streets to voice their\n"
           "          grievances and we have seen some self-organization", "spontaneous, ... some self-organization",
           at="spontaneous, ... some self-organization"),
    stitch("Schacht resumed mid-sentence", "... Whether Nazarbayev-circles\n          had sought", "... had sought"),
    stitch("the business source resumed mid-sentence", "which has crippled decision making, ... It has been bubbling",
           "which has crippled decision making, ... been bubbling"),
    stitch("Jones resumed mid-sentence", "It is dishonorable, ill-timed and complete. Nazarbayev was forced\n"
           "          out,", "It is dishonorable, ... forced\n          out,", at="It is dishonorable, ... forced"),
    # --- a panelist's own analysis credited to an official they mention ---
    credit("panelist's words to an official", "Sharipzhanov on Tokayev's 20,000", "But gradually, the protest",
           "sharipzhanov", "tokayev"),
    credit("panelist's words to an official", "Kassenova on Tokayev and Putin", "And their arrival signals",
           "kassenova", "tokayev"),
    credit("interviewee's words to an official", "Sultonnazarov on Tokayev turning to Putin",
           "Amid the demoralisation", "sultonnazarov", "tokayev"),
    credit("panelist's words to an official", "Umarov on Tokayev asking the CSTO", "But now, when Tokayev asked CSTO",
           "umarov", "tokayev"),
    credit("interviewee's words to an official", "Sultonnazarov on Tokayev blaming the media",
           "Freedom of speech will now", "sultonnazarov", "tokayev"),
    # --- in an article, one person's words credited to another named in it ---
    credit("another named voice", "Mallinson's quid pro quo to Schulmann", "Nothing is free with Putin",
           "mallinson", "schulmann"),
    credit("another named voice", "Mallinson's 'general leading an army' to Kudaibergenova",
           "He used to come across", "mallinson", "kudaibergenova"),
    credit("another named voice", "Schulmann's 'political models' to Mallinson", "Russia and Kazakhstan are two",
           "schulmann", "mallinson"),
    credit("another named voice", "Kudaibergenova to Tokayev, named in the article", "However, one thing is clear",
           "kudaibergenova", "tokayev"),
    credit("another named voice", "the Western diplomat to the business source", "He succeeded in balancing",
           "western-diplomat", "business-source"),
    credit("another named voice", "the business source to the Western diplomat", "In the past six to 12 months",
           "business-source", "western-diplomat"),
    # --- words inside quotation marks credited to the article's author ---
    credit("quotation to the author", "the Russian foreign ministry's statement", "We regard the recent events",
           "russian-mfa", "author-004"),
    credit("quotation to the author", "Tokayev's statement", "What kind of negotiations", "tokayev", "author-004"),
    # --- reported speech printed between quotation marks ---
    unreport("Ukibay", "ukibay", "no-rift", "Nazarbayev spokesman Aidos Ukibay on Saturday"),
    unreport("Amnesty International", "amnesty", "repressive-turn", "Amnesty International has described"),
    unreport("Sorbello, first reading", "sorbello", "tokayev-gains", "Either Tokayev is “cleaning house”"),
    unreport("Sorbello, second reading", "sorbello", "only-option", "or Tokayev has partially or completely"),
    credit("reported speech of someone else", "Amnesty's words credited to Tokayev, whose promise they describe",
           "Amnesty International has described", "amnesty", "tokayev"),
    # --- page furniture credited to the interviewee or the author ---
    requote("page furniture", "IWPR's funding note", "Freedom of speech will now deteriorate",
            "This publication was prepared under the \"Amplify, Verify, Engage (AVE) Project\""),
    requote("page furniture", "Eurozine's newsletter box", "The government currently enjoys a degree",
            "Subscribe to know what’s worth thinking about."),
    requote("page furniture", "a photo caption credited to Kudaibergenova", "However, one thing is clear",
            "Riot police during the uprising in Almaty."),
    requote("page furniture", "the IWPR title line credited to the interviewee", "Apparently both sides saw",
            "Country sees a clampdown on independent media and civil society"),
    # --- the adversarial review's finds on the seeds ---
    requote("reported claim as the speaker's own", "Umarov credited with the official account he disputes",
            "Kazakhstan for years has been known",
            "it was a planned, organized terrorist attack with the goal to make a coup to take Tokayev down."),
    Mutation("reported speech of someone else", "the author's own clause as Amnesty's reported speech",
             (("Amnesty International has described Tokayev’s promise to shoot without\n"
               "          warning as “a recipe for disaster”",
               "the question now arises as to how much the government’s response will differentiate "
               "peaceful protesters from violent groups."),), "the question now arises"),
    # --- the second adversarial review's finds: what a quote leaves out at its edges ---
    requote("condition or doubt left out", "Umarov's 'If it really was a coup, why ...' as his claim",
            "For me, it was really a protest", "it really was a coup"),
    requote("condition or doubt left out", "Schacht's 'Whether ... is a crucial question' as her claim",
            "It is still not clear what has happened",
            "the Kazakh population is ready to tolerate CSTO soldiers in their country"),
    requote("condition or doubt left out", "Tokayev's 'so-called free media outlets' as free media",
            "What kind of negotiations", "free media outlets"),
    requote("reported claim as the speaker's own", "Junisbai's friend's account ('they said, I walked ...')",
            "There is a narrative in Kazakhstan",
            "I walked in the streets on Wednesday night and there was rioting and looting and it was chaos"),
    requote("reported claim as the speaker's own", "Ukibay's claim, as Sharipzhanov relays it",
            "But gradually, the protest was hijacked", "he never left Kazakhstan"),
    # --- names inside other words, organisations by a common word ---
    add_voice("name inside a word", "'Rice' in 'prices'",
              "  rice:\n    name: Susan Rice\n    kind: person\n",
              "      - source: statement-article\n        analyst: rice\n        quote: >-\n"
              "          the authorities slashed LPG (liquefied petroleum gas) prices to below\n"),
    add_voice("organisation by a common word", "'the ministry said' is not the Ministry of Internal Affairs",
              "  mia:\n    name: Ministry of Internal Affairs\n    kind: organisation\n    role: official\n",
              "      - source: darker-than-ever\n        analyst: mia\n        quote: >-\n          armed criminals\n"),
    add_voice("organisation by a common word", "'the international community' is not Amnesty International",
              "", "      - source: statement-article\n        analyst: amnesty\n        quote: >-\n"
              "          dismissed calls from the international community\n"),
]


def excerpt_lines(text: str, snippet: str) -> range:
    """The lines of the excerpt holding `snippet`, from its '- source:' to the next one."""
    at = text.index(snippet)
    start = text.rindex("      - source:", 0, at)
    nxt = text.find("      - source:", at)
    ends = [e for e in (nxt, text.find("\n  # ", at), len(text)) if e != -1]
    first = text.count("\n", 0, start) + 1
    return range(first, text.count("\n", 0, min(ends)) + 2)


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mutations")
    shutil.copytree(SEEDS, folder / "seeds")
    return folder


def test_the_corpus_covers_every_kind_and_has_at_least_forty_mutations():
    kinds = {m.kind for m in MUTATIONS}
    assert len(MUTATIONS) >= 40 and len(kinds) >= 9, (len(MUTATIONS), kinds)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: f"{m.kind}: {m.why}")
def test_a_mutation_of_the_shipped_topics_fails_at_its_excerpt(mutation, project_dir, capsys):
    text = TOPICS
    for find, replace in mutation.edits:
        assert text.count(find) == 1, f"the edit must apply once: {find!r}"
        text = text.replace(find, replace)
    path = project_dir / "topics.yaml"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path)])
    err = capsys.readouterr().err
    assert code == 1, err
    lines = excerpt_lines(text, mutation.at)
    errors = [int(m.group(1)) for m in re.finditer(r"topics\.yaml:(\d+):\d+: error", err)]
    assert any(n in lines for n in errors), f"no error in lines {lines.start}-{lines.stop - 1}:\n{err}"
