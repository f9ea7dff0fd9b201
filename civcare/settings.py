"""Settings for civcare, read from the environment.

One module for every environment: development needs nothing set (SQLite in the
project folder, DEBUG on only when asked for); production sets DEBUG off and
must provide SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL. See docs/configuration.md.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


TRUE_WORDS = {"1", "true", "yes", "on", "ja", "aan"}
FALSE_WORDS = {"0", "false", "no", "off", "nee", "uit"}


def env_bool(name: str, default: bool = False) -> bool:
    """A yes/no setting. Anything but a known word stops start-up: a typo such as
    SECURE_COOKIES=flase must not silently turn a protection off."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={value!r} is not a yes/no value; use one of "
        f"{', '.join(sorted(TRUE_WORDS))} or {', '.join(sorted(FALSE_WORDS))}."
    )


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (see docs/production.md)."
        )
    # Development only: a fixed key is harmless because DEBUG is on and nothing is deployed.
    SECRET_KEY = "django-insecure-civcare-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# A friendly Dutch page that gives back the typed text (civcare.views.csrf_failure).
CSRF_FAILURE_VIEW = "civcare.views.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "civcare",
    "civcare.core",
    "civcare.accounts",
    "papers",
    "reflections",
    "governance",
    "public",
]

# After the redirect to HTTPS, a public page that a visitor without personal cookies asks
# for is answered from the cache (civcare.core.page_cache), before static files, the fixed
# headers, the language, sessions, CSRF, authentication and messages.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Whole public pages for visitors, with the headers of the four below stored with them.
    "civcare.core.page_cache.PublicPageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "civcare.middleware.SecurityHeadersMiddleware",
    "civcare.middleware.DutchFirstLocaleMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "civcare.middleware.LazyMessageMiddleware",
    "civcare.middleware.DatabaseUnavailableMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "civcare.urls"
