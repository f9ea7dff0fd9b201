"""The walk at volume (issue #29): the pages a reader, a moderator and an editor open during
and after a consultation of 1,000 reflections, in a browser at a desk's width and a
phone's, as they are served (gunicorn, Redis, the background job run as in production).

    BENCH_DB=civcare_walk .venv/bin/python bench/walk.py      # artifacts/walk/*.png

Prints, per page and width: its height in pixels and in screens, the server's answer and
the full load as the browser measured them, the first visit after the job ran and a second
one; then the editors' processing through the site (bench.processing: its POSTs, the bulk
step and its undo, the pages at 1,000 and 10,000) and the report's PDF. A screenshot of the
first screen of each page goes to artifacts/walk/, for a person to look at. A figure, not a
test: it exits 0 unless a page fails to load.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("BENCH_DB", "civcare_walk")

from playwright.sync_api import sync_playwright  # noqa: E402

import bench  # noqa: E402  (recreates the walk's own database, sets Django up)
from papers.models import PaperVersion  # noqa: E402
from reflections import moderation  # noqa: E402
from reflections.models import Reflection  # noqa: E402
from tests.servers import AppServer, production_env  # noqa: E402

REDIS_URL = os.environ.get("WALK_REDIS", "redis://127.0.0.1:6379/6")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SHOTS = bench.BASE / "artifacts" / "walk"
DESK, PHONE = (1280, 800), (390, 844)


def job(env: dict) -> float:
    """The background job once, as cron runs it (mail, the PDFs, the groups ahead): seconds."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "send_notifications", "-v0"],
        cwd=bench.BASE, env=env, check=True,
    )  # fmt: skip
    return time.perf_counter() - started


def visit(context, url: str, name: str, size: tuple[int, int]) -> dict:
    page = context.new_page()
    page.set_viewport_size({"width": size[0], "height": size[1]})
    figures = {}
    for visit_number in (1, 2):
        response = page.goto(url, wait_until="load", timeout=120_000)
        assert response is not None and response.status == 200, (url, response and response.status)
        timing = page.evaluate(
            "() => { const t = performance.getEntriesByType('navigation')[0];"
            " return [t.responseEnd - t.requestStart, t.loadEventEnd - t.startTime,"
            " t.encodedBodySize]; }"
        )
        figures[visit_number] = timing
    height = page.evaluate("() => document.documentElement.scrollHeight")
    wide = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    page.screenshot(path=str(SHOTS / f"{name}-{size[0]}.png"))
    page.close()
    return {
        "height": height,
        "screens": height / size[1],
        "sideways": wide,
        "first_ms": figures[1][0],
        "load_ms": figures[1][1],
        "again_ms": figures[2][0],
        "bytes": figures[1][2],
    }


def walk(server: AppServer, cookies: dict[str, str], pages: list[tuple]) -> list[list[str]]:
    rows = [["page", "width", "height px", "screens", "server ms (1st / 2nd)", "load ms", "kB"]]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for role, name, path, sizes in pages:
            context = browser.new_context()
            if role != "anonymous":
                context.add_cookies(
                    [{"name": "sessionid", "value": cookies[role], "url": server.url}]
                )
            for size in sizes:
                got = visit(context, server.url + path, name, size)
                sideways = (
                    f" (scrolls {got['sideways']} px sideways)" if got["sideways"] > 0 else ""
                )
                rows.append([
                    name + sideways, str(size[0]),
                    f"{got['height']:,}", f"{got['screens']:.1f}",
                    f"{got['first_ms']:.0f} / {got['again_ms']:.0f}", f"{got['load_ms']:.0f}",
                    f"{got['bytes'] / 1024:.0f}",
                ])  # fmt: skip
            context.close()
        browser.close()
    return rows


