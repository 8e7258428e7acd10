"""policygen: privacy policies as code. Answers -> model -> clauses -> document -> Markdown/HTML."""

__version__ = "0.1.0"
