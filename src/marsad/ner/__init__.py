"""Named-entity recognition for Arabic news, on a CPU.

- `tokens`: words with offsets; clitic analysis (`lang/ar/ner_clitics.tsv`).
- `lexicon`: cue words and the small gazetteer (`lang/ar/ner_cues.tsv`, `ner_gazetteer.tsv`).
- `translit`: the learned signal for transliterated foreign names (trained on
  `../shared/data/names`), plus hashed known name spellings.
- `features`: CRF features, cached per word type.
- `crf`: training (`marsad ner train`) and tagging with python-crfsuite; the model
  lives in `marsad/models/ner_*`.
- `conll`: ANERcorp files and the conlleval entity score (`marsad ner eval`).
- `consistency`, `rules`: document-level consistency and cue-driven corrections.
- `heads`, `chains`, `places`, `persons`: names completed from their structure: head nouns
  and genitive chains («هيئة تنظيم الكهرباء والإنتاج المزدوج»), places, and people read
  from the words that describe them («الإعلامي فاضل الشعلة»; `lang/ar/ner_person_words.tsv`).
- `given_names`: people read from the listed given names (`lang/ar/segment_given_names.tsv`):
  «وليام» is no و + «ليام»; «زهراء الكاظمي» is a person with no word describing her before.
- `adjectives`: adjectives the tagger took for a one-word person («الماضي [الجميل]», «الهيكل
  [الثاني]»; `lang/ar/ner_adjectives.tsv`) dropped.
- `speaker_names`: a speaker's name right after a verb of saying, vouched for by the apposition
  or the reported clause after it («وكشف [دخيل الطيار] مدير الصالة أن»).
- `glued_heads`, `trailing_weekdays`, `leading_places`: words the tagger ran into a person's
  name cut off: a verb or noun before a family name the article gives in full elsewhere
  («[أراد المالكي]»), a weekday after it («[كارتر الخميس]»), a place after its office
  («رئيس حكومة [بافاريا] هورست زيهوفر»).
- `english`: names in embedded English passages.
- `article`: all of it over one article's segments (used by `steps/ner.py`).
"""
