"""USB sync packages: format, crypto, strict parsing and merge rules (no Qt)."""
