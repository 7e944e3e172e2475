"""The examination state (``case_exam.exam_state``) as HTML for the case page's examination
tab: who examines, the summonses and absences, the BAP and its signatures, the LHP, catch-all
codes, the national path with the recommending body and the PPK's follow-up deadline (its
UNCONFIRMED flag and the SIASN warning kept visible), the delivery and the objection window,
and what to do next."""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desktop.domain import workflow
from desktop.domain.case_view import ExamState, Suspension

AMBER = "#8a4b00"
RED = "#b42318"


def _L() -> dict[str, str]:
    """Texts used inside f-strings (lupdate does not read calls there)."""
    return {
        "Who examines": QCoreApplication.translate("case_exam_render", "Who examines"),
        "Not recorded yet.": QCoreApplication.translate("case_exam_render", "Not recorded yet."),
        "No summons yet.": QCoreApplication.translate("case_exam_render", "No summons yet."),
        "{name}: signed": QCoreApplication.translate("case_exam_render", "{name}: signed"),
        "Proven": QCoreApplication.translate("case_exam_render", "Proven"),
        "None recorded.": QCoreApplication.translate("case_exam_render", "None recorded."),
        "Recommending body": QCoreApplication.translate("case_exam_render", "Recommending body"),
        "Not delivered yet.": QCoreApplication.translate("case_exam_render", "Not delivered yet."),
        "Next": QCoreApplication.translate("case_exam_render", "Next"),
    }


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _d(iso: str | None) -> str:
    return date.fromisoformat(iso[:10]).strftime("%d-%m-%Y") if iso else "-"


def _warn(lines: list[str], color: str = AMBER) -> str:
    return "".join(f"<li style='color:{color}'>{_e(w)}</li>" for w in lines)


def _section(title: str, body: str) -> str:
    return f"<h3 style='margin-bottom:2px'>{_e(title)}</h3>{body}"


def _team(s: ExamState) -> str:
    from desktop.ui.cases.exam_dialogs import role_label

    need = {
        "tim": QCoreApplication.translate(
            "case_exam_render", "an examination team is mandatory (heavy sanction, PP 94/2021)"
        ),
        "tim_optional": QCoreApplication.translate(
            "case_exam_render", "an examination team is optional (medium sanction)"
        ),
        "mke": QCoreApplication.translate(
            "case_exam_render", "the Ethics Council (Majelis Kode Etik) examines (PP 42/2004)"
        ),
        "none": QCoreApplication.translate(
            "case_exam_render", "non-ASN worker: clarification by the head of the work unit"
        ),
    }.get(
        s.required_body or "",
        QCoreApplication.translate("case_exam_render", "known after the recommendation"),
    )
    out = f"<p>{_e(_L()['Who examines'])}: {_e(need)}</p>"
    team = s.team
    if team:
        out += "<ul>" + "".join(
            f"<li>{_e(m['name'])} ({_e(m['nip'] or '-')}) — {_e(role_label(m['role']))}</li>"
            for m in team["members"]
        )
        out += _warn(team.get("warnings") or []) + "</ul>"
    elif s.required_body in ("tim", "mke"):
        out += f"<p style='color:{RED}'>{_e(_L()['Not recorded yet.'])}</p>"
    return out


def _summonses(s: ExamState) -> str:
    plans = s.summonses
    if not plans:
        return f"<p>{_e(_L()['No summons yet.'])}</p>"
    items = []
    for p in plans:
        line = QCoreApplication.translate(
            "case_exam_render", "Summons {n}: sent {summons}, examination {exam}"
        ).format(n=p["summons_no"], summons=_d(p["summons"]), exam=_d(p["examination"]))
        missed = QCoreApplication.translate("case_exam_render", "did not come")
        mark = f" — <b style='color:{RED}'>{_e(missed)}</b>" if p["missed"] else ""
        items.append(f"<li>{_e(line)}{mark}</li>")
    out = "<ul>" + "".join(items) + "</ul>"
    absences = s.absences
    if s.without_examination:
        text = QCoreApplication.translate(
            "case_exam_render",
            "Absent at both summonses: the decision is made on the evidence available, "
            "without an examination (PP 94/2021).",
        )
        out += f"<p style='color:{RED}'><b>{_e(text)}</b></p>"
    elif absences and absences[-1].get("second_summons_by") and plans[-1]["missed"]:
        text = QCoreApplication.translate(
            "case_exam_render", "Send the second summons by {date} (7 working days)."
        ).format(date=_d(absences[-1]["second_summons_by"]))
        out += f"<p style='color:{AMBER}'>{_e(text)}</p>"
    return out


