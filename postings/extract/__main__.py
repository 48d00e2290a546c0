"""CLI: `python -m postings.extract FILE...` prints one JSON object per file (SCHEMA keys).

`-` reads standard input. A file that cannot be read gives `{"error": "..."}` on its line
and the run goes on.
"""

from __future__ import annotations

import json
import sys

from postings.extract import UnreadableFile, extract, text_from_file


def main(argv: list[str]) -> int:
    """Print one JSON line per argument; return 0."""
    for name in argv:
        try:
            if name == "-":
                text = text_from_file(sys.stdin.buffer.read(), "stdin.txt")
            else:
                text = text_from_file(name, name)
        except (OSError, UnreadableFile) as error:
            print(json.dumps({"file": name, "error": str(error)}, ensure_ascii=False))
            continue
        print(json.dumps(extract(text).to_schema(), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
