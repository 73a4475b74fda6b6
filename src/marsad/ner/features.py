"""CRF features for Arabic words, computed once per word type and cached.

A token's features are its own word features (normalised form, clitic-stripped stem,
proclitic and suffix, affixes, character trigrams of the stem, shape, cue class,
transliteration level, word clusters when the model has them), the same in short form for
its neighbours (±2), a bigram, and sentence-level matches of multi-word cues and gazetteer
names (`lang/ar/`).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.lang.normalize import normalize
from marsad.ner.clusters import LEVELS, WordClusters
from marsad.ner.lexicon import candidates, cue_index, gazetteer_index
from marsad.ner.tokens import clitics, is_latin
from marsad.ner.translit import TranslitModel

_OFFSETS = (-2, -1, 1, 2)
_CACHE_LIMIT = 300_000


class WordInfo:
    __slots__ = ("norm", "own", "ctx", "cls", "multi")

    def __init__(self, norm: str, own: list[str], ctx: dict[int, list[str]], cls: str = "") -> None:
        self.norm = norm
        self.own = own
        self.ctx = ctx
        self.cls = cls  # a coarse class for conjunctions with neighbours: cue, gazetteer, name level
        self.multi = False  # a multi-word cue or gazetteer name may start here


class Featurizer:
    def __init__(
        self,
        translit: TranslitModel,
        keep: set[str] | None = None,
        clusters: WordClusters | None = None,
    ) -> None:
        """`keep`: the features a trained model has weights for (others are dropped
        before tagging, which makes tagging faster and changes nothing). `clusters`:
        word clusters from unlabelled text, when the model was trained with them."""
        self.translit = translit
        self.clusters = clusters
        self.keep = keep
        self.clitics = clitics()
        self.cues = cue_index()
        self.gaz = gazetteer_index()
        self.cache: dict[str, WordInfo] = {}

    def info(self, word: str) -> WordInfo:
        got = self.cache.get(word)
        if got is None:
            if len(self.cache) > _CACHE_LIMIT:
                self.cache.clear()
            got = self._compute(word)
            got.multi = self.gaz.starts_multi(got.norm) or self.cues.starts_multi(got.norm)
            if self.keep is not None:
                keep = self.keep
                got.own = [f for f in got.own if f in keep]
                got.ctx = {k: [f for f in fs if f in keep] for k, fs in got.ctx.items()}
            self.cache[word] = got
        return got

    def _compute(self, word: str) -> WordInfo:
        n = normalize(word)
        if not n or not (n[0].isalnum()):
            own = ["bias", "punct=" + n]
            short = ["w=" + n]
            return WordInfo(n, own, {k: [f"{k}:{f}" for f in short] for k in _OFFSETS})
        if is_latin(n):
            lat = "lat_cap" if n[0].isupper() else "lat"
            own = ["bias", "w=" + n.lower(), lat]
            return WordInfo(n, own, {k: [f"{k}:{lat}"] for k in _OFFSETS})
        if n.isdigit():
            own = ["bias", "digit", f"dlen={min(len(n), 5)}"]
            return WordInfo(n, own, {k: [f"{k}:digit"] for k in _OFFSETS})
        sp = self.clitics.split(n)
        stem = sp.stem
        cue = next((self.cues.single[c] for c in candidates(n) if c in self.cues.single), "")
        gaz = next((self.gaz.single[c] for c in candidates(n) if c in self.gaz.single), "")
        tl = self.translit.bucket(n)
        tls = self.translit.bucket(stem)
        own = [
            "bias",
            "w=" + n,
            "s=" + stem,
            "p=" + sp.pro,
            "e=" + sp.enc,
            "suf1=" + n[-1:],
            "suf2=" + n[-2:],
            "suf3=" + n[-3:],
            "pre2=" + n[:2],
            "pre3=" + n[:3],
            "ss2=" + stem[-2:],
            "sp2=" + stem[:2],
            f"len={min(len(stem), 8)}",
            "tl=" + tl,
            "tls=" + tls,
        ]
        near: list[str] = []
        if self.clusters is not None:
            for tag, form in (("c", n), ("sc", stem)):
                ids = self.clusters.of(form)
                own.extend(f"{tag}{i}=" + (ids[i] if ids else "-") for i in range(len(LEVELS)))
                near.append(f"{tag}1=" + (ids[1] if ids else "-"))
        if cue:
            own.append("cue=" + cue)
        if gaz:
            own.append("gaz=" + gaz)
        known = self.translit.known_level(n) or self.translit.known_level(stem) and "s"
        if known:
            own.append("nm=" + known)
        w = f"<{stem}>"
        own.extend("g=" + w[i : i + 3] for i in range(len(w) - 2))
        short = ["w=" + n, "s=" + stem, "tl=" + tls, "nm=" + (known or ""), *near]
        if cue:
            short.append("cue=" + cue)
        if gaz:
            short.append("gaz=" + gaz)
        ctx = {k: [f"{k}:{f}" for f in (short if abs(k) == 1 else short[:2])] for k in _OFFSETS}
        cls = cue or gaz or (("T" + tls) if tls in ("hi", "mid") else "") or ("N" + known if known else "")
        return WordInfo(n, own, ctx, cls or "o")

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """The feature list of each word of a sentence."""
        return self.sentence_of([self.info(w) for w in words])

    def sentence_of(self, infos: Sequence[WordInfo]) -> list[list[str]]:
        """The feature lists of a sentence given as word infos."""
        norms = [i.norm for i in infos]
        n = len(infos)
        extra: list[list[str]] = [[] for _ in range(n)]
        at = [i for i, inf in enumerate(infos) if inf.multi]
        for idx, lab in ((self.gaz, "GZ"), (self.cues, "CUE")):
            for s, e, label in idx.matches(norms, at) if at else ():
                if e - s < 2:
                    continue
                for j in range(s, e):
                    tag = f"{lab}={'B' if j == s else 'I'}-{label}"
                    extra[j].append(tag)
                    if j == e - 1 and e < n:
                        extra[e].append(f"-1:{lab}end={label}")
                    if j == s and s > 0:
                        extra[s - 1].append(f"1:{lab}start={label}")
        keep = self.keep
        out = []
        for i, inf in enumerate(infos):
            f = list(inf.own)
            for k in _OFFSETS:
                j = i + k
                if 0 <= j < n:
                    f.extend(infos[j].ctx[k])
                elif k in (-1, 1):
                    f.append("BOS" if k < 0 else "EOS")
            pair = []
            if i > 0:
                pair.append("bg=" + norms[i - 1] + "|" + norms[i])
                pair.append("cc=" + infos[i - 1].cls + "|" + inf.cls)
            if i + 1 < n:
                pair.append("cn=" + inf.cls + "|" + infos[i + 1].cls)
            pair.extend(extra[i])
            f.extend(pair if keep is None else [x for x in pair if x in keep])
            out.append(f)
        return out
