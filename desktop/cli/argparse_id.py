"""Indonesian for the texts argparse itself prints (usage, section titles, its errors).

argparse looks its texts up through ``gettext`` at the moment it prints them and Python ships
no Indonesian catalogue, so ``netra --help`` said "usage:", "positional arguments" and
"options" around Indonesian help texts. :func:`install` routes argparse's lookups through the
table below; anything not in it stays as Python wrote it.
"""

from __future__ import annotations

import argparse
import gettext

TEXTS: dict[str, str] = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi ambigu: %(option)s bisa berarti %(matches)s"
    ),
    "ignored explicit argument %r": "argumen %r diabaikan",
    "unexpected option string: %s": "opsi tak terduga: %s",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
}


def translate(text: str) -> str:
    return TEXTS.get(text, gettext.gettext(text))


def install() -> None:
    """Make argparse print its own texts in Indonesian (process-wide; the CLI is its own
    process, and the GUI's ``--help`` texts are Indonesian already)."""
    argparse._ = translate  # type: ignore[attr-defined]