def main() -> int:
    SHOTS.mkdir(parents=True, exist_ok=True)
    state = bench.base_state()
    bench.PENDING = 300  # a moderation queue of a real consultation, not the load test's
    bench.fill(state)
    consulted = PaperVersion.objects.get(paper__code="SHPP003-05", major=0)
    published = Reflection.objects.filter(version=consulted, status="approved")
    readers = bench.make_users(20, "melder")
    for n, reflection in enumerate(published.exclude(author=None).order_by("?")[:20]):
        moderation.report(reflection, by=readers[n], reason="Dit noemt een bewoner.")
    print(
        f"Data set: {published.count():,} published on SHPP003-05 v0.9, "
        f"{Reflection.objects.filter(status='pending').count():,} waiting, 20 reports"
    )
    env = production_env(bench.DATABASE_URL, REDIS_URL, SECRET_KEY=bench.SECRET)
    # As a deploy does: the styles and scripts where WhiteNoise serves them from.
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                   cwd=bench.BASE, env=env, check=True)  # fmt: skip
    subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, capture_output=True)
    print(f"The background job, first run (the groups worked out ahead): {job(env):.1f} s")
    cookies = {role: bench.session_for(state[role]) for role in ("reader", "moderator", "editor")}
    both = (DESK, PHONE)
    cluster = state["cluster"]
    work = "/redactie/SHPP003-05/v0.9/reflecties/"
    during = [
        ("anonymous", "paper-page", "/papers/SHPP003-05/v0.9/", both),
        ("reader", "paper-page-signed-in", "/papers/SHPP003-05/v0.9/", (PHONE,)),
        ("moderator", "moderation-queue", "/moderatie/", both),
        ("moderator", "reports", "/moderatie/meldingen/", both),
        ("editor", "worklist", work, both),
        ("editor", "worklist-search", f"{work}?q=netwerk+OR+wachttijd", (DESK,)),
        ("editor", "similar", "/redactie/SHPP003-05/v0.9/vergelijkbaar/", both),
        (
            "editor",
            "similar-cluster",
            f"/redactie/SHPP003-05/v0.9/vergelijkbaar/{cluster}/",
            (DESK,),
        ),
        ("editor", "analysis", "/papers/SHPP003-05/v0.9/analyse/", both),
        ("editor", "version-screen", "/redactie/SHPP003-05/v0.9/", both),
    ]
    server = AppServer(env=env, workers=2).start(timeout=90)
    try:
        print("\nDuring the consultation:")
        print(bench.table(walk(server, cookies, during)))
    finally:
        server.stop()

    print("\nThe editors take it to v1.0 through the site (bench.processing) …")
    done = bench.processing(state)
    posts = done["posts"]
    print(
        f"{len(posts)} POSTs, slowest {max(ms for _label, ms, _n in posts):.0f} ms; "
        f"a bulk step over {done['undone']['reflections']:,}: what it would change "
        f"{done['undone']['plan']:.0f} ms, the step {done['undone']['step']:.0f} ms, "
        f"its undo {done['undone']['undo']:.0f} ms; at 10,000 "
        f"({done['undone_at_10000']['reflections']:,}): {done['undone_at_10000']['plan']:.0f}"
        f" / {done['undone_at_10000']['step']:.0f} / {done['undone_at_10000']['undo']:.0f} ms"
    )
    for measured in done["volume"].values():
        shown = ", ".join(
            f"{name} {ms:.0f} ms ({length / 1024:.0f} kB)"
            for name, value in measured.items()
            if name != "reflections"
            for ms, length in [value]
        )
        print(f"  at {measured['reflections']:,} published (cold): {shown}")
    bench.bump_pages()
    print(f"The background job after the adoption (the report's PDF): {job(env):.1f} s")
    after = [
        ("anonymous", "report", "/papers/SHPP003-05/v0.9/consultatieverslag/", both),
        ("anonymous", "history", "/papers/SHPP003-05/geschiedenis/", (PHONE,)),
        ("anonymous", "paper-v1", "/papers/SHPP003-05/v1.0/", (PHONE,)),
        ("editor", "version-screen-adopted", "/redactie/SHPP003-05/v0.9/", (DESK,)),
    ]
    server = AppServer(env=env, workers=2).start(timeout=90)
    try:
        print("\nAfter the adoption:")
        print(bench.table(walk(server, cookies, after)))
        pdf = SHOTS / "report.pdf"
        started = time.perf_counter()
        subprocess.run(
            ["curl", "-sf", "-o", str(pdf),
             f"{server.url}/papers/SHPP003-05/v0.9/consultatieverslag.pdf"], check=True,
        )  # fmt: skip
        waited = (time.perf_counter() - started) * 1000
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages"))
        print(
            f"The report's PDF: a reader waits {waited:.0f} ms; {pages} pages, "
            f"{pdf.stat().st_size / 1024:.0f} kB"
        )
    finally:
        server.stop()
    print(f"\nScreenshots: {SHOTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
