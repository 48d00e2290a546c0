"""`manage.py bench`: how fast the public pages answer, measured the way production serves them.

It starts gunicorn with production settings (DEBUG off, whitenoise serving the collected static
files) on 127.0.0.1, against the database DATABASE_URL names (REDIS_URL too, when set), and
sends it a closed-loop load from a separate process (`postings.bench_load`): `--concurrency`
connections, each scenario for `--duration` seconds after a `--warmup`. The paths of each
scenario are drawn from the data (random départements, words of the titles, small communes,
live offers), with a fixed `--seed`, so that runs compare. It prints one table, with `/healthz`
measured in the same run as the yardstick, then the workers' memory and the page weights.

Fill a database of its own first, e.g.
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/tremplin_bench
    python manage.py migrate && python manage.py seed_bulk --postings 100000
    python manage.py bench
See docs/performance.md for the targets and what was found.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.db.models import Count
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from postings import geo
from postings.bench_load import Summary, run_python, run_wrk, wrk_available
from postings.models import ContractType, Posting

HOST = "127.0.0.1"
PATHS_PER_SCENARIO = 500
# Targets of issue 6 (p95 in milliseconds; throughput as a share of /healthz's).
LISTING_P95_MS, DETAIL_P95_MS, MIN_SHARE = 50, 20, 0.5


@dataclass(frozen=True)
class Scenario:
    name: str
    label: str  # what the table shows
    p95_target_ms: float | None


SCENARIOS = [
    Scenario("list", "/offres/", LISTING_P95_MS),
    Scenario("department", "un département", LISTING_P95_MS),
    Scenario("department_contract", "département + contrat", LISTING_P95_MS),
    Scenario("region_salary", "région + salaire_min", LISTING_P95_MS),
    Scenario("q_common", "q, mot courant", LISTING_P95_MS),
    Scenario("q_rare", "q, mot rare", LISTING_P95_MS),
    Scenario("q_filters", "q + filtres", LISTING_P95_MS),
    Scenario("page_50", "page 50, q courant", LISTING_P95_MS),
    Scenario("detail", "une offre", DETAIL_P95_MS),
    Scenario("api", "/api/offres/ + filtres", LISTING_P95_MS),
]
HEALTHZ = Scenario("healthz", "/healthz", None)


class Command(BaseCommand):
    help = (
        "Banc d'essai : lance gunicorn (réglages de production) sur la base DATABASE_URL "
        "(remplie par seed_bulk) et mesure débit et latences de chaque page publique."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--duration", type=float, default=10, help="secondes par scénario")
        parser.add_argument("--warmup", type=float, default=2, help="secondes non mesurées")
        parser.add_argument("--concurrency", type=int, default=8, help="connexions simultanées")
        parser.add_argument("--workers", type=int, default=4, help="workers gunicorn (2 à 4)")
        parser.add_argument("--port", type=int, default=0, help="port (0 : un port libre)")
        parser.add_argument("--seed", type=int, default=6, help="graine du tirage des adresses")
        parser.add_argument(
            "--only", default="", help="scénarios à mesurer, séparés par des virgules"
        )
        parser.add_argument("--json", type=Path, help="écrire aussi les résultats bruts ici")
        parser.add_argument(
            "--client",
            choices=["auto", "wrk", "python"],
            default="auto",
            help="générateur de charge : wrk (apt-get install wrk) s'il est installé, sinon "
            "le client Python (plus coûteux : il prend du temps de calcul au serveur)",
        )
        parser.add_argument(
            "--explain",
            action="store_true",
            help="afficher seulement les plans (EXPLAIN ANALYZE) des requêtes de chaque scénario",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not Posting.objects.published().exists():
            raise CommandError(
                "Aucune offre en ligne dans cette base : lancez d'abord seed_bulk "
                "(avec DATABASE_URL vers une base à part)."
            )
        scenarios = pick_scenarios(options["only"])
        paths = scenario_paths(random.Random(options["seed"]), scenarios)  # noqa: S311
        if options["explain"]:
            for scenario in scenarios:
                self.stdout.write(explain(scenario, paths[scenario.name][0]))
            return
        client = pick_client(options["client"])
        port = options["port"] or free_port()
        env = server_environment()
        collect_static(env)
        load_before = os.getloadavg()[0]
        server = start_server(env, port, options["workers"])
        try:
            wait_until_up(port, server)
            plan = {
                "host": HOST,
                "port": port,
                "concurrency": options["concurrency"],
                "duration": options["duration"],
                "warmup": options["warmup"],
            }
            measure = run_wrk if client == "wrk" else run_python
            results = {
                name: measure_scenario(measure, plan, name, scenario_paths, server.pid)
                for name, scenario_paths in {HEALTHZ.name: ["/healthz"], **paths}.items()
            }
            memory = worker_memory_mb(server.pid)
            weights = page_weights(port)
        finally:
            stop_server(server)
        run = {
            "client": client,
            "load_average": (load_before, os.getloadavg()[0]),
            "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        }
        self.report(scenarios, results, memory, weights, {**options, **run})
        if options["json"]:
            raw = {name: asdict(summary) for name, summary in results.items()}
            report = {"results": raw, "memory_mb": memory, "weights": weights, **run}
            options["json"].write_text(json.dumps(report, indent=2))

    def report(
        self,
        scenarios: list[Scenario],
        results: dict[str, Summary],
        memory: list[float],
        weights: dict[str, Any],
        options: dict[str, Any],
    ) -> None:
        """The conditions of the run, the table, then memory and page weights."""
        healthz = results[HEALTHZ.name]
        before, after = options["load_average"]
        self.stdout.write(
            f"{Posting.objects.published().count()} offres en ligne · gunicorn "
            f"{options['workers']} workers · client {options['client']}, "
            f"{options['concurrency']} connexions · {options['duration']:g} s par scénario "
            f"après {options['warmup']:g} s d'échauffement · {os.cpu_count()} cœurs · "
            f"cache {options['cache']} · charge moyenne {before:.1f} avant, {after:.1f} après"
        )
        header = (
            f"{'scénario':<24} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
            f"{'erreurs':>7} {'/healthz':>8} {'CPU app':>8} {'CPU db':>7} {'autres':>6}  cible"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for scenario in scenarios:
            row = results[scenario.name]
            share = row.rps / healthz.rps if healthz.rps else 0.0
            self.stdout.write(table_row(scenario.label, row, share, verdict(scenario, row, share)))
        self.stdout.write("-" * len(header))
        self.stdout.write(table_row(HEALTHZ.label, healthz, 1.0, "référence"))
        self.stdout.write(
            "CPU app, CPU db : millisecondes de calcul par requête des workers gunicorn et "
            "de PostgreSQL (ce qu'une requête coûte, quoi que fasse le reste de la machine). "
            "autres : cœurs occupés pendant la mesure par les autres programmes de la machine."
        )
        self.stdout.write(
            "Mémoire des workers après le banc (RSS) : "
            + ", ".join(f"{mb:.0f} Mo" for mb in memory)
            + (f" (max {max(memory):.0f} Mo)" if memory else "")
        )
        self.stdout.write(
            f"Page /offres/ : {weights['html_bytes'] / 1000:.1f} kB de HTML "
            f"({weights['html_gzip_bytes'] / 1000:.1f} kB gzip), "
            f"{weights['scripts']} script(s) ; CSS : {weights['css_bytes'] / 1000:.1f} kB "
            f"envoyés ({weights['css_encoding'] or 'non compressé'}, "
            f"{weights['css_raw_bytes'] / 1000:.1f} kB bruts), "
            f"Cache-Control « {weights['css_cache_control']} »"
        )


def measure_scenario(
    measure: Callable[[dict], dict[str, Summary]],
    plan: dict[str, Any],
    name: str,
    paths: list[str],
    master_pid: int,
) -> Summary:
    """Warm up (not measured), then measure one scenario, with the CPU time it cost the
    gunicorn workers and the PostgreSQL backends: a cost per request that other programs
    running on the machine do not change, unlike latency and throughput."""
    plan = {**plan, "scenarios": {name: paths}}
    if plan["warmup"] > 0:
        measure({**plan, "duration": plan["warmup"], "warmup": 0})
    before = cpu_seconds(worker_pids(master_pid)), cpu_seconds(database_pids())
    busy, ours, started = machine_busy_seconds(), own_cpu_seconds(), time.monotonic()
    summary = measure({**plan, "warmup": 0})[name]
    busy, ours = machine_busy_seconds() - busy, own_cpu_seconds() - ours
    after = cpu_seconds(worker_pids(master_pid)), cpu_seconds(database_pids())
    app, db = spent(before[0], after[0]), spent(before[1], after[1])
    summary.other_cores = max(0.0, busy - ours - app - db) / (time.monotonic() - started)
    if summary.requests:
        summary.app_cpu_ms = app * 1000 / summary.requests
        summary.db_cpu_ms = db * 1000 / summary.requests
    return summary


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has been busy (all cores, from /proc/stat)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(
        int, Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    )
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """CPU seconds of this command and of the load generators it ran and waited for."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def spent(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds spent between two snapshots: all of a process that started in between,
    nothing of one that ended in between (its time is lost with it)."""
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


def worker_pids(master_pid: int) -> list[int]:
    """The gunicorn workers (children of the master), from Linux's /proc."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def database_pids() -> list[int]:
    """The PostgreSQL backends connected to this database, this command's own excepted (the
    server runs on this machine). A backend that ends during a scenario takes its share of
    the time with it (see `server_environment`)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
        )
        return [pid for (pid,) in cursor.fetchall()]


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User and system CPU time of each process so far (those gone are left out)."""
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks.
        found[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return found


def pick_client(choice: str) -> str:
    """wrk when asked or, by default, when installed; else the Python client."""
    if choice == "wrk" and not wrk_available():
        raise CommandError("wrk n'est pas installé : apt-get install wrk (ou --client python).")
    if choice == "auto":
        return "wrk" if wrk_available() else "python"
    return choice


def pick_scenarios(only: str) -> list[Scenario]:
    """The scenarios `--only` names (all by default)."""
    names = {name.strip() for name in only.split(",") if name.strip()}
    unknown = names - {s.name for s in SCENARIOS}
    if unknown:
        known = ", ".join(s.name for s in SCENARIOS)
        raise CommandError(f"Scénario(s) inconnu(s) : {', '.join(sorted(unknown))} ({known}).")
    return [s for s in SCENARIOS if not names or s.name in names]


def scenario_paths(rng: random.Random, scenarios: list[Scenario]) -> dict[str, list[str]]:
    """`PATHS_PER_SCENARIO` addresses per scenario, drawn from the live offers."""
    live = Posting.objects.published()
    departments = sorted(set(live.order_by().values_list("department", flat=True)) - {""})
    regions = sorted({geo.DEPARTMENTS[d].region for d in departments if geo.DEPARTMENTS[d].region})
    contract_counts = dict(
        live.order_by()
        .values_list("contract_type")
        .annotate(n=Count("pk"))
        .values_list("contract_type", "n")
    )
    contracts = [c.value for c in ContractType if contract_counts.get(c.value)]
    weights = [contract_counts[c] for c in contracts]
    common, rare = search_words(live)
    details = [
        f"/offres/{pk}/{Posting(title=title).slug}/"
        for pk, title in live.order_by("?").values_list("pk", "title")[:PATHS_PER_SCENARIO]
    ]

    def contract() -> str:
        return rng.choices(contracts, weights)[0]

    def listing(**params: object) -> str:
        return "/offres/?" + urlencode(params)

    makers = {
        "list": lambda: "/offres/",
        "department": lambda: listing(departement=rng.choice(departments)),
        "department_contract": lambda: listing(
            departement=rng.choice(departments), contrat=contract()
        ),
        "region_salary": lambda: listing(
            region=rng.choice(regions), salaire_min=rng.randrange(1500, 3600, 100)
        ),
        "q_common": lambda: listing(q=rng.choice(common)),
        "q_rare": lambda: listing(q=rng.choice(rare)),
        "q_filters": lambda: listing(
            q=rng.choice(common), departement=rng.choice(departments), contrat=contract()
        ),
        "page_50": lambda: listing(q=rng.choice(common), page=50),
        "detail": lambda: rng.choice(details),
        "api": lambda: (
            "/api/offres/?"
            + urlencode(
                rng.choice(
                    [
                        {"departement": rng.choice(departments), "contrat": contract()},
                        {
                            "region": rng.choice(regions),
                            "salaire_min": rng.randrange(1500, 3600, 100),
                        },
                        {"q": rng.choice(common), "departement": rng.choice(departments)},
                    ]
                )
            )
        ),
    }
    return {s.name: [makers[s.name]() for _ in range(PATHS_PER_SCENARIO)] for s in scenarios}


def search_words(live: Any) -> tuple[list[str], list[str]]:
    """Common words (of the most posted titles) and rare ones (communes with one or two live
    offers, named in one word), as candidates would type them."""
    titles = live.order_by().values_list("title").annotate(n=Count("pk")).order_by("-n")[:12]
    common = sorted(
        {word.lower() for (title, _) in titles for word in re.findall(r"[^\W\d_]{6,}", title)}
    )
    small = live.order_by().values_list("city").annotate(n=Count("pk")).filter(n__lte=2)
    rare = sorted({city for city, _ in small if re.fullmatch(r"[^\W\d_]{5,}", city)})
    return common or ["offre"], rare[:300] or common


def explain(scenario: Scenario, path: str) -> str:
    """The plans of the queries one page of the scenario runs (EXPLAIN ANALYZE, BUFFERS)."""
    with (
        override_settings(ALLOWED_HOSTS=["*"]),
        CaptureQueriesContext(connection) as queries,
    ):
        Client().get(path)
    lines = [f"## {scenario.label} — {path}"]
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {query['sql']}")
            lines += ["", query["sql"], *(row[0] for row in cursor.fetchall())]
    return "\n".join(lines) + "\n"


def server_environment() -> dict[str, str]:
    """Production settings for the server, on the database this command uses (under the
    tests, the test database)."""
    db = connection.settings_dict
    url = "postgres://{user}{password}@{host}:{port}/{name}".format(
        user=quote(db["USER"] or "postgres"),
        password=(":" + quote(db["PASSWORD"])) if db["PASSWORD"] else "",
        host=quote(db["HOST"] or "127.0.0.1", safe=""),
        port=db["PORT"] or 5432,
        name=quote(db["NAME"]),
    )
    env = dict(os.environ)
    env.update(
        DEBUG="0",
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=url,
        COLLECTED_STATIC="1",
        # Plain HTTP on the loopback: production terminates TLS in front of gunicorn.
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="ERROR",
    )
    # Connections kept for the whole run (production renews them every minute, a cost of a
    # few milliseconds a minute): the CPU of each PostgreSQL backend can then be read at the
    # end of each scenario, where a renewed one would have taken its time with it.
    env.setdefault("CONN_MAX_AGE", "600")
    return env


def collect_static(env: dict[str, str]) -> None:
    """Collect the hashed, compressed static files whitenoise serves in production."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
    )


def start_server(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    """gunicorn with sync workers, as the Dockerfile runs it."""
    return subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "gunicorn",
            "board.wsgi",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def wait_until_up(port: int, server: subprocess.Popen, timeout: float = 30) -> None:
    """Poll /healthz until it answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CommandError("gunicorn s'est arrêté au démarrage.")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise CommandError("gunicorn ne répond pas sur /healthz.")


def stop_server(server: subprocess.Popen) -> None:
    """Stop gunicorn (and its workers), forcefully after ten seconds."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def verdict(scenario: Scenario, row: Summary, share: float) -> str:
    """Which targets the row misses ("ok" when none)."""
    missed = []
    if scenario.p95_target_ms is not None and row.p95 > scenario.p95_target_ms:
        missed.append(f"p95 > {scenario.p95_target_ms:g} ms")
    if share < MIN_SHARE:
        missed.append(f"< {MIN_SHARE:.0%} de /healthz")
    if row.errors:
        missed.append("erreurs")
    return ", ".join(missed) or "ok"


def table_row(label: str, row: Summary, share: float, note: str) -> str:
    """One line of the table."""
    return (
        f"{label:<24} {row.rps:>7.0f} {row.p50:>7.1f} {row.p95:>7.1f} "
        f"{row.p99:>7.1f} {row.errors:>7d} {share:>8.0%} {row.app_cpu_ms:>8.1f} "
        f"{row.db_cpu_ms:>7.1f} {row.other_cores:>6.1f}  {note}"
    )


def worker_memory_mb(master_pid: int) -> list[float]:
    """Resident memory (VmRSS) of each gunicorn worker, in MB (Linux /proc)."""
    sizes = []
    for pid in worker_pids(master_pid):
        status = Path(f"/proc/{pid}/status")
        match = re.search(r"VmRSS:\s+(\d+) kB", status.read_text()) if status.exists() else None
        if match:
            sizes.append(int(match.group(1)) / 1024)
    return sizes


def page_weights(port: int) -> dict[str, Any]:
    """Bytes of the listing's HTML and of its stylesheet as sent to a browser that accepts
    compression, with the stylesheet's cache header."""
    base = f"http://{HOST}:{port}"
    with urllib.request.urlopen(f"{base}/offres/", timeout=10) as answer:  # noqa: S310
        html = answer.read()
    stylesheet = re.search(rb'<link rel="stylesheet" href="([^"]+)"', html)
    css_path = stylesheet.group(1).decode() if stylesheet else "/static/css/site.css"
    request = urllib.request.Request(  # noqa: S310
        base + css_path, headers={"Accept-Encoding": "br, gzip"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310
        css = answer.read()
        encoding = answer.headers.get("Content-Encoding", "")
        cache_control = answer.headers.get("Cache-Control", "")
    with urllib.request.urlopen(base + css_path, timeout=10) as answer:  # noqa: S310
        css_raw = answer.read()
    return {
        "html_bytes": len(html),
        "html_gzip_bytes": len(gzip.compress(html)),
        "scripts": len(re.findall(rb"<script(?![^>]*application/ld\+json)", html)),
        "css_path": css_path,
        "css_bytes": len(css),
        "css_raw_bytes": len(css_raw),
        "css_encoding": encoding,
        "css_cache_control": cache_control,
    }


def free_port() -> int:
    """A TCP port nobody listens on, for the server."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]
