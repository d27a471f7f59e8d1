"""``cipcheck batch``: a whole cohort folder, each file isolated in its own process.

The parts, in the order a batch runs them:

- ``discovery``: which files under the folder are dossiers, which are skipped and why;
- ``manifest``: the trainer's CSV (candidate, rule set, route, hours per file);
- ``plan``: each file with its rule set and options (``Job``), nothing read yet;
- ``pool``: each job in a child process of its own, N at a time, killed at its deadline,
  with a LibreOffice service per worker;
- ``worker``: what the child does (the check, its address-space limit, every failure
  turned into that file's ``input.*`` report);
- ``progress``: the progress bar or lines on stderr;
- ``command``: the command itself (``run_command``).

The summaries it prints and writes are renderers (``cipcheck.render.summary`` and the
format table ``cipcheck.render.formats``); files are written by ``cipcheck.outputs``.
"""

from __future__ import annotations

from cipcheck.api import Options
from cipcheck.batch.command import Settings, run_command
from cipcheck.batch.discovery import DOSSIER_SUFFIXES, OTHER_DOCUMENT_SUFFIXES, Skipped, discover
from cipcheck.batch.errors import BatchUsageError
from cipcheck.batch.manifest import ManifestRow, parse_hours, read_manifest
from cipcheck.batch.plan import Job, Plan, plan
from cipcheck.batch.pool import BatchResult, default_jobs, run, run_jobs
from cipcheck.batch.worker import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    CheckFn,
    Limits,
    Outcome,
    check_one,
    error_report,
)
from cipcheck.outputs import page_names
from cipcheck.outputs import write_batch as write_outputs
from cipcheck.render.formats import FORMATS
from cipcheck.render.formats import render_batch as render_format
from cipcheck.render.summary import summary_table

# The file each format is written to in a batch's --output folder.
OUTPUT_NAMES = {name: fmt.batch_file for name, fmt in FORMATS.items()}

__all__ = [
    "DEFAULT_MEMORY_MB", "DEFAULT_TIMEOUT", "DOSSIER_SUFFIXES", "OTHER_DOCUMENT_SUFFIXES",
    "OUTPUT_NAMES", "BatchResult", "BatchUsageError", "CheckFn", "Job", "Limits",
    "ManifestRow", "Options", "Outcome", "Plan", "Settings", "Skipped", "check_one",
    "default_jobs", "discover", "error_report", "page_names", "parse_hours", "plan",
    "read_manifest", "render_format", "run", "run_command", "run_jobs", "summary_table",
    "write_outputs",
]
