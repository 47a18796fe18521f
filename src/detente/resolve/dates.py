"""Resolve temporal expressions (spaCy DATE/TIME entity text) against the publication date.

``resolve_date("Wednesday", "2022-11-09")`` gives ``DateValue("2022-11-09", "day", "Wednesday")``.

Representation (``DateValue.value`` is always the *start* of the period it names):

* ``day``    -- ``YYYY-MM-DD``.
* ``week``   -- ``YYYY-MM-DD`` of the Monday of that (ISO) week. "last week" published
  Wed 2022-11-09 is ``2022-10-31``. A week can straddle two months, so compare weeks with
  :func:`date_matches` *passing the precision* (a ``DateValue`` or the contract's date dict),
  never by string prefix.
* ``month``  -- ``YYYY-MM``.
* ``season`` -- ``YYYY-MM`` of the season's first month, meteorological northern-hemisphere
  seasons: spring = Mar-May (``YYYY-03``), summer = Jun-Aug (``YYYY-06``), autumn/fall =
  Sep-Nov (``YYYY-09``), winter = Dec-Feb, named by its December: winter 2022-23 is
  ``2022-12`` ("this winter" published 2022-11-09). "winter 2022" is also ``2022-12``.
* ``year``   -- ``YYYY``.

News conventions applied (``published`` = P):

* A bare weekday ("Wednesday", "on Tuesday night", "late Thursday") is the nearest such day
  looking back from P, P itself included (AP style names days within a week of the story).
  With ``tense="future"`` it is the nearest such day looking *forward*, P itself included
  (a story published on Wednesday saying "will vote on Wednesday" means that day; a week
  later would be "next Wednesday"). "last Tuesday" is strictly before P, "next Tuesday"
  strictly after P, whatever the tense.
* A month without a year ("the end of March", "mid-March", "in March", "March 3") is the most
  recent one not after P (past tense) or the next one not before P (future tense); the
  month of P counts either way. An explicit year always wins.
* "this winter" is the season containing P; when P is outside it, the previous occurrence in
  the past tense -- unless the next one starts within 31 days of P ("this winter" in
  November is the coming winter) -- and the next occurrence in the future tense.
* "next winter" is the occurrence after "this winter" (published 2022-11-09: ``2023-12``);
  "last winter" the most recent one that has ended (``2021-12``).
* "this week"/"last week"/"next week", "the weekend" and "N weeks ago" have week precision;
  "over the weekend" is the weekend before P (after P in the future tense; P's own
  weekend when P is a Saturday or Sunday).
* "the end of the year"/"the beginning of 2023" give the month (December/January); "early",
  "mid" and "late" with a year keep year precision.
* Durations, bounds and vague expressions give ``None``: "for years", "years to come",
  "decades", "the past few months", "in recent weeks", "recently", "now", "soon", and any
  expression introduced by "since", "until", "before", "after", "for", "over", "within",
  "throughout" or "from" ("since 2014" is a start bound, not the date of an event; the
  exception is "over the weekend", which dates the event). "by <date>" (a deadline)
  resolves to the date. Expressions relative to another event ("the next day", "a day
  later", "the same day") give ``None``. Clock times alone ("10 a.m.") give ``None``.
* Without a publication date only absolute expressions (ones that carry a year) resolve.

Hand-written, precompiled patterns cover the common cases; ``dateparser`` is a memoised last
resort for numeric formats ("3/3/2022", "03.03.2022").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from ..models import DateValue

__all__ = [
    "PRECISIONS",
    "date_interval",
    "date_matches",
    "parse_published",
    "publication_date",
    "resolve_date",
]

PRECISIONS = ("day", "week", "month", "season", "year")

_WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_SEASONS = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a couple": 2,
}

_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEA = "|".join(_SEASONS)
_NUM = "|".join(sorted((re.escape(k) for k in _SMALL_NUMBERS), key=len, reverse=True))

# Prefixes that make the expression a bound or a duration, not the date of an event.
_REJECT_PREFIX = re.compile(
    r"^(?:since|until|till|til|before|after|for|over|within|throughout|from|between|"
    r"as of|as early as|as late as|as recently as|no later than|not until|up to|"
    r"in the (?:past|last|next|coming|previous|following)|"
    r"(?:the )?(?:past|last|next|coming|previous|following)\s+(?:few|several|couple of|\d+|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
)
# Leading words that carry no date information.
_STRIP_PREFIX = re.compile(
    r"^(?:(?:on|in|at|during|by|of|around|about|circa|sometime in|some time in|"
    r"the early hours of|the early morning of|the morning of|the night of|the evening of|"
    r"the afternoon of|early hours of|as early as|just|only)\s+)+"
)
_VAGUE = re.compile(
    r"^(?:the\s+)?(?:recently|lately|late|soon|now|right now|currently|nowadays|eventually|"
    r"today's|yet|once|ever|never|always|again|earlier|later|previously|formerly|then|"
    r"meantime|meanwhile|the past|the future|the present|present|past|future|the time|"
    r"that time|this time|these days|those days|the moment|the time being|moment|"
    r"overnight|the weekend's|daily|weekly|monthly|annually|yearly|a while|"
    r"the same day|the same time|the next day|the following day|the previous day|"
    r"the day before|the day after|that day|that week|that month|that year|"
    r"days|weeks|months|years|decades|centuries|hours|minutes|"
    r"the (?:first|second|third|last|final) (?:day|week|month|year|time)s?|"
    r"(?:years|months|weeks|days|decades) to come|(?:a|the) (?:day|week|month|year|decade)|"
    r"(?:a |one )?(?:day|week|month|year)s? (?:later|earlier|before|after|on|prior)|"
    r"\d+s|the \d+s|the (?:early|mid|late)[- ]\d+s|"
    r"(?:in )?recent (?:days|weeks|months|years|decades|times)|"
    r"the (?:coming|next|past|last|previous|following) (?:days|weeks|months|years|decades)|"
    r"(?:" + _NUM + r"|\d+|a few|few|several|many|some|the) "
    r"(?:more |full |long |straight )?"
    r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|nights?)"
    r"(?: later| earlier| before| after| on| prior| running| in a row| long| straight)?)$"
)

_TODAY = re.compile(
    r"^(?:(?:earlier|later|early|late)\s+)?(?P<w>today|tonight|this morning|this afternoon|"
    r"this evening|yesterday|tomorrow|last night|the day before yesterday|"
    r"the day after tomorrow)(?:\s+(?:morning|afternoon|evening|night|overnight))?$"
)
_HOURS_AGO = re.compile(
    r"^(?:(?:" + _NUM + r"|\d+|a few|few|several|many|some)\s+)?(?:hours?|minutes?|moments?)"
    r"\s+(?:ago|earlier)$"
)
_DAYPART = r"(?:morning|afternoon|evening|night|overnight|midday|noon|lunchtime)"
_WEEKDAY = re.compile(
    r"^(?:(?P<rel>last|this|next|past|coming|previous)\s+)?"
    r"(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?"
    r"(?P<wd>" + _WD + r")\.?"
    r"(?:\s+" + _DAYPART + r")?$"
)
_WEEKEND = re.compile(
    r"^(?:over\s+)?(?:(?P<rel>last|this|next|past|coming|previous|the)\s+)?weekend$"
)
_PERIOD_MOD = (
    r"(?:(?P<mod>early|late|mid|middle|earlier|later|the end of|end of|the beginning of|"
    r"beginning of|the start of|start of|the middle of|middle of|the first half of|"
    r"first half of|the second half of|second half of|the rest of|rest of|the remainder of|"
    r"the turn of|turn of)[\s-]+(?:in\s+)?)?"
)
_RELATIVE = re.compile(
    r"^" + _PERIOD_MOD
    + r"(?:the\s+(?=coming|next|previous|current))?"
    r"(?P<rel>last|this|next|previous|coming|current|the)\s+"
    r"(?P<unit>week|month|year|" + _SEA + r")$"
)
_SEASON = re.compile(
    r"^" + _PERIOD_MOD + r"(?:the\s+)?(?P<season>" + _SEA + r")"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4})(?:\s*[-/–]\s*(?:\d{4}|\d{2}))?)?$"
)
_MONTH = re.compile(
    r"^" + _PERIOD_MOD
    + r"(?:(?P<rel>last|this|next|past|coming|previous)\s+)?"
    r"(?P<mon>" + _MON + r")\.?(?:,?\s+(?:of\s+)?(?P<year>\d{4}))?$"
)
_YEAR = re.compile(r"^" + _PERIOD_MOD + r"(?:the\s+year\s+)?(?P<year>\d{4})$")
_ORD = r"(?:st|nd|rd|th)?"
_MONTH_DAY = re.compile(
    r"^(?:(?:" + _WD + r")\.?,?\s+)?(?P<mon>" + _MON + r")\.?\s+(?:the\s+)?(?P<day>\d{1,2})" + _ORD
    + r"(?:,?\s+(?P<year>\d{4}))?$"
)
_DAY_MONTH = re.compile(
    r"^(?:(?:" + _WD + r")\.?,?\s+)?(?:the\s+)?(?P<day>\d{1,2})" + _ORD + r"\s+(?:of\s+)?"
    r"(?P<mon>" + _MON + r")\.?(?:,?\s+(?P<year>\d{4}))?$"
)
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<mon>\d{1,2})(?:-(?P<day>\d{1,2}))?$")
_AGO = re.compile(
    r"^(?P<n>" + _NUM + r"|\d+)\s+(?P<unit>day|week|month|year)s?\s+ago$"
)
_TIME_ONLY = re.compile(
    r"^(?:(?:about|around|at|after|before|by|until|shortly after|shortly before|just after|"
    r"just before)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|noon|midnight|"
    r"midday|dawn|dusk|daybreak)"
    r"(?:\s+(?:local time|gmt|utc|[a-z]{2,4}t))?$"
)
_EARLIER_IN = re.compile(r"^(?:earlier|later) in the (?P<unit>week|month|year)$")
_NUMERIC_ONLY = re.compile(r"^[\d\s/.\-,]+$")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s\b")


def parse_published(published: str | date | datetime | None) -> date | None:
    """The publication date as a ``date``: accepts ISO strings (a time part is ignored),
    ``date`` and ``datetime``; ``None`` for anything else or an unreadable string."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        s = published.strip()[:10]
        try:
            return date.fromisoformat(s)
        except ValueError:
            return None
    return None


