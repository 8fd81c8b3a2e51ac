"""Roster import against the database: fates, idempotence, one person never twice, command and screens."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.models import Enrolment, RosterUpload
from lms.models import AuditAction, LearnerProfile, PersonalDataAccess, User
from lms.roster.importer import Fate, roster_commit, roster_preview

pytestmark = pytest.mark.django_db

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
HEADER = "Họ và tên;Ngày sinh;Giới tính;Số điện thoại;Số CCCD;Công việc\n"


def _csv(*rows: str) -> bytes:
    return (HEADER + "\n".join(rows) + "\n").encode("utf-8-sig")


def test_example_roster_previews_imports_and_reimports_unchanged(world):
    enterprise = world.enterprises["a"]
    data = (EXAMPLES / "roster-example.csv").read_bytes()
    preview = roster_preview(data=data, filename="roster-example.csv", enterprise=enterprise)
    assert preview.count(Fate.NEW) == 11 and preview.count(Fate.ERROR) == 1
    assert LearnerProfile.objects.filter(enterprise=enterprise).count() == 2  # nothing written by a preview
    result = roster_commit(actor=world.organizers["a"], preview=preview)
    assert len(result.created) == 11
    assert LearnerProfile.objects.filter(enterprise=enterprise).count() == 13
    assert PersonalDataAccess.objects.filter(action=AuditAction.CREATED).count() == 11
    again = roster_preview(data=data, filename="roster-example.csv", enterprise=enterprise)
    assert again.count(Fate.UNCHANGED) == 11 and again.count(Fate.NEW) == 0
    roster_commit(actor=None, preview=again)
    assert LearnerProfile.objects.count() == 14
    # The XLSX export of the same roster is the same people.
    xlsx = roster_preview(
        data=(EXAMPLES / "roster-example.xlsx").read_bytes(), filename="r.xlsx", enterprise=enterprise
    )
    assert xlsx.count(Fate.UNCHANGED) == 11


def test_the_same_person_is_found_by_national_id_then_phone(world):
    enterprise = world.enterprises["a"]
    existing = world.learners["a1"]
    by_id = _csv(f"Lê Thị An Mới;20/05/1995;Nữ;0987000111;{existing.national_id};Tổ trưởng")
    preview = roster_preview(data=by_id, filename="a.csv", enterprise=enterprise)
    assert preview.rows[0].fate == Fate.UPDATED
    assert set(preview.rows[0].changes) == {"phone", "job", "full_name"}
    roster_commit(actor=None, preview=preview)
    existing.refresh_from_db()
    assert existing.phone == "0987000111" and existing.user.full_name == "Lê Thị An Mới"

    by_phone = _csv("Lê Thị An Mới;20/05/1995;Nữ;+84 987 000 111;;Tổ trưởng")
    assert roster_preview(data=by_phone, filename="a.csv", enterprise=enterprise).rows[0].fate == Fate.UNCHANGED


def test_a_person_of_another_enterprise_is_not_moved(world):
    other = world.learners["b1"]
    data = _csv(f"Đỗ Thị Chi;20/05/1995;Nữ;{other.phone};{other.national_id};Công nhân")
    row = roster_preview(data=data, filename="a.csv", enterprise=world.enterprises["a"]).rows[0]
    assert row.fate == Fate.ERROR and "row" in row.errors


def test_conflicting_identifiers_are_an_error(world):
    a1, a2 = world.learners["a1"], world.learners["a2"]
    data = _csv(f"Lê Thị An;20/05/1995;Nữ;{a2.phone};{a1.national_id};Công nhân")
    row = roster_preview(data=data, filename="a.csv", enterprise=world.enterprises["a"]).rows[0]
    assert row.fate == Fate.ERROR and "phone" in row.errors


def test_missing_header_blocks_the_import_with_its_name(world):
    data = "Họ và tên;Giới tính;Số điện thoại\nA;Nam;0912000001\n".encode()
    preview = roster_preview(data=data, filename="a.csv", enterprise=world.enterprises["a"])
    assert preview.blocked and "Ngày sinh" in preview.parsed.missing_headers


def test_command_dry_run_then_commit(world, capsys, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes((EXAMPLES / "roster-example.csv").read_bytes())
    tax = world.enterprises["a"].tax_code
    call_command("import_roster", str(path), "--enterprise", tax, "--lang", "en")
    out = capsys.readouterr().out
    assert "Row 2: New" in out and "Error" in out and "Dry run" in out
    assert LearnerProfile.objects.count() == 3
    call_command("import_roster", str(path), "--enterprise", tax, "--cohort", world.cohorts["a"].code, "--commit")
    assert LearnerProfile.objects.count() == 14
    assert Enrolment.objects.filter(cohort=world.cohorts["a"]).count() == 11
    assert f"issue_activation_codes --enterprise {tax}" in capsys.readouterr().out  # what the new workers need next
    with pytest.raises(CommandError):
        call_command("import_roster", str(path), "--enterprise", "0000000000")
    with pytest.raises(CommandError):
        call_command("import_roster", str(tmp_path / "missing.csv"), "--enterprise", tax)
    with translation.override("vi"), pytest.raises(CommandError, match="Ngày sinh"):
        bad = tmp_path / "bad.csv"
        bad.write_text("Họ và tên;Giới tính;Số điện thoại\nA;Nam;0912000001\n", encoding="utf-8")
        call_command("import_roster", str(bad), "--enterprise", tax)


def test_web_upload_preview_and_a_single_confirmation(world):
    client = Client()
    client.force_login(world.organizers["a"])
    with open(EXAMPLES / "roster-example.xlsx", "rb") as handle:
        response = client.post(
            reverse("courses:roster_upload"),
            {"enterprise": world.enterprises["a"].pk, "cohort": world.cohorts["a"].pk, "file": handle},
        )
    assert response.status_code == 302
    upload = RosterUpload.objects.get()
    preview = client.get(response["Location"])
    assert preview.status_code == 200 and "row-error" in preview.content.decode()
    assert LearnerProfile.objects.count() == 3
    confirm = reverse("courses:roster_confirm", args=[upload.pk])
    client.post(confirm)
    client.post(confirm)  # double tap
    assert LearnerProfile.objects.count() == 14
    assert Enrolment.objects.filter(cohort=world.cohorts["a"]).count() == 11
    # Another organizer cannot see or confirm this upload.
    other = Client()
    other.force_login(world.organizers["b"])
    assert other.get(reverse("courses:roster_preview", args=[upload.pk])).status_code == 404
    assert other.post(confirm).status_code == 404


def test_web_upload_rejects_other_units_enterprises_and_bad_files(world):
    client = Client()
    client.force_login(world.organizers["a"])
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        reverse("courses:roster_upload"),
        {"enterprise": world.enterprises["b"].pk, "file": SimpleUploadedFile("r.csv", b"x")},
    )
    assert response.status_code == 200 and RosterUpload.objects.count() == 0
    response = client.post(
        reverse("courses:roster_upload"),
        {"enterprise": world.enterprises["a"].pk, "file": SimpleUploadedFile("r.pdf", b"%PDF")},
    )
    assert response.status_code == 200 and RosterUpload.objects.count() == 0
    assert not User.objects.filter(username="0912000001").exists()


def test_a_paper_awareness_certificate_is_recorded_and_a_blank_cell_keeps_it(world):
    enterprise, existing = world.enterprises["a"], world.learners["a1"]
    header = "Họ và tên;Ngày sinh;Giới tính;Số điện thoại;Số CCCD;Ngày cấp GCN nhận thức\n"
    row = f"{existing.user.full_name};20/05/1995;Nữ;{existing.phone};{existing.national_id};"
    dated = (header + row + "15/03/2022\n").encode("utf-8-sig")
    preview = roster_preview(data=dated, filename="a.csv", enterprise=enterprise)
    assert preview.rows[0].changes == ["awareness_certificate_date"]
    roster_commit(actor=None, preview=preview)
    existing.refresh_from_db()
    assert existing.awareness_certificate_date.strftime("%d/%m/%Y") == "15/03/2022"
    blank = (header + row + "\n").encode("utf-8-sig")
    assert roster_preview(data=blank, filename="a.csv", enterprise=enterprise).rows[0].fate == Fate.UNCHANGED
    future = (header + row + "15/03/2099\n").encode("utf-8-sig")
    [error] = roster_preview(data=future, filename="a.csv", enterprise=enterprise).rows
    assert error.fate == Fate.ERROR and "awareness_certificate_date" in error.errors
