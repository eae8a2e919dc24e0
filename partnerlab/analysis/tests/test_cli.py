"""The `partnerlab analyse` contracts: a file in, JSON out, no database."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from partnerlab.analysis.synthetic import as_rows, generate


def _analyse(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "SECRET_KEY", "DJANGO_SETTINGS_MODULE")
    }
    env["DEBUG"] = "not-a-boolean"  # proves the analyses never load Django settings
    return subprocess.run(
        [sys.executable, "-m", "partnerlab", "analyse", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_themes_prints_the_documented_shape(tmp_path: Path) -> None:
    rows = [
        {"ref": f"R-{r['id']}", "answer": r["text"]}
        for r in as_rows(generate(60, seed=5, n_topics=5))
    ]
    _write_csv(tmp_path / "answers.csv", rows)
    result = _analyse(
        "themes",
        str(tmp_path / "answers.csv"),
        "--text-column",
        "answer",
        "--id-column",
        "ref",
        "--min-size",
        "4",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert set(body) == {"themes", "unassigned"}
    ids = {r["ref"] for r in rows}
    seen: list[str] = []
    for theme in body["themes"]:
        assert set(theme) == {
            "id",
            "label",
            "keywords",
            "size",
            "members",
            "secondary",
            "representatives",
        }
        assert isinstance(theme["id"], int) and theme["size"] == len(theme["members"]) >= 4
        assert set(theme["members"]) <= ids and set(theme["secondary"]) <= ids
        assert set(theme["representatives"]) <= set(theme["members"])
        assert not set(theme["secondary"]) & set(theme["members"])
        seen += theme["members"]
    assert len(seen) == len(set(seen))  # at most one primary theme per answer
    assert sorted(seen + body["unassigned"]) == sorted(ids)


def test_gcm_reads_json_lines_and_echoes_ids_as_strings(tmp_path: Path) -> None:
    lines = [
        {"id": 7, "text": "Cheaper remittance transfers through mobile money."},
        {"id": "x", "text": "Training border guards on human rights at crossings."},
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = _analyse("gcm", str(tmp_path / "in.jsonl"), "--top", "2", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["items"]
    assert [i["id"] for i in items] == ["7", "x"]
    assert items[0]["objectives"][0]["number"] == 20
    assert items[1]["objectives"][0]["number"] == 11
    for item in items:
        assert 1 <= len(item["objectives"]) <= 2
        for objective in item["objectives"]:
            assert set(objective) == {"number", "score", "evidence"}
            assert 1 <= objective["number"] <= 23 and objective["evidence"]


def test_a_missing_column_or_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("body\nhello\n", encoding="utf-8")
    missing_column = _analyse("themes", str(tmp_path / "a.csv"), "--json")
    assert missing_column.returncode == 2 and "no column 'text'" in missing_column.stderr
    missing_file = _analyse("gcm", str(tmp_path / "nope.csv"), "--json")
    assert missing_file.returncode == 2 and "no such file" in missing_file.stderr
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    assert "empty" in _analyse("gcm", str(tmp_path / "empty.csv"), "--json").stderr
