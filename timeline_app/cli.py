"""The ``timeline-app`` command: the desktop app, and headless tag/events/export commands.

``timeline-app [FILE ...]`` opens the window. Subcommands run without a display. Bad input ends
with one clear line on stderr and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

SUBCOMMANDS = ("tag", "events", "export")

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_NO_DATE = 3


class CliError(Exception):
    """A user-facing error: printed as one line, exit status ``code``."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return _run_headless(args)
    gui_parser = _gui_parser()
    options = gui_parser.parse_args(args)
    if options.self_test:
        from timeline_app.selftest import run_self_test

        return run_self_test()
    from timeline_app.gui.app import run_gui

    return run_gui(options.files)


def _run_headless(args: list[str]) -> int:
    parser = _headless_parser()
    options = parser.parse_args(args)
    try:
        return int(options.handler(options))
    except CliError as exc:
        print(f"timeline-app: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked for (see ``timeline_app``)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from timeline_app import __version__

        print(f"timeline-app {__version__}")
        parser.exit()


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description=(
            "Turn a news article into an interactive timeline. With FILEs, opens them in the "
            "window. Headless commands: 'timeline-app tag|events|export --help'."
        ),
        epilog="commands: tag (time expressions), events (timeline events as data), "
        "export (timeline image)",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="article files to open")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a headless check of the installed app and print a JSON status",
    )
    return parser


def _headless_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline-app")
    sub = parser.add_subparsers(dest="command", required=True)

    tag = sub.add_parser("tag", help="list the time expressions of an article")
    tag.add_argument("file", nargs="?", help="article file")
    tag.add_argument(
        "--jsonl",
        metavar="IN",
        help="tag lines {id, dct, text} of a JSONL file (- for standard input)",
    )
    tag.add_argument("--pub-date", type=_iso_date, metavar="YYYY-MM-DD")
    tag.add_argument("--format", choices=("json", "text"), default="json")
    tag.set_defaults(handler=_cmd_tag)

    events = sub.add_parser("events", help="print the timeline events of articles as data")
    events.add_argument("files", nargs="+", metavar="FILE")
    events.add_argument("--pub-date", type=_iso_date, metavar="YYYY-MM-DD")
    events.add_argument("--format", choices=("json", "csv"), default="json")
    events.set_defaults(handler=_cmd_events)

    export = sub.add_parser("export", help="draw the timeline of articles to an image file")
    export.add_argument("files", nargs="+", metavar="FILE")
    export.add_argument("-o", "--output", required=True, help="PNG, SVG or PDF file to write")
    export.add_argument("--pub-date", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--width", type=float, help="inches")
    export.add_argument("--height", type=float, help="inches")
    export.add_argument("--dpi", type=float)
    export.add_argument("--title")
    export.add_argument(
        "--range", metavar="START:END", help="dates shown, e.g. 2021-08-01:2021-08-31"
    )
    export.set_defaults(handler=_cmd_export)
    return parser


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _load(path: str, pub_date: date | None):  # -> Analysis
    from timeline_app.core.models import DateSource, PublicationDate
    from timeline_app.core.pipeline import analyse
    from timeline_app.io import ReadError, read_document

    try:
        document = read_document(path)
    except ReadError as exc:
        raise CliError(str(exc)) from None
    override = PublicationDate(pub_date, DateSource.USER, "--pub-date") if pub_date else None
    analysis = analyse(document, publication_date=override)
    if analysis.publication_date is None:
        print(
            f"timeline-app: warning: no publication date found in {Path(path).name}; relative "
            "dates ('Monday', 'last month') are left unresolved. Give one with --pub-date "
            "YYYY-MM-DD.",
            file=sys.stderr,
        )
    elif "year not given" in analysis.publication_date.evidence:
        print(
            f"timeline-app: warning: the dateline of {Path(path).name} has no year; "
            f"{analysis.publication_date.value.isoformat()} assumed. Give another with "
            "--pub-date YYYY-MM-DD.",
            file=sys.stderr,
        )
    return analysis


def _cmd_tag(options: argparse.Namespace) -> int:
    from timeline_app.core.tagger.batch import tag_jsonl, timex_to_json

    if options.jsonl:
        try:
            if options.jsonl == "-":  # a pipe: `... | timeline-app tag --jsonl -`
                for line in tag_jsonl(sys.stdin):
                    sys.stdout.write(line + "\n")
            else:
                with open(options.jsonl, encoding="utf-8") as lines:
                    for line in tag_jsonl(lines):
                        sys.stdout.write(line + "\n")
        except OSError as exc:
            raise CliError(f"cannot read {options.jsonl}: {exc.strerror}") from None
        except ValueError as exc:
            raise CliError(f"{options.jsonl}: {exc}") from None
        return EXIT_OK
    if not options.file:
        raise CliError("give an article FILE or --jsonl IN.jsonl")
    analysis = _load(options.file, options.pub_date)
    document = analysis.document
    timexes = []
    for timex in analysis.timexes:
        start, end = document.raw_span(timex.start, timex.end)
        item = timex_to_json(timex)
        item.update(start=start, end=end, text=(document.raw_text or document.text)[start:end])
        timexes.append(item)
    pub = analysis.publication_date
    if options.format == "text":
        for item in timexes:
            print(
                f"{item['start']}\t{item['end']}\t{item['type']}\t{item['value']}\t{item['text']}"
            )
    else:
        json.dump({"dct": pub.value.isoformat() if pub else None, "timexes": timexes}, sys.stdout)
        sys.stdout.write("\n")
    return EXIT_OK


def _cmd_events(options: argparse.Namespace) -> int:
    from timeline_app.io.exports import analyses_to_csv, analysis_to_json

    analyses = [_load(path, options.pub_date) for path in options.files]
    if options.format == "csv":
        sys.stdout.write(analyses_to_csv(analyses))
        return EXIT_OK
    payload = [analysis_to_json(a) for a in analyses]
    json.dump(
        payload[0] if len(payload) == 1 else payload, sys.stdout, ensure_ascii=False, indent=1
    )
    sys.stdout.write("\n")
    return EXIT_OK


def _cmd_export(options: argparse.Namespace) -> int:
    from timeline_app.plotting import ExportOptions, export_timeline

    analyses = [_load(path, options.pub_date) for path in options.files]
    events = [e for a in analyses for e in a.visible_events]
    pub_dates = [
        (a.document.source, a.publication_date.value) for a in analyses if a.publication_date
    ]
    export_options = ExportOptions()
    changes = {
        "width": options.width,
        "height": options.height,
        "dpi": options.dpi,
        "title": options.title,
        "range": _parse_range(options.range) if options.range else None,
    }
    export_options = _with(export_options, changes)
    try:
        titles = {a.document.source: a.document.title for a in analyses if a.document.title}
        export_timeline(
            events,
            options.output,
            export_options,
            publication_dates=pub_dates,
            doc_titles=titles,
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {options.output}: {exc.strerror}") from None
    print(f"wrote {options.output} ({len(events)} events)", file=sys.stderr)
    return EXIT_OK


def _with(options: Any, changes: dict[str, Any]) -> Any:
    import dataclasses

    fields = {f.name for f in dataclasses.fields(options)}
    return dataclasses.replace(
        options, **{k: v for k, v in changes.items() if v is not None and k in fields}
    )


def _parse_range(text: str) -> tuple[date, date]:
    start, sep, end = text.partition(":")
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        sep = ""
    if not sep or last < first:
        raise CliError(f"--range must be START:END with ISO dates, START <= END: {text!r}")
    return first, last


if __name__ == "__main__":
    sys.exit(main())
