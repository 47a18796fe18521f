import json

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.output.contract import check_spans

pytestmark = pytest.mark.slow

ARTICLE = (
    "Talks resume in Istanbul\n\n"
    "Russian and Ukrainian negotiators met in Istanbul on Tuesday, Reuters reported.\n"
)


@pytest.fixture()
def runner():
    return CliRunner()


def _objects(output: str) -> list[dict]:
    decoder = json.JSONDecoder()
    objs, i = [], 0
    output = output.strip()
    while i < len(output):
        obj, end = decoder.raw_decode(output, i)
        objs.append(obj)
        i = end
        while i < len(output) and output[i].isspace():
            i += 1
    return objs


def test_cli_extract_json_follows_contract(runner, tmp_path, nlp):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "json", "--published", "2022-03-29"])
    assert result.exit_code == 0, result.output
    (doc,) = _objects(result.stdout)
    assert doc["schema_version"] == "1"
    assert doc["article"]["title"] == "Talks resume in Istanbul"
    assert doc["article"]["published"] == "2022-03-29"
    assert doc["article"]["text"] == ARTICLE
    assert check_spans(doc) == []
    assert "Istanbul" in {p["name"] for p in doc["places"]}


def test_cli_extract_jsonl_one_line_per_article(runner, tmp_path, nlp):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE + name, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 2
    assert lines[0]["article"]["id"] != lines[1]["article"]["id"]


def test_cli_extract_bad_input_goes_on_and_exits_nonzero(runner, tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(bad), str(empty), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert len([l for l in result.stdout.splitlines() if l.startswith("{")]) == 1
    errors = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 2
    assert any("bad.bin" in e for e in errors) and any("empty.txt" in e for e in errors)


def test_cli_extract_nothing_readable_exits_two(runner, tmp_path, nlp):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing)])
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr
    assert result.stdout.strip() == ""


def test_cli_extract_bad_published_is_one_line(runner, tmp_path, nlp):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "someday"])
    assert result.exit_code == 2
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "someday" in lines[0]


def test_cli_extract_table_is_readable(runner, tmp_path, nlp):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "Talks resume in Istanbul" in result.stdout
    assert "Istanbul" in result.stdout and "TUR" in result.stdout


def test_cli_extract_over_time_budget_is_one_line_and_exits_one(runner, tmp_path, nlp):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("Tuesday", name), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                 "--format", "jsonl", "--time-budget", "0.000000001"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and all("article_time_budget" in line for line in errors)
    assert errors[0].startswith(f"error: {tmp_path / 'a.txt'}: extraction stopped after")
    assert "2 input(s) failed, 0 article(s) extracted" in result.stderr
    ok = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "jsonl",
                             "--time-budget", "0"])
    assert ok.exit_code == 0 and len(_objects(ok.stdout)) == 1
