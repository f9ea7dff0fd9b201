"""civcare benchmark: query counts per page on an empty and a full data set, and throughput.

Run with `bench/run` (it prepares the environment). Prints figures; exits 1 when a target
is missed. Uses its own PostgreSQL database (civcare_bench, recreated) and Redis db 8.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB_NAME = os.environ.get("BENCH_DB", "civcare_bench")
DATABASE_URL = f"{PG}/{DB_NAME}"
REDIS_URL = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/8")
DURATION = os.environ.get("BENCH_SECONDS", "10")
WORKERS = os.environ.get("BENCH_WORKERS", "3")
SECRET = "bench-" + "s" * 60
PASSWORD = "bench-wachtwoord-2026"

os.environ.update(
    DJANGO_SETTINGS_MODULE="civcare.settings",
    DEBUG="0",
    SECRET_KEY=SECRET,
    ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
    DATABASE_URL=DATABASE_URL,
    SECURE_SSL_REDIRECT="0",
    SECURE_COOKIES="0",
    STATIC_PLAIN_STORAGE="1",
    LOG_LEVEL="ERROR",
)
os.environ.pop("REDIS_URL", None)  # in-process measurements use the local memory cache


def run(*command: str, **kwargs) -> None:
    subprocess.run(command, check=True, cwd=BASE, **kwargs)


def recreate_database() -> None:
    admin = f"{PG}/postgres"
    run("psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {DB_NAME}")
    run("psql", admin, "-q", "-c", f"CREATE DATABASE {DB_NAME}")
    run(sys.executable, "manage.py", "migrate", "-v0")
    run(sys.executable, "manage.py", "load_papers", "-v0", stdout=subprocess.DEVNULL)


recreate_database()

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.contrib.auth.hashers import PBKDF2PasswordHasher  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from civcare.accounts import roles  # noqa: E402
from civcare.accounts.models import Perspective, User  # noqa: E402
from civcare.core.rendering import render_user_markdown  # noqa: E402
from papers.models import PaperVersion  # noqa: E402
from reflections.models import Reflection  # noqa: E402
from tests import scenario  # noqa: E402
from tests.servers import AppServer, production_env  # noqa: E402

HASH = PBKDF2PasswordHasher().encode(PASSWORD, "benchsalt", iterations=1000)
PERSPECTIVES = Perspective.values


def make_users(count: int, prefix: str) -> list[User]:
    users = User.objects.bulk_create(
        User(
            email=f"{prefix}{n}@example.org",
            display_name=f"{prefix.title()} {n}",
            perspective=PERSPECTIVES[n % len(PERSPECTIVES)],
            password=HASH,
        )
        for n in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
    )
    return users


def base_state() -> dict:
    """Roles, a reader, and SHPP003-01 taken to v1.0 (so diff and report exist)."""
    reader, moderator, editor, editor2 = make_users(4, "rol")
    roles.grant(moderator, "moderatie")
    roles.grant(editor, "redactie")
    roles.grant(editor2, "redactie")
    first = PaperVersion.objects.get(paper__code="SHPP003-01")
    scenario.adopt_next_version(
        first,
        editor=editor,
        second_editor=editor2,
        amended=("neemt de bereidheid tot bewegen af.", ", ook bij de rechter"),
        reference="BENCH-1",
    )
    # One published reflection, for its own page (fill() gives it 30 replies).
    body = "Een reflectie met een eigen pagina, over het netwerk en herstel."
    reflection = Reflection.objects.create(
        version=PaperVersion.objects.get(paper__code="SHPP003-05"),
        author=reader,
        perspective=Perspective.RELATIVE,
        body=body,
        body_html=render_user_markdown(body),
        body_digest=Reflection.digest(body),
        status=Reflection.Status.APPROVED,
        published_at=timezone.now(),
    )
    return {"reader": reader, "moderator": moderator, "editor": editor, "reflection": reflection}


def fill(state: dict) -> dict:
    """2,000 users, 1,000 approved reflections, 130 replies, 10,000 pending."""
    writers = make_users(2000, "schrijver")
    fifth = PaperVersion.objects.get(paper__code="SHPP003-05")
    first = PaperVersion.objects.get(paper__code="SHPP003-01", major=0)
    targets = {
        fifth: [None, *fifth.sections.all(), *fifth.questions.all()],
        first: [None, *first.sections.all(), *first.questions.all()],
    }
    now = timezone.now()
    bodies = [
        f"Reflectie {n} over **herstel** en het netwerk. Zie [de bron](https://www.who.int)."
        for n in range(50)
    ]
    rendered = {body: render_user_markdown(body) for body in bodies}

    def reflection(n, version, status, author, **extra):
        target = targets[version][n % len(targets[version])]
        kind = (
            {}
            if target is None
            else ({"question": target} if hasattr(target, "text") else {"section": target})
        )
        body = bodies[n % len(bodies)]
        return Reflection(
            version=version,
            author=author,
            perspective=PERSPECTIVES[n % len(PERSPECTIVES)],
            body=body,
            body_html=rendered[body],
            body_digest=Reflection.digest(body),
            status=status,
            is_anonymous=n % 4 == 0,
            may_quote=n % 2 == 0,
            published_at=now if status == "approved" else None,
            **kind,
            **extra,
        )

    approved = Reflection.objects.bulk_create(
        reflection(n, fifth if n < 800 else first, "approved", writers[n % 2000])
        for n in range(1000)
    )
    Reflection.objects.bulk_create(
        Reflection(
            version=fifth,
            parent=approved[n],
            author=writers[(n + 7) % 2000],
            perspective="other",
            body="Een reactie op deze reflectie.",
            body_html="<p>Een reactie op deze reflectie.</p>",
            status=Reflection.Status.APPROVED,
            published_at=now,
            section=approved[n].section,
            question=approved[n].question,
        )
        for n in range(100)
    )
    Reflection.objects.bulk_create(
        Reflection(
            version=fifth,
            parent=state["reflection"],
            author=writers[n],
            perspective=PERSPECTIVES[n % len(PERSPECTIVES)],
            body=f"Reactie {n} op de reflectie.",
            body_html=f"<p>Reactie {n} op de reflectie.</p>",
            status=Reflection.Status.APPROVED,
            published_at=now,
        )
        for n in range(30)
    )
    Reflection.objects.bulk_create(
        reflection(n, fifth, "pending", writers[(n * 13) % 2000]) for n in range(10_000)
    )
    Reflection.objects.bulk_create(
        reflection(n, fifth, "approved", state["reader"]) for n in range(20)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as autovacuum would after a load like this
    return state


PAGES = {
    "home": ("anonymous", "/"),
    "paper version": ("anonymous", "/papers/SHPP003-05/v0.9/"),
    "paper, perspective filter": ("anonymous", "/papers/SHPP003-05/v0.9/?perspectief=relative"),
    "paper, signed in": ("reader", "/papers/SHPP003-05/v0.9/"),
    "moderation queue": ("moderator", "/moderatie/"),
    "my reflections": ("reader", "/mijn/reflecties/"),
    "diff": ("anonymous", "/papers/SHPP003-01/diff/0.9/1.0/"),
    "consultation report": ("anonymous", "/papers/SHPP003-01/v0.9/consultatieverslag/"),
    "search": ("anonymous", "/zoeken/?q=netwerk+herstel"),
    "reflections feed": ("anonymous", "/papers/SHPP003-05/v0.9/feed/"),
    "open data (JSON)": ("anonymous", "/papers/SHPP003-05/v0.9/reflecties.json"),
    "sitemap of reflections": ("anonymous", "/sitemap-reflections.xml"),
    "reflection page": ("anonymous", lambda state: f"/reflecties/{state['reflection'].pk}/"),
}


def session_for(user: User) -> str:
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "civcare.accounts.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def measure_pages(state: dict) -> dict:
    """Queries and server time per page (in-process, cache cleared: the expensive path)."""
    clients = {"anonymous": Client()}
    for role in ("reader", "moderator"):
        clients[role] = Client()
        clients[role].cookies["sessionid"] = session_for(state[role])
    results = {}
    for name, (role, url) in PAGES.items():
        url = url(state) if callable(url) else url
        times, queries = [], None
        for _ in range(5):
            cache.clear()
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = clients[role].get(url)
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (name, response.status_code)
            queries = len(captured)
        results[name] = (queries, statistics.median(times))
    return results


WRK_RE = {
    "rps": re.compile(r"Requests/sec:\s+([\d.]+)"),
    "p50": re.compile(r"50%\s+([\d.]+)(us|ms|s)\b"),
    "p99": re.compile(r"99%\s+([\d.]+)(us|ms|s)\b"),
}


def wrk(url: str, cookie: str | None, seconds: int) -> dict:
    # Browsers ask for gzip; so does the benchmark (for every endpoint alike).
    command = [
        "wrk",
        "-t2",
        "-c8",
        f"-d{seconds}s",
        "--latency",
        "-H",
        "Accept-Encoding: gzip",
        url,
    ]
    if cookie:
        command[1:1] = ["-H", f"Cookie: sessionid={cookie}"]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures = {"rps": float(WRK_RE["rps"].search(output).group(1))}
    for key in ("p50", "p99"):
        value, unit = WRK_RE[key].search(output).groups()
        figures[key] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["errors"] = int(non2xx.group(1)) if non2xx else 0
    return figures


ROUNDS = 3


def set_queue_empty(empty: bool) -> None:
    """Take the 10,000 pending reflections out of the queue (and back), to measure the
    empty queue at the same time and on the same data as the full one."""
    import redis

    from reflections.selectors import QUEUE_COUNTS_KEY

    old, new = ("pending", "bench-out") if empty else ("bench-out", "pending")
    Reflection.objects.filter(status=old).update(status=new)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE reflections_reflection")
    # The servers cache the queue counts in Redis (this process uses local memory).
    redis.Redis.from_url(REDIS_URL).delete(f"civcare:1:{QUEUE_COUNTS_KEY}")


def load_test(state: dict) -> dict:
    """wrk against each endpoint, in ROUNDS interleaved rounds of DURATION/ROUNDS seconds.

    Interleaving makes the ratios fair on a shared machine whose speed drifts: each ratio
    is taken within a round, and the median round is reported.
    """
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    env = production_env(DATABASE_URL, REDIS_URL, SECRET_KEY=SECRET)
    server = AppServer(env, workers=int(WORKERS)).start()
    seconds = max(2, round(int(DURATION) / ROUNDS))
    try:
        cookies = {role: session_for(state[role]) for role in ("reader", "moderator")}
        urls = {
            "bare view (/ping)": (f"{server.url}/ping", None),
            "paper, anonymous": (f"{server.url}/papers/SHPP003-05/v0.9/", None),
            "paper, signed in": (f"{server.url}/papers/SHPP003-05/v0.9/", cookies["reader"]),
            "moderation queue": (f"{server.url}/moderatie/", cookies["moderator"]),
            "moderation queue, 0 pending": (f"{server.url}/moderatie/", cookies["moderator"]),
        }
        rounds = []
        for _ in range(ROUNDS):
            figures = {}
            for name, (url, cookie) in urls.items():
                if name == "moderation queue, 0 pending":
                    set_queue_empty(True)
                # Warm the cache with the request wrk will make (same encoding and cookie).
                warm = ["curl", "-s", "-o", "/dev/null", "-H", "Accept-Encoding: gzip", url]
                if cookie:
                    warm[1:1] = ["-b", f"sessionid={cookie}"]
                subprocess.run(warm, check=True)
                figures[name] = wrk(url, cookie, seconds)
            set_queue_empty(False)
            rounds.append(figures)
        return rounds
    finally:
        set_queue_empty(False)
        server.stop()


def input_bounds() -> dict:
    """The worst case of the adversarial Markdown corpus at the longest text a person may
    send, and the time to validate a 1 MB adversarial paper file (best of three each, so
    the figure is the work, not the machine's noise)."""
    from django.conf import settings

    from civcare.core.rendering import render_paper_markdown, render_user_markdown
    from civcare.core.tests.adversarial import markdown_texts, paper_file
    from papers import fileformat

    def best_of_three(function, *args) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            function(*args)
            times.append(time.perf_counter() - started)
        return min(times) * 1000

    def validate(text: str) -> None:
        with contextlib.suppress(fileformat.PaperFileError):
            fileformat.check_text(text)

    rows = [["adversarial text", "chars", "reflection ms", "paper text ms"]]
    worst = {"ms": 0.0, "name": "", "per_kb": 0.0}
    for name, text in markdown_texts(settings.REFLECTION_MAX_LENGTH).items():
        user = best_of_three(render_user_markdown, text)
        paper = best_of_three(render_paper_markdown, text)
        rows.append([name, str(len(text)), f"{user:.1f}", f"{paper:.1f}"])
        if max(user, paper) > worst["ms"]:
            worst = {
                "ms": max(user, paper),
                "name": name,
                "per_kb": max(user, paper) / (len(text) / 1000),
            }
    file = paper_file(1_000_000)
    import_ms = best_of_three(validate, file)
    print("\nRendering adversarial Markdown (best of 3):")
    print(table(rows))
    print(
        f"Worst case: {worst['name']}, {worst['ms']:.1f} ms ({worst['per_kb']:.2f} ms per KB). "
        f"Validating a {len(file) / 1e6:.1f} MB adversarial paper file: {import_ms:.0f} ms."
    )
    return {"render_worst_ms": worst["ms"], "import_ms": import_ms}


def table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
    )


