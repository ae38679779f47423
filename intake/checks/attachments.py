"""Form check: which attachments look like the Annex 1 application form, and is there any at all.

This rule also decides whether a message whose subject does not match is competition mail: a
municipality that forgot the subject but attached the form must not be ignored (a person reviews
it), while unrelated mail with no such attachment is not ours and gets no reply. So the test is
narrow: a leave request named "Pieteikums…", a ministry letter asking to "iesniegt pieteikumu" or
"Līgums, 2. pielikums" is not the form. The form is a document that names the competition (in
its file name or its text) or is named Annex 1 ("1. pielikums", "Pielikums_1").
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from intake.checks.base import Assessment, CompetitionRules, Problem
from intake.mime import Attachment
from intake.subject import SubjectMatch, fold_diacritics
from parsers.text import document_text

FORM_EXTENSIONS = frozenset({".docx", ".doc", ".pdf", ".edoc", ".asice", ".bdoc", ".odt"})
_SEPARATORS = re.compile(r"[\W_]+")
# "1 pielikums", "1pielikums", "pielikums 1", "pielikums nr 1" (after `_comparable`): Annex 1 only.
_ANNEX_1 = re.compile(r"\b1 ?pielikum|pielikum[a-z]* ?(?:nr ?)?1\b")


class AttachmentRule:
    name = "attachments"
    label = "pielikumu pārbaude"
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
    """A document whose file name names the competition or Annex 1, or whose text names the
    competition. Comparison ignores case, diacritics and punctuation."""
    if PurePosixPath(attachment.filename.lower()).suffix not in FORM_EXTENSIONS:
        return False
    wanted = _comparable(title)
    name = _comparable(PurePosixPath(attachment.filename).stem)
    if (wanted and wanted in name) or _ANNEX_1.search(name):
        return True
    if not wanted:
        return False
    return wanted in _comparable(document_text(attachment.data, attachment.filename))


def _comparable(text: str) -> str:
    """Words only: "Remigrācijas_sekmēšanas" and "remigracijas sekmesanas" compare equal."""
    return _SEPARATORS.sub(" ", fold_diacritics(text).casefold()).strip()


SUBJECT_MISSING = Problem(
    code="subject_missing",
    severity="warning",
    message_lv=(
        "Vēstules temats neatbilst konkursa nolikumā noteiktajam, taču pielikumā ir pieteikuma "
        "veidlapa. Pieteikumu pārbaudīs konkursa koordinators."
    ),
    message_en=(
        "The e-mail subject does not match the one required by the competition rules, but an "
        "application form is attached. The competition coordinator will review the application."
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
        "Pieteikumu pārbaudīs konkursa koordinators."
    ),
    message_en=(
        "None of the attachments could be recognised as the application form (Annex 1 to the "
        "competition rules). The competition coordinator will check the application."
    ),
    field="attachments",
)
