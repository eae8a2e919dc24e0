"""The `partnerlab` console command: every Django management command, and ours."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["analyse"]:
        # The analyses need no database and no settings: plain Python on a file.
        from partnerlab.analysis.cli import main as analyse

        raise SystemExit(analyse(args[1:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "partnerlab.settings")
    from partnerlab.conf import SettingError

    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(["partnerlab", *args])
    except SettingError as error:
        sys.stderr.write(f"partnerlab: {error}\n")
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
