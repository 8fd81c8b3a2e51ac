"""Reference data in use cannot be deleted from the admin; the superuser is told why (lms/admin_forms.py)."""

import pytest
from django.urls import reverse

from lms.models import Zone
from tests.factories import UserFactory, ZoneFactory

pytestmark = pytest.mark.django_db


def test_a_zone_in_use_is_kept_and_the_reason_shown(client, world):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    zone = world.zones["a"]
    url = reverse("zones:delete", args=[zone.pk])
    response = client.post(url, follow=True)
    assert response.status_code == 200 and response.redirect_chain == [(url, 302)]
    assert Zone.objects.filter(pk=zone.pk).exists()
    page = response.content.decode()
    assert f"{zone.name} không xóa được: còn 2 bản ghi tham chiếu đến (doanh nghiệp, lớp)." in page


def test_a_zone_nobody_refers_to_is_deleted(client, roles):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    zone = ZoneFactory(name="Khu công nghiệp Trống")
    assert client.post(reverse("zones:delete", args=[zone.pk])).status_code == 302
    assert not Zone.objects.filter(pk=zone.pk).exists()
