"""Every date a posting writes, as `DateMention`s: the reading half of the dates family.

Formats read (on the folded text, so accents and case do not matter): "15 septembre 2024",
"lundi 2 mai", "1er mars", "15 sept. 2024", "01 oct. 25", "19-nov-2024", "March 15, 2025",
"15/09/2024", "15/09/24", "15.09.2024", "15-09-2024", "2024-09-15", "15/09" (two-digit month
only: "24/7" is not a date), and month-level mentions: "septembre 2024", "09/2025", "début mars",
"fin août" (last day), "mi-septembre" (15th). Month-level mentions have `has_day=False`.

A date without a year gets one from the posting itself (see `dates_years`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from postings.extract.dates_words import Match, matches_at
from postings.extract.dates_years import DateMention, RawDate, infer_years, make_date, seasons
from postings.extract.text import Doc

_MONTH_WORDS = {
    1: ("janvier", "january", "janv", "jan"),
    2: ("fevrier", "february", "fevr", "fev", "feb"),
    3: ("mars", "march", "mar"),
    4: ("avril", "april", "avr", "apr"),
    5: ("mai", "may"),
    6: ("juin", "june", "jun"),
    7: ("juillet", "july", "juil", "jul"),
    8: ("aout", "august", "aou", "aug"),
    9: ("septembre", "september", "sept", "sep"),
    10: ("octobre", "october", "oct"),
    11: ("novembre", "november", "nov"),
    12: ("decembre", "december", "dec"),
}
MONTH_OF = {word: number for number, words in _MONTH_WORDS.items() for word in words}
# English names and "may" are common words: they count only with a day or a year beside them.
_ENGLISH = {words[1] for words in _MONTH_WORDS.values()}
_FRENCH_FULL = {words[0] for words in _MONTH_WORDS.values()}
_MONTHS = "|".join(sorted(MONTH_OF, key=len, reverse=True))
_WEEKDAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)

# Each pattern starts with a fixed word or character (see `dates_words`); bounded
# quantifiers keep them linear on a 100 000-character line.
_MONTH_STEMS = ("jan", "fev", "feb", "mar", "avr", "apr", "mai", "may", "jun", "jui", "jul",
                "aou", "aug", "sep", "oct", "nov", "dec")  # fmt: skip
_MONTH_WORD = re.compile(rf"\b(?P<m>{_MONTHS})\b(?P<dot>\.)?")
_DAY_BEFORE = re.compile(
    rf"(?<![\w/.])(?:(?P<wd>{_WEEKDAYS})\.?,?\s{{1,3}})?(?P<d>[0-3]?\d)(?:er|re|eme|e|st|nd|rd|th)?"
    r"[\s.-]{0,3}(?:de\s)?$"
)
# "mercredi 09/12": a weekday before a numeric date.
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w])(?P<wd>{_WEEKDAYS})\.?,?\s{{1,3}}(?:le\s)?$")
_WEEKDAY_NUMBER = {
    name: index % 7 for index, name in enumerate(_WEEKDAYS.replace("|", " ").split())
}
_YEAR_AFTER = re.compile(r",?(?P<sep>[\s.-]{1,3})(?P<y>(?:19|20)\d\d|\d\d)(?![\w,.]\d|\w)")
_MONTH_YEAR_AFTER = re.compile(r",?[\s/-]{1,3}(?:de\s)?(?P<y>(?:19|20)\d\d)\b")
_ENGLISH_AFTER = re.compile(r"\s(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s(?P<y>(?:19|20)\d\d)\b")
_QUALIFIER_BEFORE = re.compile(r"(?<![\w-])(?P<q>debut|fin|mi|courant)[\s-]{1,3}(?:de\s|d')?$")
# "15/09/2024", "15.09.2024", "15-09-2024", "2024-09-15", "15/09": read from the separator.
_AFTER_SEPARATOR = {
    "/": re.compile(r"/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{1,2}))?(?![\d/]|[.,-]\d)"),
    ".": re.compile(r"\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{1,2})(?!\d|[/.,-]\d)"),
    "-": re.compile(r"-(?P<m>\d{1,2})-(?P<y>\d{4}|\d{1,2})(?!\d|[/.,-]\d)"),
}
_NUMBER_BEFORE = re.compile(r"(?<![\d/.,-])(?P<n>\d{1,4})$")
# "09/2025": a month and its year.
_SLASH_YEAR = re.compile(r"/(?P<y>(?:19|20)\d\d)(?![\d/]|[.,-]\d)")
_MONTH_BEFORE = re.compile(r"(?<![\d/.,-])(?P<n>0?[1-9]|1[0-2])$")
_POSTED_WORDS = ("publi", "poste", "mis", "actualis", "paru", "diffus", "soumis", "depos",
                 "updated", "date de", "en ligne")  # fmt: skip
_POSTED = re.compile(
    r"\b(?:publiee?s?|postee?s?|mise?s? en ligne|mise?s? a jour|actualisee?s?|parue?s?"
    r"|(?<!fin de )(?<!limite de )publication(?=\s{0,3}:)|en ligne depuis"
    r"|diffusee?s?|soumise?s?(?: par [^\n:]{0,40}?)?|deposee?s?|posted|published|updated"
    r"|date de (?:publication|parution|mise en ligne|diffusion|(?:derniere )?mise a jour))"
    r"\s{0,3}(?:le|on|du)?\s{0,3}:?\s{0,3}"
    rf"(?<!\d)(?=\d{{1,2}}(?:er)?\s|\d{{1,2}}[/.-]|(?:19|20)\d\d-|{_WEEKDAYS})"
)


# An e-mail's header: "Date : ven. 20/11/2026 14:12", "Envoyé : mardi 17 novembre 2026",
# "Sent: Tuesday, November 17, 2026", Gmail's "Le lun. 16 nov. 2026 à 18:05, X a écrit :".
_MAIL_DATE = re.compile(
    r"^[ \t>*]*(?P<label>date|envoye(?: le)?|sent|le|on)[ \t]*:?[ \t]*"
    r"(?:(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+)?",
    re.M,
)
_MAIL_FIELDS = re.compile(r"^[ \t>*]*(?:de|from|objet|subject|a|to|cc)[ \t]*:", re.M)
_WROTE = re.compile(r"\b(?:a ecrit|wrote)\b")


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value if value >= 100 else 2000 + value


def _day_month(folded: str, match: Match) -> RawDate | None:
    """ "15 septembre 2024", "lundi 2 mai", "01 oct. 25", "March 15, 2025" around a month."""
    word, start = match["m"], match.start()
    day = _DAY_BEFORE.search(folded, max(0, start - 24), start)
    if day is not None:
        year = _YEAR_AFTER.match(folded, match.end())
        # "le 3 mai 10 personnes": a two-digit year only after an abbreviation or a dash.
        if year and len(year["y"]) == 2 and word in _FRENCH_FULL and "-" not in year["sep"]:
            year = None
        end = year.end() if year else match.end()
        value = _year(year["y"]) if year else None
        raw = RawDate(day.start(), end, int(day["d"]), MONTH_OF[word], value, True)
        raw.weekday = _WEEKDAY_NUMBER[day["wd"]] if day["wd"] else None
        return raw
    english = _ENGLISH_AFTER.match(folded, match.end()) if word in _ENGLISH else None
    if english is not None:
        return RawDate(
            start, english.end(), int(english["d"]), MONTH_OF[word], int(english["y"]), True
        )
    return None


def _month_only(folded: str, match: Match) -> RawDate | None:
    """ "septembre 2024", "début mars", "fin août", "mi-septembre", "sept. 2025"."""
    word, start = match["m"], match.start()
    year = _MONTH_YEAR_AFTER.match(folded, match.end())
    if (word in _ENGLISH or word not in _FRENCH_FULL) and not (year or match["dot"]):
        return None  # "may", "sept ans", "mar": a month only with a year or "sept."
    qualifier = _QUALIFIER_BEFORE.search(folded, max(0, start - 14), start)
    rule = {"fin": "fin", "mi": "mi"}.get(qualifier["q"], "") if qualifier else ""
    first = qualifier.start() if qualifier else start
    end = year.end() if year else match.end()
    return RawDate(first, end, 1, MONTH_OF[word], _year(year["y"]) if year else None, False, rule)


def _text_dates(folded: str) -> list[RawDate]:
    found = []
    for match in matches_at(folded, _MONTH_STEMS, _MONTH_WORD):
        raw = _day_month(folded, match) or _month_only(folded, match)
        if raw is not None:
            found.append(raw)
    return found


def _numeric(folded: str, match: Match, separator: str) -> RawDate | None:
    first = _NUMBER_BEFORE.search(folded, max(0, match.start() - 5), match.start())
    if first is None:
        return None
    number, month, year = first["n"], int(match["m"]), match["y"]
    if len(number) == 4:  # "2024-09-15"
        if year is None or len(year) > 2:
            return None
        return RawDate(first.start(), match.end(), int(year), month, int(number), True)
    if len(number) > 2 or (year and len(year) == 2 and separator != "/"):
        return None  # "1.2.03" is a version number, "15/09/24" a date
    day = int(number)
    if year is None:  # "15/09": a two-digit month only, or "24/7" would be a date
        if len(match["m"]) < 2:
            return None
        raw = RawDate(first.start(), match.end(), day, month, None, True)
        weekday = _WEEKDAY_BEFORE.search(folded, max(0, first.start() - 14), first.start())
        raw.weekday = _WEEKDAY_NUMBER[weekday["wd"]] if weekday else None
        return raw
    if len(year) == 1:
        return None
    if month > 12 and day <= 12:  # "12-30-2024": an English page's month-day-year
        day, month = month, day
    return RawDate(first.start(), match.end(), day, month, _year(year), True)


def _numeric_dates(folded: str) -> list[RawDate]:
    found = []
    for separator, pattern in _AFTER_SEPARATOR.items():
        for match in matches_at(folded, (separator,), pattern):
            if (raw := _numeric(folded, match, separator)) is not None:
                found.append(raw)
    for match in matches_at(folded, ("/",), _SLASH_YEAR):
        month = _MONTH_BEFORE.search(folded, max(0, match.start() - 3), match.start())
        if month is not None:
            found.append(
                RawDate(month.start(), match.end(), 1, int(month["n"]), int(match["y"]), False)
            )
    return found


def _posting_date(doc: Doc, raws: list[RawDate]) -> date | None:
    """The day the posting says it was published, else the day its e-mail was sent."""
    return _published(doc, raws) or _sent(doc, raws)


def _sent(doc: Doc, raws: list[RawDate]) -> date | None:
    """The date of the first e-mail header of the text (a relayed offer's own sending date)."""
    starts = [raw.start for raw in raws]
    for match in _MAIL_DATE.finditer(doc.folded):
        index = bisect_left(starts, match.start())
        if index == len(raws) or not raws[index].start <= match.end() < raws[index].end:
            continue
        raw = raws[index]
        line = doc.line_at(match.start())
        if raw.year is None or not raw.has_day or not _in_mail_header(doc, match, line.index):
            continue
        return make_date(raw, raw.year)
    return None


def _in_mail_header(doc: Doc, match: Match, index: int) -> bool:
    """ "Date :" among "De :", "Objet :", "À :" lines; "Le …" in a line that "a écrit"."""
    if match["label"] in ("le", "on"):
        line = doc.lines[index]
        return bool(_WROTE.search(doc.folded, match.end(), min(len(doc.folded), line.end + 80)))
    lines = doc.lines[max(0, index - 4) : index + 5]
    return _MAIL_FIELDS.search(doc.folded, lines[0].start, lines[-1].end) is not None


def _published(doc: Doc, raws: list[RawDate]) -> date | None:
    starts = [raw.start for raw in raws]
    for match in matches_at(doc.folded, _POSTED_WORDS, _POSTED):
        word = match[0][:6]
        if word.startswith("poste") and word != "posted" and doc.text[match.start() + 4] in "eE":
            continue  # "prise de poste le 2 mai" is not "Posté le 2 mai"
        index = bisect_left(starts, match.end())
        if index < len(raws) and raws[index].start == match.end():
            raw = raws[index]
            if raw.year is not None and raw.has_day:
                return make_date(raw, raw.year)
    return None


@dataclass(frozen=True, slots=True)
class Scan:
    """What `scan` read: every mention, and the posting's publication date."""

    mentions: list[DateMention]
    posted: date | None


def _read(doc: Doc) -> Scan:
    folded = doc.folded
    found = sorted(_text_dates(folded) + _numeric_dates(folded), key=lambda raw: raw.start)
    raws: list[RawDate] = []
    for raw in found:  # formats can overlap ("15/09/2024" holds "15/09"): keep the longest
        if raws and raw.start < raws[-1].end:
            if raw.end - raw.start > raws[-1].end - raws[-1].start:
                raws[-1] = raw
            continue
        raws.append(raw)
    posted = _posting_date(doc, raws)
    return Scan(infer_years(raws, posted, doc.reference_date, seasons(doc.folded)), posted)


# Several families read the dates of the same Doc: the last scan is kept (keyed on the very
# text object and reference date, so a new Doc never sees another's dates).
_last: tuple[str, date | None, Scan] | None = None


def scan(doc: Doc) -> Scan:
    """Every day- and month-level date of the text, in order, with years filled in."""
    global _last
    if _last is not None and _last[0] is doc.text and _last[1] == doc.reference_date:
        return _last[2]
    result = _read(doc)
    _last = (doc.text, doc.reference_date, result)
    return result
