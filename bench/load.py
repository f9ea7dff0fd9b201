"""Load on real servers: wrk against gunicorn, the bare Django app as the ceiling.

Three servers run side by side under the same gunicorn settings: the bare app
(bench/bare_app.py), civcare on the full data set, and civcare on a copy of the data set
taken before it was filled (for the empty moderation queue). Every endpoint is measured in
each of ROUNDS rounds, each time right after a run of the bare app; its share is taken
against that run (the machine's speed drifts from minute to minute) and the median round
is reported.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

from tests.servers import AppServer, Client, free_port  # noqa: E402

ROUNDS = 5
BARE = "bare Django app"

WRK_RE = {
    "rps": re.compile(r"Requests/sec:\s+([\d.]+)"),
    "p50": re.compile(r"50%\s+([\d.]+)(us|ms|s)\b"),
    "p99": re.compile(r"99%\s+([\d.]+)(us|ms|s)\b"),
}


def wrk(url: str, cookie: str | None, seconds: int) -> dict:
    # Browsers ask for gzip; so does the benchmark (for every endpoint alike).
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", "-H", "Accept-Encoding: gzip"]
    if cookie:
        command += ["-H", f"Cookie: sessionid={cookie}"]
    output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    figures = {"rps": float(WRK_RE["rps"].search(output).group(1))}
    for key in ("p50", "p99"):
        value, unit = WRK_RE[key].search(output).groups()
        figures[key] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    figures["errors"] = (int(non2xx.group(1)) if non2xx else 0) + (
        sum(int(n) for n in errors.groups()) if errors else 0
    )
    return figures


def warm(url: str, cookie: str | None) -> None:
    """The request wrk will make, once (same encoding and cookie): its page is cached."""
    command = ["curl", "-s", "-o", "/dev/null", "-H", "Accept-Encoding: gzip"]
    if cookie:
        command += ["-b", f"sessionid={cookie}"]
    subprocess.run([*command, url], check=True)


@dataclass
class Endpoint:
    name: str
    server: str  # "bare", "full" or "empty"
    path: str
    cookie: str | None = None


@dataclass
class Rounds:
    endpoints: list[Endpoint]
    rounds: list[dict[str, dict]] = field(default_factory=list)

    def share(self, name: str) -> float:
        """The endpoint's req/s as a share of the bare app's measured just before it, median
        over the rounds."""
        return statistics.median(r[name]["rps"] / r[name]["bare_rps"] for r in self.rounds)

    def median(self, name: str, key: str) -> float:
        return statistics.median(r[name][key] for r in self.rounds)

    def errors(self, name: str) -> int:
        return sum(r[name]["errors"] for r in self.rounds)


def start_servers(env_full: dict, env_empty: dict, workers: str) -> dict[str, AppServer]:
    servers = {
        # The ceiling: bench/bare_app.py under the same gunicorn settings as civcare.
        "bare": AppServer(env=env_full, workers=int(workers), app="bench.bare_app:application"),
        "full": AppServer(env=env_full, workers=int(workers)),
        "empty": AppServer(env=env_empty, workers=int(workers)),
    }
    for server in servers.values():
        server.start(timeout=90)
    # Each worker imports the URLs and opens its pool on its first requests: not measured.
    for server in servers.values():
        wrk(f"{server.url}/ping", None, 2)
    return servers


def measure(servers: dict[str, AppServer], endpoints: list[Endpoint], seconds: int) -> Rounds:
    """Every endpoint in each of ROUNDS rounds, each right after a run of the bare app: the
    machine's speed drifts by a third from one minute to the next, so a page is compared
    with the ceiling as it was seconds before, not at the start of the round."""
    result = Rounds(endpoints=endpoints)
    bare = servers["bare"].url + next(e.path for e in endpoints if e.server == "bare")
    for _ in range(ROUNDS):
        figures, ceilings = {}, []
        for endpoint in endpoints:
            if endpoint.server == "bare":
                continue
            url = servers[endpoint.server].url + endpoint.path
            warm(url, endpoint.cookie)
            ceiling = wrk(bare, None, seconds)
            figures[endpoint.name] = {**wrk(url, endpoint.cookie, seconds),
                                      "bare_rps": ceiling["rps"]}  # fmt: skip
            ceilings.append(ceiling)
        figures[BARE] = {
            **{key: statistics.median(c[key] for c in ceilings) for key in ("rps", "p50", "p99")},
            "errors": sum(c["errors"] for c in ceilings),
            "bare_rps": statistics.median(c["rps"] for c in ceilings),
        }
        result.rounds.append(figures)
    return result


def mixed_load(
    server: AppServer,
    *,
    reader_path: str,
    authors: list[str],
    moderator: str,
    compose_path: str,
    find_reflection,
    seconds: int,
    per_second: int = 20,
    prefix: str = "Gemengde belasting",
) -> dict:
    """Readers on the paper page (wrk) while reflections are posted and approved through
    the site at ``per_second``: the readers' figures, how long each post and approval took
    (ms), and whether every reflection posted was published exactly once. ``prefix`` begins
    every text (each run its own, so that a text is found as the one just posted)."""
    posted: list[str] = []
    failures: list[str] = []
    took: dict[str, list[float]] = {"post": [], "approve": []}
    stop = threading.Event()

    def writer(offset: int, step: int) -> None:
        try:
            write(offset, step)
        finally:
            # find_reflection reads through Django: this thread's connection goes back to
            # the pool (a thread's own connection outlives it otherwise, and a few rounds of
            # writers would empty the pool).
            from django.db import connection

            connection.close()

    def write(offset: int, step: int) -> None:
        moderator_client = Client(cookies={"sessionid": moderator})
        n = offset
        started = time.monotonic()
        while not stop.is_set() and n < len(authors):
            due = started + (n - offset) / per_second  # step threads: per_second in all
            time.sleep(max(0.0, due - time.monotonic()))
            body = f"{prefix} {n}: een reflectie geschreven terwijl anderen lezen."
            author = Client(cookies={"sessionid": authors[n]})
            began = time.perf_counter()
            response = author.post(server.url + compose_path, {
                "target": "paper", "perspective": "relative", "body": body,
                "is_anonymous": "naam", "may_quote": "on",
            })  # fmt: skip
            took["post"].append((time.perf_counter() - began) * 1000)
            found = find_reflection(body) if response.status == 302 else None
            if found is None:
                failures.append(f"post {n}: {response.status}")
            else:
                pk, seen = found
                began = time.perf_counter()
                decided = moderator_client.post(
                    f"{server.url}/moderatie/{pk}/approve/", {"gezien": seen}
                )
                took["approve"].append((time.perf_counter() - began) * 1000)
                if decided.status != 302:
                    failures.append(f"approve {n}: {decided.status}")
                posted.append(body)
            n += step

    threads = [threading.Thread(target=writer, args=(i, 4)) for i in range(4)]
    warm(server.url + reader_path, None)
    for thread in threads:
        thread.start()
    started = time.monotonic()
    readers = wrk(server.url + reader_path, None, seconds)
    stop.set()
    for thread in threads:
        thread.join()
    return {
        "readers": readers,
        "posted": posted,
        "rate": len(posted) / max(time.monotonic() - started, 0.001),
        "failures": failures,
        "took": took,
    }


__all__ = ["BARE", "ROUNDS", "Endpoint", "Rounds", "free_port", "measure", "mixed_load",
           "start_servers", "warm", "wrk"]  # fmt: skip
