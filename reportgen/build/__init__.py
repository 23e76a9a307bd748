"""Build: the one pipeline (load, verify, document, output) and its variants: briefing, handout, data export.

What each command can write is declared here, so the command line knows without loading the writers.
"""

BRIEFING = ("pdf", "docx", "html")
HANDOUT = ("pdf", "docx")
DATA = ("csv", "xlsx", "json")  # `reportgen export`
ANSWER_LINES = 4  # default of --lines: the same number of ruled lines under every question, in every format
MAX_ANSWER_LINES = 20  # more would push a topic past its two pages (lines never give way) and cost memory for nothing
