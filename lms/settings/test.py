"""Test settings: SQLite unless DATABASE_URL is set (CI sets PostgreSQL)."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
WHITENOISE_AUTOREFRESH = True

import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

# Uploads made by tests never land in the project's media folder.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "lms-test-media"
PRIVATE_MEDIA_ROOT = Path(tempfile.gettempdir()) / "lms-test-private"
