"""Quantities in an event's evidence: troops, casualties, displaced people, weapons, money.

``find_quantities("Russia mobilized 300,000 fresh troops")`` gives
``[Quantity(300000, "troops", "300,000 fresh troops")]``; ``find_quantity_spans`` gives the
same with character offsets: ``[(start, end, Quantity)]`` with ``text[start:end] == q.text``.

A number becomes a quantity only with a unit: a currency (``$``, ``€``, ``£``, ``₽``, ``₴``,
``US$``, ``USD``..., "dollars", "euros", "rubles"...) or a unit noun from the lexicon within a
few words ("300,000 fresh troops", "50 Russian T-72 tanks"), or a casualty word next to it
("killed at least 12 people", "1,200 wounded", "12 civilians were killed", "the death toll
rose to 39"). Percentages, years, days of the month, clock times, ordinals, decades and
compounds ("12-year-old", "300-strong") are not quantities.

Units (:data:`UNITS`): troops, killed, wounded, casualties, displaced, refugees, prisoners,
tanks, vehicles, artillery, missiles (rockets included), drones, aircraft, shells, money,
people. A casualty word overrides a person noun ("12 soldiers were killed" -> ``killed``;
"killed or wounded" -> ``casualties``); it does not override a weapon ("captured 12 tanks"
-> ``tanks``). People with no casualty word are ``people`` (or ``troops`` for soldiers).

Values:

* exact numbers are ``int`` (``float`` only when fractional): "$1.7bn" -> 1700000000.
* ranges ("between $40 billion and $60 billion", "40-60", "two or three") set ``low`` and
  ``high``, and ``value = low`` (the figure the text commits to).
* "at least/more than/over N": ``value = low = N``; "up to/as many as/fewer than N":
  ``value = high = N``; "about/nearly/some N": ``value = N``.
* vague plurals ("dozens of", "hundreds of", "tens of thousands of", "several hundred")
  have ``value = None`` and ``low`` = the smallest number they can mean (24, 200, 20000,
  300); ``high`` None.
* ``currency`` is an ISO 4217 code (USD, EUR, GBP, RUB, UAH, CNY, JPY) for money, else None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..models import Quantity

__all__ = ["UNITS", "find_quantities", "find_quantity_spans"]

UNITS = frozenset({
    "troops", "killed", "wounded", "casualties", "displaced", "refugees", "prisoners",
    "tanks", "vehicles", "artillery", "missiles", "drones", "aircraft", "shells", "money",
    "people",
})

# --- lexicon ---------------------------------------------------------------------------

_PEOPLE = "people"
_TROOPS = "troops"
_PERSON_UNITS = {_PEOPLE, _TROOPS}


def _lex(unit: str, words: str) -> dict[str, str]:
    return {w: unit for w in words.split()}


_NOUNS: dict[str, str] = {
    **_lex(_TROOPS, "troops troop soldiers soldier fighters reservists reservist servicemen "
                    "serviceman servicemembers personnel mercenaries mercenary conscripts "
                    "conscript recruits marines paratroopers militants militant combatants "
                    "guerrillas insurgents rebels draftees mobilized mobilised"),
    **_lex(_PEOPLE, "people persons person civilians residents children child kids "
                    "women men man woman migrants villagers inhabitants citizens protesters "
                    "protestors demonstrators journalists workers individuals adults patients "
                    "passengers ukrainians russians others survivors rescuers"),
    **_lex("killed", "deaths fatalities dead"),
    **_lex("wounded", "injuries"),
    **_lex("casualties", "casualties"),
    **_lex("displaced", "evacuees idps"),
    **_lex("refugees", "refugees refugee"),
    **_lex("prisoners", "prisoners prisoner pows pow captives captive hostages hostage "
                        "detainees detainee"),
    **_lex("tanks", "tanks tank"),
    **_lex("vehicles", "vehicles vehicle apcs ifvs humvees"),
    **_lex("artillery", "howitzers howitzer artillery launchers himars mlrs"),
    **_lex("missiles", "missiles missile rockets rocket"),
    **_lex("drones", "drones drone uavs uav"),
    **_lex("aircraft", "aircraft planes plane jets jet warplanes helicopters helicopter "
                       "bombers"),
    **_lex("shells", "shells shell rounds"),
}
_AIRCRAFT_CODE = re.compile(r"^(?:f-\d+|mig-\d+|su-\d+|tu-\d+|ka-\d+|mi-\d+)s?$")

# Casualty words: after a number ("1,200 wounded"), after a noun ("people were killed"),
# or as a verb before the number ("killed 12").
_STATUS: dict[str, str] = {
    **_lex("killed", "killed dead died slain perished executed kill kills killing"),
    **_lex("wounded", "wounded injured hurt wounding injuring"),
    **_lex("casualties", "casualties"),
    **_lex("displaced", "displaced evacuated uprooted fled homeless displacing evacuating"),
    **_lex("prisoners", "captured detained arrested abducted kidnapped capturing detaining "
                        "arresting"),
}
_VERBS = frozenset(
    "killed kill kills killing wounded wounding injured injuring displaced displacing "
    "captured capturing detained detaining arrested arresting evacuated evacuating "
    "abducted kidnapped".split()
)
_AUX = frozenset(
    "were was are is have has had been being be reportedly allegedly also all already now "
    "later since confirmed reported believed feared thought said to presumed left "
    "officially".split()
)
_TOLL_FILLER = frozenset(
    "has had rose risen climbed reached stood stands stand at to of is was now increased "
    "jumped rises climbs reaches grew soared hit reportedly officially".split()
)
# Words that end the search for a unit noun after a number.
_STOP = frozenset(
    "the a an and or of in on at to for with by from were was are is be been have has had "
    "that which who whom whose this these those their its his her our your my per than as "
    "into onto over under after before during since until while when where if but not no "
    "days day weeks week months month years year hours hour minutes minute seconds decades "
    "km kilometres kilometers miles mile metres meters feet tonnes tons kg times points "
    "percent pct cent am pm".split()
)
_CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH", "¥": "JPY",
}
_CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "gbp": "GBP", "sterling": "GBP", "rubles": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rouble": "RUB", "rub": "RUB", "hryvnias": "UAH", "hryvnia": "UAH",
    "hryvnas": "UAH", "uah": "UAH", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY",
    "yen": "JPY", "jpy": "JPY",
}
# "pounds" is money only after a scale ("300 million pounds"), never "500 pounds of TNT".
_POUNDS = frozenset({"pounds", "pound"})
_CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "rub", "uah", "cny", "jpy"})

_SCALES = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
    "trillion": 10**12, "bn": 10**9, "mn": 10**6, "mln": 10**6, "tn": 10**12, "trn": 10**12,
}
_SUFFIX_SCALES = {"bn": 10**9, "mn": 10**6, "mln": 10**6, "tn": 10**12, "trn": 10**12,
                  "k": 1000, "m": 10**6, "b": 10**9}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Vague amounts: (words, smallest value); an "of" after them is taken too.
_VAGUE: list[tuple[tuple[str, ...], int]] = sorted(
    [
        (("tens", "of", "thousands"), 20_000),
        (("hundreds", "of", "thousands"), 200_000),
        (("tens", "of", "millions"), 20_000_000),
        (("hundreds", "of", "millions"), 200_000_000),
        (("tens", "of", "billions"), 20_000_000_000),
        (("hundreds", "of", "billions"), 200_000_000_000),
        (("dozens",), 24), (("scores",), 40), (("hundreds",), 200), (("thousands",), 2000),
        (("millions",), 2_000_000), (("billions",), 2_000_000_000),
        (("trillions",), 2_000_000_000_000),
        (("several", "dozen"), 36), (("several", "hundred"), 300),
        (("several", "thousand"), 3000), (("several", "million"), 3_000_000),
        (("several", "billion"), 3_000_000_000),
        (("a", "few", "dozen"), 24), (("a", "few", "hundred"), 200),
        (("a", "few", "thousand"), 2000), (("a", "few", "million"), 2_000_000),
        (("a", "few", "billion"), 2_000_000_000),
        (("many", "thousands"), 2000), (("many", "hundreds"), 200),
    ],
    key=lambda v: -len(v[0]),
)
_QUALIFIERS: list[tuple[tuple[str, ...], str]] = sorted(
    [(tuple(q.split()), kind) for kind, qs in {
        "low": ["at least", "more than", "over", "in excess of", "upwards of",
                "no fewer than", "no less than", "not less than", "a minimum of", "just over",
                "well over", "at minimum"],
        "high": ["up to", "as many as", "at most", "no more than", "fewer than", "less than",
                 "under", "just under", "a maximum of", "as much as", "not more than"],
        "approx": ["about", "around", "approximately", "roughly", "some", "nearly", "almost",
                   "close to", "an estimated", "estimated", "a total of", "a further",
                   "another", "an additional", "an extra", "circa", "approx", "a reported",
                   "a record", "only", "just"],
    }.items() for q in qs],
    key=lambda v: -len(v[0]),
)
_VAGUE_BY_FIRST: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _v in _VAGUE:
    _VAGUE_BY_FIRST.setdefault(_v[0][0], []).append(_v)
_QUALIFIERS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _q in _QUALIFIERS:
    _QUALIFIERS_BY_FIRST.setdefault(_q[0][0], []).append(_q)
_CAPTURE_VERBS = frozenset(
    "captured capturing detained detaining arrested arresting evacuated evacuating displaced "
    "displacing abducted kidnapped".split()
)  # these need a noun after the number ("captured 300 soldiers", not "captured two")
_YEAR_CONTEXT = frozenset(
    "in since by until till from during of before after early late mid spring summer autumn "
    "fall winter year".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_NOT_BEFORE_ONE = frozenset({"no", "any", "every", "each", "which", "this", "that", "the"})

_TOKEN = re.compile(
    r"(?P<cur>US\$|[$€£₽₴¥])"
    r"|(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suf>[A-Za-z]+)?(?![A-Za-z0-9])"
    r"|(?P<word>[A-Za-z][A-Za-z0-9]*(?:['’.\-][A-Za-z0-9]+)*)"
    r"|(?P<other>\w+)"
    r"|(?P<punct>\S)"
)


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # cur | num | word | other | punct
    text: str
    low: str
    start: int
    end: int
    suffix: str | None = None


@dataclass(slots=True)
class _Num:
    end: int  # token index after the number
    value: Decimal | None
    low: Decimal | None = None
    scaled: bool = False  # a scale word or suffix was applied


@dataclass(slots=True)
class _Parse:
    first: int
    last: int  # index of the last token in the quantity
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    currency: str | None
    noun: str | None  # unit from a noun
    status: str | None  # unit from a casualty word


def _tokenize(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        if m.group("num") is not None:
            suf = m.group("suf")
            toks.append(_Tok("num", m.group(0), m.group(0).lower(), m.start(), m.end(),
                             suf.lower() if suf else None))
        else:
            toks.append(_Tok(m.lastgroup or "punct", m.group(0), m.group(0).lower(), m.start(),
                             m.end()))
    return toks


# --- numbers -----------------------------------------------------------------------------


def _lows(toks: list[_Tok], i: int, n: int) -> tuple[str, ...]:
    return tuple(t.low for t in toks[i:i + n])


def _match_phrase(toks: list[_Tok], i: int, phrase: tuple[str, ...]) -> bool:
    return _lows(toks, i, len(phrase)) == phrase


def _adjacent(toks: list[_Tok], i: int) -> bool:
    """Token i+1 starts exactly where token i ends."""
    return i + 1 < len(toks) and toks[i].end == toks[i + 1].start


def _scale_words(toks: list[_Tok], k: int, value: Decimal) -> tuple[int, Decimal, bool]:
    scaled = False
    while k < len(toks) and toks[k].low in _SCALES:
        value *= _SCALES[toks[k].low]
        scaled = True
        k += 1
    return k, value, scaled


def _number(toks: list[_Tok], i: int) -> _Num | None:
    """A number phrase starting at token i (digits, number words, vague amounts)."""
    if i >= len(toks):
        return None
    t = toks[i]
    for words, low in _VAGUE_BY_FIRST.get(t.low, ()):
        if _match_phrase(toks, i, words):
            k = i + len(words)
            if k < len(toks) and toks[k].low == "of":
                k += 1
            return _Num(k, None, Decimal(low), True)
    if t.kind == "num":
        if t.suffix is not None and t.suffix not in _SUFFIX_SCALES:
            return None  # 3rd, 1990s, 2S19
        try:
            value = Decimal(t.text[: len(t.text) - len(t.suffix or "")].replace(",", ""))
        except InvalidOperation:
            return None
        scaled = t.suffix is not None
        if scaled:
            value *= _SUFFIX_SCALES[t.suffix]
        # compounds: "12-year-old", "300-strong" (a hyphen then a word, no spaces)
        if (_adjacent(toks, i) and toks[i + 1].text in ("-", "–") and i + 2 < len(toks)
                and toks[i + 2].kind == "word" and toks[i + 1].end == toks[i + 2].start):
            return None
        k, value, more = _scale_words(toks, i + 1, value)
        return _Num(k, value, None, scaled or more)
    return _word_number(toks, i)


def _word_value(low: str) -> int | None:
    if low in _WORD_NUMBERS:
        return _WORD_NUMBERS[low]
    if "-" in low:
        parts = low.split("-")
        if (len(parts) == 2 and parts[0] in _WORD_NUMBERS and parts[1] in _WORD_NUMBERS
                and _WORD_NUMBERS[parts[0]] >= 20 and _WORD_NUMBERS[parts[1]] < 10):
            return _WORD_NUMBERS[parts[0]] + _WORD_NUMBERS[parts[1]]
    return None


def _word_number(toks: list[_Tok], i: int) -> _Num | None:
    n = len(toks)
    low = toks[i].low
    if low == "half" and i + 2 < n and toks[i + 1].low in ("a", "an") and toks[i + 2].low in (
            "million", "billion", "trillion", "dozen"):
        mult = 12 if toks[i + 2].low == "dozen" else _SCALES[toks[i + 2].low]
        return _Num(i + 3, Decimal(mult) / 2, None, True)
    if low in ("a", "an"):
        if i + 1 < n and toks[i + 1].low in ("dozen", "hundred", "thousand", "million",
                                            "billion", "trillion"):
            start_value, k = 1, i + 1
        else:
            return None
    else:
        v = _word_value(low)
        if v is None:
            return None
        if v == 1 and low == "one" and i > 0 and toks[i - 1].low in _NOT_BEFORE_ONE:
            return None
        start_value, k = v, i + 1
    total, current, scaled = 0, start_value, False
    while k < n:
        w = toks[k].low
        if w == "dozen":
            current *= 12
            scaled = True
        elif w == "hundred":
            current *= 100
            scaled = True
        elif w in ("thousand", "million", "billion", "trillion"):
            total += current * _SCALES[w]
            current = 0
            scaled = True
        elif w == "and" and k + 1 < n and _word_value(toks[k + 1].low) is not None and scaled:
            k += 1
            continue
        else:
            v = _word_value(w)
            r = current % 100
            if v is None or not (r == 0 or (r % 10 == 0 and r >= 20 and v < 10)):
                break
            current += v
        k += 1
    return _Num(k, Decimal(total + current), None, scaled)


def _qualifier(toks: list[_Tok], i: int) -> tuple[int, str | None]:
    if i >= len(toks):
        return i, None
    for words, kind in _QUALIFIERS_BY_FIRST.get(toks[i].low, ()):
        if _match_phrase(toks, i, words):
            return i + len(words), kind
    return i, None


def _currency_before(toks: list[_Tok], k: int) -> tuple[int, str | None]:
    if k < len(toks):
        t = toks[k]
        if t.kind == "cur":
            return k + 1, _CURRENCY_SYMBOLS.get(t.low)
        if t.low in _CURRENCY_CODES and t.text.isupper():
            return k + 1, _CURRENCY_WORDS[t.low]
    return k, None


def _currency_after(toks: list[_Tok], k: int, scaled: bool) -> tuple[int, str | None]:
    if k >= len(toks):
        return k, None
    w = toks[k].low
    if w in ("us", "u.s") and k + 1 < len(toks) and toks[k + 1].low in ("dollars", "dollar"):
        return k + 2, "USD"
    if w in _CURRENCY_WORDS and (w not in _CURRENCY_CODES or toks[k].text.isupper()):
        return k + 1, _CURRENCY_WORDS[w]
    if w in _POUNDS and scaled:
        if k + 1 < len(toks) and toks[k + 1].low == "sterling":
            return k + 2, "GBP"
        return k + 1, "GBP"
    return k, None


def _is_percent(toks: list[_Tok], k: int) -> bool:
    if k >= len(toks):
        return False
    w = toks[k].low
    return (w in ("%", "percent", "pct", "percentage", "per-cent")
            or (w == "per" and k + 1 < len(toks) and toks[k + 1].low == "cent"))


def _not_a_count(toks: list[_Tok], i: int, num: _Num, has_currency: bool) -> bool:
    """Years, days of the month and clock times."""
    t = toks[i]
    if t.kind != "num" or num.scaled or has_currency:
        return False
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if prev in _MONTHS or nxt in _MONTHS:
        return True
    if i > 0 and prev in (",", ".") and toks[i - 1].end == t.start:  # "200,0000", "1.2.3"
        return True
    if nxt in (":", "a.m", "p.m", "am", "pm", "gmt", "utc") or prev == ":":
        return True
    if "," not in t.text and "." not in t.text and 1800 <= int(t.text) <= 2100:
        return prev in _YEAR_CONTEXT or nxt in (",", ".") or not nxt
    return False


def _amount(toks: list[_Tok], i: int) -> tuple[int, _Parse] | None:
    """Qualifier, range and currency around a number phrase at token i.

    Returns (index after the amount, partial parse without a unit)."""
    k, qual = _qualifier(toks, i)
    range_kw = toks[k].low if k < len(toks) and toks[k].low in ("between", "from") else None
    if range_kw:
        k += 1
    k, cur = _currency_before(toks, k)
    num_at = k
    n1 = _number(toks, k)
    if n1 is None:
        return None
    if _not_a_count(toks, num_at, n1, cur is not None):
        return None
    k = n1.end
    value, low, high = n1.value, n1.low, None
    if n1.value is not None and k + 1 < len(toks):
        conn = toks[k].low
        ok = {"between": ("and",), "from": ("to",)}.get(range_kw or "", ("to", "-", "–", "or"))
        dash_ok = _adjacent(toks, k - 1) and _adjacent(toks, k)  # "40-60", not "40 - 60"
        if conn in ok and (conn not in ("-", "–") or dash_ok):
            k2, cur2 = _currency_before(toks, k + 1)
            n2 = _number(toks, k2)
            if n2 is not None and n2.value is not None:
                v1 = n1.value
                if not n1.scaled and n2.scaled:
                    raw2 = _raw_value(toks, k2)
                    if raw2 is not None and raw2 and n2.value / raw2 > 1:
                        v1 = v1 * (n2.value / raw2)
                if v1 < n2.value:
                    value, low, high = v1, v1, n2.value
                    cur = cur or cur2
                    k = n2.end
                    n1 = _Num(k, v1, None, n1.scaled or n2.scaled)
    if qual == "low" and high is None and value is not None:
        low = value
    elif qual == "high" and high is None and value is not None:
        high = value
    if _is_percent(toks, k):
        return None
    k, cur_after = _currency_after(toks, k, n1.scaled)
    cur = cur or cur_after
    return k, _Parse(i, k - 1, value, low, high, cur, None, None)


def _raw_value(toks: list[_Tok], k: int) -> Decimal | None:
    """The digits of the number at token k, before any scale."""
    t = toks[k] if k < len(toks) else None
    if t is None:
        return None
    if t.kind == "num":
        try:
            return Decimal(t.text[: len(t.text) - len(t.suffix or "")].replace(",", ""))
        except InvalidOperation:
            return None
    v = _word_value(t.low)
    return Decimal(v) if v is not None else None


def _noun_unit(tok: _Tok) -> str | None:
    if tok.kind != "word":
        return None
    return _NOUNS.get(tok.low) or ("aircraft" if _AIRCRAFT_CODE.match(tok.low) else None)


def _unit_after(toks: list[_Tok], k: int, p: _Parse) -> None:
    """Find the unit noun and casualty words after the amount ending before token k."""
    n = len(toks)
    # a casualty word right after the number: "1,200 wounded", "12 dead"
    if k < n and toks[k].low in _STATUS and toks[k].low not in ("kill", "kills"):
        p.status, p.last = _STATUS[toks[k].low], k
        k += 1
        k = _or_status(toks, k, p)
    # modifiers, then a noun: "300,000 fresh troops", "50 Russian T-72 tanks"
    m = k
    while m < n and m < k + 4:
        t = toks[m]
        unit = _noun_unit(t)
        if unit:
            while m + 1 < n and _noun_unit(toks[m + 1]):  # "artillery shells"
                m += 1
                unit = _noun_unit(toks[m])
            p.noun, p.last = unit, m
            k = m + 1
            break
        if t.kind != "word" or t.low in _STOP or t.low in _VERBS:
            break
        if t.low in _STATUS:  # "2 million displaced people", "12 wounded soldiers"
            p.status = p.status or _STATUS[t.low]
        m += 1
    # "were killed", "have been wounded", "are confirmed dead"
    if p.noun in _PERSON_UNITS or (p.noun is None and p.status is None):
        m = k
        while m < n and m < k + 5 and toks[m].low in _AUX:
            m += 1
        if m < n and toks[m].low in _STATUS and toks[m].low not in ("kill", "kills"):
            p.status, p.last = _STATUS[toks[m].low], m
            _or_status(toks, m + 1, p)


def _or_status(toks: list[_Tok], k: int, p: _Parse) -> int:
    """"killed or wounded" -> casualties."""
    if (k + 1 < len(toks) and toks[k].low in ("or", "and") and toks[k + 1].low in _STATUS
            and _STATUS[toks[k + 1].low] != p.status
            and {p.status, _STATUS[toks[k + 1].low]} <= {"killed", "wounded"}):
        p.status, p.last = "casualties", k + 1
        return k + 2
    return k


def _unit(p: _Parse, verb_status: str | None = None) -> str | None:
    if p.currency:
        return "money"
    if p.noun and p.noun not in _PERSON_UNITS:
        return p.noun
    if verb_status:
        return verb_status
    if p.status:
        return p.status
    return p.noun


def _to_number(v: Decimal | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


def _build(
    text: str, toks: list[_Tok], first: int, p: _Parse, unit: str
) -> tuple[int, int, Quantity]:
    start, end = toks[first].start, toks[p.last].end
    q = Quantity(
        value=_to_number(p.value),
        unit=unit,
        text=text[start:end],
        low=_to_number(p.low),
        high=_to_number(p.high),
        currency=p.currency,
    )
    return start, end, q


def _at(text: str, toks: list[_Tok], i: int) -> tuple[int, tuple[int, int, Quantity]] | None:
    """A quantity starting at token i: (index after it, span)."""
    n = len(toks)
    tok = toks[i]
    low = tok.low
    if tok.kind not in ("num", "cur") and low not in _START_WORDS and _word_value(low) is None:
        return None
    # "the death toll rose to 39", "a casualty toll of 12"
    if low in ("death", "casualty") and i + 1 < n and toks[i + 1].low == "toll":
        k = i + 2
        while k < n and k < i + 8 and toks[k].low in _TOLL_FILLER:
            k += 1
        found = _amount(toks, k)
        if found:
            k2, p = found
            if not p.currency:
                _unit_after(toks, k2, p)
                unit = "killed" if low == "death" else "casualties"
                if p.noun and p.noun not in _PERSON_UNITS:
                    return None
                return p.last + 1, _build(text, toks, i, p, unit)
        return None
    # "killed at least 12 people", "wounding dozens"
    if low in _VERBS:
        found = _amount(toks, i + 1)
        if found:
            k2, p = found
            if not p.currency:
                _unit_after_verb(toks, k2, p)
                if p.noun is None and low in _CAPTURE_VERBS:
                    return None
                return p.last + 1, _build(text, toks, i, p, _unit(p, _STATUS[low]))
        return None
    found = _amount(toks, i)
    if not found:
        return None
    k2, p = found
    if not p.currency:
        _unit_after(toks, k2, p)
    unit = _unit(p)
    if unit is None:
        return None
    return p.last + 1, _build(text, toks, i, p, unit)


def _unit_after_verb(toks: list[_Tok], k: int, p: _Parse) -> None:
    """After "killed N": only a noun (the verb gives the casualty)."""
    n = len(toks)
    m = k
    while m < n and m < k + 4:
        unit = _noun_unit(toks[m])
        if unit:
            while m + 1 < n and _noun_unit(toks[m + 1]):
                m += 1
                unit = _noun_unit(toks[m])
            p.noun, p.last = unit, m
            return
        t = toks[m]
        if t.kind != "word" or t.low in _STOP or t.low in _VERBS or t.low in _STATUS:
            return
        m += 1


_START_WORDS = frozenset(
    set(_QUALIFIERS_BY_FIRST) | set(_VAGUE_BY_FIRST) | _VERBS | _CURRENCY_CODES
    | {"a", "an", "half", "between", "from", "death", "casualty"}
)


def find_quantity_spans(text: str) -> list[tuple[int, int, Quantity]]:
    """Quantities in TEXT as ``(start, end, Quantity)``, in text order, not overlapping;
    ``text[start:end] == quantity.text``."""
    if not text:
        return []
    toks = _tokenize(text)
    out: list[tuple[int, int, Quantity]] = []
    i = 0
    while i < len(toks):
        found = _at(text, toks, i)
        if found:
            nxt, span = found
            out.append(span)
            i = max(nxt, i + 1)
        else:
            i += 1
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in TEXT, in text order (see the module doc for units and values)."""
    return [q for _, _, q in find_quantity_spans(text)]
