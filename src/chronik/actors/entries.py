"""The records an actor dictionary is made of: dated roles, persons, groups and surface readings."""

from __future__ import annotations

from dataclasses import dataclass, field

OPEN_START = "0000-00-00"
OPEN_END = "9999-99-99"


def date_interval(value: str | None) -> tuple[str, str] | None:
    """An ISO date at day, month or year precision as the interval of days it covers."""
    if not value:
        return None
    value = str(value)
    if len(value) >= 10:
        return value[:10], value[:10]
    if len(value) == 7 and value[4] == "-" and value[5:7].isdigit():
        return value + "-01", value + "-31"
    if len(value) >= 4 and value[:4].isdigit():
        return value[:4] + "-01-01", value[:4] + "-12-31"
    return None


def split_code(code: str) -> tuple[str, str | None]:
    """``RUSGOV`` -> (``RUS``, ``GOV``); ``IGOUNO`` -> (``IGO``, ``UNO``); ``USA`` -> (``USA``, None)."""
    return code[:3], (code[3:] or None)


@dataclass(frozen=True)
class Role:
    """One office or status held over a period: ``code`` from ``start`` to ``end`` (ISO days)."""

    code: str
    title: str
    start: str | None
    end: str | None

    def overlaps(self, interval: tuple[str, str]) -> bool:
        return (self.start or OPEN_START) <= interval[1] and interval[0] <= (self.end or OPEN_END)

    @property
    def sector(self) -> str | None:
        return split_code(self.code)[1]


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    roles: tuple[Role, ...]
    gender: str | None = None
    context_only: bool = False
    after: str | None = None
    source: str = ""

    @property
    def home(self) -> str | None:
        """The person's own country: that of the first role held for a state."""
        for role in sorted(self.roles, key=lambda r: r.start or OPEN_START):
            country = split_code(role.code)[0]
            if country not in ("IGO", "NGO", "---"):
                return country
        return None


@dataclass(frozen=True)
class Group:
    """A named collective actor: an armed group, movement or party."""

    id: str
    name: str
    roles: tuple[Role, ...] = ()
    sector: str | None = None
    from_context: bool = False
    fallback: str | None = None
    source: str = ""


@dataclass(frozen=True)
class RoleNoun:
    """A role noun's meaning: ``sector``, whether one person holds it, whether it inherits its
    owner's code, and a fixed country for national institutions."""

    sector: str
    person: bool = False
    inherit: bool = False
    head: bool = False
    country: str | None = None
    key: str = ""
    anaphor: bool = False       # "das Land": refers back to a country named before
    owner_code: bool = False    # with an owner, its whole code ("Beamte des Außenministeriums"
                                # -> GOV); alone, the noun's own sector ("die Beamten" -> COP)
    or_context: tuple[str, ...] = ()   # other countries with the same institution (Austria's
                                       # "Bundesregierung"): the article's, when it is one
    state: str | None = None    # a description of a state already named ("das Regime", "die
                                # Führung", "das Nachbarland"): which earlier state it takes,
                                # "first" (of the nearest sentence: its subject) or "recent"
    determined: bool = False    # an actor only with a determiner or an owner: "die Führung",
                                # "die Führung Chinas"; not "in Führung gehen"
    anchored: bool = False      # an actor only with a country of its own ("syrische
                                # Zivilisten", "Menschen in Mali"); alone ("20 Menschen") none


@dataclass(frozen=True)
class Reading:
    """One meaning of a surface form.

    kind: ``place`` (country/region name), ``adj``, ``people`` (demonym), ``seat`` (capital or
    seat of government), ``igo``, ``group``, ``person`` (full name), ``short`` (a person's
    short form), ``role`` (role noun). ``ref`` is the code (places, igos), the id (persons,
    groups) or the role key; ``feats`` the gender/number features (m, f, n, pl).
    """

    kind: str
    ref: str
    case: str | None = None
    genitive: bool = False
    prefix: bool = False
    feats: frozenset[str] = field(default_factory=frozenset)
    role: RoleNoun | None = None
