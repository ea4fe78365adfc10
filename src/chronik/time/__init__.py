"""German temporal tagging: TIMEX3 expressions found by rules and normalized in two phases.

- :class:`TemporalTagger` — ``TemporalTagger.load().tag(text, dct, doc_type)`` → ``list[Timex]``
- :mod:`chronik.time.component` — the spaCy component ``chronik_timex`` (``doc.spans["timex"]``)
- :mod:`chronik.time.timeml` — TimeML reading and writing

The German knowledge lives in ``chronik/resources/de/time/`` (vocab, rules, tense cues).
"""

from __future__ import annotations

from chronik.time import component as _component  # noqa: F401  (registers chronik_timex)
from chronik.time.tagger import TemporalTagger

__all__ = ["TemporalTagger"]
