"""Real app servers for tests and benchmarks: gunicorn processes with production settings.

Used by the two-server test, the fault test and bench/run. Clients are plain HTTP (urllib)
with their own cookie jar, like separate browsers.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


# The shared Redis (127.0.0.1:6379) has 16 databases: a test file that empties one takes
# its own, and with several test workers (pytest-xdist, make test) each worker its own next
# to it, so that one worker emptying its database never empties another's. Database 0 is
# left to a developer's own server (docs/configuration.md), 6 to 8 to the bench.
REDIS_WORKERS = 3
TEST_DATABASES = (1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15)


def shared_redis_url(slot: int) -> str:
    """The Redis database of this test worker for the test file that took ``slot`` (0, 1,
    2, …: each file its own, REDIS_WORKERS databases apart)."""
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    if worker >= REDIS_WORKERS:
        raise RuntimeError(f"at most {REDIS_WORKERS} test workers share one Redis (make test)")
    return f"redis://127.0.0.1:6379/{TEST_DATABASES[slot * REDIS_WORKERS + worker]}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url: str, redis_url: str | None, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "civcare.settings",
        "DEBUG": "0",
        "SECRET_KEY": "servers-" + "x" * 60,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "SECURE_SSL_REDIRECT": "0",  # plain http on loopback
        "SECURE_COOKIES": "0",
        "STATIC_PLAIN_STORAGE": "1",  # no collectstatic needed
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.update(extra)
    return env


@dataclass
class AppServer:
    env: dict[str, str]
    workers: int = 2
    port: int = field(default_factory=free_port)
    app: str = "civcare.wsgi"  # the WSGI application gunicorn serves (bench/run: a bare one)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> AppServer:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                self.app,
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--timeout",
                "60",
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/ping", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn on {self.port} did not start")

    def stop(self) -> str:
        if self.process is None:
            return ""
        self.process.send_signal(signal.SIGTERM)
        try:
            output, _ = self.process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            output, _ = self.process.communicate()
        self.process = None
        return output.decode(errors="replace") if output else ""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Response:
    status: int
    body: str
    headers: dict
    elapsed: float

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")


class Client:
    """One visitor: a cookie jar and a CSRF token, talking to any of the servers."""

    def __init__(self, cookies: dict[str, str] | None = None):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect
        )
        self.csrf = secrets.token_hex(16)  # a valid 32-character CSRF secret
        self.cookies = {"csrftoken": self.csrf, **(cookies or {})}

    def _cookie_header(self) -> str:
        merged = {c.name: c.value for c in self.jar}
        merged.update({k: v for k, v in self.cookies.items() if k not in merged})
        return "; ".join(f"{k}={v}" for k, v in merged.items())

    def request(
        self, method: str, url: str, data: dict | None = None, timeout: float = 30
    ) -> Response:
        body = None
        # Both servers answer to one name, as they would behind a load balancer (allauth keys
        # its login rate limit on the site's host).
        headers = {"Cookie": self._cookie_header(), "Host": "127.0.0.1"}
        if data is not None:
            # Django renews the CSRF secret at login: post whatever the cookie holds now.
            token = next((c.value for c in self.jar if c.name == "csrftoken"), self.csrf)
            body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **data}).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        start = time.monotonic()
        try:
            with self.opener.open(request, timeout=timeout) as response:
                text = response.read().decode(errors="replace")
                status, response_headers = response.status, dict(response.headers)
        except urllib.error.HTTPError as error:
            text = error.read().decode(errors="replace")
            status, response_headers = error.code, dict(error.headers)
        return Response(status, text, response_headers, time.monotonic() - start)

    def get(self, url: str, **kwargs) -> Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, data: dict, **kwargs) -> Response:
        return self.request("POST", url, data=data, **kwargs)

    def log_in(self, base_url: str, email: str, password: str) -> Response:
        return self.post(f"{base_url}/accounts/login/", {"login": email, "password": password})

    @property
    def session_cookie(self) -> str:
        return next((c.value for c in self.jar if c.name == "sessionid"), "")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


class OwnPostgres:
    """A PostgreSQL server of its own (initdb in a temporary folder), to stop and start.

    The fault test stops it under a running app server; the shared PostgreSQL of the test
    suite stays untouched. Runs as the ``postgres`` system user when we are root.
    """

    def __init__(self):
        import glob
        import tempfile

        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if not bins:
            raise RuntimeError("no PostgreSQL server binaries in /usr/lib/postgresql")
        self.bin = Path(bins[-1])
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="civcare-pg-"))
        self.data = self.folder / "data"
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            import shutil

            shutil.chown(self.folder, "postgres", "postgres")

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/civcare"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=60)

    def create(self) -> OwnPostgres:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
            "--auth=trust", "--no-sync", "-E", "UTF8",
        )  # fmt: skip
        self.start()
        self._run(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "civcare")
        return self

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        # The server's output goes to a file: it must not hold on to our pipes.
        log = str(self.folder / "postgres.log")
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", log, "-w", "start"
        )  # fmt: skip

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        import shutil

        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class OwnRedis:
    """A Redis server of its own, to stop under a running app server."""

    def __init__(self):
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> OwnRedis:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def worker_pids(server: AppServer) -> set[int]:
    """The gunicorn master's children: the same set before and after means no restart."""
    pid = server.process.pid
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return {pid, *map(int, children)}
