"""The events stage: PLOVER events with modality, arguments, dates, places and quantities.

Modules, in the order the stage uses them:

- ``plover``       the 16 types, their modes, type groups, mode mappings
- ``lexicon``      triggers by lemma from ``triggers/`` (one file per PLOVER type)
- ``derive``       triggers past the list: prefixes, spellings, nominalisations of listed words
- ``detect``       the order of work; triggers and the nouns a verb realises
- ``embedding``    control words, proposals, reasons, reported obligations
- ``arguments``    source and target from the parse; actors through the actor stage
- ``modality``     asserted / negated / future / hypothetical from the event's clause
- ``commitments``  announced intentions: AGREE, THREATEN, REJECT
- ``filters``      which found events are reported
- ``timeplace``    the event's own date and place
- ``cameo``        PLOVER -> CAMEO root codes (``data/cameo_plover.csv``)
- ``confidence``   a score for ``--min-confidence``
- ``quantities``   troops, casualties, money in the evidence
- ``stage``        the ``detente_events`` component: ``Found`` -> ``Event``
"""
