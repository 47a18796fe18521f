"""Every exception detente raises, in one place.

Library code raises these; only the CLI (and later the API) turns them into
user-facing one-line messages. Each message names the input and says what to do.

    DetenteError
    ├── InputError                 an input cannot be read as an article
    │   ├── InputNotFound          the path does not exist
    │   ├── EmptyInput             no text at all
    │   ├── BinaryInput            looks like a binary file (NUL bytes, images, archives)
    │   ├── InputTooLarge          over the `max_input_bytes` setting
    │   │   └── BudgetExceeded     its extraction ran past the `article_time_budget` setting
    │   ├── UndecodableInput       neither UTF-8, UTF-8 with BOM nor cp1252
    │   ├── InvalidText            a text with lone surrogates (a JSON body can carry them)
    │   ├── MalformedRecord        one JSONL line is not a JSON object with a text
    │   ├── MalformedFeed          an RSS/Atom file feedparser cannot use
    │   ├── MalformedHTML          an HTML page without extractable main text
    │   ├── BadMetadata            a bad --published date or a broken sidecar .meta.json
    │   └── FetchError             a URL cannot be fetched (network error, HTTP status, timeout)
    │       └── URLRefused         not http(s), or a private/loopback/link-local address
    │                              without --allow-private
    ├── ConfigError                a setting or option has an invalid value
    │   └── QueryError             a query or export option names an unknown type,
    │                              modality or format, or a date that cannot be read
    ├── StoreError                 the store cannot be opened, migrated or written
    ├── ExportError                `detente export` cannot write its output (OUT)
    ├── ModelNotAvailable          no usable spaCy model is installed
    ├── KnowledgeBaseError         a built-in or user actor file is malformed
    └── EvalError                  a gold or prediction file cannot be scored
        └── GoldFormatError        a gold record breaks ../shared/gold/FORMAT.md
"""

from __future__ import annotations

__all__ = [
    "BadMetadata",
    "BinaryInput",
    "BudgetExceeded",
    "ConfigError",
    "DetenteError",
    "EmptyInput",
    "EvalError",
    "ExportError",
    "FetchError",
    "GoldFormatError",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "InvalidText",
    "KnowledgeBaseError",
    "MalformedFeed",
    "MalformedHTML",
    "MalformedRecord",
    "ModelNotAvailable",
    "QueryError",
    "StoreError",
    "URLRefused",
    "UndecodableInput",
]


class DetenteError(Exception):
    "Base class of every error detente raises on purpose."


class InputError(DetenteError):
    "An input cannot be read as an article."

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


class InputNotFound(InputError):
    "The path does not exist."


class EmptyInput(InputError):
    "The input has no text."


class BinaryInput(InputError):
    "The input looks like a binary file."


class InputTooLarge(InputError):
    "The input is larger than the max_input_bytes setting."


class BudgetExceeded(InputTooLarge):
    """Extracting the article took longer than the article_time_budget setting: the article
    was stopped (an API answers it as too large: 413, or 422)."""

    def __init__(self, source: str, message: str, seconds: float = 0.0, budget: float = 0.0) -> None:
        self.seconds = seconds
        self.budget = budget
        super().__init__(source, message)


class UndecodableInput(InputError):
    "The bytes decode neither as UTF-8 nor as cp1252."


class InvalidText(InputError):
    "A text that is not valid Unicode: it holds lone surrogate code points."


class MalformedRecord(InputError):
    "A JSONL line is not a JSON object with a text field."


class MalformedFeed(InputError):
    "An RSS or Atom file that feedparser cannot use."


class MalformedHTML(InputError):
    "An HTML page with no extractable main text."


class BadMetadata(InputError):
    "A metadata value (date, sidecar file) is invalid."


class FetchError(InputError):
    "A URL cannot be fetched: network error, HTTP error status, timeout."


class URLRefused(FetchError):
    "A URL that is not http(s), or whose host is a private, loopback or link-local address."


class ConfigError(DetenteError):
    "A setting or option has an invalid value."


class QueryError(ConfigError):
    "A query or export option has an invalid value (type, modality, date, format)."


class StoreError(DetenteError):
    "The store cannot be opened, migrated or written."


class ExportError(DetenteError):
    "An export cannot be written where it was asked to go."


class ModelNotAvailable(DetenteError):
    "No usable spaCy model is installed."


class KnowledgeBaseError(DetenteError):
    "A built-in or user-supplied actor file is malformed."


class EvalError(DetenteError):
    "A gold or prediction file cannot be scored."


class GoldFormatError(EvalError):
    "A gold record breaks the gold format."