def publication_date(published: str | date | datetime | None) -> DateValue | None:
    """The publication date as a day-precision ``DateValue`` (``text`` None), for events
    the article reports in the present tense without a time expression."""
    d = parse_published(published)
    return DateValue(d.isoformat(), "day", None) if d else None


def resolve_date(
    text: str | None,
    published: str | date | datetime | None,
    *,
    tense: str = "past",
) -> DateValue | None:
    """Resolve TEXT (a DATE/TIME entity's text) against the publication date.

    ``tense`` is ``"past"`` (default; ``"present"`` and anything else behave the same) or
    ``"future"``: it decides which way bare weekdays, months and seasons point (callers
    should pass ``"future"`` for events with future -- and forward-looking hypothetical --
    modality). Results are memoised on (text, publication date, tense). Returns
    ``None`` for durations, bounds, vague or unreadable expressions (see the module doc).
    ``DateValue.text`` is TEXT stripped of surrounding whitespace.
    """
    if not text or not isinstance(text, str):
        return None
    return _resolve(text.strip(), parse_published(published), tense == "future")


@lru_cache(maxsize=8192)
def _resolve(text: str, pub: date | None, future: bool) -> DateValue | None:
    norm = _normalise(text)
    if not norm:
        return None
    found = _resolve_norm(norm, pub, future)
    if found is None:
        return None
    value, precision = found
    return DateValue(value, precision, text)


