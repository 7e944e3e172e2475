"""``netra --help`` and argparse's own errors in Indonesian (issue 14, point 6)."""

from __future__ import annotations

import pytest

from desktop.cli.main import build_parser


def test_help_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["roster", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("penggunaan: netra roster")
    assert "argumen posisi:" in out and "opsi:" in out
    assert "tampilkan bantuan ini lalu keluar" in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out


def test_argparse_errors_are_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["roster", "bogus"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "pilihan tidak sah: 'bogus'" in err and "invalid choice" not in err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["roster", "transfer"])
    assert "argumen berikut wajib diisi" in capsys.readouterr().err
