"""Workplace: the commune (`city`), its département (`department`) and `postal_code`.

A posting may name many places: the workplace, the head office, the address to apply to, the
towns where the organisation works. The sources below state a place with more or less
authority, and the most trustworthy one wins (rank 1 first, then the earliest in the text):

1. a location field: "Lieu de travail : 93 - ST DENIS", "Ville : Échirolles", "Localisation …";
2. a sentence about the job: "Poste basé à Amiens", "au sein de notre établissement de Lyon",
   "vous interviendrez dans toute la Somme" (see `place_areas`);
3. a job board's layout or an anchored name: "Chargé de projet - Lille", a line "Nantes",
   a header's part "CDD · 18 mois · Corte", "93200 Saint-Denis", "Castelnau-le-Lez (34)",
   "Paris, France", "15 rue d'Orchies - SAINT-AMAND-LES-EAUX";
4. where the organisation is ("L'association, basée à Nantes, …", the address of its
   letterhead or footer), or the establishment that hires ("Le foyer, qui accueille 40
   adultes à Vierzon, recrute …");
5. its head office ("Siège social : …");
6. the commune the text keeps naming, or the département it names ("en Haute-Loire").

A job board's list of other offers ("Offres similaires", "Vous aimerez aussi") and a
newsletter's teasers of other offers (by their headings, or by their shape: see
`place_teasers`) are not read: their places are other jobs' (see `place_other_offers`).

A commune is returned with its official name ("Paris" for "Paris 11e"); homonyms are told apart
by a postal code or a département next to them, else by the départements and régions the
posting names elsewhere, else the most populous wins. A short or former name ("Évry",
"Charleville", "Olonne-sur-Mer") stands for the commune a code beside it, the context or its
sheer size designates (see `place_short_forms`). "Toute la Creuse" is the département, not
the hamlet La Creuse; "St Quentin en Yvelines" the Yvelines, where no Saint-Quentin lies;
"REAL" heading a page or in brackets is an organisation's initials, not the village Réal. A
région alone gives nothing. A département stated with more authority than a commune wins
over it: "Le poste est basé dans le Gers" under an Auch letterhead gives the Gers alone.

A place abroad stated with more authority than any French one gives no département, and as
city the foreign town a location field names, as written ("Localisation Sénégal - Dakar").
A mission abroad (VSI, expatriation) ignores where the organisation is (ranks 4-6); a fully
remote job keeps only a place stated for the job itself (ranks 1-2).
"""

from __future__ import annotations

from collections.abc import Mapping

from postings import geo
from postings.extract.place_areas import area_reads
from postings.extract.place_fields import field_reads
from postings.extract.place_layout import layout_reads
from postings.extract.place_mentions import (
    department_reads,
    hiring_reads,
    is_fully_remote,
    is_mission_abroad,
    mention_reads,
    named_departments,
    town_departments,
)
from postings.extract.place_other_offers import without_other_offers
from postings.extract.place_phrases import anchored_reads, phrase_reads
from postings.extract.place_read import Read
from postings.extract.place_short_forms import confirmable, dominant, exact_homonyms
from postings.extract.text import Doc, Found

Ranked = tuple[int, Read]
# The ranks of the module docstring: up to _JOB_RANK the job's own place, up to _LAYOUT_RANK
# what a layout or an anchored name says, from _ORGANISATION_RANK the organisation's.
_JOB_RANK = 2
_LAYOUT_RANK = 3
_ORGANISATION_RANK = 4
_LAST_RESORT_RANK = 6


