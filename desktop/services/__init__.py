"""Use cases: the one API that both the GUI and the CLI call."""
