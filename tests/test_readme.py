"""The README is true: its field list is the schema's, its test command is what CI runs."""

import re
import subprocess
import sys

from conftest import REPO

from reportgen.schema import describe_schema

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