def _normalise(text: str) -> str:
    t = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = _POSSESSIVE.sub("", t)
    t = _SPACES.sub(" ", t).strip().strip(",;:!?()[]\"'").strip()
    if t.endswith(".") and not re.search(r"(?:\b(?:" + _MON + "|" + _WD + r")|[ap]\.m)\.$", t):
        t = t[:-1].rstrip()
    return t


def _resolve_norm(t: str, pub: date | None, future: bool) -> tuple[str, str] | None:
    # "over the weekend" dates the event; every other bound/duration prefix rejects.
    m = _WEEKEND.match(t)
    if m:
        return _weekend(m.group("rel"), pub, future)
    if _REJECT_PREFIX.match(t):
        return None
    t = _STRIP_PREFIX.sub("", t).strip()
    if not t or _VAGUE.match(t) or _TIME_ONLY.match(t):
        return None
    m = _WEEKEND.match(t)
    if m:
        return _weekend(m.group("rel"), pub, future)

    m = _TODAY.match(t)
    if m:
        if pub is None:
            return None
        w = m.group("w")
        offset = {
            "yesterday": -1, "last night": -1, "tomorrow": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2,
        }.get(w, 0)
        return (pub + timedelta(days=offset)).isoformat(), "day"
    if _HOURS_AGO.match(t):
        return (pub.isoformat(), "day") if pub else None

    m = _WEEKDAY.match(t)
    if m:
        return _weekday(_WEEKDAYS[m.group("wd")], m.group("rel"), pub, future)

    m = _ISO.match(t)
    if m:
        return _ymd(int(m.group("year")), int(m.group("mon")),
                    int(m.group("day")) if m.group("day") else None)

    for rx in (_MONTH_DAY, _DAY_MONTH):
        m = rx.match(t)
        if m:
            return _month_day(_MONTHS[m.group("mon")], int(m.group("day")),
                              m.group("year"), pub, future)

    m = _MONTH.match(t)
    if m:
        return _month(_MONTHS[m.group("mon")], m.group("rel"), m.group("year"), pub, future)

    m = _EARLIER_IN.match(t)
    if m:
        return _relative("this", m.group("unit"), None, pub, future)

    m = _RELATIVE.match(t)
    if m:
        return _relative(m.group("rel"), m.group("unit"), m.group("mod"), pub, future)

    m = _SEASON.match(t)
    if m:
        season = _SEASONS[m.group("season")]
        if m.group("year"):
            return f"{int(m.group('year')):04d}-{season:02d}", "season"
        return _season(season, None, pub, future)

    m = _YEAR.match(t)
    if m:
        return _year(int(m.group("year")), m.group("mod"))

    m = _AGO.match(t)
    if m:
        return _ago(m.group("n"), m.group("unit"), pub)

    if _NUMERIC_ONLY.match(t) and any(c.isdigit() for c in t):
        return _dateparser(t, pub, future)
    return None


