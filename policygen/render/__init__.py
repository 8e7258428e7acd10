"""Turn a composed document into the files people publish: Markdown and HTML."""
