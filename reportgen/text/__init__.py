"""Text: sources read into paragraphs, sentences and quotations, and where each came from."""
