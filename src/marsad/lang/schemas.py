"""Schemas of the language tables: which columns each has and what a cell may hold.

Add a table by adding its TSV file under `lang/<code>/` and its schema here (the cell checks are
in `schema_checks`).
"""

from __future__ import annotations

import re

from marsad.lang.schema_checks import (
    UNIQUE_OFFICES,
    Schema,
    arabic_phrase,
    arabic_word,
    catalogue_id,
    codepoints,
    integer,
    latin_word,
    nonempty,
    one_of,
    optional,
    regex_compiles,
    two_arabic_words,
)

SCHEMAS: dict[str, Schema] = {
    # Timeline page labels: interface words and event type names (stories helper).
    "timeline_labels": Schema(("key", "label"), {"key": nonempty, "label": nonempty}),
    # Entity resolution: Arabic spellings of one foreign sound and the cost of swapping them.
    "resolve_equivalences": Schema(("a", "b", "cost"), {
        "a": nonempty, "b": nonempty,
        "cost": lambda v: re.fullmatch(r"0(\.\d+)?|1(\.0+)?", v) is not None}),
    # Entity resolution: Arabic given names that must match exactly (no variant spellings).
    "resolve_native_names": Schema(("form",), {"form": nonempty}),
    # Entity resolution: words that join the parts of an Arabic name (بن، عبد، أبو).
    "resolve_particles": Schema(("form", "kind"), {"form": nonempty, "kind": one_of("nasab", "part")}),
    # Entity resolution: head nouns of the bodies every state has (وزارة, اتحاد: a bare name
    # of one is the body of the state the article is about), scope words and names above states.
    "resolve_state_bodies": Schema(("form", "kind", "gender"), {
        "form": nonempty, "kind": one_of("head", "scope", "name"), "gender": one_of("m", "f", "")}),
    # Entity resolution: head nouns of a state's formal name (جمهورية، مملكة): «جمهورية X» is X.
    "resolve_state_heads": Schema(("form",), {"form": nonempty}),
    # Entity resolution: words stripped from the front of a person's name before comparing names.
    "resolve_titles": Schema(("form", "kind"), {"form": nonempty, "kind": one_of(
        "honorific", "title", "portfolio", "rank")}),
    # Dates (issue 3): month names of every series, weekdays, numbers, units, deictic words, cues.
    "date_months": Schema(("word", "month", "series", "context"), {"word": nonempty, "month": integer,
                          "series": one_of("gregorian", "levantine", "maghrebi", "english", "english_abbr"),
                          "context": one_of("none", "frame")}),
    "date_month_homographs": Schema(("form", "month", "reading"), {"form": nonempty, "month": integer,
                                    "reading": one_of("place", "word")}),
    "date_written_names": Schema(("form", "word", "reading"), {"form": nonempty, "word": nonempty,
                                 "reading": nonempty}),
    "date_named_days": Schema(("head", "day", "month", "year", "event"), {
        "head": arabic_word, "day": integer, "month": integer, "year": integer, "event": nonempty}),
    "date_hijri_months": Schema(("word", "month", "bare"), {"word": nonempty, "month": integer,
                                "bare": one_of("yes", "no")}),
    "date_weekdays": Schema(("word", "isoday", "lang"), {"word": nonempty, "isoday": integer,
                            "lang": one_of("ar", "en")}),
    "date_numbers": Schema(("word", "value", "kind"), {"word": nonempty, "value": integer,
                           "kind": one_of("cardinal", "ordinal", "hour")}),
    "date_units": Schema(("word", "unit", "count"), {"word": nonempty,
                         "unit": one_of("D", "W", "M", "Y", "DE", "CE", "H", "MI", "SE", "X", "S"),
                         "count": optional(integer)}),
    "date_relative": Schema(("word", "kind", "offset"), {"word": nonempty, "offset": integer,
                            "kind": one_of("day", "modifier", "demonstrative", "ago", "quantifier", "approx",
                                           "anaphoric", "anaphoric_before", "filler", "ref", "half",
                                           "unit_part", "minutes", "one_day")}),
    "date_decades": Schema(("word", "value"), {"word": nonempty, "value": integer}),
    "date_fractions": Schema(("word", "code"), {"word": nonempty,
                             "code": one_of("H1", "H2", "Q1", "Q2", "Q3", "Q4")}),
    "date_month_weeks": Schema(("word", "first"), {"word": nonempty, "first": integer}),
    "date_parts": Schema(("word", "mod"), {"word": nonempty, "mod": one_of("START", "MID", "END")}),
    "date_sets": Schema(("word", "value"), {"word": nonempty, "value": nonempty}),
    "date_holidays": Schema(("word", "calendar", "month", "day"), {
        "word": nonempty, "calendar": one_of("hijri", "gregorian"), "month": integer, "day": integer}),
    "date_seasons": Schema(("word", "code"), {"word": nonempty, "code": one_of("SP", "SU", "FA", "WI")}),
    "date_writing_times": Schema(("word", "part"),
                                 {"word": nonempty, "part": one_of("lead", "act", "object")}),
    "date_dayparts": Schema(("word", "suffix", "hours"), {"word": nonempty,
                            "suffix": one_of("MO", "AF", "EV", "NI"), "hours": integer}),
    "date_day_periods": Schema(("word", "suffix"), {"word": nonempty,
                               "suffix": one_of("MO", "AF", "EV", "NI")}),
    "date_cues": Schema(("word", "kind"), {"word": nonempty, "kind": one_of(
        "header", "night_stretch", "midnight", "midnight_of", "not_daily", "story_verb_not", "preposition",
        "future", "future_prefix", "not_future", "year", "hijri_suffix", "ad_suffix", "quantity",
        "ratio", "future_relative", "last_stretch", "last_of", "last_frame", "month_frame", "delivery",
        "delivery_frame", "not_decade", "reference_offset", "hedge", "no_reference", "elative",
        "span", "weekend", "weekends", "named_day", "general", "following", "distal",
        "distal_frame", "contracts", "contract_frame", "framed_ref", "noun_ref", "ref_frame", "persist",
        "present", "pair",
        "anniversary", "other_year", "final_of",
        "present_block",
        "present_negated", "pause_next", "habit", "singled_out", "singled_frame",
        "rest_of_year", "feast_part", "feast_noun", "now_word",
        "present_after", "present_through", "through", "past_negation",
        "return_to", "until", "since", "elapsed", "complement",
        "became_verb", "became_frame",
        "one_frame", "vague_count", "opening_stretch", "school_year", "feast_holiday",
        "clock_pm", "clock_am", "clock_part_after",
        "surname", "plural_length", "bare_length", "throughout", "number_of_weekday",
        "adverb_ref", "story_later", "not_joined", "near_word", "near_next", "pair_word", "pair_next",
        "noun_word", "former", "fiscal",
        "whole",
        "not_whole", "lately", "lately_next", "lately_not_object", "rate", "not_rate", "trading",
        "night", "complete", "lasting", "elapse", "one_after",
        "period_verb", "scheduled", "present_half", "construct_dual",
        "feast_day", "feast_named", "feast_occasion", "feast_greeting", "feast_blessing",
        "feast_return",
        "year_event", "present_noun", "not_construct", "number_label",
        "not_every_daypart", "pause_ref", "day_epithet", "zero_month", "comparable", "comparable_period",
        "preceding", "session", "programme", "programme_adjective", "season_noun", "season_head",
        "number_name", "short_past_verb",
        "month_event", "later_relative", "not_past_letter",
        "vague_many", "two_word", "two_prev", "two_next", "day_part_noun", "school_new", "until_word",
        "story_start", "first_day", "hijri_new", "age_head")}),
    # Dates (issue 16): how an outlet's page addresses write the page number, where not as the first
    # run of five digits (`dates.neighbours.article_number`).
    "date_page_numbers": Schema(("host", "pattern", "encoding", "series", "example", "number"), {
        "host": nonempty, "pattern": regex_compiles, "encoding": one_of("decimal", "base64"),
        "example": nonempty, "number": integer}),
    "date_names": Schema(("name", "kind"), {"name": nonempty, "kind": one_of(
        "name", "quoted", "outlet_head", "head", "weekday_head", "weekday_rite", "kunya", "place",
        "place_list", "ruler_title")}),
    # NER (ar): clitics, cue words before/inside names, a small gazetteer; (en): English lists.
    "ner_clitics": Schema(
        ("form", "kind", "definite", "split"),
        {"form": nonempty, "kind": one_of("proclitic", "enclitic"), "definite": one_of("yes", "no"),
         "split": one_of("yes", "no")},
    ),
    "ner_place_units": Schema(
        ("word", "meaning", "seat", "plurals"),
        {"word": nonempty, "meaning": nonempty, "seat": one_of("yes", "no"), "plurals": optional(nonempty)},
    ),
    "ner_name_heads": Schema(
        ("word", "type", "kind", "alone"),
        {"word": nonempty, "type": one_of("ORG", "LOC", "MISC"),
         "kind": one_of("part", "classifier", "title", "office", "named"), "alone": one_of("yes", "no")},
    ),
    "ner_wikifane_types": Schema(
        ("type", "coarse", "note"),
        {"type": nonempty, "coarse": one_of("PER", "ORG", "LOC", "MISC", "O"), "note": nonempty},
    ),
    "ner_not_names": Schema(
        ("word", "class", "starts_name", "proclitic"),
        {"word": nonempty,
         "class": one_of("function", "verb", "relation", "state", "divine", "currency", "unit",
                         "common"),
         "starts_name": one_of("yes", "no"), "proclitic": one_of("yes", "no")},
    ),
    "ner_noun_homographs": Schema(
        ("name", "governs", "note"), {"name": arabic_word, "governs": arabic_word, "note": nonempty},
    ),
    "ner_topic_homographs": Schema(
        ("name", "anchor", "scope", "note"),
        {"name": arabic_word, "anchor": arabic_phrase, "scope": one_of("article", "before"),
         "note": nonempty},
    ),
    "ner_person_words": Schema(("word",), {"word": nonempty}),
    "ner_sport_complements": Schema(
        ("phrase", "kind", "note"),
        {"phrase": arabic_phrase, "kind": one_of("sport", "class"), "note": nonempty},
    ),
    "ner_event_heads": Schema(
        ("word", "kind", "note"),
        {"word": arabic_word, "kind": one_of("head", "adjective"), "note": nonempty},
    ),
    "ner_adjectives": Schema(
        ("word", "alone", "note"), {"word": arabic_word, "alone": one_of("yes", "no"), "note": nonempty},
    ),
    "ner_office_words": Schema(("word", "note"), {"word": arabic_word, "note": nonempty}),
    # A state's side named by a common noun and the state's adjective (lang/state_sides.py).
    "event_state_sides": Schema(("form", "kind", "gender", "adjective"), {"form": arabic_word, "kind": one_of(
        "head", "owned", "plural", "office", "leader", "anaphor", "dual"),
        "gender": one_of("m", "f", "p", ""),
        "adjective": optional(arabic_word)}),
    # The adjective of a bloc of states, read as a state's adjective (lang/state_sides.py).
    "event_bloc_adjectives": Schema(("form", "bloc"), {"form": arabic_word, "bloc": catalogue_id}),
    # A group of states named by the count of its states (events/formula_groups.py).
    "event_counted_groups": Schema(("form", "group"), {"form": arabic_phrase, "group": catalogue_id}),
    # Offices one person holds at a time, named by the title alone (events/title_holders.py).
    "event_unique_offices": Schema(("phrase", "office", "state", "qualifier"), {
        "phrase": arabic_phrase, "office": one_of(*UNIQUE_OFFICES, "former"),
        "state": optional(catalogue_id), "qualifier": one_of("adjective", "name", "none", "")}),
    "ner_plural_classifiers": Schema(
        ("word", "type", "meaning"), {"word": nonempty, "type": one_of("ORG"), "meaning": nonempty}),
    "ner_agency_tails": Schema(
        ("word", "kind", "meaning"),
        {"word": nonempty, "kind": one_of("head", "tail", "paper_head", "paper_tail"), "meaning": nonempty},
    ),
    "ner_company_heads": Schema(("word", "meaning"), {"word": nonempty, "meaning": nonempty}),
    "ner_quoting_heads": Schema(("word", "meaning"), {"word": nonempty, "meaning": nonempty}),
    "ner_told_outlets": Schema(("word", "kind"), {"word": nonempty, "kind": one_of("outlet", "cue")}),
    "ner_organs": Schema(("phrase", "note"), {"phrase": two_arabic_words, "note": nonempty}),
    # crf: yes for the rows the shipped tagger was trained with as features (`ner/features.py`).
    "ner_cues": Schema(
        ("phrase", "cue", "names", "crf"),
        {
            "phrase": nonempty,
            "cue": one_of(
                "PER_TITLE", "PER_HONORIFIC", "NAME_PART", "ORG_HEAD", "ORG_MEDIA", "LOC_HEAD", "SPEECH"
            ),
            "names": one_of("yes", "no"),
            "crf": one_of("yes", "no"),
        },
    ),
    "ner_gazetteer": Schema(
        ("name", "type", "crf"),
        {"name": nonempty, "type": one_of("PER", "ORG", "LOC", "MISC"), "crf": one_of("yes", "no")},
    ),
    "ner_en_lexicon": Schema(
        ("word", "kind"),
        {"word": nonempty, "kind": one_of("LOC", "ORG", "ORG_HEAD", "PER_TITLE", "STOP", "DEMONYM")},
    ),
    # Story clustering: words that say nothing about which happening an article reports.
    "story_stopwords": Schema(
        ("word", "kind"), {"word": nonempty, "kind": one_of("function", "reporting", "generic")}
    ),
    # Frequent words/openings that tell the right legacy code page from a wrong one (ingest).
    "encoding_cues": Schema(("cue", "kind"), {"cue": nonempty, "kind": one_of("word", "prefix")}),
    # Cleaning (clean/segment.py): line cues per family, and words used by structural rules.
    "segment_cues": Schema(("family", "role", "follow", "cue", "pattern", "example"), {
        "family": one_of("line", "start", "end", "anywhere", "dateline", "tail", "inline"),
        "role": one_of("title", "dateline", "meta", "body", "heading", "caption", "embed",
                       "boilerplate", "related"),
        "follow": optional(one_of("rest:related", "rest:boilerplate", "list:related", "list:meta",
                                  "list:boilerplate")),
        "cue": nonempty, "pattern": regex_compiles, "example": nonempty}),
    # Cleaning: Arabic given names, for a writer's name alone on a page's opening line (clean/byline_name.py).
    "segment_given_names": Schema(("name", "gender", "kind", "latin"), {
        "name": arabic_word, "gender": one_of("m", "f"), "kind": one_of("name", "word"),
        "latin": optional(latin_word)}),
    "segment_words": Schema(("word", "kind"), {"word": nonempty,
                            "kind": one_of("weekday", "date_marker", "bio", "sentence_opener",
                                           "author_title", "section")}),
    # Events and quotations (src/marsad/events): triggers, cues, ordinals, affixes, speakers.
    "event_triggers": Schema(("form", "type", "pos", "plover", "subject_role", "needs", "series"), {
        "form": nonempty, "type": one_of("VISIT", "MEET", "CALL", "AGREE", "EXERCISE", "STATEMENT", "OTHER"),
        "pos": one_of("verb", "noun"), "subject_role": optional(one_of("host", "guest")),
        "series": one_of("yes", "no")}),
    "event_affixes": Schema(("affix", "kind"), {"affix": nonempty, "kind": one_of(
        "conjunction", "future", "verb_suffix", "noun_suffix", "possessive",
        "noun_possessive", "back_pronoun", "first_person", "maqsura_first_person",
        "object_pronoun")}),
    "event_cues": Schema(("form", "kind", "window"), {"form": nonempty, "window": integer, "kind": one_of(
        "planned", "expected", "denied", "hypothetical",
        "place_prep", "goal_prep", "partner_prep", "counterpart",
        "dual_subject", "group_office", "round_noun", "source", "background", "sponsor", "topic", "sports",
        "attendance", "attend_verb", "companion",
        "venue_clause", "future_time", "office_name", "unreal_head", "own_pronoun", "welcome", "welcome_verb",
        "home_word", "leaving",
        "figurative_sport", "two_sides", "present_time", "site_noun", "owner", "affiliate",
        "topic_prep", "tour_noun", "stops_verb", "leadership", "leader_kin", "answer_clause",
        "ahead_time", "invitation", "during", "sport_envoy", "agreement_list", "quantifier",
        "inviting_verb", "conveying_verb", "witness_verb", "courtesy_group", "each_of", "own_intent",
        "many_times", "also_doer", "next_leg", "apart_time", "state_committee", "refusal_head",
        "visit_length", "meeting_content")}),
    "event_ordinals": Schema(("form", "value", "kind"), {"form": nonempty, "value": integer,
                             "kind": one_of("unit", "teen", "ten")}),
    "event_round_patterns": Schema(("pattern", "lang"), {"pattern": regex_compiles, "lang": nonempty}),
    "event_facilities": Schema(("form",), {"form": nonempty}),
    "event_senses": Schema(("form", "kind", "window"), {"form": nonempty, "window": integer, "kind": one_of(
        "clause_break", "modal_imperfect", "support_verb", "purpose", "wish", "visit_party",
        "opinion_verb", "visited_thing", "delegation", "body_leaders", "met_there", "venue_verb",
        "clause_verb", "clause_participle",
        "partner_pronoun", "hosted_show",
        "name_prep", "proviso",
        "far_object", "not_military", "past_auxiliary", "subjunctive", "honoured_subject", "document_prep",
        "barrier_verb", "demonstrative", "doer_verb", "not_host", "no_possessive", "possessed_only", "crowd",
        "kin_goal", "cargo", "remains", "advice", "open_to", "quantifier", "relative_pronoun", "time_prep",
        "since_prep", "resumptive",
        "media", "party_relative", "absence",
        "comprising_verb", "sending_verb",
        "private_person", "private_adjective", "care_goal", "own_care_goal", "care_staff", "official", "ward",
        "not_a_person_head",
        "subordinator", "fronted", "pronoun_subject", "quantity_subject",
        "other_sense_after", "other_sense_before", "search_prep", "hosted_gathering", "assembly",
        "assembly_verb", "chair_verb", "chair_noun", "kin_home",
        "members_body",
        "joint_body", "approval_verb", "setting_out", "journey_aim", "signing_clause", "held_clause",
        "pair_pronoun",
        "met_figure", "unnamed_side", "unnamed_subject",
        "clause_pronoun", "accord_verb", "talks_going_on", "talks_resumed", "made_clause", "unnamed_trade",
        "manner", "shared_view", "narrator_after", "narrator_before", "rank", "gathering_verb", "our_holding",
        "letter_noun",
        "summit_noun", "holding_verb", "dual_partners", "thing_subject", "jussive_form",
        "jussive_particle", "official_travel", "opening_verb", "habitual", "habit_after", "held_to_come",
        "held_maybe", "custody",
        "attend_aim", "sided_talks", "approximate", "verbal_noun", "airport", "airport_qualifier")}),
    "quote_cues": Schema(("form", "kind"), {"form": nonempty, "kind": one_of(
        "verb", "continuation", "participle", "complementizer", "stop", "addressee", "name_noun",
        "blocker", "on_behalf", "relay", "relay_verb", "clause_opener", "other_verb", "attribution",
        "attribution_as", "attribution_noun",
        "hearsay", "close_to", "loyal_to", "learn_verb", "learn_source", "about", "saying_noun", "evidence",
        "bare_speech", "according_to", "passive", "naming_verb", "preposition", "reply_homograph",
        "show_homograph", "talk_homograph", "manner", "fact_subject", "if_verb", "reveal_verb", "answer",
        "points_lead", "point_ordinal", "text_lead")}),
    "quote_calls": Schema(("form", "kind", "preposition"), {"form": nonempty, "preposition": nonempty,
                          "kind": one_of("verb", "participle")}),
    "quote_objects": Schema(("form", "kind", "preposition"), {"form": nonempty, "preposition": nonempty,
                            "kind": one_of("verb", "participle")}),
    "speaker_references": Schema(("form", "kind", "key"), {"form": nonempty, "kind": one_of(
        "title", "org", "body", "statement", "relay", "honorific", "pronoun")}),
    "quote_marks": Schema(("mark", "kind", "name"), {"mark": codepoints,
                          "kind": one_of("open", "close", "either")}),
    "speaker_clauses": Schema(
        ("form", "kind"),
        {"form": nonempty, "kind": one_of("new_clause", "topic", "copula", "medium", "statement_adjective",
                                        "latter", "office_adjective", "office_link", "issue_verb",
                                        "unnamed_office", "partitive", "root_waw", "new_subject",
                                        "not_verb", "issuer_link", "fronted_topic", "verb_preposition",
                                        "verb_particle", "joint_statement", "authored_document",
                                        "adverb", "stance_lead", "naming_pronoun", "hearer_pronoun",
                                        "kin", "narrator", "companion_blessing", "holder_office",
                                        "object_pronoun", "partitive_relative",
                                        "glued_preposition")},
    ),
    "revered_speakers": Schema(("form", "who", "part"), {
        "form": nonempty, "who": one_of("god", "prophet", "either"),
        "part": one_of("name", "honorific", "eulogy", "introducer", "resumptive")}),
    "quote_object_details": Schema(("form",), {"form": nonempty}),
    "quote_sent_objects": Schema(("form",), {"form": nonempty}),
    "quote_call_objects": Schema(("form",), {"form": nonempty}),
    "quote_call_invitations": Schema(("form",), {"form": nonempty}),
    "quote_request_words": Schema(("form", "kind"), {"form": nonempty, "kind": one_of(
        "clause_particle", "subject_particle", "no_noun")}),
    "quote_object_attitudes": Schema(("verb", "kind", "noun"), {
        "verb": nonempty, "kind": one_of("verb", "participle"), "noun": nonempty}),
    "quote_object_heads": Schema(("form", "article"), {"form": nonempty,
                                                       "article": one_of("yes", "no", "construct")}),
    "quote_dialogue_turns": Schema(("form", "kind"), {"form": nonempty, "kind": one_of("turn", "addressee")}),
    "quote_homographs": Schema(("form", "kind"), {"form": nonempty, "kind": one_of(
        "noun_homograph", "verb_opener", "passive_homograph", "maqsura_passive", "hamza_first_person",
        "adjective_head", "sign_homograph", "pointed_at", "between", "copula")}),
    "quote_speech_openers": Schema(("form", "kind"), {"form": nonempty, "kind": one_of(
        "pronoun", "vocative", "question", "negation", "particle", "verb")}),
    "quote_object_templates": Schema(("pattern", "form", "use", "example"), {
        "pattern": regex_compiles, "form": nonempty, "use": one_of("any", "marked", "never"),
        "example": nonempty}),
    "interview_cues": Schema(("form", "role", "position"), {"form": nonempty,
                             "role": one_of("question", "answer", "interviewer", "announcement"),
                             "position": one_of("start", "end", "before", "head")}),
    "speaker_groups": Schema(("form",), {"form": nonempty}),
    "speaker_asked_all": Schema(("form",), {"form": nonempty}),
    "quote_leads": Schema(("form", "kind"), {"form": nonempty, "kind": one_of("lead", "attitude")}),
    "sentence_letters": Schema(("form", "letter"), {"form": nonempty, "letter": nonempty}),
    "quote_beliefs": Schema(("form", "kind"), {"form": nonempty, "kind": one_of("verb", "belief")}),
    "quote_mute_subjects": Schema(("form", "kind"), {"form": nonempty,
                                  "kind": one_of("noun", "demonstrative")}),
    "quote_findings": Schema(("form", "kind"), {"form": nonempty, "kind": one_of(
        "verb", "document", "results", "maker")}),
    "speaker_agreement": Schema(("affix", "position", "pos", "agreement"), {"affix": nonempty,
                                "position": one_of("prefix", "suffix", "word"),
                                "pos": one_of("verb", "participle", "pronoun", "relative"),
                                "agreement": one_of("m", "f", "p")}),
    # Arabic normalisation for matching: each source code point (or range) maps to a target.
    "normalization": Schema(
        ("source", "target", "rule"),
        {"source": codepoints, "rule": nonempty},
    ),
}