def extract_place(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `city` (official commune name), `department` (INSEE code), `postal_code` (5 digits).

    Any of them may be missing. Never raises on text; reads only `doc`.
    """
    doc = without_other_offers(doc)
    ranked = field_reads(doc) + phrase_reads(doc) + layout_reads(doc) + anchored_reads(doc)
    ranked += hiring_reads(doc) + area_reads(doc)
    if not any(read.communes and rank < _LAST_RESORT_RANK for rank, read in ranked):
        ranked += mention_reads(doc)
    if not any(read.communes or read.department for _, read in ranked):
        ranked += department_reads(doc)
    ranked.sort(key=lambda item: (item[0], item[1].start))
    french = [item for item in ranked if item[1].communes or item[1].department]
    abroad = [item for item in ranked if item[1].abroad]
    if abroad and (not french or abroad[0][0] < french[0][0]):
        return _abroad(ranked, abroad[0][0])
    if not french or (french[0][0] >= _ORGANISATION_RANK and is_mission_abroad(doc)):
        return {}
    if french[0][0] > _JOB_RANK and is_fully_remote(doc):
        return {}  # a remote job: the organisation's address is not a workplace
    return _in_france(doc, ranked, french)


def _abroad(ranked: list[Ranked], rank: int) -> dict[str, Found]:
    """A workplace abroad: the foreign city a location field names, as written, if any."""
    for item_rank, read in ranked:
        if item_rank == rank and read.unknown:
            return {"city": Found(read.unknown, read.start, read.end)}
    return {}


def _in_france(doc: Doc, ranked: list[Ranked], french: list[Ranked]) -> dict[str, Found]:
    """The best commune with its département, unless a better-ranked département disagrees."""
    with_commune = [item for item in french if item[1].communes]
    department_only = [item for item in french if not item[1].communes]
    for rank, read in with_commune:
        commune = _pick(doc, rank, read, ranked)
        if commune is None:
            continue  # a short form no context confirms ("La Teste" with nothing in Gironde)
        if not department_only or _commune_wins(rank, commune, department_only[0]):
            return _commune_fields(doc, ranked, read, commune)
        break
    if not department_only:
        return {}
    rank, read = department_only[0]
    fields = {"department": Found(read.department, read.start, read.end)}
    if read.postal_code:
        fields["postal_code"] = Found(read.postal_code, read.start, read.end)
    return fields


def _commune_wins(rank: int, commune: geo.Commune, department_only: Ranked) -> bool:
    """A département stated with more authority overrides a commune found in weaker terms,
    unless the commune lies in it and comes from a field, a sentence or a layout (rank ≤ 3)."""
    department_rank, read = department_only
    if rank <= department_rank:
        return True
    return rank <= _LAYOUT_RANK and commune.department == read.department


def _pick(doc: Doc, rank: int, read: Read, ranked: list[Ranked]) -> geo.Commune | None:
    """Among homonyms: the one in a département the posting states, then one it names (itself
    or through its région), then the most populous. Longer communes the name may shorten and
    former names (`place_short_forms`) come after the communes of that very name, unless the
    context places them or one dwarfs the rest; None when only unconfirmed short forms remain."""
    communes, aliases = read.communes, read.aliases
    if len(communes) == 1 and not aliases:
        return communes[0]
    exact = exact_homonyms(read.key, communes)
    ordinary = [c for c in communes if c not in aliases]
    likely = ordinary + [c for c in aliases if confirmable(c, exact)]
    stated = {r.department for rank, r in ranked if rank < _LAST_RESORT_RANK and _states(r)}
    for commune in likely:
        if commune.department in stated:
            return commune
    named = named_departments(doc)  # scans the whole text: only when homonyms remain
    for commune in likely:
        if commune.department in named:
            return commune
    if len(likely) > len(ordinary):
        towns = town_departments(doc)
        for commune in likely[len(ordinary) :]:
            if commune.department in towns:
                return commune
    # "Évry" alone is Évry-Courcouronnes; "Romorantin" in a place's slot, Romorantin-Lanthenay.
    if exact or rank < _LAST_RESORT_RANK:
        big = dominant(exact, [c for c in communes if c not in exact])
        if big is not None:
            return big
    return exact[0] if exact else (ordinary[0] if ordinary else None)


def _states(read: Read) -> bool:
    """The read states its département: a code or a département's name, a postal code, or a
    name only one commune bears ("Charleville" alone implies no département)."""
    return read.department is not None and (
        read.qualified or not read.communes or (len(read.communes) == 1 and not read.aliases)
    )


def _commune_fields(
    doc: Doc, ranked: list[Ranked], read: Read, commune: geo.Commune
) -> dict[str, Found]:
    """City and département from the read that named the commune, and its postal code."""
    fields = {
        "city": Found(commune.name, read.start, read.end),
        "department": Found(commune.department, read.start, read.end),
    }
    postal = _postal_code(doc, ranked, read, commune)
    if postal is not None:
        fields["postal_code"] = postal
    return fields


def _postal_code(
    doc: Doc, ranked: list[Ranked], chosen: Read, commune: geo.Commune
) -> Found | None:
    """The postal code the text gives for the commune (its span), else the commune's only one."""
    for read in [chosen] + [read for _, read in ranked]:
        code = read.postal_code
        if code and code in commune.postcodes and commune in read.communes:
            start = doc.text.find(code, read.start, read.end)
            if start >= 0:  # "75012", not the whole field, is the evidence
                return Found(code, start, start + len(code))
            return Found(code, read.start, read.end)  # "Paris 11e" → 75011
    if len(commune.postcodes) == 1:
        return Found(commune.postcodes[0], chosen.start, chosen.end)
    return None