def _bap(s: ExamState) -> str:
    bap = s.bap
    if not bap:
        return f"<p>{_e(_L()['Not recorded yet.'])}</p>"
    mode = (
        QCoreApplication.translate("case_exam_render", "online")
        if bap.get("mode") == "virtual"
        else QCoreApplication.translate("case_exam_render", "in person")
    )
    out = "<p>" + _e(
        QCoreApplication.translate(
            "case_exam_render", "Held on {date} in {place} ({mode}); {n} questions."
        ).format(date=_d(bap["held_on"]), place=bap["place"], mode=mode, n=len(bap["qa"]))
    )
    out += "</p><ul>"
    for sig in bap["signatures"]:
        who = sig["who"].get("name", "")
        if sig["kind"] == "refused":
            text = QCoreApplication.translate(
                "case_exam_render", "{name}: refused to sign (recorded; the BAP stays valid)"
            ).format(name=who)
            out += f"<li style='color:{AMBER}'>{_e(text)}</li>"
        else:
            out += f"<li>{_e(_L()['{name}: signed'].format(name=who))}</li>"
    return out + "</ul>"


def _lhp(s: ExamState) -> str:
    lhp = s.lhp
    if not lhp:
        return f"<p>{_e(_L()['Not recorded yet.'])}</p>"
    return (
        f"<p>{_e(_d(lhp['date']))}: {_e(lhp['conclusion'])}"
        f"<br><i>{_e(_L()['Proven'])}: {_e(', '.join(lhp['proven_codes']))}</i></p>"
    )


def _catch_all(s: ExamState) -> str:
    out = "<ul>"
    for item in s.catch_all:
        c = item.classification
        if c:
            text = QCoreApplication.translate(
                "case_exam_render", "{code}: classified as {level} — {basis}"
            ).format(code=item.code, level=c.get("level") or "-", basis=c.get("basis"))
            out += f"<li>{_e(text)}</li>"
        else:
            text = QCoreApplication.translate(
                "case_exam_render",
                "{code}: needs a written classification before the recommendation",
            ).format(code=item.code)
            out += f"<li style='color:{RED}'>{_e(text)}</li>"
    return out + "</ul>"


def _national(s: ExamState) -> str:
    refs = s.references
    labels = {
        "bawaslu": QCoreApplication.translate("case_exam_render", "Bawaslu register number"),
        "bawaslu_letter": QCoreApplication.translate(
            "case_exam_render", "Bawaslu recommendation letter"
        ),
        "sbt": QCoreApplication.translate("case_exam_render", "SBT complaint number"),
        "bkn_letter": QCoreApplication.translate(
            "case_exam_render", "BKN/KASN recommendation letter"
        ),
        "bkn_date": QCoreApplication.translate("case_exam_render", "Letter date"),
        "kanreg": QCoreApplication.translate("case_exam_render", "Regional office of BKN (Kanreg)"),
    }
    rows = [
        f"<tr><td>{_e(label)}</td><td><b>{_e(_d(refs[k]) if k == 'bkn_date' else refs[k])}</b>"
        "</td></tr>"
        for k, label in labels.items()
        if refs.get(k)
    ]
    out = "<table>" + "".join(rows) + "</table>" if rows else f"<p>{_e(_L()['None recorded.'])}</p>"
    body = refs.get("recommending_body")
    if body:
        when = (
            QCoreApplication.translate("case_exam_render", "for the letter's date")
            if refs.get("bkn_date")
            else QCoreApplication.translate("case_exam_render", "for the report's date")
        )
        out += f"<p>{_e(_L()['Recommending body'])} ({_e(when)}): <b>{_e(body.get('name'))}</b></p>"
        out += "<ul>" + _warn(body.get("warnings") or []) + "</ul>"
    fu = refs.get("follow_up")
    if fu:
        if fu["done"]:
            state, color = (
                QCoreApplication.translate("case_exam_render", "followed up (decision recorded)"),
                "",
            )
        elif fu["overdue"]:
            state, color = QCoreApplication.translate("case_exam_render", "OVERDUE"), RED
        else:
            state, color = QCoreApplication.translate("case_exam_render", "running"), AMBER
        counting = (
            QCoreApplication.translate("case_exam_render", "working days")
            if fu["counting"] == "working"
            else QCoreApplication.translate("case_exam_render", "days")
        )
        line = QCoreApplication.translate(
            "case_exam_render", "PPK follow-up deadline: {date} ({days} {counting}) — {state}"
        ).format(date=_d(fu["due"]), days=fu["days"], counting=counting, state=state)
        out += f"<p style='color:{color}'><b>{_e(line)}</b></p><ul>"
        out += _warn(fu["warnings"], RED if fu["overdue"] else AMBER) + "</ul>"
    return out