# --- helpers -----------------------------------------------------------------------


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _ymd(year: int, month: int, day: int | None) -> tuple[str, str] | None:
    if not 1 <= month <= 12 or not 1000 <= year <= 2999:
        return None
    if day is None:
        return _ym(year, month), "month"
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _weekday(wd: int, rel: str | None, pub: date | None, future: bool) -> tuple[str, str] | None:
    if pub is None:
        return None
    back = (pub.weekday() - wd) % 7  # days back to the most recent such day, 0 = pub
    fwd = (wd - pub.weekday()) % 7  # days forward to the next such day, 0 = pub
    if rel in ("last", "past", "previous"):
        d = pub - timedelta(days=back or 7)
    elif rel in ("next", "coming"):
        d = pub + timedelta(days=fwd or 7)
    elif future:
        d = pub + timedelta(days=fwd)
    else:
        d = pub - timedelta(days=back)
    return d.isoformat(), "day"


def _weekend(rel: str | None, pub: date | None, future: bool) -> tuple[str, str] | None:
    """A weekend is reported at week precision (the Monday of its ISO week)."""
    if pub is None:
        return None
    if rel in ("next", "coming"):
        sat = pub + timedelta(days=((5 - pub.weekday()) % 7) or 7)
    elif rel in ("last", "past", "previous"):
        sat = pub - timedelta(days=((pub.weekday() - 5) % 7) or 7)
    elif pub.weekday() >= 5:  # published on the weekend: that weekend
        sat = pub - timedelta(days=pub.weekday() - 5)
    elif future:
        sat = pub + timedelta(days=5 - pub.weekday())
    else:
        sat = pub - timedelta(days=pub.weekday() + 2)
    return _monday(sat).isoformat(), "week"


