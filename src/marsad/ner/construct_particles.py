"""A name never ends in a particle in construct state (بن، آل، أبو، عبد): it takes the word after
it, even a title («[صالح آل] الشيخ» → «صالح آل الشيخ»), see `complete_particles`; `binds` says
which written words are such particles.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import name_particles
from marsad.ner.not_names import not_name, written

_OR = "ام"  # after a person's name «أم» is «or» («[بوش أم] أنهم»); it binds in places («جبل أم درج»)


def _folded(word: str) -> str:
    """The word as written, «أ» and «إ» as «ا» but «آ» kept: «ابو» is «أبو», «آبي» (Abe) no «أبي»."""
    return written(word).replace("أ", "ا").replace("إ", "ا")


@cache
def _binding_particles(kind: str = "") -> frozenset[str]:
    """Particles in construct state (`name_particles` but «الدين»): بن، آل، أبو، عبد, folded; of
    one kind only where `kind` is given ("part": آل، أبو، عبد، با)."""
    return frozenset(_folded(form) for form, of in name_particles().construct if kind in ("", of))


MAX_PARTICLE_REACH = 2  # words a name ending in a particle takes after it («بن عبد العزيز»)


def binds(word: str, typ: str, kind: str = "") -> bool:
    folded = _folded(word)
    return folded in _binding_particles(kind) and not (typ == "PER" and folded == _OR)


def complete_particles(
    norms: Sequence[str], words: Sequence[str], chunks: list[Chunk], breaks: set[int],
) -> list[Chunk]:
    """Names of two words or more that end in a particle in construct state take the word after
    it, which completes them, even a title («[صالح بن عبدالعزيز آل] الشيخ»: the family is «آل
    الشيخ») or an ordinary word («الأمير [عبدالله بن] مساعد»): a word of letters in the
    sentence, in no other name and no word that is never a name («[… ولد] في»); at most
    MAX_PARTICLE_REACH words («نايف بن عبد العزيز»); a person right before a particle of kind part
    takes it and such a word («[عبدالله بن محفوظ] با عشن»). A lone particle is left alone («[ابن] عم»);
    changed in place. Particles are read as written: «[شينزو آبي] حقوق» ends in no «أبي»."""
    starts = {c.start for c in chunks}
    for c in chunks:
        j = c.end + 1  # «[وليد] با فقيه»: the particle and its word
        if c.type == "PER" and j < len(norms) and binds(words[j - 1], c.type, "part") and not (
                {j - 1, j} & (breaks | starts)) and norms[j].isalpha() and not_name(words[j]) is None:
            c.end = j
        reach = c.end + MAX_PARTICLE_REACH
        while (
            c.end - c.start >= 2 and c.end < min(len(norms), reach) and binds(words[c.end - 1], c.type)
            and c.end not in breaks and c.end not in starts and norms[c.end].isalpha()
            and not_name(words[c.end]) is None
        ):
            c.end += 1
    return chunks
