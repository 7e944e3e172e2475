"""Printing and verification screens: the printing page and the verify dialog."""
