"""Registers chronik's spaCy components for ``spacy train --code code.py`` (see Makefile)."""

import chronik.language.component  # noqa: F401
