"""Output: templates rendered to HTML, then the one writer (PDF, DOCX through pandoc, HTML), atomically."""