WSGI_APPLICATION = "civcare.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "civcare.context_processors.site",
                "civcare.context_processors.roles",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# DATABASE_URL, e.g. postgres://user:pass@host:5432/civcare; default: SQLite in the project folder.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend with a pool renewed as soon as PostgreSQL is back after an outage.
    DATABASES["default"]["ENGINE"] = "civcare.core.postgresql"
    options = DATABASES["default"].setdefault("OPTIONS", {})
    # A short connect timeout keeps /healthz and every page quick to fail when
    # PostgreSQL is down, instead of hanging a worker.
    options.setdefault("connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 2))
    if env_bool("DATABASE_POOL", default=True):
        # psycopg 3's pool (Django >= 5.1). The pool owns connection reuse, so Django's own
        # persistent connections must stay off. With CONN_HEALTH_CHECKS Django has the pool
        # check each connection as it hands it out (one empty round trip): after PostgreSQL
        # restarts, a connection it cut is replaced instead of failing a request, and the
        # same processes serve again (tests/test_faults.py).
        options["pool"] = {
            "min_size": env_int("DATABASE_POOL_MIN_SIZE", 1),
            "max_size": env_int("DATABASE_POOL_MAX_SIZE", 10),
            "timeout": env_int("DATABASE_POOL_TIMEOUT", 3),
            # psycopg's pool retries a lost server with doubling delays (1, 2, 4, 8 s…) for
            # reconnect_timeout seconds; unbounded, a worker could keep answering 503 for
            # half a minute after PostgreSQL is back. A short chain gives up soon, and the
            # next request starts a new one at once.
            "reconnect_timeout": env_int("DATABASE_POOL_RECONNECT_TIMEOUT", 5),
        }
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    if env_bool("DATABASE_PREPARED", default=True):
        # Server-side binding with prepared statements: a query a connection has run five
        # times is planned once, not on every request. The moderation queue's seven-table
        # join takes ~10 ms to plan and ~1 ms to run on a full data set (bench/run).
        # Turn off (DATABASE_PREPARED=0) behind PgBouncer in transaction mode.
        options["server_side_binding"] = True
        options["prepare_threshold"] = env_int("DATABASE_PREPARE_THRESHOLD", 5)

# DATABASE_REPLICA_URL: a PostgreSQL read replica for anonymous visitors' reads (see
# civcare/core/replica.py). Same options and pool as the primary.
if os.environ.get("DATABASE_REPLICA_URL"):
    import copy

    replica = dj_database_url.parse(os.environ["DATABASE_REPLICA_URL"])
    DATABASES["replica"] = {
        **copy.deepcopy(DATABASES["default"]),
        **{key: replica[key] for key in ("NAME", "USER", "PASSWORD", "HOST", "PORT")},
        "TEST": {"MIRROR": "default"},
    }
    DATABASES["replica"]["OPTIONS"].update(replica.get("OPTIONS", {}))
    DATABASE_ROUTERS = ["civcare.core.replica.ReplicaRouter"]
    # After a write, that browser reads the primary this long (longer than the lag).
    REPLICA_STICKY_SECONDS = env_int("REPLICA_STICKY_SECONDS", 15)
    MIDDLEWARE.insert(0, "civcare.core.replica.ReplicaMiddleware")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts (django-allauth 65) ----------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "civcare.accounts.backends.ModelBackend",
    "civcare.accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:my_account"
ACCOUNT_ADAPTER = "civcare.accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "civcare.accounts.forms.SignupDetailsForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
# Nobody posts before confirming their address; allauth re-sends the link at login.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # a confirm button: mail scanners must not confirm
ACCOUNT_CHANGE_EMAIL = True  # one address per account; the old one stays until the new is verified
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[CIV-CARE] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
# allauth's rate limits, stated explicitly. They count in the cache, so with Redis they
# hold across every app server.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]  # each in its own language
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or env_bool("STATIC_PLAIN_STORAGE")
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Email ----------------------------------------------------------------------------------
# Every email goes to the outbox (civcare.core): EMAIL_BACKEND only writes rows, and
# ``manage.py send_notifications`` delivers them through MAIL_DELIVERY_BACKEND (the
# environment's EMAIL_BACKEND, as before). Development prints every email (e.g. the
# verification link) in the terminal running the site: make run runs the deliverer too.
EMAIL_BACKEND = "civcare.core.mail.OutboxBackend"
MAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
# Delivered, given up and cancelled emails are removed after this many days.
MAIL_RETENTION_DAYS = env_int("MAIL_RETENTION_DAYS", 30)
# While the mail server is unreachable an email waits this long before it is given up.
MAIL_GIVE_UP_AFTER_HOURS = env_int("MAIL_GIVE_UP_AFTER_HOURS", 48)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "CIV-CARE reflectieplatform <noreply@civ-care.nl>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Cache ----------------------------------------------------------------------------------
# REDIS_URL (e.g. redis://127.0.0.1:6379/0) gives every app server the same cache: rendered
# pages, rate limits (allauth's and ours). Without it: memory of this one process.
REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_caches(url: str, *, key_prefix: str = "civcare") -> dict:
    """CACHES for the Redis database at ``url`` (also what the tests run on Redis use)."""
    return {
        "default": {
            "BACKEND": "civcare.core.cache.MirroredRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": key_prefix,
            "OPTIONS": {
                # Redis down means cache misses, not errors: the site keeps serving.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }


if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "civcare.core.cache"  # one warning a minute (civcare.core.log_filters)
    # Sessions are read from Redis and written through to PostgreSQL: fast, shared by all
    # app servers, and not lost when Redis restarts.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Room for every rendered reflection of a large consultation (Django's default keeps 300
    # entries and then drops a third: the paper page would render most of its items again).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

# --- Security -------------------------------------------------------------------------------
# Content Security Policy (django-csp): no inline scripts or styles anywhere; the site needs
# no JavaScript at all.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not DEBUG:
    # SECURE_COOKIES=0 only for local runs over plain http (benchmarks, the two-server test).
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    # Allows (does not itself request) submission to the browsers' HSTS preload list.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
    # Behind a TLS-terminating load balancer that sets X-Forwarded-Proto.
    if env_bool("SECURE_PROXY_SSL_HEADER", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# TRUSTED_PROXY_COUNT: how many proxies in front of the app servers append to
# X-Forwarded-For (1 behind the README's load balancer). allauth then counts its rate limits
# per visitor (the address that many hops from the right) instead of per proxy, where ten
# failed logins a minute by anyone would lock everybody out. 0 (the default): the header
# is never trusted, so a visitor cannot choose their own address by sending it.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# --- Logging --------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "filters": {"cache_outage": {"()": "civcare.core.log_filters.CacheOutage"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "civcare.core.cache": {"filters": ["cache_outage"]},
        # WeasyPrint logs every step of every PDF at INFO; its warnings still show.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# --- civcare --------------------------------------------------------------------------------
CIVCARE_FOUNDATION = "Stichting De Kamer van Sociale Waarden"

# Reflections: limits shown to authors in the form's messages.
REFLECTION_MIN_LENGTH = env_int("REFLECTION_MIN_LENGTH", 20)
REFLECTION_MAX_LENGTH = env_int("REFLECTION_MAX_LENGTH", 6000)
REFLECTIONS_PER_HOUR = env_int("REFLECTIONS_PER_HOUR", 10)
REFLECTION_EDITS_PER_HOUR = env_int("REFLECTION_EDITS_PER_HOUR", 20)
# The herleidbaarheidscheck (civcare.core.identifiability): how often one person may have a
# text checked without posting it (a preview, or the warning before posting), and how long
# one check may take before the page says it is not available (a longest reflection takes
# tens of milliseconds; adversarial text is stopped here).
REFLECTION_CHECKS_PER_HOUR = env_int("REFLECTION_CHECKS_PER_HOUR", 60)
IDENTIFIABILITY_BUDGET_MS = env_int("IDENTIFIABILITY_BUDGET_MS", 2000)
# The same text posted again within this many seconds is a double submit, not a new reflection.
REFLECTION_DUPLICATE_WINDOW = env_int("REFLECTION_DUPLICATE_WINDOW", 600)
# After this many reports by different readers, a reflection is hidden until a moderator decides.
REPORTS_TO_HIDE = env_int("REPORTS_TO_HIDE", 3)
REPORTS_PER_HOUR = env_int("REPORTS_PER_HOUR", 20)
# Each change of how a published reflection or its author is shown renews cached pages (and
# the consultation report's PDF): a person's changes are limited (counted in the cache).
PRESENTATION_CHANGES_PER_HOUR = env_int("PRESENTATION_CHANGES_PER_HOUR", 10)
DISPLAY_NAME_CHANGES_PER_DAY = env_int("DISPLAY_NAME_CHANGES_PER_DAY", 3)
# A request for a PDF that is being made (civcare.core.documents) waits this long for it,
# then asks the reader to come back in a minute.
DOCUMENT_WAIT_SECONDS = env_int("DOCUMENT_WAIT_SECONDS", 3)
# Sentence embeddings (civcare.core.embeddings, #31): computed by the background job for what
# is published, never in a request. Off: similar reflections are found by their words only.
# The job embeds at most EMBEDDING_BATCH texts per round (about 40 ms each on two threads),
# so the mail waits at most a few seconds for it.
EMBEDDINGS_ENABLED = env_bool("EMBEDDINGS_ENABLED", default=True)
EMBEDDING_THREADS = env_int("EMBEDDING_THREADS", 2)
EMBEDDING_BATCH = env_int("EMBEDDING_BATCH", 32)
# The job embeds and works the editors' groups and clusters out ahead in a thread of its own
# at this lower priority (19, the lowest; the engine's threads inherit it): on a machine it
# shares with the app servers, the requests come first and this work takes what they leave
# (bench/run --embeddings measures posting and approving beside it); the job's mail and PDFs
# keep their priority. 0: no change (and no thread of its own).
# (EMBEDDING_NICENESS: its name until 7 December 2026, still read.)
BACKGROUND_NICENESS = env_int("BACKGROUND_NICENESS", env_int("EMBEDDING_NICENESS", 19))
# The similar page and the proposed clusters are worked out ahead by the background job, per
# state of the consultation; while it works a new state out (seconds at 1,000 reflections,
# about 20 s at 10,000), a page shows the last result if it is younger than this (seconds);
# older (a job that is not running), the request works it out itself.
EARLIER_RESULTS_SECONDS = env_int("EARLIER_RESULTS_SECONDS", 90)
# While texts keep arriving, the job works a consultation's groups and clusters out at most
# this often (seconds): each publication is a new state, and at 10,000 reflections one state
# costs about 20 s of work. Below EARLIER_RESULTS_SECONDS minus that time.
AHEAD_INTERVAL_SECONDS = env_int("AHEAD_INTERVAL_SECONDS", 45)
# Email every moderator when a reflection arrives in the queue.
REFLECTIONS_NOTIFY_MODERATORS = env_bool("REFLECTIONS_NOTIFY_MODERATORS", default=False)
# How many reflections a question or section shows on the paper page before "show all".
REFLECTIONS_SHOWN_PER_TARGET = env_int("REFLECTIONS_SHOWN_PER_TARGET", 5)
REFLECTIONS_PAGE_SIZE = 20
MODERATION_PAGE_SIZE = 25
# A moderator who opens a waiting item holds it this long ("in behandeling bij …" for the
# others); opening it again, or deciding, renews or ends the claim.
MODERATION_CLAIM_MINUTES = env_int("MODERATION_CLAIM_MINUTES", 10)
# A decision on a waiting item can be reopened this long; the author's email waits as long,
# so they are told only of the final decision.
MODERATION_UNDO_MINUTES = env_int("MODERATION_UNDO_MINUTES", 15)


# Open data (public/open_data.py): the licence of the published, quotable reflections.
OPEN_DATA_LICENCE = os.environ.get("OPEN_DATA_LICENCE", "CC BY 4.0")
OPEN_DATA_LICENCE_URL = os.environ.get(
    "OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/deed.nl"
)

# Absolute address of the site, for links in emails sent outside a request.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "https://civ-care.nl")

# Governance: the editor who promotes a version must not be the one who recorded the board
# decision (four-eyes principle). Off only for a one-person demo.
PROMOTION_FOUR_EYES = env_bool("PROMOTION_FOUR_EYES", default=True)
