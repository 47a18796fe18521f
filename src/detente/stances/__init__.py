"""The stances stage: where each party stands on talks, and how that moves over time.

- ``stage.py``: the ``detente_stances`` spaCy component (``doc._.stances``);
- ``detect.py``: stance statements read off the parse; ``lexicon.py``: the words it reads;
  ``conditions.py``: conditions as verbatim spans; ``syntax.py``: parse helpers;
- ``from_events.py``: stances implied by AGREE/REJECT/REQUEST events about talks;
- ``merge.py``: one stance per actor code and topic; ``timing.py``: dates and recency;
- ``timeline.py``: ``stance_timeline(results)`` across articles.
"""
