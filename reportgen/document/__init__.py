"""Document: what the reader gets, as a model: the briefing, its charts and typography, the diff, the handout."""
