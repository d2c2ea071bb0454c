"""`enforcer backtest`: replay recorded events through rules in event time."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from enforcer.backtest import Summary, replay
from enforcer.core.engine import Engine, EngineConfig
from enforcer.gctune import tune_gc
from enforcer.jsonl import input_size, open_lines, open_out, write_obj
from enforcer.labels import LabelsError, load_labels
from enforcer.report import detection, detection_lines, diff, diff_lines, summary_lines
from enforcer.rules.loader import RuleSetError, load_rules


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backtest", help="replay recorded events through a rules directory")
    p.add_argument("--rules", required=True, help="rules directory")
    p.add_argument("--events", required=True, help="JSON Lines (plain, .gz, or - for stdin)")
    p.add_argument("--out", help="write decisions as JSON Lines here")
    p.add_argument("--labels", help="account labels: JSON object account id -> {label: attack|benign, population: "
                                    "...} (as simulate writes), or -> label; JSON Lines, a JSON array or CSV of "
                                    "rows with account_id and label (enforcer/labels.py)")
    p.add_argument("--dead-letter", help="write malformed and late lines here with their reason "
                   "(default: <out>.dead.jsonl when --out is given)")
    p.add_argument("--report-json", help="write the summary and detection report as JSON here")
    p.add_argument("--baseline", help="a second rules directory: report what changes from it to --rules")
    p.add_argument("--dry-run", action="store_true", help="treat every rule as shadow")
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        rules = load_rules(args.rules)
    except RuleSetError as exc:
        print(f"rules rejected:\n{exc}", file=sys.stderr)
        return 2
    config = EngineConfig(dry_run=args.dry_run)
    tune_gc()
    baseline = None
    if args.baseline:
        try:
            baseline = (Engine(load_rules(args.baseline), config), Summary())
        except RuleSetError as exc:
            print(f"baseline rules rejected:\n{exc}", file=sys.stderr)
            return 2
    try:
        labels = load_labels(args.labels) if args.labels else None
    except (OSError, LabelsError) as exc:
        print(f"labels rejected: {exc}", file=sys.stderr)
        return 2
    dead_path = args.dead_letter or (f"{args.out}.dead.jsonl" if args.out and args.out != "-" else None)
    bar = _progress(args)
    with open_lines(args.events) as lines, open_out(args.out) as out, open_out(dead_path) as dead:
        summary = replay(
            lines,
            rules,
            config,
            on_decision=lambda d: out.write(d.to_json() + b"\n"),
            on_dead=lambda n, raw, reason: write_obj(dead, {"line": n, "reason": reason,
                                                            "raw": raw.decode("utf-8", "replace")}),
            on_line=bar.update if bar else None,
            baseline=baseline,
        )
    if bar:
        bar.close()
    text = sys.stderr if args.out == "-" else sys.stdout
    for line in summary_lines(summary):
        print(line, file=text)
    if summary.invalid or summary.late:
        print(f"dead-lettered: {summary.invalid + summary.late} lines"
              + (f" -> {dead_path}" if dead_path else " (use --dead-letter FILE to keep them)"), file=text)
    report = {"events": summary.events, "invalid": summary.invalid, "late": summary.late,
              "duplicates": summary.duplicates,
              "seconds": summary.seconds, "events_per_s": summary.events_per_s,
              "decisions": [{"rule": r, "action": a, "mode": m, "count": n}
                            for (r, a, m), n in sorted(summary.decisions.items())]}
    if labels is not None:
        det = detection(summary, labels)
        for line in detection_lines(det):
            print(line, file=text)
        report["detection"] = det
    if baseline is not None:
        d = diff(summary, baseline[1], labels)
        for line in diff_lines(d):
            print(line, file=text)
        report["diff"] = d
    if args.report_json:
        Path(args.report_json).write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    return 0


def _progress(args: argparse.Namespace):
    if args.no_progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    total = input_size(args.events)
    return tqdm(total=total, unit="B", unit_scale=True, desc="backtest", file=sys.stderr)
