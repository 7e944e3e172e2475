"""Netra benchmarks: ``make bench`` / ``python -m benchmarks [-k NAME]``.

Kept out of the unit-test run (pytest's ``testpaths`` is ``tests/`` only). See
:mod:`benchmarks.__main__` for the harness and :mod:`benchmarks.common` for the helpers.
"""
