"""The web app manifest: what the phone needs to put the site on its home screen, in the interface's language."""

import json

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse
from PIL import Image

pytestmark = pytest.mark.django_db


def _manifest(client: Client) -> dict:
    response = client.get(reverse("lms:manifest"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    assert "max-age=86400" in response["Cache-Control"] and "Cookie" in response["Vary"]
    return json.loads(response.content)


def test_the_manifest_makes_the_site_an_app_in_vietnamese():
    data = _manifest(Client())
    assert data["name"] == "Học tập chính trị cho công nhân" and data["lang"] == "vi"
    assert data["display"] == "standalone" and data["start_url"].startswith("/") and data["scope"] == "/"
    assert {icon["sizes"] for icon in data["icons"]} == {"192x192", "512x512"}


def test_its_icons_exist_with_the_sizes_it_declares():
    for icon in _manifest(Client())["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon["src"]
        with Image.open(path) as image:
            assert image.format == "PNG" and f"{image.width}x{image.height}" == icon["sizes"]


def test_the_manifest_follows_the_interface_language():
    client = Client()
    client.post(reverse("lms:set_language"), {"language": "en", "next": "/"})
    data = _manifest(client)
    assert data["name"] == "Political study for workers" and data["lang"] == "en"


def test_every_page_points_to_it():
    page = Client().get(reverse("lms:login")).content.decode()
    assert f'<link rel="manifest" href="{reverse("lms:manifest")}">' in page
