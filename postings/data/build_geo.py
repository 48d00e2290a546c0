"""Rebuild the geographic data files of `postings/data/` from the official geographic code.

Source: the npm package `@etalab/decoupage-administratif` (MIT licence), whose `data/` folder
holds `regions.json`, `departements.json` and `communes.json` (Code officiel géographique), and
its version 0.8.0, the last one to ship `historique-communes.json` (the communes' names since
1943, up to 2020) beside the communes of 2020.

    python -m postings.data.build_geo                        # fetches both with `npm pack`
    python -m postings.data.build_geo path/to/data path/to/0.8.0/data   # or reads them unpacked

Writes:
- `geo.json`: régions and départements (code, name, région, zone);
- `communes.tsv`: one commune per line, `code<TAB>name<TAB>département<TAB>postal codes
  (space separated)<TAB>population<TAB>parent code<TAB>search key` (the name passed through
  `postings.geo.fold_place`, precomputed so that loading stays fast). Current communes have
  no parent; municipal arrondissements (Paris 11e…), communes déléguées and associées name the
  current commune they belong to, so that "Lyon 3e" or an old commune name finds its commune.
  Former communes that left no commune déléguée behind ("Olonne-sur-Mer", merged into Les
  Sables-d'Olonne in 2019; "Évry", now Évry-Courcouronnes) are written the same way, with
  no postal code and no population (see `former_names`).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from postings.geo import fold_place

HERE = Path(__file__).resolve().parent
PACKAGE = "@etalab/decoupage-administratif"

# Overseas collectivities where a French employer may hire (inhabited, French labour law or
# close to it). TAAF (984) and Clipperton (989) have no resident employers and are left out.
SUPPORTED_COM = {"975", "977", "978", "986", "987", "988"}
# The version whose data still holds the communes' history.
HISTORY_VERSION = "0.8.0"
# Names a commune lost before this day are a neighbourhood's at best: postings write the
# names of the communes merged since (communes nouvelles, from 2010 on mostly).
FORMER_SINCE = "1990-01-01"


def fetch_package(workdir: Path, version: str | None = None) -> Path:
    """Download the npm package (the latest or `version`) into `workdir`, return its `data/`."""
    workdir.mkdir(parents=True, exist_ok=True)
    package = f"{PACKAGE}@{version}" if version else PACKAGE
    command = ["npm", "pack", package, "--pack-destination", str(workdir)]
    # Fixed arguments, run by a developer with npm on the PATH.
    out = subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603
    tarball = workdir / out.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package" / "data"


def build_geo(data: Path) -> dict:
    """Return the régions and supported départements as one JSON-ready dict."""
    regions = json.loads((data / "regions.json").read_text(encoding="utf-8"))
    departements = json.loads((data / "departements.json").read_text(encoding="utf-8"))
    kept = [d for d in departements if d["zone"] in ("metro", "drom") or d["code"] in SUPPORTED_COM]
    return {
        "source": PACKAGE,
        "regions": [
            {"code": r["code"], "name": r["nom"]} for r in regions if r["zone"] in ("metro", "drom")
        ],
        "departements": [
            {
                "code": d["code"],
                "name": d["nom"],
                "region": d["region"] if d["zone"] != "com" else None,
                "zone": d["zone"],
            }
            for d in kept
        ],
    }


def build_communes(data: Path, departement_codes: set[str]) -> list[str]:
    """Return the TSV lines of the communes of the supported départements."""
    communes = json.loads((data / "communes.json").read_text(encoding="utf-8"))
    lines = []
    for c in communes:
        if c.get("departement") not in departement_codes:
            continue
        if c["type"] == "commune-actuelle":
            parent = ""
        elif c["type"] == "arrondissement-municipal":
            parent = c["commune"]
        else:  # commune déléguée or associée: its chef-lieu is the current commune
            parent = c.get("chefLieu", "")
            if parent == c["code"] or not parent:
                # A commune déléguée sharing its code with the new commune: the name is an
                # alias only worth keeping if it differs, which the loader checks.
                parent = c["code"]
        postcodes = " ".join(c.get("codesPostaux", []))
        population = str(c.get("population", 0))
        lines.append(
            "\t".join(
                [
                    c["code"],
                    c["nom"],
                    c["departement"],
                    postcodes,
                    population,
                    parent,
                    fold_place(c["nom"]),
                ]
            )
        )
    return lines


def _names_by_code(history: Path) -> dict[str, set[str]]:
    """Every name each INSEE code bore as a commune from `FORMER_SINCE` to 2020."""
    names: dict[str, set[str]] = {}
    entries = json.loads((history / "historique-communes.json").read_text(encoding="utf-8"))
    for entry in entries:
        if entry["type"] == "COM" and (entry.get("dateFin") or "9999") >= FORMER_SINCE:
            names.setdefault(entry["code"], set()).add(entry["nom"])
    communes = json.loads((history / "communes.json").read_text(encoding="utf-8"))
    for commune in communes:  # the communes of 2020, merged or renamed since
        if commune["type"] == "commune-actuelle":
            names.setdefault(commune["code"], set()).add(commune["nom"])
    return names


def former_names(data: Path, history: Path, departement_codes: set[str]) -> list[str]:
    """TSV lines of the names current communes bore before a merger or a renaming.

    Kept: names of several words ("Olonne-sur-Mer", "Châlons-sur-Marne") and one-word names
    that live on in the new name ("Évry" in Évry-Courcouronnes, "Cherbourg"). A one-word name
    of an absorbed village ("Ciel", "Vincent", "Plomb") would read everyday words and first
    names as places.
    """
    names = _names_by_code(history)
    communes = json.loads((data / "communes.json").read_text(encoding="utf-8"))
    known = {(fold_place(c["nom"]), c.get("commune") or c.get("chefLieu") or c["code"])
             for c in communes}  # fmt: skip
    lines = []
    for commune in communes:
        if commune["type"] != "commune-actuelle" or commune["departement"] not in departement_codes:
            continue
        words = fold_place(commune["nom"]).split(" ")
        for code in sorted({commune["code"], *commune.get("anciensCodes", [])}):
            for name in sorted(names.get(code, ())):
                key = fold_place(name)
                if (key, commune["code"]) in known or (" " not in key and key not in words):
                    continue
                known.add((key, commune["code"]))
                lines.append(
                    "\t".join([code, name, commune["departement"], "", "0", commune["code"], key])
                )
    return lines


def main(argv: list[str]) -> int:
    """Build both files; print what was written."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(argv[1]) if len(argv) > 1 else fetch_package(Path(tmp) / "current")
        history = (
            Path(argv[2]) if len(argv) > 2 else fetch_package(Path(tmp) / "old", HISTORY_VERSION)
        )
        geo = build_geo(data)
        codes = {d["code"] for d in geo["departements"]}
        communes = build_communes(data, codes) + former_names(data, history, codes)
    (HERE / "geo.json").write_text(
        json.dumps(geo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (HERE / "communes.tsv").write_text("\n".join(communes) + "\n", encoding="utf-8")
    print(
        f"{len(geo['regions'])} régions, {len(geo['departements'])} départements, "
        f"{len(communes)} communes written to {HERE}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
