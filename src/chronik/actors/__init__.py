"""Actors: who acts in a German news text, coded CAMEO-style (``RUSGOV``, ``IGOUNO``).

Public API::

    from chronik.actors import ActorDictionary, code_mentions

    actors = ActorDictionary.load()               # shipped data + $CHRONIK_ACTORS_DIR
    actors.lookup("Lawrow", "2018-06-01")          # -> [ActorMention(code="RUSGOV", ...)]
    spans = code_mentions(doc, actors)              # spans with span._.actor

In a pipeline, add the spaCy component ``"chronik_actors"`` (importing this package registers
it); it writes ``doc.spans["actors"]``.
"""

from chronik.actors import component as _component  # noqa: F401  (registers the factory)
from chronik.actors.coder import SPAN_KEY, code_doc, code_mentions, code_text
from chronik.actors.dictionary import ActorDictionary, DictionaryError

__all__ = ["SPAN_KEY", "ActorDictionary", "DictionaryError", "code_doc", "code_mentions",
           "code_text"]
