"""Event coding: German triggers -> CAMEO/PLOVER events with roles, mode, date and evidence.

Public API: :func:`load_resources` (the compiled dictionaries), :func:`code_doc` (events of a
Doc), and the spaCy component ``chronik_events`` (registered when ``chronik.events.component``
is imported).
"""

from chronik.events.coder import code_doc
from chronik.events.resources import EventResources, load_resources

__all__ = ["EventResources", "code_doc", "load_resources"]
