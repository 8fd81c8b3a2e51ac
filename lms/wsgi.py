import os

from django.core.wsgi import get_wsgi_application

from lms.fast_paths import FastPathApplication

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

application = FastPathApplication(get_wsgi_application())
