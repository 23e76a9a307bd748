"""What a quote leaves out around it: the words of its sentence before its first word (a condition,
a doubt, a limit, the reporting clause it completes) and after its last (a qualifier, a denial, a
question mark, a reporting tag). Sources made up here, in English and Russian, so that no rule is
fitted to the seeds; each refusal has an honest neighbour that must pass."""

from __future__ import annotations

import pytest
from conftest import assert_problem, excerpt

PANEL = """\
A panel on the unrest
Jane Smith:
{}
"""
TOPICS = """\
edition: {{title: T, number: 1, date: 2026-01-01}}
sources:
  src: {{file: src.txt, title: S, kind: transcript}}
analysts:
  smith: {{name: Jane Smith, kind: person}}
topics:
  - id: t
    title: T
    question: Q?
    excerpts:
{}"""


@pytest.fixture
def turn(tmp_path, run):
    """turn(paragraph, quote, **extra) -> (code, out, err) of `check` on Jane Smith's one-paragraph turn."""

    def check(paragraph: str, quote: str, **extra):
        (tmp_path / "src.txt").write_text(PANEL.format(paragraph), encoding="utf-8")
        (tmp_path / "topics.yaml").write_text(TOPICS.format(excerpt("src", "smith", quote, **extra)), encoding="utf-8")
        return run("check", tmp_path / "topics.yaml")

    return check


@pytest.mark.parametrize("paragraph, quote, reason", [
    ("If the KNB organised the riots, Tokayev is finished.", "the KNB organised the riots", "'If'"),
    ("Whether the KNB organised the riots is unclear to me.", "the KNB organised the riots", "'Whether'"),
    ("It is unlikely that Russian troops will leave.", "Russian troops will leave", "'unlikely'"),
    ("It is a myth that the protests were organised abroad.", "the protests were organised abroad", "'myth'"),
    ("Only the elites benefited from the price rise.", "the elites benefited from the price rise", "'Only'"),
    ("Few people believe the protests were spontaneous.", "people believe the protests were spontaneous", "'Few'"),
    ("The so-called terrorists were ordinary people.", "terrorists were ordinary people", "'so-called'"),
    ("Almost none of the demonstrators were armed.", "none of the demonstrators were armed", "'Almost'"),
    ("Якобы протесты были стихийными.", "протесты были стихийными", "'Якобы'"),
    ("Так называемые террористы были обычными людьми.", "террористы были обычными людьми", "'называемые'"),
])
def test_a_quote_may_not_leave_out_a_condition_or_doubt_before_it(turn, paragraph, quote, reason):
    code, _, err = turn(paragraph, f'"{quote}"')
    assert code == 1
    assert f"leaves out {reason} from its sentence" in assert_problem(err, contains="the quote starts after")


@pytest.mark.parametrize("paragraph, quote", [
    ("They told me, I walked in the streets on Wednesday night.", "I walked in the streets on Wednesday night"),
    ("Tokayev said: the protesters are bandits.", "the protesters are bandits"),
    ("As Tokayev put it, the protesters are bandits.", "the protesters are bandits"),
    ("According to Tokayev, the protesters are bandits.", "the protesters are bandits"),
    ("His press secretary said that he is okay, he never left the country.", "he never left the country"),
    ("По словам Токаева, протестующие бандиты.", "протестующие бандиты"),
    ("She said: “As Tokayev put it, the protesters are bandits. That is absurd.”", "the protesters are bandits"),
    ("The opposition alleges the KNB organised the riots.", "the KNB organised the riots"),  # a view: FRAMING_VERBS
])
def test_own_voice_words_that_complete_someone_elses_report_are_not_the_speakers(turn, paragraph, quote):
    code, _, err = turn(paragraph, f'"{quote}"')
    assert code == 1
    assert_problem(err, contains="the words report what someone else said")


