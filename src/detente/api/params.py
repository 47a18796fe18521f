"""Query parameters the endpoints share: the CLI's filters, pages, output formats.

Filters are checked with the query layer's own functions (``query.common``), one
parameter at a time, so that a bad value answers 400 naming the parameter. Empty values
(``?actor=``, as HTML forms send them) count as not given (``middleware.DropEmptyParams``
removes them; blank text values are dropped here); a value with a NUL character is
refused (no database stores one).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Literal

from fastapi import Query, Request

from ..errors import QueryError
from ..query.common import check_modalities, check_types, parse_period, split_values
from .errors import ApiError, api_words

__all__ = ["EventFilters", "Format", "Page", "QuoteFilters", "checked", "event_filters",
           "page_params", "period", "quote_filters", "text"]

Format = Literal["json", "csv", "jsonl"]
MAX_TEXT = 500  # characters of a filter value
MAX_PAGE = 1_000_000


def checked(parameter: str, check: Callable[..., Any], *args: Any) -> Any:
    """CHECK(*ARGS), a ``QueryError`` turned into a 400 that names PARAMETER."""
    try:
        return check(*args)
    except QueryError as exc:
        message = api_words(str(exc))
        if not message.startswith(parameter):
            message = f"{parameter}: {message}"
        raise ApiError(400, message, parameter) from None


def text(parameter: str, value: str | None) -> str | None:
    """VALUE stripped, None when empty; 400 when it holds a NUL or is over MAX_TEXT."""
    if value is None:
        return None
    if "\x00" in value:
        raise ApiError(400, f"{parameter}: contains a NUL character; remove it", parameter)
    if len(value) > MAX_TEXT:
        raise ApiError(400, f"{parameter}: {len(value):,} characters, over {MAX_TEXT}; "
                            "shorten it", parameter)
    return value.strip() or None


def _values(parameter: str, values: list[str] | None) -> list[str]:
    return split_values([v for v in (text(parameter, x) for x in values or []) if v])


def period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    since, until = text("since", since), text("until", until)
    checked("since", parse_period, since, None)
    checked("until", parse_period, None, until)
    checked("since", parse_period, since, until)
    return since, until


# --------------------------------------------------------------------------- events


@dataclass
class EventFilters:
    """The filters of ``find_events`` (``detente events``), checked."""

    actor: str | None = None
    role: str | None = None
    type: list[str] = field(default_factory=list)
    modality: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    min_confidence: float | None = None

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``find_events``, ``count_events`` and ``query.stats``."""
        return {k: (v or None) if isinstance(v, list) else v for k, v in asdict(self).items()}

    def query(self) -> dict[str, Any]:
        """The filters as URL query parameters (lists repeated), for links."""
        return {k: v for k, v in asdict(self).items() if v not in (None, [], "")}


ACTOR_HELP = ("A source or target: a code (RUS matches RUS and RUS.GOV) or part of a name "
              "(case-insensitive).")


def event_filters(
    actor: str | None = Query(None, description=ACTOR_HELP),
    role: Literal["source", "target"] | None = Query(
        None, description="With actor: only as source, or only as target."),
    type: list[str] | None = Query(  # noqa: A002 - the CLI's name
        None, description="PLOVER type (ASSAULT, CONSULT, ...); repeat or comma-separate."),
    modality: list[str] | None = Query(
        None, description="asserted, negated, future or hypothetical; repeat for several."),
    since: str | None = Query(None, description="From this date on: YYYY-MM-DD, YYYY-MM or "
                                                "YYYY (the event's period overlaps)."),
    until: str | None = Query(None, description="Up to this date (same forms)."),
    outlet: str | None = Query(None, description="Part of the outlet's name."),
    min_confidence: float | None = Query(None, ge=0, le=1, allow_inf_nan=False,
                                         description="Only events with confidence >= this."),
) -> EventFilters:
    since, until = period(since, until)
    return EventFilters(
        actor=text("actor", actor), role=role,
        type=checked("type", check_types, _values("type", type)),
        modality=checked("modality", check_modalities, _values("modality", modality)),
        since=since, until=until, outlet=text("outlet", outlet),
        min_confidence=min_confidence)


# --------------------------------------------------------------------------- quotes


@dataclass
class QuoteFilters:
    """The filters of ``find_quotes`` (``detente quotes``), checked."""

    speaker: str | None = None
    anonymous: bool | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None

    def kwargs(self) -> dict[str, Any]:
        return asdict(self)

    def query(self) -> dict[str, Any]:
        return {k: ("true" if v is True else "false" if v is False else v)
                for k, v in asdict(self).items() if v is not None}


def quote_filters(
    speaker: str | None = Query(None, description="A speaker code (RUS matches RUS.GOV) or "
                                                  "part of the speaker's name."),
    anonymous: bool | None = Query(None, description="true: anonymous sources only; false: "
                                                     "named ones only."),
    outlet: str | None = Query(None, description="Part of the outlet's name."),
    since: str | None = Query(None, description="Published on or after (YYYY[-MM[-DD]])."),
    until: str | None = Query(None, description="Published on or before (same forms)."),
) -> QuoteFilters:
    since, until = period(since, until)
    return QuoteFilters(speaker=text("speaker", speaker), anonymous=anonymous,
                        outlet=text("outlet", outlet), since=since, until=until)


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Page:
    """Page NUMBER (1-based) of SIZE rows; EXPLICIT when the request chose the size."""

    number: int
    size: int
    explicit: bool

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def page_params(
    request: Request,
    page: int = Query(1, ge=1, le=MAX_PAGE, description="Page number, from 1."),
    per_page: int | None = Query(None, ge=1, description="Rows per page (default: the "
                                                         "page_size setting)."),
) -> Page:
    config = request.app.state.config
    if per_page is not None and per_page > config.max_page_size:
        raise ApiError(400, f"per_page: {per_page:,} is over the limit of "
                            f"{config.max_page_size:,} (setting max_page_size); ask for "
                            "fewer rows per page", "per_page")
    return Page(page, per_page or config.page_size, per_page is not None)
