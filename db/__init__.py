"""Alembic environment and revisions for Netra's schema (configured from code)."""
