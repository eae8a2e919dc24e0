"""`partnerlab analyse …`: the analyses on a file, JSON on stdout, no database needed.

    partnerlab analyse themes FILE [--text-column text] [--id-column id] [--min-size N] --json
    partnerlab analyse gcm FILE [--text-column text] [--id-column id] [--top K] --json
    partnerlab analyse typology FILE [--text-column text] [--id-column id] --json

FILE is CSV with a header row (UTF-8) or JSON Lines. Ids are echoed as they appear in the
file, as strings; without an id column, the record's number (1, 2, …) is its id.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from partnerlab.analysis.jsonlines import TooDeep, json_value


class InputError(Exception):
    """The file cannot be analysed; the message says why."""


def read_records(path: str, *, text_column: str, id_column: str) -> tuple[list[str], list[str]]:
    """(ids, texts) of a CSV or JSON Lines file."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file: {path}")
    try:
        content = file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    if not content.strip():
        raise InputError(f"{path} is empty")
    is_jsonl = file.suffix.lower() in (".jsonl", ".ndjson") or content.lstrip().startswith("{")
    rows = _jsonl_rows(content) if is_jsonl else _csv_rows(content)
    if not rows:
        raise InputError(f"{path} has no records")
    if text_column not in rows[0][1]:
        columns = ", ".join(sorted(rows[0][1])) or "none"
        raise InputError(f"no column '{text_column}' (columns: {columns}); use --text-column")
    ids = [str(row.get(id_column, number)) for number, row in rows]
    texts = [str(row.get(text_column) or "") for _number, row in rows]
    return ids, texts


def _csv_rows(content: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(content, newline=""))
    csv.field_size_limit(50_000_000)
    try:
        return [(n, row) for n, row in enumerate(reader, start=1)]
    except csv.Error as error:
        raise InputError(f"not valid CSV near line {reader.line_num}: {error}") from None


def _jsonl_rows(content: str) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json_value(line)
        except json.JSONDecodeError as error:
            raise InputError(f"line {number} is not valid JSON: {error.msg}") from None
        except TooDeep:
            raise InputError(f"line {number} is nested too deeply to be a record") from None
        if not isinstance(item, dict):
            raise InputError(f"line {number} is not a JSON object")
        rows.append((len(rows) + 1, item))
    return rows


def themes_command(args: argparse.Namespace) -> dict[str, Any]:
    from partnerlab.analysis.embedding import embedder_for, encode_with_segments
    from partnerlab.analysis.themes import discover_themes

    ids, texts = read_records(args.file, text_column=args.text_column, id_column=args.id_column)
    vectors, segment_vectors = encode_with_segments(embedder_for(len(texts)), texts)
    found = discover_themes(
        texts, vectors, min_size=args.min_size, segment_embeddings=segment_vectors
    )
    return {
        "themes": [
            {
                "id": number,
                "label": theme.label,
                "keywords": theme.keywords,
                "size": len(theme.members),
                "members": [ids[i] for i in theme.members],
                "secondary": [ids[i] for i in theme.secondary],
                "representatives": [ids[i] for i in theme.representatives],
            }
            for number, theme in enumerate(found.themes, start=1)
        ],
        "unassigned": [ids[i] for i in found.unassigned],
    }


def gcm_command(args: argparse.Namespace) -> dict[str, Any]:
    from partnerlab.analysis.gcm import default_tagger

    ids, texts = read_records(args.file, text_column=args.text_column, id_column=args.id_column)
    tagged = default_tagger().tag(texts, top=args.top)
    return {
        "items": [
            {"id": i, "objectives": [m.as_dict() for m in matches]}
            for i, matches in zip(ids, tagged, strict=True)
        ]
    }


def typology_command(args: argparse.Namespace) -> dict[str, Any]:
    from partnerlab.analysis.typology import classify

    ids, texts = read_records(args.file, text_column=args.text_column, id_column=args.id_column)
    return {
        "items": [
            {"id": i, **result.as_dict()} for i, result in zip(ids, classify(texts), strict=True)
        ]
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerlab analyse", description="Analyse a file of texts; JSON on stdout."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def add(
        name: str, help_text: str, run: Callable[[argparse.Namespace], dict[str, Any]]
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("file", help="CSV with a header row, or JSON Lines")
        sub.add_argument("--text-column", default="text")
        sub.add_argument("--id-column", default="id")
        sub.add_argument("--json", action="store_true", help="print JSON (the default output)")
        sub.set_defaults(run=run)
        return sub

    add(
        "themes", "common themes, with members, key phrases and representatives", themes_command
    ).add_argument(
        "--min-size", type=int, default=3, help="fewest answers a theme may have (default 3)"
    )
    add("gcm", "the GCM objectives each text speaks to, with evidence", gcm_command).add_argument(
        "--top", type=int, default=3, help="at most this many objectives per text (default 3)"
    )
    add(
        "typology",
        "the partnership type of each description (MPF typology), with components and evidence",
        typology_command,
    )
    return parser


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    if getattr(args, "min_size", 1) < 1 or getattr(args, "top", 1) < 1:
        sys.stderr.write("partnerlab analyse: --min-size and --top must be at least 1\n")
        return 2
    try:
        result = args.run(args)
    except InputError as error:
        sys.stderr.write(f"partnerlab analyse: {error}\n")
        return 2
    json.dump(result, sys.stdout, ensure_ascii=False, indent=None if args.json else 2)
    sys.stdout.write("\n")
    return 0
