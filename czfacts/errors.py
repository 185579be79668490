"""The exceptions czfacts raises, all under one root so callers can catch it once.

    CzfactsError
     ├── InputError         the input cannot be read as text (binary, unknown encoding, too large),
     │                      or an argument is malformed (a date that is not YYYY-MM-DD); also a ValueError
     ├── GoldError          a gold file is malformed (bad offsets, unknown unit/kind, missing fields)
     └── LexiconError       a data file in czfacts/data is malformed

    IncompleteExtraction    (a warning) a stage failed on one document: its facts lack what the stage reads
"""


class CzfactsError(Exception):
    """Root of every error czfacts raises on purpose."""


class InputError(CzfactsError, ValueError):
    """The input is not text czfacts can read, or an option is malformed (a date that is not YYYY-MM-DD)."""


class GoldError(CzfactsError):
    """A gold annotation file breaks the format of SPEC §6."""


class LexiconError(CzfactsError):
    """A lexicon data file is malformed."""


class IncompleteExtraction(UserWarning):
    """A stage of the pipeline failed on one document (a bug czfacts should not have): the other
    stages ran, and its facts lack only what that stage reads (their periods, subjects…).
    Set CZFACTS_DEBUG=1 to have the error raised instead."""