def _suspension(sus: Suspension) -> str:
    line = QCoreApplication.translate(
        "case_exam_render",
        "Relieved of the duties of the position from {date}; acting official {name} (NIP {nip}).",
    ).format(date=_d(sus.start), name=sus.acting_official, nip=sus.entry["official_nip"])
    out = f"<p>{_e(line)}</p><p>{_e(sus.entry.get('reason') or '')}</p>"
    if not sus.active:
        ended = (
            QCoreApplication.translate("case_exam_render", "Ended on {date} by the decision.")
            if sus.lift_reason == "decision"
            else QCoreApplication.translate("case_exam_render", "Ended on {date}.")
        ).format(date=_d(sus.lifted_on))
        out += f"<p><b>{_e(ended)}</b></p>"
    return out


def _after(s: ExamState) -> str:
    out = ""
    r = s.receipt
    if r:
        how = (
            QCoreApplication.translate(
                "case_exam_render", "sent by post, tracking number {no}"
            ).format(no=r["post_number"])
            if r["method"] == "pos"
            else QCoreApplication.translate("case_exam_render", "handed over to {name}").format(
                name=r["receiver"]
            )
        )
        line = QCoreApplication.translate(
            "case_exam_render", "Decree {sk} delivered on {date}: {how}"
        ).format(sk=r["sk_number"], date=_d(r["delivered"]), how=how)
        out += f"<p>{_e(line)}</p>"
    ob = s.objection
    if ob:
        route = {
            "keberatan": QCoreApplication.translate("case_exam_render", "objection (keberatan)"),
            "banding": QCoreApplication.translate(
                "case_exam_render", "administrative appeal (banding)"
            ),
            "perjanjian_kerja": QCoreApplication.translate(
                "case_exam_render", "per the employment contract"
            ),
        }.get(ob["route"], ob["route"])
        status = (
            QCoreApplication.translate("case_exam_render", "open")
            if ob["open"]
            else QCoreApplication.translate("case_exam_render", "closed")
        )
        template = (
            QCoreApplication.translate(
                "case_exam_render", "Objection: {to}; from {start} until {end} — {status}"
            )
            if ob["route"] == "perjanjian_kerja"
            else QCoreApplication.translate(
                "case_exam_render", "{route} to {to}: from {start} until {end} — {status}"
            )
        )
        line = template.format(
            route=route, to=ob["to"], start=_d(ob["from"]), end=_d(ob["until"]), status=status
        )
        out += f"<p><b>{_e(line)}</b></p><ul>" + _warn(ob["warnings"])
        for f in ob["filed"]:
            text = QCoreApplication.translate("case_exam_render", "{kind} filed on {date}").format(
                kind=f["kind"], date=_d(f["filed"])
            )
            if f.get("late"):
                text += " — " + QCoreApplication.translate("case_exam_render", "after the deadline")
            out += f"<li>{_e(text)}</li>"
        out += "</ul>"
    return out or f"<p>{_e(_L()['Not delivered yet.'])}</p>"


