"""Verify: every excerpt checked against its source (wording, cuts, attribution), and the summary of it."""
