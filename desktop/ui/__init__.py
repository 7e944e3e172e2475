"""The PySide6 GUI. The only package allowed to import Qt."""
