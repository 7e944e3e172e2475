"""Guard against the PySide6 6.12.0-on-Python-3.11 reference-count bug: every Qt call that
returns nothing, and every signal emission, lost a reference to None/True/False, and the
interpreter aborted ("deallocating None") after a few thousand calls. The calls run in a
subprocess so an abort is a failed test, not a crashed pytest."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 300_000

SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Emitter(QObject):
        ping = Signal(int)
        flag = Signal(bool)

    app = QApplication([])
    received = [0]

    def slot(value):
        received[0] += 1

    emitter = Emitter()
    emitter.ping.connect(slot)
    emitter.flag.connect(slot)
    label = QLabel()
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        obj.setObjectName("netra")
        label.setText("Netra")
        label.setVisible(False)
        emitter.ping.emit(i)
        emitter.flag.emit(i % 2 == 0)
    assert received[0] == 2 * {CALLS}, received
    drift = before - sys.getrefcount(None)
    assert drift < 1000, f"lost {{drift}} references to None"
    print("ok", received[0])
    """
)


def test_many_ordinary_qt_calls_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok 600000")
