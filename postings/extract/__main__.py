"""CLI: `python -m postings.extract FILE...` prints one JSON object per file (SCHEMA keys).

Each file is read with `text_from_file` (text in any encoding, HTML, PDF, DOCX); `-` reads
standard input. A file that cannot be read (missing, a folder, a format we do not read) gives
`{"file": ..., "error": ...}` on its line and the run goes on; the exit status is 0 all the
same, so that one bad file never hides the others' results. The lines come in the order of
the arguments: `../shared/tools/score_extraction.py` pairs them with its files by position.

`--reference-date 2026-01-15` dates the postings (for dates written without a year);
`--evidence` adds, per field, the words it was read from, and the warnings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from postings.extract import UnreadableFile, extract, text_from_file


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Print one JSON line per file named in `argv`; return the exit status (always 0)."""
    args = _parser().parse_args(argv)
    out = stdout or sys.stdout
    # The scorer reads UTF-8; a terminal in another encoding gets escaped, still valid, JSON.
    ascii_only = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "") != "utf8"
    for name in args.files:
        row = _row(name, args.reference_date, evidence=args.evidence)
        print(json.dumps(row, ensure_ascii=ascii_only), file=out, flush=True)
    return 0


def _row(name: str, reference_date: date | None, *, evidence: bool) -> dict[str, Any]:
    """The JSON object for one file: the SCHEMA fields, or the reason it could not be read."""
    try:
        if name == "-":
            text = text_from_file(sys.stdin.buffer.read(), "-")
        else:
            text = text_from_file(name, name)
    except UnreadableFile as error:
        return {"file": name, "error": str(error)}
    except Exception as error:  # a bug in a reader must not stop the other files
        return {"file": name, "error": f"{type(error).__name__}: {error}"}
    result = extract(text, reference_date=reference_date)
    row = result.to_schema()
    if evidence:
        row["evidence"] = {key: result.snippet(key) for key in result.evidence}
        row["warnings"] = list(result.warnings)
    return row


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m postings.extract",
        description="Lit des offres d'emploi et affiche leurs champs, une ligne JSON par fichier.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="fichier à lire ; - : l'entrée")
    parser.add_argument(
        "--reference-date",
        type=date.fromisoformat,
        help="date de l'offre (AAAA-MM-JJ), pour les dates écrites sans année",
    )
    parser.add_argument(
        "--evidence", action="store_true", help="ajoute les mots lus pour chaque champ"
    )
    return parser


if __name__ == "__main__":
    sys.exit(main())
