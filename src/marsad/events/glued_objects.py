"""A word right after a verb of saying with a preposition written onto it («وأشار [لوجود]
ضوابط …، لافتا إلى أن», «وأشاد [بالجهود] …، مؤكدا أن»): the verb's object, never its subject,
so the verb names no speaker of its own there and a participle of saying after it goes on with
the one who spoke before (round 53; the outside audit of round 52: «وأكد الناطق … X ان …» then
«وأشار لوجود …، لافتا الى ان» was given nobody)."""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, given_name
from marsad.events.lexicon import speaker_ref
from marsad.events.words import Word, stems
from marsad.lang import load_table

_MIN_STEM = 3  # letters the noun keeps once the preposition is cut off («لوجود» -> «وجود»)


@cache
def _glued_prepositions() -> frozenset[str]:
    """The prepositions of `speaker_clauses.tsv` (kind glued_preposition) as `stems` cuts them off."""
    return frozenset(r["form"] for r in load_table("speaker_clauses") if r["kind"] == "glued_preposition")


def glued_object(ctx: ArticleContext, w: Word) -> bool:
    """The word carries a preposition written onto it and is no name: no mention, no office, body
    or statement word (nor one once the preposition is cut off: «لرئيس» is a hearer's office), no
    given name, no last name of a person the article names («بلال», «بكر» stay names)."""
    if ctx.mention_at(w) is not None or speaker_ref(w.norm) is not None or given_name(w) \
            or ctx.person_named(w) is not None:
        return False
    return any(st.clitic in _glued_prepositions() and len(st.stem) >= _MIN_STEM
               and speaker_ref(st.stem) is None for st in stems(w.norm))
