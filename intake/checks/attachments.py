"""Form check: which attachments look like the Annex 1 application form, and is there any at all.

This rule also decides whether a message whose subject does not match is competition mail: a
municipality that forgot the subject but attached the form must not be ignored (a person reviews
it), while unrelated mail with no such attachment is not ours and gets no reply.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from intake.checks.base import Assessment, CompetitionRules, Problem
from intake.mime import Attachment
from intake.subject import SubjectMatch, fold_diacritics
from parsers.text import document_text

FORM_EXTENSIONS = frozenset({".docx", ".doc", ".pdf", ".edoc", ".asice", ".bdoc", ".odt"})
FORM_WORDS = ("pielikums", "pieteikum", "annex")
_SEPARATORS = re.compile(r"[\W_]+")


class AttachmentRule:
    name = "attachments"
    description = "Find the attachments that look like the Annex 1 form; require an attachment."

    def check(self, assessment: Assessment, rules: CompetitionRules) -> None:
        attachments = assessment.message.attachments
        assessment.form_candidates = [a for a in attachments if looks_like_form(a, rules.title)]
        names = ", ".join(a.filename for a in assessment.form_candidates)
        if assessment.subject_match is SubjectMatch.NONE:
            assessment.competition = bool(assessment.form_candidates)
            if not assessment.competition:
                assessment.reasons.append("not competition mail: no subject match and no form")
                return
            assessment.reasons.append(f"subject does not match, but the form is attached: {names}")
            assessment.problems.append(SUBJECT_MISSING)
        else:
            assessment.competition = True
        if not attachments:
            assessment.reasons.append("no attachment")
            assessment.problems.append(NO_ATTACHMENT)
        elif not assessment.form_candidates:
            assessment.reasons.append("no attachment looks like the application form")
            assessment.problems.append(FORM_NOT_FOUND)
        else:
            assessment.reasons.append(f"form candidates: {names}")


def looks_like_form(attachment: Attachment, title: str) -> bool:
    """A document whose name or text names the title, an annex ("pielikums") or an application."""
    if PurePosixPath(attachment.filename.lower()).suffix not in FORM_EXTENSIONS:
        return False
    words = [word for word in (*FORM_WORDS, _comparable(title)) if word]
    if any(word in _comparable(attachment.filename) for word in words):
        return True
    text = _comparable(document_text(attachment.data, attachment.filename))
    return any(word in text for word in words)


def _comparable(text: str) -> str:
    """Words only: "Remigrācijas_sekmēšanas" and "remigracijas sekmesanas" compare equal."""
    return _SEPARATORS.sub(" ", fold_diacritics(text).casefold()).strip()


SUBJECT_MISSING = Problem(
    code="subject_missing",
    severity="warning",
    message_lv=(
        "Vēstules temats neatbilst konkursa nolikumā noteiktajam, taču pielikumā ir pieteikuma "
        "veidlapa. Pieteikumu pārbaudīs atbildīgais darbinieks."
    ),
    message_en=(
        "The e-mail subject does not match the one required by the competition rules, but an "
        "application form is attached. A member of staff will review the application."
    ),
    field="subject",
)
NO_ATTACHMENT = Problem(
    code="no_attachment",
    severity="error",
    message_lv=(
        "Vēstulei nav pievienots neviens pielikums. Pieteikuma veidlapa (nolikuma 1. pielikums) "
        "jāiesniedz kā vēstules pielikums."
    ),
    message_en=(
        "The e-mail has no attachment. The application form (Annex 1 to the competition rules) "
        "must be sent as an attachment."
    ),
    field="attachments",
)
FORM_NOT_FOUND = Problem(
    code="form_not_found",
    severity="warning",
    message_lv=(
        "Pielikumos neizdevās atpazīt pieteikuma veidlapu (nolikuma 1. pielikumu). "
        "Pieteikumu pārbaudīs atbildīgais darbinieks."
    ),
    message_en=(
        "None of the attachments could be recognised as the application form (Annex 1 to the "
        "competition rules). A member of staff will check the application."
    ),
    field="attachments",
)
