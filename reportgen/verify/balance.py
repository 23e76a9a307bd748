"""Balance: whether one voice, or one source, holds more than half of a topic's quoted words.

One rule and one rounding for `check`'s warnings, the briefing's method note and its charts, so
that what the terminal says and what the page prints never disagree.
"""

from __future__ import annotations

from reportgen.load.model import Edition, Topic
from reportgen.problems import Problem

DOMINANT_SHARE = 0.5  # one voice above this share of a topic's quoted words earns a warning


def percent(words: int, total: int) -> int:
    """A share of the quoted words as printed everywhere: a whole percent, rounded to the nearest."""
    return round(100 * words / total) if total else 0


def dominates(words: int, total: int) -> bool:
    """Whether `words` of a topic's `total` quoted words are more than DOMINANT_SHARE of them."""
    return total > 0 and words > DOMINANT_SHARE * total


def dominant(words: dict[str, int]) -> tuple[str, int] | None:
    """The one (analyst or source id) holding more than DOMINANT_SHARE of the words, with its percent."""
    total = sum(words.values())
    if not total:
        return None
    top, count = max(words.items(), key=lambda item: item[1])
    return (top, percent(count, total)) if dominates(count, total) else None


def balance_warnings(edition: Edition) -> list[Problem]:
    """A warning, not an error, when one voice holds more than half of a topic's quoted words."""
    return [edition.document.problem(("topics", index, "id"),
                                     f"{edition.analysts[top].name} holds {percent}% of the quoted words in topic "
                                     f"'{topic.id}'", "balance it with other voices", warning=True)
            for index, topic in enumerate(edition.topics)
            for top, percent in _dominant(topic, "analyst")]


def source_balance_warnings(edition: Edition) -> list[Problem]:
    """A warning, not an error, when one source holds more than half of a topic's quoted words:
    the comparison then leans on one text, however many voices it quotes."""
    if len(edition.sources) < 2:
        return []
    return [edition.document.problem(("topics", index, "id"),
                                     f"one source, {edition.sources[top].label}, holds {percent}% of the quoted "
                                     f"words in topic '{topic.id}'", "quote other sources on it too", warning=True)
            for index, topic in enumerate(edition.topics)
            for top, percent in _dominant(topic, "source")]


def _dominant(topic: Topic, attribute: str) -> list[tuple[str, int]]:
    """The analyst or source ('analyst' / 'source') above DOMINANT_SHARE of a topic's quoted words, if any."""
    found = dominant(topic.words_by(attribute))
    return [found] if found else []
