import json

import pytest
from django.core.management import CommandError, call_command

from postings.bench_load import summarize
from postings.management.commands.bench import SCENARIOS, pick_scenarios


@pytest.mark.slow
def test_bench_measures_every_scenario_on_a_running_server(transactional_db, tmp_path):
    # gunicorn runs in its own process against the test database: the data must be committed.
    call_command("seed_bulk", postings=150, verbosity=0)
    report_file = tmp_path / "bench.json"
    call_command(
        "bench",
        duration=0.2,
        warmup=0,
        concurrency=2,
        workers=2,
        client="python",
        json=report_file,
        verbosity=0,
    )
    report = json.loads(report_file.read_text())
    results = report["results"]
    assert set(results) == {"healthz", *(scenario.name for scenario in SCENARIOS)}
    for name, result in results.items():
        assert result["requests"] > 0, name
        assert result["errors"] == 0, name
    assert report["memory_mb"] and all(0 < mb < 1000 for mb in report["memory_mb"])
    weights = report["weights"]
    assert weights["scripts"] == 0
    assert weights["css_encoding"] in {"gzip", "br"}
    assert "immutable" in weights["css_cache_control"]


def test_bench_needs_live_offers(db):
    with pytest.raises(CommandError, match="seed_bulk"):
        call_command("bench", verbosity=0)


def test_bench_refuses_an_unknown_scenario():
    with pytest.raises(CommandError, match="inconnu"):
        pick_scenarios("list,nulle_part")


def test_latency_percentiles_are_read_from_the_sorted_latencies():
    summary = summarize([float(ms) for ms in range(100, 0, -1)], errors=1, seconds=2)
    assert (summary.p50, summary.p95, summary.p99) == (51.0, 96.0, 100.0)
    assert summary.rps == 50
    assert summary.errors == 1
