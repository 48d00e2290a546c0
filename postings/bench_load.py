"""The load generators of `manage.py bench`: a closed loop of HTTP/1.1 requests.

A plan names the server and, for each scenario, the paths to cycle through: `concurrency`
connections each send one request, wait for the whole answer and send the next, for
`duration` seconds after a `warmup` that is not measured. Each generator runs in a process of
its own and gives, per scenario, a `Summary`: requests per second, latency percentiles and
errors (any status but 200, a timeout, a broken connection).

- `run_wrk`: Debian's `wrk` (C), driven by a small Lua script; it costs the server almost
  nothing, which matters when client and server share two cores. The reference numbers.
- `run_python`: plain asyncio in a separate Python process (`python -m postings.bench_load`),
  for machines without wrk and for the smoke test. It takes about 1 ms of CPU a request from
  the cores the server also uses, so its numbers are lower, /healthz's most of all.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

TIMEOUT = 10.0  # seconds; a request slower than this counts as an error


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


class Connection:
    """One keep-alive connection, reopened when the server closes it."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        """GET `path`: (status, body)."""
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status, headers = parse_head(head)
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            body = await read_chunked(self.reader)
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        if headers.get("connection") == "close":
            self.close()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def parse_head(head: bytes) -> tuple[int, dict[str, str]]:
    """Status code and headers (names lower-cased) of a response head."""
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip().lower()
    return status, headers


async def read_chunked(reader: asyncio.StreamReader) -> bytes:
    """The body of a chunked response."""
    parts = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        parts.append(await reader.readexactly(size + 2))
        if size == 0:
            return b"".join(parts)


async def client(
    host: str, port: int, paths: Iterator[str], until: float, tally: Tally | None
) -> None:
    """Send requests one after the other until `until`; record them when `tally` is given."""
    connection = Connection(host, port)
    while time.monotonic() < until:
        path = next(paths)
        started = time.perf_counter()
        try:
            status, _ = await asyncio.wait_for(connection.get(path), TIMEOUT)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError):
            connection.close()
            status = 0
        elapsed_ms = (time.perf_counter() - started) * 1000
        if tally is not None:
            tally.latencies_ms.append(elapsed_ms)
            tally.statuses[str(status)] = tally.statuses.get(str(status), 0) + 1
            tally.errors += status != 200
    connection.close()


async def run_scenario(plan: dict, paths: list[str]) -> Summary:
    """Warm up, then measure one scenario."""
    host, port, concurrency = plan["host"], plan["port"], plan["concurrency"]
    cycle = itertools.cycle(paths)
    if plan.get("warmup", 0) > 0:
        until = time.monotonic() + plan["warmup"]
        await asyncio.gather(*(client(host, port, cycle, until, None) for _ in range(concurrency)))
    tally = Tally()
    started = time.monotonic()
    until = started + plan["duration"]
    await asyncio.gather(*(client(host, port, cycle, until, tally) for _ in range(concurrency)))
    return summarize(tally.latencies_ms, tally.errors, time.monotonic() - started)


async def run(plan: dict) -> dict[str, Summary]:
    """Every scenario of the plan, one after the other."""
    return {name: await run_scenario(plan, paths) for name, paths in plan["scenarios"].items()}


@dataclass
class Summary:
    rps: float
    p50: float  # milliseconds
    p95: float
    p99: float
    errors: int
    requests: int
    # CPU time a request cost the server (gunicorn workers) and PostgreSQL, in milliseconds;
    # measured by `manage.py bench`, not by the load generators.
    app_cpu_ms: float = float("nan")
    db_cpu_ms: float = float("nan")
    # Cores the machine's other programs kept busy meanwhile (the noise in the numbers).
    other_cores: float = float("nan")


def summarize(latencies_ms: list[float], errors: int, seconds: float) -> Summary:
    """The summary of one scenario's measured requests."""
    latencies = sorted(latencies_ms)

    def percentile(p: float) -> float:
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]

    rps = len(latencies) / seconds if seconds else 0.0
    return Summary(rps, percentile(50), percentile(95), percentile(99), errors, len(latencies))


def run_python(plan: dict) -> dict[str, Summary]:
    """Run the asyncio client in a process of its own."""
    result = subprocess.run(
        [sys.executable, "-m", "postings.bench_load"],
        input=json.dumps(plan),
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the load generator failed:\n{result.stderr}")
    return {name: Summary(**summary) for name, summary in json.loads(result.stdout).items()}


# Cycles through the paths; counts answers other than 200 (wrk itself only counts those
# outside 2xx/3xx); prints the summary as JSON.
WRK_SCRIPT = """
local paths = {%(paths)s}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) n = 0; not200 = 0 end
function request()
  n = n + 1
  return wrk.format("GET", paths[(n - 1) %% #paths + 1])
end
function response(status, headers, body)
  if status ~= 200 then not200 = not200 + 1 end
end
function done(summary, latency, requests)
  local bad = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do bad = bad + thread:get("not200") end
  io.write(string.format(
    '{"requests": %%d, "seconds": %%f, "errors": %%d, "p50": %%f, "p95": %%f, "p99": %%f}\\n',
    summary.requests, summary.duration / 1e6, bad, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
"""


def wrk_available() -> bool:
    """True when wrk is installed (`apt-get install wrk`)."""
    return shutil.which("wrk") is not None


def run_wrk(plan: dict) -> dict[str, Summary]:
    """Each scenario with wrk (one thread, `concurrency` connections): warm-up, then measure."""
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, paths in plan["scenarios"].items():
            script = Path(folder) / f"{name}.lua"
            quoted = ", ".join(json.dumps(path) for path in paths)
            script.write_text(WRK_SCRIPT % {"paths": quoted})
            if plan.get("warmup", 0) > 0:
                wrk(plan, script, plan["warmup"])
            found = wrk(plan, script, plan["duration"])
            results[name] = Summary(
                rps=found["requests"] / found["seconds"] if found["seconds"] else 0.0,
                p50=found["p50"],
                p95=found["p95"],
                p99=found["p99"],
                errors=found["errors"],
                requests=found["requests"],
            )
    return results


def wrk(plan: dict, script: Path, seconds: float) -> dict:
    """One wrk run: the JSON its script prints."""
    command = [
        "wrk",
        "--threads=1",
        f"--connections={plan['concurrency']}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=10s",
        f"--script={script}",
        f"http://{plan['host']}:{plan['port']}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    """Read the plan (JSON) on stdin, print the summaries (JSON) on stdout."""
    plan = json.load(sys.stdin)
    summaries = asyncio.run(run(plan))
    json.dump({name: asdict(summary) for name, summary in summaries.items()}, sys.stdout)


if __name__ == "__main__":
    main()