@pytest.mark.parametrize("paragraph, quote", [
    ("Tokayev called them terrorists, which is ridiculous for everyone.", "which is ridiculous for everyone"),
    ("As I said, the protests were spontaneous.", "the protests were spontaneous"),
    ("The army said the city was calm; the protests were spontaneous.", "the protests were spontaneous"),
    ("If anything, the reform will stall.", "the reform will stall"),  # set phrases that affirm (AFFIRMING)
    ("Not only did the army stay loyal, it crushed the protests.", "it crushed the protests"),
    ("Whether or not the KNB was involved, the response was disproportionate.", "the response was disproportionate"),
    ("There is no doubt that the elections were rigged.", "the elections were rigged"),
    ("Без сомнения, Токаев укрепил свою власть.", "Токаев укрепил свою власть"),
    ("Only a few days after the protests, Tokayev sacked the government.", "Tokayev sacked the government"),
    ("Nobody seriously disputes that the elections were rigged.", "the elections were rigged"),  # two negations
    ("I'd say the protests were largely spontaneous.", "the protests were largely spontaneous"),  # the speaker's own
    ("We've long argued that the army is the kingmaker.", "the army is the kingmaker"),
    ("Я бы сказала, что режим устоял.", "режим устоял"),
    ("That said, the regime survived.", "the regime survived"),  # a verb with no speaker
    ("It is fair to say the regime panicked.", "the regime panicked"),
    ("Let me tell you, the regime is scared.", "the regime is scared"),
    ("A spokesman said it, and then the protests were spontaneous.", "the protests were spontaneous"),
])
def test_the_speakers_own_clause_after_a_report_or_a_plain_opener_passes(turn, paragraph, quote):
    code, _, err = turn(paragraph, f'"{quote}"')
    assert code == 0, err


@pytest.mark.parametrize("paragraph, quote, reason", [
    ("The protests were organised abroad, I don't think so.", "The protests were organised abroad",
     "which says the words are not true"),
    ("The protests were organised abroad, which is nonsense.", "The protests were organised abroad",
     "which says the words are not true"),
    ("Протесты были стихийными, я в это не верю.", "Протесты были стихийными", "which says the words are not true"),
    ("So the protests were organised by the government?", "the protests were organised by the government",
     "leaves out the question mark"),
    ("The protests were spontaneous, or were they?", "The protests were spontaneous", "the qualifying 'or were"),
    ("The protests were organised abroad, the government says.", "The protests were organised abroad",
     "the words report what someone else said"),
    ("The KNB organised the riots, the opposition believes.", "The KNB organised the riots",
     "the words report what someone else said"),
])
def test_a_quote_may_not_leave_out_a_tail_that_denies_questions_or_reattributes_it(turn, paragraph, quote, reason):
    code, _, err = turn(paragraph, f'"{quote}"')
    assert code == 1
    assert reason in assert_problem(err, contains="the quote ends before")


@pytest.mark.parametrize("paragraph, quote", [
    ("The elections were rigged, and anyone who says otherwise is wrong.", "The elections were rigged"),
    ("The elections were rigged; I don't think anyone would deny that.", "The elections were rigged"),
    ("The protests were spontaneous, and it is a lie to say they were organised.", "The protests were spontaneous"),
    ("The army stayed loyal, not least because the officers were paid well.", "The army stayed loyal"),
    ("Fuel prices doubled across the northern states.", "Fuel prices doubled"),
    ("Выборы были сфальсифицированы, и утверждать обратное — ложь.", "Выборы были сфальсифицированы"),
    ("The protests were spontaneous, and nobody planned them.", "The protests were spontaneous"),
    ("The reform will stall, because the state media say so.", "The reform will stall"),
    ("The reform will stall, as Tom Brown told me: “prices rise first”.", "The reform will stall"),
    ("The protests were spontaneous, I said.", "The protests were spontaneous"),
    ("The KNB organised the riots, I believe.", "The KNB organised the riots"),
])
def test_a_tail_that_only_goes_on_passes(turn, paragraph, quote):
    code, _, err = turn(paragraph, f'"{quote}"')
    assert code == 0, err


def test_an_apostrophe_look_alike_in_the_source_still_spells_a_negation(turn):
    code, _, err = turn("The protesters weren′t armed at all.", '"The protesters ... armed at all"')
    assert code == 1
    assert_problem(err, contains="removes 'weren’t' from the sentence")
