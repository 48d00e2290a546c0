"""The benchmark's functions run on tiny inputs, so that the benchmark cannot rot.

No timing is asserted here: `python -m postings.extract.bench` is where timings are judged.
"""

import io
from contextlib import redirect_stdout

from postings.extract import bench

POSTINGS = [
    ("a", "Animateur (H/F)\nCDD de 6 mois à Lille\nCandidatures : rh@asso.example"),
    ("b", "Chargée de mission\nCDI, 2 000 € brut par mois, Paris 75011."),
]


def test_corpus_texts_reads_the_txt_files_in_name_order(tmp_path):
    (tmp_path / "b.txt").write_text("deux", encoding="utf-8")
    (tmp_path / "a.txt").write_text("une", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignoré", encoding="utf-8")
    assert bench.corpus_texts(tmp_path) == [("a", "une"), ("b", "deux")]


def test_time_postings_gives_one_positive_time_per_posting():
    times = bench.time_postings(POSTINGS, rounds=2)
    assert list(times) == ["a", "b"]
    assert all(seconds > 0 for seconds in times.values())


def test_time_parts_covers_the_doc_every_family_and_the_description():
    parts = bench.time_parts(POSTINGS, rounds=1)
    family_names = [name for name, _ in bench.core.FAMILIES]
    assert list(parts) == ["doc", *family_names, "description"]
    assert all(seconds >= 0 for seconds in parts.values())


def test_gazetteer_load_is_measured_in_a_fresh_process():
    load = bench.gazetteer_load()
    assert load["seconds"] > 0
    assert load["peak_bytes"] > 1_000_000  # the communes really were loaded


def test_adversarial_inputs_keep_their_shapes_when_scaled_down():
    full = bench.adversarial_inputs()
    small = bench.adversarial_inputs(scale=0.001)
    assert full.keys() == small.keys()
    assert len(full['"a" × 100 000']) == 100_000
    assert len(full["2 Mo de texte"]) == 2_000_000
    assert full["50 adresses e-mail"].count("@") == 50
    assert 0 < len(small['"a" × 100 000']) <= 100


def test_adversarial_and_html_timings_run_on_small_inputs():
    inputs = bench.adversarial_inputs(scale=0.001)
    assert bench.time_adversarial(inputs).keys() == inputs.keys()
    assert len(bench.time_html(scale=0.001)) == 3


def test_percentile_is_the_nearest_rank():
    values = [float(i) for i in range(1, 21)]
    assert bench._percentile(values, 0.95) == 19.0
    assert bench._percentile(values, 0.5) == 10.0
    assert bench._percentile([3.0], 0.95) == 3.0


def test_main_prints_every_section_on_a_tiny_corpus(tmp_path, monkeypatch):
    # The fresh-process load is tested above; here its figures only need printing.
    monkeypatch.setattr(bench, "gazetteer_load", lambda: {"seconds": 0.1, "peak_bytes": 2e7})
    for name, text in POSTINGS:
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        status = bench.main(["--corpus", str(tmp_path), "--rounds", "1", "--scale", "0.001"])
    printed = out.getvalue()
    assert status in (0, 1)
    for words in ("médiane sur 2 offres", "95e centile", "répertoire des communes", "HTML"):
        assert words in printed


def test_main_says_so_when_the_corpus_is_empty(tmp_path):
    out = io.StringIO()
    with redirect_stdout(out):
        assert bench.main(["--corpus", str(tmp_path)]) == 1
    assert "Aucun fichier" in out.getvalue()
