"""Legal coverage: what each law requires a notice to say, and whether this policy says it."""