def _month_day(month: int, day: int, year: str | None, pub: date | None,
               future: bool) -> tuple[str, str] | None:
    if year:
        return _ymd(int(year), month, day)
    if pub is None:
        return None
    for y in ((pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)):
        try:
            d = date(y, month, day)
        except ValueError:  # 29 February in a common year: try the other year
            continue
        if (d >= pub) if future else (d <= pub):
            return d.isoformat(), "day"
    return None


def _month(month: int, rel: str | None, year: str | None, pub: date | None,
           future: bool) -> tuple[str, str] | None:
    if year:
        return _ym(int(year), month), "month"
    if pub is None:
        return None
    if rel in ("last", "past", "previous"):
        y = pub.year if month < pub.month else pub.year - 1
    elif rel in ("next", "coming"):
        y = pub.year if month > pub.month else pub.year + 1
    elif future:
        y = pub.year if month >= pub.month else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return _ym(y, month), "month"


def _relative(rel: str, unit: str, mod: str | None, pub: date | None,
              future: bool) -> tuple[str, str] | None:
    if unit in _SEASONS:
        if rel == "the":
            rel = None  # "the winter" = "winter"
        return _season(_SEASONS[unit], rel, pub, future)
    if pub is None:
        return None
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "week":
        return (_monday(pub) + timedelta(weeks=step)).isoformat(), "week"
    if unit == "month":
        return _ym(*_shift_month(pub.year, pub.month, step)), "month"
    return _year(pub.year + step, mod)


def _year(year: int, mod: str | None) -> tuple[str, str] | None:
    if not 1000 <= year <= 2999:
        return None
    if mod in ("the end of", "end of", "the turn of", "turn of"):
        return _ym(year, 12), "month"
    if mod in ("the beginning of", "beginning of", "the start of", "start of"):
        return _ym(year, 1), "month"
    return f"{year:04d}", "year"


def _season_interval(year: int, start_month: int) -> tuple[date, date]:
    start = date(year, start_month, 1)
    ey, em = _shift_month(year, start_month, 2)
    return start, date(ey, em, calendar.monthrange(ey, em)[1])


def _season(start_month: int, rel: str | None, pub: date | None,
            future: bool) -> tuple[str, str] | None:
    if pub is None:
        return None
    occurrences = [
        (y, *_season_interval(y, start_month)) for y in range(pub.year - 2, pub.year + 3)
    ]
    current = next((o for o in occurrences if o[1] <= pub <= o[2]), None)
    prev = [o for o in occurrences if o[2] < pub][-1]
    nxt = [o for o in occurrences if o[1] > pub][0]
    imminent = (nxt[1] - pub).days <= 31
    if rel in ("last", "previous"):
        chosen = prev
    elif rel in ("next", "coming"):
        if current is not None or imminent:
            chosen = [o for o in occurrences if o[1] > nxt[1]][0] if current is None else nxt
        else:
            chosen = nxt
    elif current is not None:
        chosen = current
    elif future or imminent:
        chosen = nxt
    else:
        chosen = prev
    return _ym(chosen[0], start_month), "season"


