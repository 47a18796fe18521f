"""stance_timeline on hand-made contract dicts (fast, no model)."""

from detente.stances.timeline import stance_timeline


def _result(article_id, published, stances, actors=()):
    return {
        "schema_version": "1",
        "article": {"id": article_id, "published": published, "text": "..."},
        "actors": [{"id": a, "name": n, "code": c} for a, n, c in actors],
        "stances": stances,
    }


def _stance(code, position, date=None, evidence="ev", conditions=(), actor="a1", topic="negotiations"):
    return {
        "id": "s1", "actor": actor, "actor_code": code, "topic": topic, "position": position,
        "conditions": [{"start": 0, "end": len(c), "text": c} for c in conditions],
        "evidence": {"start": 0, "end": len(evidence), "text": evidence},
        "attribution": None,
        "date": {"value": date, "precision": "day" if date and len(date) == 10 else "month", "text": None}
        if date else None,
    }


def test_timeline_orders_by_date_and_finds_change_points():
    results = [
        _result("late", "2022-11-09", [_stance("UKR.GOV", "conditional", "2022-11-09", conditions=["a full withdrawal"])],
                actors=[("a1", "Volodymyr Zelensky", "UKR.GOV")]),
        _result("early", "2022-03-30", [_stance("UKR.GOV", "open", "2022-03-29")]),
        _result("mid", "2022-10-05", [_stance("UKR.GOV", "opposed", "2022-10-04")]),
    ]
    [line] = stance_timeline(results)
    assert line["actor_code"] == "UKR.GOV" and line["topic"] == "negotiations"
    assert [p["article"] for p in line["positions"]] == ["early", "mid", "late"]
    assert [(c["from"], c["to"], c["date"], c["article"]) for c in line["changes"]] == [
        ("open", "opposed", "2022-10-04", "mid"),
        ("opposed", "conditional", "2022-11-09", "late"),
    ]
    assert line["current"] == "conditional"
    assert line["positions"][-1]["conditions"] == ["a full withdrawal"]
    assert line["positions"][-1]["actor"] == "Volodymyr Zelensky"


def test_timeline_undated_stance_takes_publication_date():
    results = [
        _result("b", "2022-11-09", [_stance("RUS.GOV", "open")]),
        _result("a", "2022-06-01", [_stance("RUS.GOV", "conditional", conditions=["x"])]),
    ]
    [line] = stance_timeline(results)
    assert [(p["article"], p["date"], p["dated_by"]) for p in line["positions"]] == [
        ("a", "2022-06-01", "published"), ("b", "2022-11-09", "published")]
    assert line["changes"][0]["from"] == "conditional"


def test_timeline_month_precision_sorts_before_days_in_that_month():
    results = [_result("x", "2022-11-09", [_stance("USA.GOV", "open", "2022-03-15"),
                                           _stance("USA.GOV", "opposed", "2022-03")])]
    [line] = stance_timeline(results)
    assert [p["position"] for p in line["positions"]] == ["opposed", "open"]


def test_timeline_groups_by_code_and_topic_and_skips_uncoded():
    results = [_result("x", "2022-11-09", [
        _stance("USA.GOV", "neutral"), _stance("NATO", "conditional"), _stance(None, "open"),
        _stance("USA.GOV", "open", topic="ceasefire"),
    ])]
    lines = stance_timeline(results)
    assert [(line["actor_code"], line["topic"]) for line in lines] == [
        ("NATO", "negotiations"), ("USA.GOV", "ceasefire"), ("USA.GOV", "negotiations")]
    assert all(line["changes"] == [] for line in lines)


def test_timeline_same_position_is_no_change_and_bad_input_is_skipped():
    results = [None, {"article": {}}, _result("a", None, [_stance("ISR.GOV", "opposed")]),
               _result("b", "2023-01-01", [_stance("ISR.GOV", "opposed", "2023-01-01")])]
    [line] = stance_timeline(results)
    assert line["changes"] == []
    # the undated stance of an undated article goes last
    assert [p["article"] for p in line["positions"]] == ["b", "a"]
    assert stance_timeline([]) == []
