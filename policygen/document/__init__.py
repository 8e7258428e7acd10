"""From answers and clauses to a composed document: numbered sections of Markdown text."""
