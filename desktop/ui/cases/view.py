"""One case: its data and timeline, the evidence viewer, the recommendation explained in
plain words, and the actions the current role may take."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import workflow
from desktop.domain.case_view import CaseDetail, EvidenceItem
from desktop.domain.explanation import explanation_lines
from desktop.domain.office import local_stamp
from desktop.domain.roles import PERMISSIONS, allowed
from desktop.services import cases
from desktop.services.cases import deadlines as case_deadlines
from desktop.services.cases import documents as case_documents
from desktop.services.cases import evidence as case_evidence
from desktop.services.cases import records as case_records
from desktop.services.cases import sanctions as case_sanctions
from desktop.ui.cases.dialogs import AdvanceDialog, DecisionDialog, LinkDialog, ScheduleDialog
from desktop.ui.cases.exam_widgets import ExamTab
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error


def _local(moment: datetime, zone: str | None) -> str:
    """A UTC time in the office's zone, e.g. ``22-11-2026 17.32 WIT``."""
    return local_stamp(moment, zone)


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


class CaseView(QWidget):
    """Shows one case; ``back`` returns to the list, ``changed`` after any action."""

    back = Signal()
    changed = Signal()

    def _error(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.case: CaseDetail | None = None
        self.options: dict[str, Any] = {}
        self.loads = 0  # how many times a case was read and shown (tests count refreshes)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← All reports"))
        back.clicked.connect(self.back.emit)
        top.addWidget(back)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top.addWidget(self.heading, 1)
        self.deadline = QLabel()
        top.addWidget(self.deadline)
        lay.addLayout(top)
        self.action_bar = QHBoxLayout()
        lay.addLayout(self.action_bar)

        split = QSplitter()
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(False)
        split.addWidget(self.details)
        self.tabs = QTabWidget()
        self.recommendation = QTextBrowser()
        self.tabs.addTab(self.recommendation, self.tr("Recommendation"))
        self.tabs.addTab(self._evidence_tab(), self.tr("Evidence"))
        self.exam = ExamTab(ui)
        self.exam.changed.connect(lambda: self._done(None))
        self.tabs.addTab(self.exam, self.tr("Examination"))
        split.addWidget(self.tabs)
        split.setSizes([520, 480])
        lay.addWidget(split, 1)

    def _evidence_tab(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        self.evidence = QListWidget()
        self.evidence.setFixedHeight(110)
        self.evidence.currentItemChanged.connect(self._preview)
        lay.addWidget(self.evidence)
        self.preview = QLabel(self.tr("Choose a file to see it."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(240)
        lay.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open in another application"))
        self.open_button.clicked.connect(self._open_external)
        add = QPushButton(self.tr("Add evidence…"))
        add.clicked.connect(self._add_evidence)
        self.add_evidence_button = add
        row.addWidget(self.open_button)
        row.addWidget(add)
        lay.addLayout(row)
        return box

    # ------------------------------------------------------------------ loading
    @property
    def role(self) -> str | None:
        actor = self.ui.app.actor
        return actor.role if actor else None

    def load(self, ref: str) -> None:
        """Read the case (and, the first time, what the forms offer) and show it."""
        app = self.ui.app
        known = self.options

        def work(_h: Any) -> tuple[CaseDetail, dict[str, Any]]:
            return cases.show(app, ref), known or cases.case_options(app)

        self.ui.tasks.run(work, self._show, self._error)

    def _show(self, result: tuple[CaseDetail, dict[str, Any]]) -> None:
        self.case, self.options = result
        self.loads += 1
        c = self.case
        self.heading.setText(
            self.tr("Report {number} · {state}").format(number=c.number, state=c.state_label)
        )
        due = c.deadline
        if due.due is not None:
            text = self.tr("{label}: {date}").format(label=due.label, date=f"{due.due:%d-%m-%Y}")
            if due.overdue:
                text = self.tr("OVERDUE — ") + text
            self.deadline.setText(text)
            self.deadline.setStyleSheet("color: #b42318; font-weight: 600;" if due.overdue else "")
        else:
            self.deadline.setText("")
        self.details.setHtml(self._details_html(c))
        self.recommendation.setHtml(self._recommendation_html(c))
        self._fill_evidence(c)
        self._fill_actions(c)
        self.exam.load(c)

    # ------------------------------------------------------------------ rendering
    def _track(self, track: str | None) -> str:
        return {
            "discipline": self.tr("discipline sanction (PP 94/2021)"),
            "ethics": self.tr("moral sanction under the code of ethics (PP 42/2004)"),
            "contract": self.tr("under the employment contract (non-ASN worker)"),
        }.get(track or "", track or "-")

    def _labels(self) -> dict[str, str]:
        """Translated headings used inside the HTML (tr() calls kept outside f-strings)."""
        pairs = {
            "Reported person": self.tr("Reported person"),
            "Decision": self.tr("Decision"),
            "in force": self.tr("in force"),
            "Timeline": self.tr("Timeline"),
            "Deadlines": self.tr("Deadlines"),
            "working days": self.tr("working days"),
            "days": self.tr("days"),
            "no_rec": self.tr(
                "No recommendation yet. It is made at the validation stage, from the proven violations."
            ),
            "In plain words": self.tr("In plain words"),
            "Who decides": self.tr("Who decides"),
            "Procedure": self.tr("Procedure"),
            "Please note": self.tr("Please note"),
            "Why: step by step": self.tr("Why: step by step"),
            "Rulebook": self.tr("Rulebook"),
            "Local PPPK layer": self.tr("Local PPPK layer"),
        }
        return {k: _esc(v) for k, v in pairs.items()}

    def _details_html(self, c: CaseDetail) -> str:
        L = self._labels()
        emp = c.employee
        who = (
            f"{_esc(emp.name)} — NIP {_esc(emp.nip or '-')}, {_esc(emp.category)}, "
            f"{_esc(emp.jabatan)}, {_esc(emp.unit)}"
            if emp
            else f"{_esc(c.reported_name)} ({_esc(c.reported_unit or '-')}) — "
            + _esc(self.tr("not linked to the roster"))
        )
        reporter = self.tr("anonymous") if c.anonymous else c.reporter_name
        if c.reporter_contact:
            reporter += f" · {c.reporter_contact} " + self.tr("(private)")
        rows = [
            (self.tr("Source"), workflow.SOURCE_LABELS_ID.get(c.source, c.source)),
            (self.tr("Reporter"), reporter),
            (self.tr("Date received"), f"{c.received:%d-%m-%Y}"),
            (
                self.tr("Place and date of the act"),
                f"{c.act_place or '-'}, " + (f"{c.act_date:%d-%m-%Y}" if c.act_date else "-"),
            ),
            (self.tr("Alleged"), ", ".join(c.alleged_codes) or "-"),
            (self.tr("Proven"), ", ".join(c.proven_codes) or "-"),
        ]
        out = [f"<p><b>{L['Reported person']}:</b> {who}</p><table>"]
        out += [f"<tr><td><b>{_esc(k)}</b></td><td>{_esc(v)}</td></tr>" for k, v in rows]
        out.append(f"</table><p>{_esc(c.description)}</p>")
        if c.decision is not None:
            d = c.decision
            end = f" – {d.end_date:%d-%m-%Y}" if d.end_date else ""
            force = (
                f", {L['in force']} {d.effective_date:%d-%m-%Y}{end}" if d.effective_date else ""
            )
            out.append(
                f"<p><b>{L['Decision']}:</b> {_esc(d.sanction_label)}, "
                f"SK {_esc(d.sk_number)} ({d.sk_date:%d-%m-%Y}){force}</p>"
            )
        items = c.deadline.all
        if items:
            out.append(f"<h3>{L['Deadlines']}</h3><ul>")
            for item in items:
                days = L["working days"] if item.counting == "working" else L["days"]
                out.append(
                    f"<li>{_esc(item.label)}: <b>{item.date:%d-%m-%Y}</b> ({item.days} {days})</li>"
                )
            out.append("</ul>")
        out.append(f"<h3>{L['Timeline']}</h3><ol>")
        for s in c.timeline:
            proven = f" <i>[{_esc(', '.join(s.proven_codes))}]</i>" if s.proven_codes else ""
            out.append(
                f"<li><b>{_esc(s.to_label)}</b> — {_local(s.at, c.timezone)}, "
                f"{_esc(s.actor)}: {_esc(s.note)}{proven}</li>"
            )
        out.append("</ol>")
        return "".join(out)

    def _recommendation_html(self, c: CaseDetail) -> str:
        L = self._labels()
        rec = c.recommendation
        if rec is None:
            return f"<p>{L['no_rec']}</p>"
        # the names of the active rulebook with the kabupaten's local layer (as printed)
        types = ", ".join(c.type_label(t) for t in rec.allowed_types) or "-"
        parts = [f"<h3>{L['In plain words']}</h3><p>"]
        parts.append(
            _esc(
                self.tr("Track: {track}. Level: {level}.").format(
                    track=self._track(rec.track),
                    level=rec.level or "-",
                )
            )
        )
        if rec.minimum_type is not None:
            parts.append(
                "<br>"
                + _esc(
                    self.tr("The lightest sanction allowed: {t}.").format(
                        t=c.type_label(rec.minimum_type)
                    )
                )
            )
            parts.append(
                "<br>" + _esc(self.tr("The official may choose: {types}.").format(types=types))
            )
        if rec.moral:
            parts.append(
                "<br>"
                + _esc(
                    self.tr("Moral sanction: statement made {how}.").format(
                        how=self.tr("in private")
                        if rec.moral == "tertutup"
                        else self.tr("in public")
                    )
                )
            )
        if rec.reference_level:
            parts.append(
                "<br>"
                + _esc(
                    self.tr(
                        "For information, a civil servant would have received: {level}."
                    ).format(level=rec.reference_level)
                )
            )
        parts.append("</p>")
        parts.append(
            f"<p><b>{L['Who decides']}:</b> {_esc(rec.authority)}"
            f"<br><b>{L['Procedure']}:</b> {_esc(rec.process)}</p>"
        )
        if rec.warnings:
            parts.append(f"<h3>{L['Please note']}</h3><ul>")
            parts += [f"<li style='color:#8a4b00'>{_esc(w)}</li>" for w in rec.warnings]
            parts.append("</ul>")
        parts.append(f"<h3>{L['Why: step by step']}</h3><ol>")
        parts += [f"<li>{_esc(line)}</li>" for line in explanation_lines(rec.output)]
        layer = f"<br>{L['Local PPPK layer']} {_esc(rec.local_layer)}" if rec.local_layer else ""
        parts.append(
            f"</ol><p style='color:#5b6776'>{L['Rulebook']} "
            f"{_esc(rec.rulebook)} · SHA-256 {_esc(rec.rulebook_sha256[:16])}…{layer}</p>"
        )
        return "".join(parts)

    def _fill_evidence(self, c: CaseDetail) -> None:
        self.evidence.clear()
        for e in c.evidence:
            item = QListWidgetItem(f"{e.filename} · {e.mime} · {e.size:,} B · {e.sha256[:12]}…")
            item.setData(Qt.ItemDataRole.UserRole, e)
            self.evidence.addItem(item)
        self.preview.setPixmap(QPixmap())
        self.preview.setText(
            self.tr("Choose a file to see it.") if c.evidence else self.tr("No evidence files.")
        )
        needed = workflow.evidence_permission(c.state)  # the stage's owner, as the service
        self.add_evidence_button.setEnabled(needed is not None and allowed(self.role, needed))
        if c.evidence:
            self.evidence.setCurrentRow(0)

    def _fill_actions(self, c: CaseDetail) -> None:
        while self.action_bar.count():
            item = self.action_bar.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        perms = {p for p, roles in PERMISSIONS.items() if self.role in roles}
        open_case = c.state not in workflow.CLOSED_STATES
        if c.employee is None and open_case and "case.check" in perms:
            self._button(self.tr("Link to roster…"), self._link)
        for state in c.next_states:
            if state == workflow.KEPUTUSAN:
                if workflow.may(perms, c.state, state) and c.recommendation is not None:
                    self._button(self.tr("Record decision…"), self._decide)
                continue
            if state == workflow.REKOMENDASI:
                if workflow.may(perms, c.state, state):
                    self._button(self.tr("Make recommendation"), self._recommend)
                continue
            if workflow.may(perms, c.state, state):
                self._button(
                    self.tr("→ {state}").format(state=workflow.label(state)),
                    lambda _=False, s=state: self._advance(s),
                )
        if c.state == workflow.REKOMENDASI and "case.recommend" in perms:
            self._button(self.tr("Recompute recommendation"), self._recommend)
        if c.state == workflow.REKOMENDASI and "case.decide" in perms:
            self._button(self.tr("Summons and examination…"), self._schedule)
        self.action_bar.addStretch(1)
        self._button(self.tr("Print summary…"), lambda: self._pdf("summary"))
        if c.recommendation is not None:
            self._button(self.tr("Print memo (nota dinas)…"), lambda: self._pdf("recommendation"))

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.action_bar.addWidget(button)
        return button

    # ------------------------------------------------------------------ actions
    def _run(self, fn: Any) -> None:
        app = self.ui.app
        ref = self.case.id if self.case else ""
        # every case service names what it changed (``changes``): the runner tells the pages
        self.ui.tasks.run(lambda _h: fn(app, ref), self._done, self._error, initiator=self)

    def _done(self, result: Any) -> None:
        """After an action: read the case once (the runner then tells the others, this view
        being the initiator). A ``CaseChange`` names the case; other results are about the case
        shown."""
        self.changed.emit()
        if isinstance(result, case_records.CaseChange):
            self.load(result.case_id)
        elif self.case:
            self.load(self.case.id)

    def _advance(self, to_state: str) -> None:
        assert self.case is not None
        dialog = AdvanceDialog(self.case, to_state, self.options, self, ui=self.ui)
        if dialog.exec():
            note, proven, delivered = dialog.values()
            self._run(
                lambda app, ref: cases.advance(
                    app, ref, to_state, note, proven, delivered=delivered
                )
            )

    def _link(self) -> None:
        assert self.case is not None
        dialog = LinkDialog(self.ui, self.case, self)
        dialog.search_roster()
        if dialog.exec() and dialog.employee_id():
            employee_id = dialog.employee_id()
            self._run(lambda app, ref: cases.link_employee(app, ref, employee_id=employee_id))

    def _schedule(self) -> None:
        assert self.case is not None
        dialog = ScheduleDialog(self.case, self, ui=self.ui)
        if dialog.exec():
            summons, examination = dialog.values()
            time, place = dialog.where()
            self._run(
                lambda app, ref: case_deadlines.schedule_examination(
                    app, ref, summons, examination, time=time, place=place
                )
            )

    def _recommend(self) -> None:
        self._run(case_sanctions.recommend)
        self.tabs.setCurrentIndex(0)

    def _decide(self) -> None:
        assert self.case is not None
        dialog = DecisionDialog(self.case, self, ui=self.ui)
        if dialog.exec():
            values = dialog.values()
            self._run(lambda app, ref: case_sanctions.decide(app, ref, **values))

    def _add_evidence(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Evidence files"),
            "",
            self.tr("Photos and PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)"),
        )
        for name in names:
            self._run(lambda app, ref, n=name: case_evidence.add(app, ref, n))

    def _pdf(self, kind: str) -> None:
        assert self.case is not None
        default = f"{self.case.number.replace('/', '-')}-{kind}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), default, self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf(kind, Path(name))

    def save_pdf(self, kind: str, path: Path) -> None:
        self._run(lambda app, ref: case_documents.write_pdf(app, ref, kind, path))

    # ------------------------------------------------------------------ evidence viewer
    def _selected(self) -> EvidenceItem | None:
        item = self.evidence.currentItem()
        found = item.data(Qt.ItemDataRole.UserRole) if item else None
        return found if isinstance(found, EvidenceItem) else None

    def _preview(self, *_args: Any) -> None:
        e = self._selected()
        self.open_button.setEnabled(e is not None)
        if e is None:
            return
        if not e.is_image:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("PDF document: open it in another application."))
            return
        app = self.ui.app
        self.ui.tasks.run(
            lambda _h: case_evidence.content(app, e.id),
            self._show_image,
            self._error,
        )

    def _show_image(self, result: tuple[str, str, bytes]) -> None:
        pix = QPixmap()
        pix.loadFromData(result[2])
        if pix.isNull():
            self.preview.setText(self.tr("This image cannot be shown."))
            return
        self.preview.setPixmap(
            pix.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _open_external(self) -> None:
        e = self._selected()
        if e is None:
            return
        app = self.ui.app

        def write(_h: Any) -> str:
            # named <id>.<re-detected type> in Netra's temp folder, never the stored name
            return str(case_evidence.evidence_file_for_viewing(app, e.id))

        def open_file(path: str) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        self.ui.tasks.run(write, open_file, self._error)
