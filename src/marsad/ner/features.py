"""CRF features for Arabic words, computed once per word type and cached.

A token's features are its own word features (normalised form, clitic-stripped stem,
proclitic and suffix, affixes, character trigrams of the stem, shape, cue class,
transliteration level, word clusters when the model has them), the same in short form for
its neighbours (±2), a bigram, and sentence-level matches of multi-word cues and gazetteer
names (`lang/ar/`).

Speed (issue 20): a word's features are kept UTF-8 encoded, only those the model has a weight
for, one shared bytes object per feature (crfsuite takes bytes as they are and would encode
text on every call), and a sentence's lists are joined from them; the text form
(`sentence`, `WordInfo.own`) decodes them, so both say the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.lang.normalize import normalize
from marsad.ner.clusters import LEVELS, WordClusters
from marsad.ner.lexicon import candidates, cue_index, gazetteer_index
from marsad.ner.tokens import clitics, is_latin
from marsad.ner.translit import FOREIGN_BUCKETS, TranslitModel

_OFFSETS = (-2, -1, 1, 2)
_CACHE_LIMIT = 300_000
_NO_WORDS: frozenset[str] = frozenset()


class WordInfo:
    """A word type's features, UTF-8 encoded as the tagger reads them (it takes bytes as
    they are and would encode text itself): its own, those it gives the word 2 or 1 places
    after it (`as_prev2`, `as_prev1`) and before it (`as_next1`, `as_next2`), its class for
    pair features, and (with a model's `keep`) the words after it that make a kept bigram
    feature (`bigram_next`; None: any). `own` and `ctx` give the features as text."""

    __slots__ = ("norm", "cls", "multi", "own_coded", "as_prev2", "as_prev1", "as_next1", "as_next2",
                 "bigram_next", "row", "starts")

    def __init__(
        self, norm: str, own: list[str], ctx: dict[int, list[str]], cls: str = "",
        kept: dict[str, bytes] | None = None,
    ) -> None:
        """`kept`: the features to keep, with their encoding (all features when None)."""
        self.norm = norm
        self.cls = cls  # a coarse class for conjunctions with neighbours: cue, gazetteer, name level
        self.multi = False  # a multi-word cue or gazetteer name may start here
        self.bigram_next: frozenset[str] | None = None
        self.row = -1  # its row in a decoder's table of word scores (`ner.scores`); -1: none yet
        self.starts = -1  # the phrase indexes it may start a phrase of (`ner.phrase_starts`); -1: not read
        if kept is None:
            self.own_coded = [f.encode() for f in own]
            self.as_prev2, self.as_prev1, self.as_next1, self.as_next2 = (
                [f.encode() for f in ctx[k]] for k in _OFFSETS
            )
        else:  # one bytes object per kept feature, shared by every word that has it
            get = kept.get  # one lookup a feature, the dropped (None) left out in C: no feature is empty
            self.own_coded = list(filter(None, map(get, own)))
            self.as_prev2 = list(filter(None, map(get, ctx[-2])))
            self.as_prev1 = list(filter(None, map(get, ctx[-1])))
            self.as_next1 = list(filter(None, map(get, ctx[1])))
            self.as_next2 = list(filter(None, map(get, ctx[2])))

    @property
    def own(self) -> list[str]:
        return [f.decode() for f in self.own_coded]

    @property
    def ctx(self) -> dict[int, list[str]]:
        """Offset k -> the features this word gives the word k places before it."""
        coded = (self.as_prev2, self.as_prev1, self.as_next1, self.as_next2)
        return {k: [f.decode() for f in fs] for k, fs in zip(_OFFSETS, coded, strict=True)}


def _kept_bigrams(keep: set[str] | None) -> dict[str, frozenset[str]] | None:
    """Left word -> the right words of the kept bigram features «bg=LEFT|RIGHT» (every
    split at a «|», so that a pair is listed exactly when its feature is kept); None when
    every feature is kept."""
    if keep is None:
        return None
    pairs: dict[str, set[str]] = {}
    for f in keep:
        if f.startswith("bg="):
            rest = f[3:]
            at = rest.find("|")
            while at >= 0:
                pairs.setdefault(rest[:at], set()).add(rest[at + 1 :])
                at = rest.find("|", at + 1)
    return {left: frozenset(rights) for left, rights in pairs.items()}


class Featurizer:
    def __init__(
        self,
        translit: TranslitModel,
        keep: set[str] | None = None,
        clusters: WordClusters | None = None,
        trained_rows: bool = False,
    ) -> None:
        """`keep`: the features a trained model has weights for (others are dropped
        before tagging, which makes tagging faster and changes nothing). `clusters`:
        word clusters from unlabelled text, when the model was trained with them.
        `trained_rows` (training): the cue and gazetteer features read only the rows of
        `ner_cues.tsv` and `ner_gazetteer.tsv` marked `crf` yes, those the shipped model was
        trained with; tagging reads every row, so a row added since lends the model's
        weight for its class (gaz=LOC) to its name."""
        self.translit = translit
        self.clusters = clusters
        self.keep = keep
        self.clitics = clitics()
        # tagging shares the rules' indexes (every row)
        self.cues = cue_index(True) if trained_rows else cue_index()
        self.gaz = gazetteer_index(True) if trained_rows else gazetteer_index()
        self.cache: dict[str, WordInfo] = {}
        self.cleared = 0  # how many times the cache was emptied (a decoder's word scores follow it)
        self.bigrams = _kept_bigrams(keep)
        self.kept = {f: f.encode() for f in keep} if keep is not None else None
        # (class of a word, class of the next) -> the kept features «cc=A|B», «cn=A|B» (None: dropped)
        self.class_pairs: dict[tuple[str, str], tuple[bytes | None, bytes | None]] = {}

    def info(self, word: str) -> WordInfo:
        got = self.cache.get(word)
        if got is None:
            if len(self.cache) > _CACHE_LIMIT:
                self.cache.clear()
                self.cleared += 1
            got = self._compute(word)
            got.multi = self.gaz.starts_multi(got.norm) or self.cues.starts_multi(got.norm)
            if self.bigrams is not None:
                got.bigram_next = self.bigrams.get(got.norm, _NO_WORDS)
            self.cache[word] = got
        return got

    def infos(self, words: Sequence[str]) -> list[WordInfo]:
        """`info` of each word (the cached ones looked up directly)."""
        get, info = self.cache.get, self.info
        return [get(w) or info(w) for w in words]

    def _compute(self, word: str) -> WordInfo:
        n = normalize(word)
        if not n or not (n[0].isalnum()):
            own = ["bias", "punct=" + n]
            short = ["w=" + n]
            return WordInfo(n, own, {k: [f"{k}:{f}" for f in short] for k in _OFFSETS}, kept=self.kept)
        if is_latin(n):
            lat = "lat_cap" if n[0].isupper() else "lat"
            own = ["bias", "w=" + n.lower(), lat]
            return WordInfo(n, own, {k: [f"{k}:{lat}"] for k in _OFFSETS}, kept=self.kept)
        if n.isdigit():
            own = ["bias", "digit", f"dlen={min(len(n), 5)}"]
            return WordInfo(n, own, {k: [f"{k}:digit"] for k in _OFFSETS}, kept=self.kept)
        sp = self.clitics.split(n)
        stem = sp.stem
        forms = candidates(n)
        cues, gazetteer = self.cues.single, self.gaz.single
        cue = next((cues[c] for c in forms if c in cues), "")
        gaz = next((gazetteer[c] for c in forms if c in gazetteer), "")
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
        own += ["g=" + w[i : i + 3] for i in range(len(w) - 2)]
        short = ["w=" + n, "s=" + stem, "tl=" + tls, "nm=" + (known or ""), *near]
        if cue:
            short.append("cue=" + cue)
        if gaz:
            short.append("gaz=" + gaz)
        two = short[:2]  # ±2 see a word's form and stem only; «k:» marks the side
        ctx = {-2: ["-2:" + f for f in two], -1: ["-1:" + f for f in short],
               1: ["1:" + f for f in short], 2: ["2:" + f for f in two]}
        cls = cue or gaz or (("T" + tls) if tls in FOREIGN_BUCKETS else "") or ("N" + known if known else "")
        return WordInfo(n, own, ctx, cls or "o", self.kept)

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """The feature list of each word of a sentence."""
        return self.sentence_of(self.infos(words))

    def sentence_of(self, infos: Sequence[WordInfo]) -> list[list[str]]:
        """The feature lists of a sentence given as word infos."""
        return [[f.decode() for f in item] for item in self.encoded(infos)]

    def _class_pair(self, left: str, right: str) -> tuple[bytes | None, bytes | None]:
        """The features «cc=left|right» and «cn=left|right», each None when not kept."""
        keep = self.keep
        cc, cn = (f"{kind}={left}|{right}" for kind in ("cc", "cn"))
        got = (cc.encode() if keep is None or cc in keep else None,
               cn.encode() if keep is None or cn in keep else None)
        self.class_pairs[(left, right)] = got
        return got

    def _phrase_features(self, infos: Sequence[WordInfo]) -> dict[int, list[str]]:
        """Position -> the features of the multi-word gazetteer names and cues over a sentence."""
        at = [i for i, inf in enumerate(infos) if inf.multi]
        extra: dict[int, list[str]] = {}
        if not at:
            return extra
        norms = [i.norm for i in infos]
        n = len(infos)
        for idx, lab in ((self.gaz, "GZ"), (self.cues, "CUE")):
            for s, e, label in idx.matches(norms, at):
                if e - s < 2:
                    continue
                for j in range(s, e):
                    tag = f"{lab}={'B' if j == s else 'I'}-{label}"
                    extra.setdefault(j, []).append(tag)
                    if j == e - 1 and e < n:
                        extra.setdefault(e, []).append(f"-1:{lab}end={label}")
                    if j == s and s > 0:
                        extra.setdefault(s - 1, []).append(f"1:{lab}start={label}")
        return extra

    def pairs_of(self, left: str, right: str) -> tuple[bytes | None, bytes | None]:
        """«cc=left|right» and «cn=left|right», each None when not kept."""
        return self.class_pairs.get((left, right)) or self._class_pair(left, right)

    def pairs(self, infos: Sequence[WordInfo]) -> list[tuple[bytes | None, bytes | None]]:
        """The class pair features of each two neighbours (i, i + 1): «cc» is i + 1's, «cn»
        is i's (None where not kept)."""
        get_pair, class_pair = self.class_pairs.get, self._class_pair
        classes = [inf.cls for inf in infos]
        return [get_pair(pair) or class_pair(*pair) for pair in zip(classes, classes[1:], strict=False)]

    def bigram_features(self, infos: Sequence[WordInfo]) -> list[tuple[int, bytes]]:
        """(i, «bg=PREVIOUS|WORD») for each word i > 0 whose bigram with the word before is kept."""
        out = []
        for i in [i for i, inf in enumerate(infos[:-1], 1) if inf.bigram_next is None or inf.bigram_next]:
            prev, inf = infos[i - 1], infos[i]
            following = prev.bigram_next
            if following is None or inf.norm in following:
                out.append((i, ("bg=" + prev.norm + "|" + inf.norm).encode()))
        return out

    def phrases(self, infos: Sequence[WordInfo]) -> dict[int, list[bytes]]:
        """Position -> the kept features of the multi-word gazetteer names and cues over a sentence."""
        keep = self.keep
        return {i: [x.encode() for x in fs if keep is None or x in keep]
                for i, fs in self._phrase_features(infos).items()}

    def encoded(self, infos: Sequence[WordInfo]) -> list[list[bytes]]:
        """The feature lists of a sentence given as word infos, UTF-8 encoded, in this order:
        the word's own, its neighbours' (±2; BOS/EOS at the edges), then the bigram, the
        class pairs and the phrase features (those the model keeps)."""
        n = len(infos)
        extra = self.phrases(infos)
        between = self.pairs(infos)
        bigram = dict(self.bigram_features(infos))
        padded = [_EDGE, _BEFORE, *infos, _AFTER, _EDGE]
        out = []
        last = n - 1
        windows = zip(padded, padded[1:], infos, padded[3:], padded[4:], strict=False)  # i - 2 … i + 2
        for i, (p2, p1, inf, n1, n2) in enumerate(windows):
            f = [*inf.own_coded, *p2.as_prev2, *p1.as_prev1, *n1.as_next1, *n2.as_next2]
            if i:
                if i in bigram:
                    f.append(bigram[i])
                cc = between[i - 1][0]
                if cc is not None:
                    f.append(cc)
            if i < last:
                cn = between[i][1]
                if cn is not None:
                    f.append(cn)
            if extra and i in extra:
                f.extend(extra[i])
            out.append(f)
        return out


def _edge(as_prev1: list[bytes], as_next1: list[bytes]) -> WordInfo:
    """A place outside a sentence, as a neighbour: it gives no features but the mark of
    the sentence's edge (BOS to the first word, EOS to the last)."""
    edge = WordInfo("", [], {k: [] for k in _OFFSETS})
    edge.as_prev1, edge.as_next1 = as_prev1, as_next1
    return edge


_BEFORE = _edge([b"BOS"], [])  # the place right before a sentence
_AFTER = _edge([], [b"EOS"])  # the place right after it
_EDGE = _edge([], [])  # two places off
