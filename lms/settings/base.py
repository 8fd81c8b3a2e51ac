"""Settings shared by every environment. Secrets and services come from the environment only."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "lms",
    "courses",
    "assessments",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "schedule",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "django_tasks_rq",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.CookieLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Requests answered ahead of the middleware when the answer is already warm (lms/fast_paths.py); LESSON_FAST_PATH=false
# serves every lesson through Django's whole stack (the same pages, slower).
LMS_FAST_PATHS = ["courses.warm_lesson.warm_lesson"] if env_bool("LESSON_FAST_PATH", True) else []

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

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
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite by default (embedded), PostgreSQL via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",  # an empty value means the default
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=env_bool("DB_CONN_HEALTH_CHECKS", True),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The same backend with a health check that costs no round trip while the connection is busy (lms/db/).
    DATABASES["default"]["ENGINE"] = "lms.db.postgresql"
    # Let psycopg prepare the statements our own server-bound cursors run (the warm lesson's query, see
    # courses/warm_lesson.py); Django's ORM binds on the client and never prepares. Off for a connection pooler
    # that cannot keep prepared statements (PgBouncer in transaction mode before 1.21).
    prepare_threshold = 5 if env_bool("DB_PREPARED_STATEMENTS", True) else None
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = prepare_threshold
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the task worker write to the same file: write-ahead logging lets readers go on while one
    # writes, IMMEDIATE transactions take the write lock up front (no "database is locked" half-way through a
    # transaction), and a writer waits up to 20 s for the other instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DB_HEALTH_CHECK_QUIET_SECONDS = float(env_str("DB_HEALTH_CHECK_QUIET_SECONDS", "10"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "lms.User"

# Cache: Redis when REDIS_URL is set, otherwise an in-process cache.
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "lms.cache.ReusingRedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "lms"}}
# Sessions are read from the cache and written through to the database: cheap reads, nothing lost on restart.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30  # learners stay logged in on their phone for a month

# Background tasks: the database backend by default; TASK_BACKEND may name another backend class.
# Background tasks: the database worker (`manage.py db_worker`) by default; with
# TASK_BACKEND=django_tasks_rq.RQBackend, Redis queues served by `manage.py rqworker --job-class django_tasks_rq.Job`
# on as many machines as needed.
TASKS = {"default": {"BACKEND": env_str("TASK_BACKEND", "django_tasks_db.DatabaseBackend"), "QUEUES": ["default"]}}
RQ_QUEUES = {"default": {"URL": env_str("TASK_REDIS_URL", REDIS_URL or "redis://127.0.0.1:6379/0")}}

# E-mail
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "noreply@localhost")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "lms.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "lms:login"
LOGIN_REDIRECT_URL = "courses:learner_home"
LOGOUT_REDIRECT_URL = "/"

# Internationalisation: Vietnamese first, English second; dates dd/mm/yyyy.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
# The project's catalogue first; then our translations of the strings Wagtail and Django leave untranslated.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_upstream"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["lms.formats"]
LANGUAGE_COOKIE_NAME = "lms_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Learners' uploads (handwritten reflections) are never under MEDIA_URL: only a view that checks scope serves them.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Học tập lý luận chính trị cho công nhân"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# A class's certificates are issued in this many tasks, so that as many workers can share the work.
CERTIFICATE_BATCH_CHUNKS = env_int("CERTIFICATE_BATCH_CHUNKS", 2)
# Reverse proxies in front of the app that append to X-Forwarded-For (for rate limits per client address).
RATE_LIMIT_TRUSTED_PROXIES = env_int("RATE_LIMIT_TRUSTED_PROXIES", 0)
# Activation codes for workers imported without a password: days a printed code stays valid, and wrong tries
# before it stops working (the redeem form is also rate limited per client address: ACTIVATION_RATE_LIMIT).
ACTIVATION_CODE_DAYS = env_int("ACTIVATION_CODE_DAYS", 30)
ACTIVATION_MAX_ATTEMPTS = 5
# The public address printed in certificates' QR codes (the verification page must open from any phone).
PUBLIC_BASE_URL = env_str("PUBLIC_BASE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# The admin's date pickers (scheduled publishing, quiz windows) write dd/mm/yyyy like the rest of the site; each is
# also the first of lms/formats' input formats, so what the picker writes is what the form reads.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# The admin never calls out to wagtail.org (release checks, "What's new" banners); upgrades follow our pins.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "mp3", "m4a", "ogg", "mp4", "webm"]


# django-scheduler: only its models and occurrence API are used; nobody may edit through its own views.
def _scheduler_deny_all(*args, **kwargs) -> bool:
    return False


CHECK_EVENT_PERM_FUNC = _scheduler_deny_all
CHECK_CALENDAR_PERM_FUNC = _scheduler_deny_all
CHECK_OCCURRENCE_PERM_FUNC = _scheduler_deny_all
CALENDAR_VIEW_PERM = True

# Study progress: the longest gap between two heartbeats that still counts as study time.
STUDY_HEARTBEAT_MAX_SECONDS = 90
# Study done offline and sent in one batch: at most this much time is credited per batch (a long shift break).
STUDY_OFFLINE_MAX_SECONDS = 4 * 60 * 60

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
# Media files link straight to the file so the proxy serves them with Range support (video seeking on phones).
WAGTAILDOCS_SERVE_METHOD = "direct"

# How often each worker re-reads the page tree's version token (lms.routing): a publish, move or unpublish
# reaches every worker within this many seconds, and the worker that made the change at once.
ROUTE_VERSION_CHECK_SECONDS = float(env_str("ROUTE_VERSION_CHECK_SECONDS", "1.0"))
AUTHENTICATION_BACKENDS = ["lms.auth_backends.LmsModelBackend"]
# Learners book in-person sessions until this many hours before they start.
BOOKING_DEADLINE_HOURS = 12
# Where learners' notices go: e-mail by default; add "courses.notifications.WebhookSender" with
# NOTIFICATION_WEBHOOK_URL for an SMS or chat gateway.
NOTIFICATION_SENDERS = env_list("NOTIFICATION_SENDERS", "courses.notifications.EmailSender")
NOTIFICATION_WEBHOOK_URL = env_str("NOTIFICATION_WEBHOOK_URL", "")
