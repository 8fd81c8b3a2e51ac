"""Local development and `make demo`: SQLite, DEBUG on, console e-mail."""

import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR
from .env import env_bool


def _dev_secret_key() -> str:
    # A random key per checkout, kept out of git, so no secret is ever written in code.
    path = BASE_DIR / "var" / "dev-secret-key"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = SECRET_KEY or _dev_secret_key()  # noqa: F405
DEBUG = env_bool("DEBUG", True)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
