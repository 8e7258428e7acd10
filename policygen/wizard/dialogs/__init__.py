"""The wizard's dialogs, one per module; each is a small box over the main screen that Escape closes."""
