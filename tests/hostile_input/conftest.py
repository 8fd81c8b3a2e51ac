import pytest
from django.core.management import call_command
from django.db import transaction

from lms.services import role_groups_sync
from tests.conftest import _wagtail_roots


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once per test file inside a transaction that is rolled back after the file's last test.

    Loading it takes about 20 s and each crawl only reads it (what a crawl writes is rolled back with the test's own
    savepoint, as pytest-django nests each test's transaction inside this one), so the crawls of one file share it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        _wagtail_roots()
        role_groups_sync()
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
        yield
        transaction.set_rollback(True)