def next_step(s: ExamState) -> str:
    """What a new user does next, in one sentence."""
    current, body = s.state, s.required_body
    if any(not c.classification for c in s.catch_all):
        return QCoreApplication.translate(
            "case_exam_render",
            "Classify the catch-all code in writing, then make the recommendation.",
        )
    if current != workflow.REKOMENDASI:
        if current in (workflow.KEPUTUSAN,):
            return QCoreApplication.translate(
                "case_exam_render", "Print the decree, then record its delivery."
            )
        if current == workflow.TINDAK_LANJUT:
            return QCoreApplication.translate(
                "case_exam_render",
                "Watch the objection window; make the I'DIS/SIASN bundle for BKPSDM.",
            )
        return QCoreApplication.translate(
            "case_exam_render", "The examination starts at the recommendation stage."
        )
    if body in ("tim", "mke") and not s.team:
        return QCoreApplication.translate(
            "case_exam_render", "Record who examines (the team button below)."
        )
    if not s.summonses:
        return QCoreApplication.translate(
            "case_exam_render",
            "Send the summons: 'Summons and examination…' at the top of the page.",
        )
    if s.without_examination:
        return (
            QCoreApplication.translate(
                "case_exam_render", "Write the LHP, then record the decision."
            )
            if not s.lhp
            else QCoreApplication.translate("case_exam_render", "Record the decision.")
        )
    if s.summonses[-1]["missed"]:
        return QCoreApplication.translate(
            "case_exam_render",
            "Send the second summons: 'Summons and examination…' at the top of the page.",
        )
    if not s.bap:
        return QCoreApplication.translate(
            "case_exam_render", "On the examination day: record the BAP, or the absence."
        )
    if not s.lhp:
        return QCoreApplication.translate("case_exam_render", "Write the examination report (LHP).")
    return QCoreApplication.translate(
        "case_exam_render", "Print the documents, then record the decision."
    )


def state_html(s: ExamState) -> str:
    parts = [
        f"<p style='background:#eef4ff;padding:4px'><b>{_e(_L()['Next'])}:</b> "
        f"{_e(next_step(s))}</p>",
        _section(QCoreApplication.translate("case_exam_render", "Examining body"), _team(s)),
        _section(QCoreApplication.translate("case_exam_render", "Summonses"), _summonses(s)),
        _section(
            QCoreApplication.translate("case_exam_render", "Examination record (BAP)"), _bap(s)
        ),
        _section(
            QCoreApplication.translate("case_exam_render", "Examination report (LHP)"), _lhp(s)
        ),
    ]
    if s.catch_all:
        parts.append(
            _section(
                QCoreApplication.translate("case_exam_render", "Catch-all codes"), _catch_all(s)
            )
        )
    if s.suspension is not None:
        parts.append(
            _section(
                QCoreApplication.translate("case_exam_render", "Temporary suspension"),
                _suspension(s.suspension),
            )
        )
    parts.append(
        _section(QCoreApplication.translate("case_exam_render", "National path"), _national(s))
    )
    parts.append(
        _section(
            QCoreApplication.translate("case_exam_render", "Delivery and objection"), _after(s)
        )
    )
    return "".join(parts)


def doc_short_title(kind: str) -> str:
    """The document's name in the documents table (narrow column)."""
    titles = {
        "bap": QCoreApplication.translate("case_exam", "BAP"),
        "lhp": QCoreApplication.translate("case_exam", "LHP"),
    }
    return titles.get(kind) or doc_title(kind)


def doc_title(kind: str) -> str:
    titles = {
        "summons1": QCoreApplication.translate("case_exam", "Summons I"),
        "summons2": QCoreApplication.translate("case_exam", "Summons II"),
        "bap": QCoreApplication.translate("case_exam", "Examination record (BAP)"),
        "lhp": QCoreApplication.translate("case_exam", "Examination report (LHP)"),
        "sk": QCoreApplication.translate("case_exam", "Decree (SK)"),
        "receipt": QCoreApplication.translate("case_exam", "Delivery receipt"),
        "suspension": QCoreApplication.translate("case_exam", "Temporary suspension decree"),
    }
    return titles.get(kind, kind)


def local_day(moment: Any, zone: str | None) -> str:
    """A stored UTC time as the office's day."""
    if isinstance(moment, datetime):
        if zone:
            moment = moment.astimezone(ZoneInfo(zone))
        return f"{moment:%d-%m-%Y}"
    return str(moment or "")[:10]
