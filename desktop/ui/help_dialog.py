"""F1: a short help page for the operator — the apel steps, the sync steps, whom to call.

Rich text in a :class:`QTextBrowser` (selectable, scrolls at 1366x768), written in English
in the code and translated like every other screen (Indonesian by default). One dialog per
window: F1 again brings the open one to the front.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, office_name: str, kabupaten: str, data_dir: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Netra help"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.page_html(office_name, kabupaten, data_dir))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        self.resize(720, 600)

    def page_html(self, office_name: str, kabupaten: str, data_dir: str) -> str:
        e = html.escape
        apel = [
            self.tr("Before the apel: check the roster (Roster page) and add the election."),
            self.tr(
                "Pact signing → New event…: name, date (on or before the voting day), "
                "place, the units that take part and the witnesses (Name | Position | NIP)."
            ),
            self.tr(
                "Choose the event and press Enter (Start signing). Projector (F11 there) "
                "shows the pledge on the second screen for reading together."
            ),
            self.tr(
                "For each person: type part of the name or NIP, Enter opens the pact, the "
                "person signs on the pad, the operator checks it and presses Ctrl+Enter."
            ),
            self.tr(
                "Someone who refuses: F6 and write the reason. A mistake: F8 voids the "
                "record (the old one is kept) and the person can sign again."
            ),
            self.tr(
                "After the apel: Printing → choose the event → print the pacts and the "
                "recap (list of who signed, who did not and who refused)."
            ),
        ]
        sync = [
            self.tr("Plug in the flash drive and open the Sync page."),
            self.tr(
                "Send: Export new data to the drive. Netra writes one encrypted package "
                "and checks it on the drive."
            ),
            self.tr("Take the drive to the kabupaten (BKPSDM); they apply the package."),
            self.tr(
                "Receive: bring back their answer package, choose it under Packages on the "
                "drive, Review before applying, then apply it."
            ),
            self.tr(
                "Conflicts (the same person changed in two places) are listed on the "
                "Conflicts tab for a person to decide."
            ),
        ]
        call = [
            self.tr("Passwords, users and roles: the administrator of this office."),
            self.tr(
                "Enrolment, packages that are refused, rules and elections: the Netra "
                "operator of BKPSDM Kabupaten {kabupaten}."
            ).format(kabupaten=e(kabupaten)),
            self.tr(
                "A crash or an error message: note what you did, then give the technician "
                "the log folder: {folder}"
            ).format(folder=f"<code>{e(data_dir)}/logs</code>"),
        ]
        keys = [
            ("F1", self.tr("this help")),
            ("Ctrl+1…9", self.tr("the pages in the list on the left")),
            ("F5", self.tr("refresh the page")),
            ("Ctrl+Shift+L", self.tr("log out / switch user")),
            ("F9", self.tr("the pledge on the projector, open or close (Pact signing)")),
        ]

        headings = (
            self.tr("The apel: signing the neutrality pact"),
            self.tr("Sync with the kabupaten (flash drive)"),
            self.tr("Whom to call"),
            self.tr("Keys"),
        )
        title = self.tr("Netra help")

        def items(lines: list[str], tag: str = "ol") -> str:
            return f"<{tag}>" + "".join(f"<li>{line}</li>" for line in lines) + f"</{tag}>"

        return "".join(
            [
                f"<h2>{e(title)} — {e(office_name)}</h2>",
                f"<h3>{e(headings[0])}</h3>",
                items([e(x) for x in apel]),
                f"<h3>{e(headings[1])}</h3>",
                items([e(x) for x in sync]),
                f"<h3>{e(headings[2])}</h3>",
                items([e(call[0]), call[1], call[2]], "ul"),
                f"<h3>{e(headings[3])}</h3>",
                "<table cellpadding='3'>"
                + "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in keys)
                + "</table>",
            ]
        )


def show_help(parent: QWidget, office_name: str, kabupaten: str, data_dir: str) -> HelpDialog:
    """Open (or bring to the front) the help dialog of ``parent``'s window."""
    existing = parent.findChild(HelpDialog, "helpDialog")
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = HelpDialog(parent, office_name, kabupaten, data_dir)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
