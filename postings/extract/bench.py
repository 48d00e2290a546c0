"""`python -m postings.extract.bench`: how fast the extractor is, against its targets.

Prints, for the postings of the shared corpus (`../shared/corpus/postings/*.txt` beside the
repository, or `--corpus DIR`):
- the median and 95th-percentile time of `extract()` per posting, in-process, each posting
  run `--rounds` times after a warm-up (targets: median ≤ 5 ms, p95 ≤ 20 ms), and the median
  time of each field family, of building the `Doc` and of cleaning the description;
- the cold load of the commune gazetteer in a fresh process: time (≤ 0.3 s) and peak memory
  traced by tracemalloc (≤ 40 MB), measured in two separate processes since tracing slows;
- adversarial inputs (100 000-character lines of several shapes, 2 MB of text, 50 e-mail
  addresses, deeply nested HTML through `text_from_file`): each must take under a second;
  one still running after 30 s is stopped and shown as "inf".
Any figure over its target is flagged "TROP LENT" / "TROP GROS"; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import MappingProxyType

from postings.extract import core, description, extract, text_from_file
from postings.extract.text import Doc, Found

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "postings"
MEDIAN_TARGET, P95_TARGET = 0.005, 0.020
LOAD_TARGET, MEMORY_TARGET = 0.3, 40_000_000
ADVERSARIAL_TARGET = 1.0
# An adversarial input still running after this many seconds is stopped (shown as "inf").
GIVE_UP = 30

_GAZETTEER_PROBE = """
import json, sys, time, tracemalloc
if sys.argv[1] == "memory":
    tracemalloc.start()
