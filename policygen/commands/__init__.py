"""One module per command; the CLI imports a command's module only when that command runs."""
