"""The README is true: its field list is the schema's, its test command is what CI runs."""

import re
import subprocess
import sys

from conftest import REPO

from reportgen.load.schema import describe_schema

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_field_list_is_generated_from_the_schema():
    block = re.search(r"<!-- schema:start -->\n```\n(.*?)\n```\n<!-- schema:end -->", README, re.S).group(1)
    assert block == describe_schema(), "run `reportgen schema` and paste its output into README.md"


def test_ci_runs_the_readme_test_command():
    command = re.search(r"^(pip install -e \"\.\[test\]\" && python -m pytest)", README, re.M).group(1)
    assert command in (REPO / ".ci" / "run").read_text()


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "reportgen", "check"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "50 excerpts" in result.stdout


def test_readme_lists_every_word_the_verifier_acts_on():
    from reportgen.text.lexicon import (
        AFFIRMING,
        BELIEFS,
        CLAUSE_LIMITERS,
        CONTRASTS,
        DENIALS,
        DENY_VERBS,
        LEAD_QUALIFIERS,
        NEGATIONS,
        QUALIFIERS,
        TAIL_QUALIFIERS,
    )
    words = set(re.findall(r"[\w'-]+", README.casefold())) | set(re.findall(r"[\w']+", README.casefold()))
    listed = QUALIFIERS | NEGATIONS | TAIL_QUALIFIERS | LEAD_QUALIFIERS | DENIALS | BELIEFS | CLAUSE_LIMITERS | \
        CONTRASTS | DENY_VERBS
    flat = " ".join(README.split())
    assert all(f"`{phrase}`" in flat for phrase in AFFIRMING), "README's list of affirming phrases is incomplete"
    missing = [w for w in listed if w not in words and w.rstrip("ly") not in words and w.rstrip("s") not in words]
    assert not missing, f"README's list of qualifiers lacks {missing}"



def test_readme_vocabulary_is_generated_from_the_lexicon():
    from reportgen.text.lexicon import readme_block
    assert readme_block() in README, "run `python -m reportgen.text.lexicon README.md`"


def test_readme_lists_every_word_the_attribution_rules_act_on():
    from reportgen.verify import attribution as speech
    text = " ".join(README.split())
    for name in ("OBJECT_WORDS", "RELATIVE_PRONOUNS", "CLAUSE_ADVERBS", "MODALS", "NOT_YET_SAID", "HEDGES",
                 "CONDITIONALS", "FRAMING_VERBS"):
        assert f"`{name}`" in text, f"README does not name {name}"
        missing = [w for w in getattr(speech, name) if not re.search(rf"(?<!\w){w}(?!\w)", text, re.IGNORECASE)]
        assert not missing, f"README's list {name} lacks {missing}"
