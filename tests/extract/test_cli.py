"""`python -m postings.extract FILE...`: one JSON line per file, in order, errors included."""

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from postings.extract import SCHEMA_KEYS, extract, text_from_file
from postings.extract.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
FILES = Path(__file__).parent / "files"


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own module, arguments from the test)
        [sys.executable, "-m", "postings.extract", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )


def lines_of(output: bytes) -> list[dict]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


def expected_row(path: Path) -> dict:
    """What the CLI must print for a readable file: the in-process extraction, as JSON."""
    return json.loads(json.dumps(extract(text_from_file(path)).to_schema()))


def test_each_file_gives_one_line_in_order_and_bad_files_do_not_stop_the_run(tmp_path):
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    args = [
        str(FILES / "seed2.txt"),
        str(tmp_path / "absent.txt"),
        str(FILES / "seed2.pdf"),
        str(tmp_path),
        str(FILES / "fiche_de_poste.doc"),
        str(empty),
        str(FILES / "fiche_de_poste.docx"),
    ]
    result = run_cli(*args)
    assert result.returncode == 0
    rows = lines_of(result.stdout)
    assert len(rows) == len(args)
    assert rows[0] == expected_row(FILES / "seed2.txt")
    assert rows[2] == expected_row(FILES / "seed2.pdf")
    assert rows[6] == expected_row(FILES / "fiche_de_poste.docx")
    for index in (1, 3, 4, 5):
        assert set(rows[index]) == {"file", "error"}
        assert rows[index]["file"] == args[index]
    assert "n'a pas pu être ouvert" in rows[1]["error"]
    assert "n'a pas pu être ouvert" in rows[3]["error"]
    assert "Word 97-2003 (.doc)" in rows[4]["error"]
    assert rows[5]["error"] == "Le fichier est vide."


def test_readable_file_line_has_exactly_the_schema_keys():
    rows = lines_of(run_cli(str(FILES / "fiche_de_poste.html")).stdout)
    assert list(rows[0]) == list(SCHEMA_KEYS)


def test_dash_reads_standard_input_in_any_encoding():
    posting = "Animatrice (H/F)\nCDD de 6 mois à Lille\nCandidatures : rh@asso-exemple.org\n"
    result = run_cli("-", stdin=posting.encode("cp1252"))
    assert result.returncode == 0
    assert lines_of(result.stdout) == [json.loads(json.dumps(extract(posting).to_schema()))]


class Utf8Output(io.StringIO):
    encoding = "utf-8"


class AsciiOutput(io.StringIO):
    encoding = "ascii"


def test_output_to_a_utf8_stream_keeps_accents_as_written(tmp_path):
    out = Utf8Output()
    main([str(tmp_path / "absent.txt")], stdout=out)
    assert "n'a pas pu être ouvert" in out.getvalue()


def test_output_to_a_non_utf8_stream_is_escaped_json(tmp_path):
    out = AsciiOutput()
    main([str(tmp_path / "absent.txt"), str(FILES / "offre_page_web.html")], stdout=out)
    out.getvalue().encode("ascii")  # would raise on an unescaped accent
    error, row = (json.loads(line) for line in out.getvalue().splitlines())
    assert "n'a pas pu être ouvert" in error["error"]
    assert row == expected_row(FILES / "offre_page_web.html")


def test_evidence_option_adds_the_words_read_and_the_warnings():
    out = io.StringIO()
    main(["--evidence", str(FILES / "seed2.txt")], stdout=out)
    row = json.loads(out.getvalue())
    result = extract(text_from_file(FILES / "seed2.txt"))
    assert row["evidence"] == {key: result.snippet(key) for key in result.evidence}
    assert row["warnings"] == list(result.warnings)


def test_reference_date_option_is_passed_to_the_extractor(tmp_path):
    path = tmp_path / "offre.txt"
    path.write_text("Poste à pourvoir le 3 mars.\nCandidatures avant le 15 février.\n")
    out = io.StringIO()
    main(["--reference-date", "2026-01-10", str(path)], stdout=out)
    expected = extract(path.read_text(), reference_date=date(2026, 1, 10)).to_schema()
    assert json.loads(out.getvalue()) == json.loads(json.dumps(expected))


def test_bad_reference_date_is_refused_by_the_option_parser():
    with pytest.raises(SystemExit) as caught:
        main(["--reference-date", "15/01/2026", str(FILES / "seed2.txt")], stdout=io.StringIO())
    assert caught.value.code == 2


def test_no_file_prints_nothing_and_succeeds():
    out = io.StringIO()
    assert main([], stdout=out) == 0
    assert out.getvalue() == ""


def test_a_reader_bug_gives_an_error_line_not_a_crash(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("postings.extract.__main__.text_from_file", broken)
    out = io.StringIO()
    assert main([str(FILES / "seed2.txt"), str(FILES / "seed2.txt")], stdout=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows == [{"file": str(FILES / "seed2.txt"), "error": "RuntimeError: boom"}] * 2