def main() -> int:
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)")
        return 2
    print(
        f"civcare benchmark — {datetime.datetime.now():%Y-%m-%d %H:%M} — {os.cpu_count()} "
        f"cores, gunicorn {WORKERS} sync workers, wrk 2 threads x 8 connections, "
        f"{ROUNDS} rounds of {max(2, round(int(DURATION) / ROUNDS))}s"
    )
    bounds = input_bounds()
    state = base_state()
    empty_pages = measure_pages(state)

    print(
        "\nBuilding the full data set: 2,000 users, 1,000 approved reflections, 100 replies, "
        "10,000 pending …"
    )
    fill(state)
    full_pages = measure_pages(state)
    rounds = load_test(state)

    rows = [["page", "queries empty", "queries full", "equal", "server ms empty", "server ms full"]]
    for name in PAGES:
        (qe, te), (qf, tf) = empty_pages[name], full_pages[name]
        rows.append([name, str(qe), str(qf), "yes" if qe == qf else "NO", f"{te:.1f}", f"{tf:.1f}"])
    print("\nQueries and server time per page (cache cleared before each request):")
    print(table(rows))

    def ratio(figures: dict) -> dict:
        bare = figures["bare view (/ping)"]["rps"]
        return {
            "anonymous": figures["paper, anonymous"]["rps"] / bare,
            "signed_in": figures["paper, signed in"]["rps"] / bare,
            "queue": figures["moderation queue"]["p50"]
            / figures["moderation queue, 0 pending"]["p50"],
        }

    ratios = [ratio(figures) for figures in rounds]
    median = {key: statistics.median(r[key] for r in ratios) for key in ratios[0]}
    # The round whose anonymous ratio is the median one is shown in full.
    shown = sorted(range(ROUNDS), key=lambda i: ratios[i]["anonymous"])[ROUNDS // 2]
    rows = [["endpoint (full data set)", "req/s", "p50 ms", "p99 ms", "errors"]]
    for name, figures in rounds[shown].items():
        rows.append(
            [
                name,
                f"{figures['rps']:.0f}",
                f"{figures['p50']:.2f}",
                f"{figures['p99']:.2f}",
                str(sum(r[name]["errors"] for r in rounds)),
            ]
        )
    print(
        f"\nThroughput (gunicorn, production settings, Redis cache; round {shown + 1} of "
        f"{ROUNDS}, errors over all rounds):"
    )
    print(table(rows))
    print(
        "\nRatios per round: "
        + "; ".join(
            f"anonymous {r['anonymous']:.0%}, signed in {r['signed_in']:.0%}, "
            f"queue {r['queue']:.2f}x"
            for r in ratios
        )
    )

    anonymous, signed_in, queue_ratio = median["anonymous"], median["signed_in"], median["queue"]
    checks = [
        (
            "worst adversarial text renders in < 100 ms",
            bounds["render_worst_ms"] < 100,
            f"{bounds['render_worst_ms']:.1f} ms",
        ),
        (
            "1 MB adversarial paper file validates in < 1 s",
            bounds["import_ms"] < 1000,
            f"{bounds['import_ms']:.0f} ms",
        ),
        (
            "queries equal on empty and full data set",
            all(empty_pages[n][0] == full_pages[n][0] for n in PAGES),
            "all pages",
        ),
        ("anonymous paper page >= 60% of bare view", anonymous >= 0.60, f"{anonymous:.0%}"),
        ("signed-in paper page >= 25% of bare view", signed_in >= 0.25, f"{signed_in:.0%}"),
        (
            "queue with 10,000 pending < 2x empty latency (p50)",
            queue_ratio < 2,
            f"{queue_ratio:.2f}x",
        ),
        (
            "no errors under load",
            all(f["errors"] == 0 for r in rounds for f in r.values()),
            "",
        ),
    ]
    print("\nTargets:")
    for label, passed, figure in checks:
        print(f"  {'PASS' if passed else 'FAIL'}  {label}  {figure}")
    return 0 if all(passed for _, passed, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
