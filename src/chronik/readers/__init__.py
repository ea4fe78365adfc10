"""Readers turn input files into :class:`~chronik.model.Article` objects, one module a format.

:func:`read` takes paths (files, folders, globs, ``-`` for JSON Lines on stdin) and yields an
``Article`` or a :class:`ReadError` for each article, so one bad file never stops a batch.
"""

from __future__ import annotations

from chronik.readers.dispatch import expand_paths, read, read_file
from chronik.readers.errors import ReadError

__all__ = ["ReadError", "expand_paths", "read", "read_file"]
