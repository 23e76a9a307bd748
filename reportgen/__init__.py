"""reportgen: compare what analysts say about one event, verify every quote, print a briefing."""

__version__ = "0.1.0"