def _ago(n: str, unit: str, pub: date | None) -> tuple[str, str] | None:
    if pub is None:
        return None
    k = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
    if unit == "day":
        return (pub - timedelta(days=k)).isoformat(), "day"
    if unit == "week":
        return _monday(pub - timedelta(weeks=k)).isoformat(), "week"
    if unit == "month":
        return _ym(*_shift_month(pub.year, pub.month, -k)), "month"
    return f"{pub.year - k:04d}", "year"


@lru_cache(maxsize=64)
def _date_data_parser(pub: date | None, future: bool) -> Any:
    from dateparser.date import DateDataParser  # slow import: only when needed

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day, 12)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(t: str, pub: date | None, future: bool) -> tuple[str, str] | None:
    """Last resort for numeric formats ("3/3/2022"); needs month and year (REQUIRE_PARTS)."""
    try:
        data = _date_data_parser(pub, future).get_date_data(t)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    dt, period = data.date_obj, data.period
    if dt is None:
        return None
    if period == "year":
        return f"{dt.year:04d}", "year"
    if period == "month":
        return _ym(dt.year, dt.month), "month"
    return dt.date().isoformat(), "day"


# --- comparison ----------------------------------------------------------------------

_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")


def date_interval(value: str, precision: str | None = None) -> tuple[date, date] | None:
    """The first and last day a date value covers, or ``None`` if unreadable.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and ``YYYY-Www`` (ISO week). PRECISION
    widens a value to what it stands for: a ``week`` value is the 7 days from its Monday, a
    ``season`` value the 3 months from its first month.
    """
    if not isinstance(value, str):
        return None
    v = value.strip()
    try:
        m = _WEEK_VALUE.match(v)
        if m:
            start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return start, start + timedelta(days=6)
        parts = v.split("-")
        if len(parts) == 1 and len(v) == 4 and v.isdigit():
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if len(parts) == 2:
            y, mo = int(parts[0]), int(parts[1])
            if precision == "season":
                return _season_interval(y, mo)
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            if precision == "week":
                start = _monday(d)
                return start, start + timedelta(days=6)
            return d, d
    except ValueError:
        return None
    return None


def date_matches(pred: str | DateValue | Mapping[str, Any] | None, gold: str | None) -> bool:
    """Does a predicted date match a gold date at the gold's precision?

    GOLD is an ISO string (``2022``, ``2022-11``, ``2022-11-09``). PRED is a value string,
    a ``DateValue`` or the contract's ``{"value", "precision"}`` dict -- pass one of the
    latter two, because a ``week`` value (its Monday) or a ``season`` value (its first
    month) only covers the right days when its precision is known.

    True when the predicted value starts with the gold string (gold ``2022-11`` matches
    ``2022-11-07``; gold ``2022-11-09`` needs that day), or when the predicted period is
    no longer than the gold period and overlaps it ("last week" = 2022-10-31..11-06 matches
    gold ``2022-11``; a predicted month never matches a gold day). False when either is
    missing or unreadable.
    """
    if pred is None or not gold or not isinstance(gold, str):
        return False
    if isinstance(pred, DateValue):
        value, precision = pred.value, pred.precision
    elif isinstance(pred, Mapping):
        value, precision = pred.get("value"), pred.get("precision")
    else:
        value, precision = pred, None
    if not isinstance(value, str) or not value:
        return False
    gold = gold.strip()
    if value == gold or (value.startswith(gold) and value[len(gold):len(gold) + 1] == "-"):
        return True
    p = date_interval(value, precision)
    g = date_interval(gold)
    if p is None or g is None:
        return False
    overlaps = p[0] <= g[1] and g[0] <= p[1]
    return overlaps and (p[1] - p[0]) <= (g[1] - g[0])
