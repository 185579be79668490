"""Files written whole or not at all: a reader (or a crash) never sees half an output file.

The data goes to a temporary file in the destination's own folder (so the final rename
stays on one file system), is flushed and fsync'ed, then renamed over the destination.
"""
from __future__ import annotations

import contextlib
import os
import pathlib
import tempfile
from collections.abc import Iterator
from typing import BinaryIO


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a binary file that replaces ``path`` when the ``with`` block ends without an
    exception; on an exception the destination is left as it was and the temporary removed."""
    target = pathlib.Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    """The process umask (mkstemp creates 0600 files; the output should get the usual mode)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
