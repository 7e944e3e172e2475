"""The roster's screens: the page, its table model, person and unit dialogs, the import wizard."""
