"""The store's tables (SQLAlchemy 2 Core), one row per contract item.

Every entity of an article's extract (``../shared/contract/extract-json.md``) gets a table
whose primary key is ``(article_id, id)``: ``id`` is the contract's per-article id
(``a1``, ``p1``, ``q1``, ``e1``, ``s1``), so the same id means the same thing in the JSON
and in SQL. ``articles.id`` is the content hash of the text (``models.content_id``), so
``article_id`` identifies an article across sources and runs. Child rows belong to their
article: the foreign keys to ``articles`` cascade on delete, and ``--reprocess`` replaces an
article's rows in one transaction.

References *between* entities of one article (an event's attribution, a stance's actor, a
quote's speaker) are logical references, not foreign keys: join on ``article_id`` and the
id, e.g. ``events JOIN attributions ON (a.article_id, a.id) = (e.article_id,
e.attribution_id)``. A stage that emits a dangling id then costs a NULL in a join instead of
the whole article.

Conventions:

* Spans are three columns ``<name>_start``, ``<name>_end`` (character offsets into
  ``articles.text``, end exclusive) and ``<name>_text`` (the slice).
* Dates as the contract gives them are ``date_value`` (ISO, as precise as known: ``2022``,
  ``2022-11``, ``2022-11-09``), ``date_precision`` (day|week|month|season|year) and
  ``date_text``; ``date_start``/``date_end`` (SQL dates) are the first and last day of
  that period, for range queries (``--since``/``--until``) and sorting.
* ``seq`` is the item's position in the contract's list (0-based): order by it to get
  the JSON order back.
* ``extra`` (JSON, usually NULL) keeps contract fields that have no column yet, so an
  article's extract can be rebuilt exactly (``Store.extract(article_id)``).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)
from sqlalchemy import JSON as _JSON

__all__ = [
    "actor_mentions",
    "actors",
    "articles",
    "attributions",
    "event_actors",
    "event_codes",
    "events",
    "failures",
    "metadata",
    "place_mentions",
    "places",
    "runs",
    "stances",
    "ARTICLE_TABLES",
]

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

JSON = _JSON(none_as_null=True)  # Python None is SQL NULL, not the JSON value null
ID = String  # contract ids (a1, e12, ...) and short codes
HASH = String(16)  # models.content_id


def _article_fk() -> Column:
    return Column(
        "article_id",
        HASH,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        doc="articles.id: the content hash of the article's text",
    )


def _span(name: str, nullable: bool = False) -> list[Column]:
    return [
        Column(f"{name}_start", Integer, nullable=nullable),
        Column(f"{name}_end", Integer, nullable=nullable),
        Column(f"{name}_text", Text, nullable=nullable),
    ]


def _date() -> list[Column]:
    return [
        Column("date_value", String, doc="ISO, as precise as known: 2022, 2022-11, 2022-11-09"),
        Column("date_precision", String, doc="day | week | month | season | year"),
        Column("date_text", Text, doc="the words that gave the date"),
        Column("date_start", Date, doc="first day of the period date_value names"),
        Column("date_end", Date, doc="last day of that period"),
    ]


# --------------------------------------------------------------------------- runs

runs = Table(
    "runs",
    metadata,
    Column("id", String(32), primary_key=True, doc="uuid4 hex"),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False, doc="running | done | interrupted | failed"),
    Column("detente_version", String(32), nullable=False),
    Column("schema_version", String, nullable=False, doc="the extract contract's version"),
    Column("model_name", String, doc="spaCy model, e.g. en_core_web_md"),
    Column("model_version", String),
    Column("spacy_version", String),
    Column("engine", String(16), doc="local | dask"),
    Column("workers", Integer),
    Column("reprocess", Boolean, nullable=False, default=False),
    Column("host", String),
    Column("inputs", JSON, doc="the inputs as given on the command line"),
    Column("settings", JSON, doc="every detente setting's value for this run"),
    Column("n_read", Integer, nullable=False, default=0, doc="articles read"),
    Column("n_new", Integer, nullable=False, default=0, doc="articles stored for the first time"),
    Column("n_replaced", Integer, nullable=False, default=0, doc="articles reprocessed"),
    Column("n_skipped", Integer, nullable=False, default=0, doc="articles already stored"),
    Column("n_failed", Integer, nullable=False, default=0, doc="failures recorded"),
    Column("n_actors", Integer, nullable=False, default=0),
    Column("n_places", Integer, nullable=False, default=0),
    Column("n_attributions", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_stances", Integer, nullable=False, default=0),
)

# --------------------------------------------------------------------------- articles

articles = Table(
    "articles",
    metadata,
    Column("id", HASH, primary_key=True, doc="content hash of text (models.content_id)"),
    Column("source_id", Text, doc="the id the input gave (JSONL id), else the hash"),
    Column("url", Text, unique=True, doc="unique when given"),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("published", Date),
    Column("source", Text, doc="where it was read from: path, path:line, URL, feed#entry-N"),
    Column("text", Text, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("schema_version", String, nullable=False),
    Column("detente_version", String(32), nullable=False),
    Column("processed_at", DateTime(timezone=True), nullable=False),
    Column("run_id", String(32), ForeignKey("runs.id"), nullable=False),
    Column("extra", JSON),
    Index(None, "outlet", "published"),
    Index(None, "published"),
    Index(None, "run_id"),
)

# --------------------------------------------------------------------------- actors

actors = Table(
    "actors",
    metadata,
    _article_fk(),
    Column("id", ID, nullable=False, doc="a1, a2, ... within the article"),
    Column("seq", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("code", String, doc="COUNTRY[.SECTOR], NULL when unknown"),
    Column("country", String),
    Column("kind", String, doc="person | organization | country | group | outlet"),
    Column("anonymous", Boolean, nullable=False),
    Column("extra", JSON),
    PrimaryKeyConstraint("article_id", "id"),
    Index(None, "code"),
    Index(None, "name"),
    Index(None, "country"),
)

actor_mentions = Table(
    "actor_mentions",
    metadata,
    Column("article_id", HASH, nullable=False),
    Column("actor_id", ID, nullable=False),
    Column("seq", Integer, nullable=False),
    *_span("mention"),
    PrimaryKeyConstraint("article_id", "actor_id", "seq"),
    ForeignKeyConstraint(["article_id", "actor_id"], ["actors.article_id", "actors.id"],
                         ondelete="CASCADE"),
)

# --------------------------------------------------------------------------- places

places = Table(
    "places",
    metadata,
    _article_fk(),
    Column("id", ID, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String, doc="ISO alpha-3"),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("feature", String, doc="country | city | region"),
    Column("extra", JSON),
    PrimaryKeyConstraint("article_id", "id"),
    Index(None, "geonameid"),
    Index(None, "country"),
    Index(None, "name"),
)

place_mentions = Table(
    "place_mentions",
    metadata,
    Column("article_id", HASH, nullable=False),
    Column("place_id", ID, nullable=False),
    Column("seq", Integer, nullable=False),
    *_span("mention"),
    PrimaryKeyConstraint("article_id", "place_id", "seq"),
    ForeignKeyConstraint(["article_id", "place_id"], ["places.article_id", "places.id"],
                         ondelete="CASCADE"),
)

# --------------------------------------------------------------------------- attributions

attributions = Table(
    "attributions",
    metadata,
    _article_fk(),
    Column("id", ID, nullable=False, doc="q1, q2, ..."),
    Column("seq", Integer, nullable=False),
    Column("speaker_id", ID, doc="actors.id of the resolved speaker"),
    Column("speaker_name", Text),
    Column("speaker_code", String),
    Column("anonymous", Boolean, nullable=False),
    Column("kind", String, doc="direct | indirect | mixed"),
    *_span("source_mention", nullable=True),
    *_span("cue", nullable=True),
    *_span("content"),
    Column("via", JSON, doc="reporting chain, actor ids, nearest first"),
    Column("via_names", JSON, doc="the same chain as names"),
    Column("extra", JSON),
    PrimaryKeyConstraint("article_id", "id"),
    Index(None, "speaker_code"),
    Index(None, "speaker_name"),
    Index(None, "anonymous"),
)

# --------------------------------------------------------------------------- events

events = Table(
    "events",
    metadata,
    _article_fk(),
    Column("id", ID, nullable=False, doc="e1, e2, ..."),
    Column("seq", Integer, nullable=False),
    Column("type", String, nullable=False, doc="PLOVER category"),
    Column("mode", String, doc="PLOVER mode"),
    Column("modality", String, doc="asserted | negated | future | hypothetical"),
    Column("condition_id", ID, doc="events.id of the event this one depends on"),
    Column("attribution_id", ID, doc="attributions.id whose content holds the event"),
    *_date(),
    Column("location_place_id", ID, doc="places.id of the location (same name and geonameid)"),
    Column("location_name", Text),
    Column("location_country", String),
    Column("location_lat", Float),
    Column("location_lon", Float),
    Column("location_geonameid", Integer),
    Column("quantities", JSON, doc="list of {value, unit, text[, low, high, currency]}"),
    *_span("trigger"),
    *_span("evidence"),
    Column("confidence", Float),
    Column("cameo", String, doc="CAMEO code from the crosswalk"),
    Column("extra", JSON),
    PrimaryKeyConstraint("article_id", "id"),
    Index(None, "type"),
    Index(None, "modality"),
    Index(None, "date_start"),
    Index(None, "cameo"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("article_id", HASH, nullable=False),
    Column("event_id", ID, nullable=False),
    Column("role", String, nullable=False, doc="source | target"),
    Column("seq", Integer, nullable=False),
    Column("actor_id", ID, nullable=False, doc="actors.id"),
    PrimaryKeyConstraint("article_id", "event_id", "role", "seq"),
    ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.id"],
                         ondelete="CASCADE"),
    Index(None, "article_id", "actor_id"),
)

event_codes = Table(
    "event_codes",
    metadata,
    Column("article_id", HASH, nullable=False),
    Column("event_id", ID, nullable=False),
    Column("role", String, nullable=False, doc="source | target"),
    Column("seq", Integer, nullable=False),
    Column("code", String, nullable=False, doc="COUNTRY[.SECTOR] as the event codes it"),
    PrimaryKeyConstraint("article_id", "event_id", "role", "seq"),
    ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.id"],
                         ondelete="CASCADE"),
    Index(None, "code", "role"),
)

# --------------------------------------------------------------------------- stances

stances = Table(
    "stances",
    metadata,
    _article_fk(),
    Column("id", ID, nullable=False, doc="s1, s2, ..."),
    Column("seq", Integer, nullable=False),
    Column("actor_id", ID, doc="actors.id"),
    Column("actor_code", String),
    Column("topic", String),
    Column("position", String, doc="open | conditional | opposed | neutral"),
    Column("conditions", JSON, doc="list of spans"),
    *_span("evidence"),
    Column("attribution_id", ID),
    *_date(),
    Column("extra", JSON),
    PrimaryKeyConstraint("article_id", "id"),
    Index(None, "actor_code", "date_start"),
    Index(None, "date_start"),
    Index(None, "topic", "position"),
)

# --------------------------------------------------------------------------- failures

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), ForeignKey("runs.id"), nullable=False),
    Column("input", Text, nullable=False, doc="path, path:line, URL, feed#entry-N"),
    Column("stage", String(16), nullable=False, doc="read | fetch | extract | store"),
    Column("error", String, nullable=False, doc="exception class, e.g. InputTooLarge"),
    Column("reason", Text, nullable=False, doc="the one-line message"),
    Column("article_id", HASH, doc="content hash, when the text was read"),
    Column("at", DateTime(timezone=True), nullable=False),
    Index(None, "run_id"),
    Index(None, "input"),
)

# Tables holding one article's rows, children first (the order to delete them in).
ARTICLE_TABLES: tuple[Table, ...] = (
    actor_mentions, place_mentions, event_actors, event_codes,
    stances, events, attributions, places, actors,
)
