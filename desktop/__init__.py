"""Netra: offline neutrality pacts, roster, cases and USB sync for district offices."""

__version__ = "0.1.0"
APP_NAME = "Netra"
ORG_NAME = "Netra"