start = time.perf_counter()
from postings import geo
geo.gazetteer()
seconds = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if sys.argv[1] == "memory" else 0
print(json.dumps({"seconds": seconds, "peak_bytes": peak}))
"""


def corpus_texts(folder: Path) -> list[tuple[str, str]]:
    """(name, text) of each `*.txt` file in `folder`, sorted by name."""
    return [(path.stem, path.read_text("utf-8")) for path in sorted(folder.glob("*.txt"))]


def time_postings(texts: Sequence[tuple[str, str]], rounds: int) -> dict[str, float]:
    """Median seconds of `extract()` per posting over `rounds` runs, after one warm-up run."""
    for _, text in texts:
        extract(text)
    return {name: _median_time(lambda text=text: extract(text), rounds) for name, text in texts}


def time_parts(texts: Sequence[tuple[str, str]], rounds: int) -> dict[str, float]:
    """Median seconds per posting of each part of `extract()`: the Doc, each family, the
    description (families run in order, each given what the earlier ones found)."""
    samples: dict[str, list[float]] = {"doc": []}
    for _, text in texts:
        for _ in range(rounds):
            start = time.perf_counter()
            doc = Doc.of(text)
            samples["doc"].append(time.perf_counter() - start)
            found: dict[str, Found] = {}
            for name, family in core.FAMILIES:
                start = time.perf_counter()
                try:
                    results = family(doc, MappingProxyType(found))
                except Exception:  # a broken family is timed to its failure, like in extract()
                    results = {}
                samples.setdefault(name, []).append(time.perf_counter() - start)
                found.update({k: v for k, v in results.items() if k != "warning" and v})
            start = time.perf_counter()
            description.clean_description(doc)
            samples.setdefault("description", []).append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items() if values}


def gazetteer_load() -> dict[str, float]:
    """Cold load of the gazetteer in fresh processes: {"seconds": ..., "peak_bytes": ...}."""
    timing = _probe("time")
    memory = _probe("memory")
    return {"seconds": timing["seconds"], "peak_bytes": memory["peak_bytes"]}


def adversarial_inputs(scale: float = 1.0) -> dict[str, str]:
    """Texts that catch slow regular expressions and quadratic loops (`scale` shrinks them)."""

    def n(count: int) -> int:
        return max(1, int(count * scale))

    addresses = "\n".join(f"Contact {i} : prenom.nom{i}@asso-{i}.example" for i in range(50))
    posting = "Chargé de mission (H/F)\nCDI à Lyon, 2 000 € brut par mois.\n"
    return {
        '"1 " × 50 000': "1 " * n(50_000),
        '"a" × 100 000': "a" * n(100_000),
        '"@." × 50 000': "@." * n(50_000),
        '"01/01/" × 20 000': "01/01/" * n(20_000),
        '"de " × 30 000': "de " * n(30_000),
        '"é" × 100 000': "é" * n(100_000),
        '"-" × 100 000': "-" * n(100_000),
        '"http://" × 15 000': "http://" * n(15_000),
        '"a@b.fr " × 14 000': "a@b.fr " * n(14_000),
        '"12 000 € " × 10 000': "12 000 € " * n(10_000),
        '"Lieu : " × 14 000': "Lieu : " * n(14_000),
        '"H/F " × 25 000': "H/F " * n(25_000),
        '"75001 Paris " × 8 000': "75001 Paris " * n(8_000),
        '"(" × 100 000': "(" * n(100_000),
        '"\\n" × 100 000': "\n" * n(100_000),
        '" " × 100 000': " " * n(100_000) + "Localiser avec Mappy",
        "2 Mo de texte": (posting * n(50_000))[: n(2_000_000)],
        "50 adresses e-mail": addresses,
        "emoji seuls": "🌱🤝💡" * n(10_000),
    }


def time_adversarial(inputs: dict[str, str]) -> dict[str, float]:
    """Seconds of one `extract()` on each adversarial input."""
    return {name: _once(lambda text=text: extract(text)) for name, text in inputs.items()}


def time_html(scale: float = 1.0) -> dict[str, float]:
    """Seconds of `text_from_file` + `extract()` on deeply nested and very long HTML."""
    depth = max(1, int(50_000 * scale))
    pages = {
        "HTML : 50 000 <div> imbriqués": "<div>" * depth + "Chargé de mission" + "</div>" * depth,
        "HTML : 20 000 listes imbriquées": "<ul><li>" * (depth // 2 + 1) + "Animateur",
        "HTML : 100 000 balises <b>": "<p>" + "<b>x</b>" * depth * 2 + "</p>",
    }
    return {
        name: _once(lambda page=page: extract(text_from_file(page.encode(), "offre.html")))
        for name, page in pages.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measure and print it; 1 when a figure misses its target, else 0."""
    parser = argparse.ArgumentParser(prog="python -m postings.extract.bench")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--scale", type=float, default=1.0, help="taille des entrées piégées")
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(line_buffering=True)  # each figure as soon as it is measured
    texts = corpus_texts(args.corpus)
    if not texts:
        print(f"Aucun fichier .txt dans {args.corpus}")
        return 1
    per_posting = time_postings(texts, args.rounds)
    values = sorted(per_posting.values())
    median, p95 = statistics.median(values), _percentile(values, 0.95)
    slowest = max(per_posting, key=per_posting.__getitem__)
    missed = [
        _line(f"extract() médiane sur {len(texts)} offres", median, MEDIAN_TARGET),
        _line("extract() 95e centile", p95, P95_TARGET),
    ]
    print(f"  (la plus lente : {slowest}, {per_posting[slowest] * 1000:.2f} ms)")
    print("Médiane par partie et par offre :")
    for name, seconds in time_parts(texts, max(1, args.rounds // 4)).items():
        print(f"  {name:<12} {seconds * 1000:8.3f} ms")
    load = gazetteer_load()
    missed.append(_line("chargement du répertoire des communes", load["seconds"], LOAD_TARGET))
    missed.append(_memory_line(load["peak_bytes"]))
    print("Entrées piégées (une exécution chacune) :")
    trials = time_adversarial(adversarial_inputs(args.scale)) | time_html(args.scale)
    missed += [_line(f"  {name}", seconds, ADVERSARIAL_TARGET) for name, seconds in trials.items()]
    return 1 if any(missed) else 0


def _line(label: str, seconds: float, target: float) -> bool:
    """Print one timing against its target; True when it misses it."""
    over = seconds > target
    flag = "  TROP LENT" if over else ""
    print(f"{label:<45} {seconds * 1000:10.2f} ms  (cible ≤ {target * 1000:g} ms){flag}")
    return over


def _memory_line(peak: float) -> bool:
    over = peak > MEMORY_TARGET
    flag = "  TROP GROS" if over else ""
    label = "mémoire du répertoire des communes"
    print(f"{label:<45} {peak / 1e6:10.1f} Mo  (cible ≤ {MEMORY_TARGET / 1e6:g} Mo){flag}")
    return over


def _median_time(run: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(max(1, rounds)):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _once(run: Callable[[], object]) -> float:
    """Seconds of one run; infinity when it is stopped after `GIVE_UP` seconds."""
    can_stop = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if can_stop:
        previous = signal.signal(signal.SIGALRM, _give_up)
        signal.alarm(GIVE_UP)
    start = time.perf_counter()
    try:
        run()
    except _GaveUp:
        return math.inf
    finally:
        if can_stop:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - start


class _GaveUp(Exception):
    pass


def _give_up(signum: int, frame: object) -> None:
    raise _GaveUp


def _percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """The value below which `fraction` of the values lie (nearest rank)."""
    rank = max(0, min(len(sorted_values) - 1, math.ceil(fraction * len(sorted_values)) - 1))
    return sorted_values[rank]


def _probe(mode: str) -> dict[str, float]:
    result = subprocess.run(  # noqa: S603 (our own interpreter and a fixed script)
        [sys.executable, "-c", _GAZETTEER_PROBE, mode],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


if __name__ == "__main__":
    sys.exit(main())
