"""Every message the form reader gives a municipality, in Latvian and English, in one place.

A municipality reads the Latvian message in its acknowledgement and has days to resend, so each
one names the field as the form prints it, quotes what was written, and says what to do instead;
the English one, for the committee's log, says what was found. Every text is here — the rules'
(`parsers.rules`) and the file-level ones of every reader — so the wording stays consistent:
one spelling of a field, one name for the staff ("konkursa koordinators"), „…” quotes.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "FILE_MESSAGES",
    "KIND_NOT_FUNDED",
    "KIND_NOT_GIVEN",
    "MESSAGES",
    "MISSING",
    "UNREADABLE",
    "WHERE",
    "Severity",
]

Severity = Literal["error", "warning"]

# Required fields: what a message says is missing, and the participle that agrees with it.
MISSING = {
    "municipality": ("pašvaldības nosaukums", "norādīts"),
    "registration_no": ("pašvaldības reģistrācijas numurs", "norādīts"),
    "contact_name": ("kontaktpersonas vārds un uzvārds", "norādīts"),
    "contact_phone": ("kontaktpersonas tālrunis", "norādīts"),
    "contact_email": ("kontaktpersonas e-pasta adrese", "norādīta"),
    "title": ("projekta nosaukums", "norādīts"),
    "total_cost_eur": ("projekta kopējās izmaksas", "norādītas"),
    "requested_eur": ("pieprasītais finansējums", "norādīts"),
    "period_start": ("īstenošanas perioda sākuma datums", "norādīts"),
    "period_end": ("īstenošanas perioda beigu datums", "norādīts"),
}
_AMOUNT = "jānorāda summa eiro, piemēram, 9 500,00"
_PERIOD = "jānorāda periods formā „no 01.10.2019. līdz 31.05.2020.”"
# An unreadable value: its problem code, and what it should have been.
UNREADABLE = {
    "registration_no": ("invalid_registration_no", "jānorāda 11 cipari, piemēram, 90000065595"),
    "contact_phone": (
        "invalid_phone",
        "jānorāda Latvijas tālruņa numurs ar 8 cipariem (var ar +371), piemēram, +371 26123456",
    ),
    "contact_email": (
        "invalid_email",
        "jānorāda derīga e-pasta adrese, piemēram, vards.uzvards@pasvaldiba.lv",
    ),
    "planning_region": (
        "unknown_planning_region",
        "jānorāda viens no plānošanas reģioniem: Kurzemes, Latgales, Rīgas, Vidzemes vai Zemgales",
    ),
    **dict.fromkeys(
        ("total_cost_eur", "requested_eur", "cofinancing_eur"), ("invalid_amount", _AMOUNT)
    ),
    **dict.fromkeys(
        ("target_remigrants", "target_reached"),
        ("invalid_number", "jānorāda vesels skaitlis, piemēram, 25"),
    ),
    **dict.fromkeys(("period_start", "period_end"), ("invalid_period", _PERIOD)),
    "signed_on": ("invalid_date", "jānorāda datums, piemēram, „20.08.2019.”"),
}
_AGAIN = "Lūdzu, {} un nosūtiet pieteikumu vēlreiz."
# code → (severity, Latvian message, English message), filled in by keyword.
MESSAGES: dict[str, tuple[Severity, str, str]] = {
    "missing_field": (
        "error",
        "Pieteikumā nav {participle} {what} ({where}). " + _AGAIN.format("aizpildiet šo lauku"),
        "The form does not give {field}.",
    ),
    "unreadable": (
        "error",
        "Laukā „{title}” ierakstīto „{text}” nevar nolasīt: {hint}. Lūdzu, izlabojiet to.",
        "{field}: “{text}” cannot be read.",
    ),
    "unknown_municipality": (
        "warning",
        "Pašvaldību „{text}” neizdevās atrast Latvijas pašvaldību sarakstā. Lūdzu, laukā "
        "„Pašvaldības nosaukums” norādiet oficiālo nosaukumu, piemēram, „Preiļu novada "
        "pašvaldība”.",
        "“{text}” is not in the official list of municipalities.",
    ),
    "planning_region_mismatch": (
        "warning",
        "Veidlapā norādīts {stated}s plānošanas reģions, bet konkursu izsludinājis {expected}s "
        "plānošanas reģions. Lūdzu, pārbaudiet, vai pieteikums nosūtīts pareizajam reģionam.",
        "The form names the {stated} planning region; the competition is {expected}'s.",
    ),
    "municipality_outside_region": (
        "warning",
        "{name} ir {home}s plānošanas reģionā, bet konkurss izsludināts {expected}s plānošanas "
        "reģiona pašvaldībām. Lūdzu, pārbaudiet, vai pieteikums nosūtīts pareizajam reģionam.",
        "{name} is in the {home} planning region; the competition is for {expected}.",
    ),
    "no_activities": (
        "error",
        "Pieteikumā nav atrasta neviena plānotā aktivitāte. Lūdzu, aizpildiet 3. sadaļas "
        "„Plānotās aktivitātes” tabulu – katru aktivitāti savā rindā ar tās veidu, aprakstu, "
        "īstenošanas laiku un plānotajām izmaksām.",
        "No planned activity was found (section 3 table).",
    ),
    "unknown_activity_kind": (
        "error",
        "{n}. aktivitātes {said}: {kinds}.",
        "Activity {n}: kind “{text}” is not one of the five funded kinds.",
    ),
    "invalid_activity_cost": (
        "error",
        "{n}. aktivitātes plānotās izmaksas „{text}” nevar nolasīt: " + _AMOUNT + ". "
        "Lūdzu, izlabojiet tās.",
        "Activity {n}: cost “{text}” cannot be read as an amount in EUR.",
    ),
    "activity_missing_cost": (
        "warning",
        "{n}. aktivitātei nav norādītas plānotās izmaksas. Lūdzu, ierakstiet tās 3. sadaļas "
        "tabulā.",
        "Activity {n} has no planned cost.",
    ),
    "requested_not_positive": (
        "error",
        "Pieprasītajam finansējumam jābūt lielākam par 0 EUR, bet norādīts {requested}. "
        "Lūdzu, izlabojiet summu.",
        "The requested amount {requested} is not above zero.",
    ),
    "requested_over_maximum": (
        "error",
        "Pieprasītais finansējums {requested} pārsniedz konkursā pieļaujamo maksimālo summu "
        "{limit}. " + _AGAIN.format("samaziniet pieprasīto finansējumu līdz {limit} vai mazāk"),
        "The requested {requested} is over the maximum grant {limit}.",
    ),
    "total_mismatch": (
        "warning",
        "Kopējās izmaksas {total} nesakrīt ar aktivitāšu plānoto izmaksu summu {summed}. "
        "Lūdzu, pārbaudiet 3. sadaļas tabulu un 5. sadaļas kopējās izmaksas.",
        "The total cost {total} differs from the sum of the activities' costs {summed}.",
    ),
    "budget_mismatch": (
        "warning",
        "Pieprasītais finansējums {requested} un pašvaldības līdzfinansējums {cofinancing} kopā "
        "ir {summed}, bet kopējās izmaksas ir {total}. Lūdzu, pārbaudiet 5. sadaļas summas.",
        "Requested {requested} plus co-financing {cofinancing} is not the total {total}.",
    ),
    "period_reversed": (
        "error",
        "Īstenošanas perioda sākums ({start}) ir vēlāk nekā beigas ({end}). Lūdzu, pārbaudiet "
        "6. sadaļas datumus.",
        "The period starts ({start}) after it ends ({end}).",
    ),
    "period_outside_window": (
        "warning",
        "Īstenošanas periods ({start}–{end}) neiekļaujas konkursā noteiktajā laikā "
        "({first}–{last}). Lūdzu, precizējiet īstenošanas periodu.",
        "The period {start}–{end} is not within the competition's {first}–{last}.",
    ),
    "repeated_field": (
        "warning",
        "Lauks „{title}” aizpildīts vairākkārt ar atšķirīgām vērtībām („{kept}” un „{other}”); "
        "ņemta pirmā. Lūdzu, atstājiet vienu vērtību.",
        "{field} is given twice (“{kept}”, “{other}”); the first is kept.",
    ),
}

# Pieces of messages put together by a check.
WHERE = "{section}. sadaļa „{title}”, lauks „{field}”"
KIND_NOT_FUNDED = (
    "veids „{text}” neatbilst nevienam konkursā atbalstāmajam aktivitāšu veidam. Lūdzu, "
    "norādiet vienu no tiem"
)
KIND_NOT_GIVEN = (
    "veids nav norādīts. Lūdzu, norādiet vienu no konkursā atbalstāmajiem aktivitāšu veidiem"
)

_DETAIL = "{file}: {detail}."
_AGAIN_FORM = "un nosūtiet to vēlreiz."
_BY_PERSON = "tāpēc to izskatīs konkursa koordinators."
# (code, variant) → (severity, Latvian, English), filled in with `file`, `detail` and the code's
# own values. A variant is what one code reads differently for: the file's kind ("docx", "pdf",
# "edoc"), "signature" (an .edoc's signature file), "memory" (the reader's memory bound).
FILE_MESSAGES: dict[tuple[str, str | None], tuple[Severity, str, str]] = {
    ("corrupt_file", None): (
        "error",
        "Pielikumu „{file}” nevar atvērt: fails ir bojāts vai nepilnīgs. Lūdzu, saglabājiet "
        "veidlapu no jauna " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("too_large", None): (
        "error",
        "Pielikumu „{file}” nevar droši atvērt: tas ir pārāk liels vai sastāv no pārāk daudzām "
        "daļām. Lūdzu, saglabājiet veidlapu no jauna mazākā failā " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("too_large", "docx"): (
        "error",
        "Pielikumu „{file}” nevar droši atvērt: tas ir pārāk liels vai sastāv no pārāk daudzām "
        "daļām. Lūdzu, saglabājiet veidlapu kā parastu .docx failu bez iegultiem objektiem "
        + _AGAIN_FORM,
        _DETAIL,
    ),
    ("too_large", "pdf"): (
        "error",
        "Pielikumu „{file}” nevar droši atvērt: tas ir pārāk liels. Lūdzu, saglabājiet veidlapu "
        "PDF formātā no jauna, bez skenētiem attēliem un iegultiem failiem, " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("too_large", "edoc"): (
        "error",
        "Pielikumu „{file}” nevar droši atvērt: e-paraksta konteiners vai tajā ievietotais fails "
        "ir pārāk liels vai sastāv no pārāk daudzām daļām. Lūdzu, parakstiet veidlapu no jauna "
        "ar eParaksts, konteinerā ievietojot tikai nepieciešamos failus, " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("too_large", "memory"): (
        "error",
        "Pielikumu „{file}” nevar droši atvērt: tā nolasīšanai vajag pārāk daudz atmiņas, "
        + _BY_PERSON,
        "{file}: reading needed more memory than allowed; left for a person.",
    ),
    ("reading_timeout", None): (
        "error",
        "Pielikumu „{file}” neizdevās nolasīt atvēlētajā laikā ({seconds:g} s), " + _BY_PERSON,
        "{file}: reading took longer than {seconds:g} s; left for a person.",
    ),
    ("unsafe_xml", None): (
        "error",
        "Pielikumu „{file}” neatvērām, jo tajā ir neatļautas XML deklarācijas (DOCTYPE). Lūdzu, "
        "saglabājiet veidlapu no jauna ar Word vai LibreOffice " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("unsafe_xml", "edoc"): (
        "error",
        "Pielikumu „{file}” neatvērām, jo e-paraksta konteinerā ir neatļautas XML deklarācijas "
        "(DOCTYPE). Lūdzu, parakstiet veidlapu no jauna ar eParaksts " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("unsafe_xml", "signature"): (
        "error",
        "Pielikuma „{file}” paraksta datnē ir neatļautas XML deklarācijas (DOCTYPE), tāpēc "
        "parakstītāju nenolasījām. Lūdzu, parakstiet veidlapu no jauna ar eParaksts " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("encrypted_file", None): (
        "error",
        "Pielikums „{file}” ir aizsargāts ar paroli, tāpēc to nevar nolasīt. Lūdzu, saglabājiet "
        "veidlapu bez paroles " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("unsupported_format", None): (
        "error",
        "Pielikumu „{file}” šajā formātā vēl nevaram nolasīt automātiski, " + _BY_PERSON + " Ja "
        "iespējams, nosūtiet veidlapu arī .docx formātā.",
        _DETAIL,
    ),
    ("not_a_form", None): (
        "error",
        "Pielikumā „{file}” nav atrasti pieteikuma veidlapas (1. pielikuma) lauki. Lūdzu, "
        "pārbaudiet, vai pievienota aizpildīta veidlapa.",
        _DETAIL,
    ),
    ("unreadable_form", None): (
        "error",
        "Pielikumu „{file}” neizdevās nolasīt automātiski, " + _BY_PERSON,
        _DETAIL,
    ),
    ("no_text_layer", None): (
        "error",
        "Pielikumā „{file}” nav teksta — tas ir skenēts attēls, tāpēc veidlapu nevar nolasīt "
        "automātiski. To izskatīs konkursa koordinators. Ja iespējams, nosūtiet veidlapu arī "
        ".docx formātā vai kā PDF, kas saglabāts ar Word vai LibreOffice.",
        "{file}: the PDF has no text layer (a scan); a person will read it.",
    ),
    ("too_many_pages", None): (
        "warning",
        "Pielikuma „{file}” lappušu skaits ({pages}) pārsniedz automātiskās nolasīšanas robežu "
        "({limit}), tāpēc nolasīts tikai tā sākums. Lūdzu, nosūtiet pieteikuma veidlapu "
        "atsevišķā failā.",
        "{file}: {pages} pages; only the first {limit} were read.",
    ),
    ("unsupported_container", None): (
        "error",
        "Pielikums „{file}” ir e-dokumenta formātā, ko nevaram nolasīt automātiski (piemēram, "
        "vecais eDoc 1.x vai DigiDoc), " + _BY_PERSON + " Lūdzu, parakstiet veidlapu no jauna "
        "ar eParaksts (.edoc) vai nosūtiet to .docx vai .pdf formātā.",
        _DETAIL,
    ),
    ("nested_container", None): (
        "error",
        "Pielikumā „{file}” veidlapas vietā ir ievietots vēl viens parakstīts konteiners, ko "
        "neatveram. Lūdzu, parakstiet pašu veidlapu (.docx vai .pdf failu) " + _AGAIN_FORM,
        _DETAIL,
    ),
    ("unreadable_signature", None): (
        "warning",
        "Pielikuma „{file}” e-parakstu neizdevās nolasīt automātiski, tāpēc parakstītāju "
        "pārbaudīs konkursa koordinators.",
        _DETAIL,
    ),
}
