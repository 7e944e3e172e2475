"""Pure rules of Netra: no Qt, no SQL, no files. Everything here is deterministic."""
