"""readout's exceptions: one tree, each class with a stable code.

    ReadoutError                      (code)
     ├── InputError                   bad input; recorded as a Failure, the batch goes on
     │    ├── NotFoundError           not-found
     │    ├── UnreadableError         unreadable        (permissions, a directory loop, ...)
     │    ├── EmptyInputError         empty
     │    ├── BinaryInputError        binary
     │    ├── EncodingError           encoding
     │    ├── TooLargeError           too-large
     │    ├── UnsupportedFormatError  unsupported-format
     │    ├── MalformedInputError     malformed         (HTML with no text, a broken JSON line)
     │    ├── NotEnglishError         not-english
     │    └── FetchError              fetch-failed      (a URL could not be fetched)
     │         └── RobotsDisallowedError  robots-disallowed
     ├── StageError                   a stage failed on one document; recorded, the batch goes on
     ├── StoreError                   the database cannot be opened or written
     ├── ModelError                   the spaCy pipeline is not installed
     ├── MissingExtraError            an optional part (`readout[spark]`, `[postgres]`) is not
     │                                installed
     ├── SettingsError                a setting has a bad value
     └── UsageError                   a command was called wrongly (bad date, unknown id)

Messages say what happened and what to do. The CLI prints `str(error)` on one line and
exits with the class's `exit_code`; nothing below the CLI prints.
"""

from __future__ import annotations


class ReadoutError(Exception):
    code = "error"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(ReadoutError):
    code = "bad-input"
    exit_code = 3

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class NotFoundError(InputError):
    code = "not-found"


class UnreadableError(InputError):
    code = "unreadable"


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class TooLargeError(InputError):
    code = "too-large"


class UnsupportedFormatError(InputError):
    code = "unsupported-format"


class MalformedInputError(InputError):
    code = "malformed"


class NotEnglishError(InputError):
    code = "not-english"


class FetchError(InputError):
    """A URL could not be fetched. `transient` when trying again later may work (a network
    error, a 5xx or 429 answer after all retries)."""

    code = "fetch-failed"

    def __init__(self, path: str, message: str, transient: bool = False) -> None:
        super().__init__(path, message)
        self.transient = transient


class RobotsDisallowedError(FetchError):
    code = "robots-disallowed"


class StageError(ReadoutError):
    code = "stage-failed"
    exit_code = 3

    def __init__(self, path: str, stage: str, message: str) -> None:
        super().__init__(f"{path}: {stage} failed: {message}")
        self.path = path
        self.stage = stage


class StoreError(ReadoutError):
    code = "store"
    exit_code = 4


class ModelError(ReadoutError):
    code = "model-missing"
    exit_code = 5


class MissingExtraError(ReadoutError):
    code = "missing-extra"
    exit_code = 5


class SettingsError(ReadoutError):
    code = "settings"
    exit_code = 2


class UsageError(ReadoutError):
    code = "usage"
    exit_code = 2
