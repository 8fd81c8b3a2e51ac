"""The organisation board's yearly targets per zone: who sets them, bad input, and how the report, the workbook and
the command compare the zones' passes with them."""

import io
from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from assessments.models import TargetMeasure, YearTarget
from assessments.selectors.reports import year_report
from assessments.services.targets import year_targets_save
from courses.models import Enrolment, EnrolmentState, ProgrammeKind
from lms.models import PartyStatus, StaffAssignment, Zone
from lms.roles import Role
from tests.assessments.certificate_fixtures import passed
from tests.factories import CohortFactory, EnterpriseFactory, UserFactory

pytestmark = pytest.mark.django_db

YEAR = 2026  # the world's classes open on 01/12/2026
AWARENESS, NEW_MEMBER = ProgrammeKind.AWARENESS.value, ProgrammeKind.NEW_MEMBER.value


@pytest.fixture
def targeted(world):
    """Zone A should see 4 workers pass the awareness class in 2026 and zone B 2. a1 passed; a2 failed; b1 passed
    but withdrew. A 2025 target and a new-member target are there too."""
    zone_a, zone_b = world.zones["a"], world.zones["b"]
    assert passed(world.learners["a1"].user, world.cohorts["a"]).passed
    assert not passed(world.learners["a2"].user, world.cohorts["a"], score="3.00").passed
    assert passed(world.learners["b1"].user, world.cohorts["b"]).passed
    Enrolment.objects.filter(learner=world.learners["b1"].user).update(state=EnrolmentState.WITHDRAWN)
    YearTarget.objects.create(zone=zone_a, year=YEAR, measure=AWARENESS, number=4)
    YearTarget.objects.create(zone=zone_b, year=YEAR, measure=AWARENESS, number=2)
    YearTarget.objects.create(zone=zone_a, year=YEAR - 1, measure=AWARENESS, number=99)
    YearTarget.objects.create(zone=zone_a, year=YEAR, measure=NEW_MEMBER, number=3)
    return world


def _lines(lines) -> list[tuple[str, int, int]]:
    return [(line.measure, line.target, line.reached) for line in lines]


def test_the_report_compares_each_zones_passes_with_its_targets(targeted):
    report = year_report(zones=Zone.objects.all(), year=YEAR, target=3)
    blocks = {block.zone.name: block for block in report.zones}
    assert _lines(blocks["Khu công nghiệp A"].targets) == [(AWARENESS, 4, 1), (NEW_MEMBER, 3, 0)]
    assert _lines(blocks["Khu công nghiệp B"].targets) == [(AWARENESS, 2, 0)]  # b1 withdrew
    assert _lines(report.targets) == [(AWARENESS, 6, 1), (NEW_MEMBER, 3, 0)]
    assert report.targets[0].share == pytest.approx(1 / 6) and report.targets[0].bar_percent == 17
    only_new_member = year_report(zones=Zone.objects.all(), year=YEAR, target=3, programme_kind=NEW_MEMBER)
    assert _lines(only_new_member.targets) == [(NEW_MEMBER, 3, 0)]
    assert year_report(zones=Zone.objects.all(), year=YEAR + 1, target=3).targets == []


def test_a_pass_counts_for_the_workers_zone_wherever_the_class_is_held(targeted):
    world = targeted
    elsewhere = CohortFactory(code="NTĐ-B2", course=world.curriculum.course, zone=world.zones["b"])
    assert passed(world.learners["a2"].user, elsewhere).passed  # a2 passes in a class held in zone B
    report = year_report(zones=Zone.objects.all(), year=YEAR, target=3)
    blocks = {block.zone.name: block for block in report.zones}
    assert _lines(blocks["Khu công nghiệp A"].targets)[0] == (AWARENESS, 4, 2)
    # An organizer of zone A reads zone A's targets only.
    zone_a_only = year_report(zones=Zone.objects.filter(pk=world.zones["a"].pk), year=YEAR, target=3)
    assert _lines(zone_a_only.targets) == [(AWARENESS, 4, 2), (NEW_MEMBER, 3, 0)]


def test_only_the_boards_report_viewers_set_targets_for_their_zones(world):
    viewer = world.report_viewer  # province-wide
    assert year_targets_save(actor=viewer, year=YEAR, values={(world.zones["a"].pk, AWARENESS): 5}) == 1
    assert year_targets_save(actor=viewer, year=YEAR, values={(world.zones["a"].pk, AWARENESS): 5}) == 0  # again
    for outsider in (world.organizers["a"], world.instructors["a"], world.learners["a1"].user):
        with pytest.raises(PermissionDenied):
            year_targets_save(actor=outsider, year=YEAR, values={(world.zones["a"].pk, AWARENESS): 9})
    zone_b_viewer = UserFactory(username="viewer_b", roles=(Role.REPORT_VIEWER,))
    StaffAssignment.objects.create(user=zone_b_viewer, role=Role.REPORT_VIEWER, organizing_unit=world.units["b"])
    with pytest.raises(PermissionDenied):
        year_targets_save(actor=zone_b_viewer, year=YEAR, values={(world.zones["a"].pk, AWARENESS): 9})
    assert YearTarget.objects.get().number == 5
    assert year_targets_save(actor=viewer, year=YEAR, values={(world.zones["a"].pk, AWARENESS): None}) == 1
    assert not YearTarget.objects.exists()


@pytest.mark.parametrize(
    ("year", "value", "kind"), [(1999, 5, AWARENESS), (YEAR, -1, AWARENESS), (YEAR, 10**6, AWARENESS), (YEAR, 5, "x")]
)
def test_the_service_refuses_bad_values_and_writes_nothing(world, year, value, kind):
    values = {(world.zones["a"].pk, AWARENESS): 7, (world.zones["b"].pk, kind): value}
    with pytest.raises(ValidationError):
        year_targets_save(actor=world.report_viewer, year=year, values=values)
    assert not YearTarget.objects.exists()


def test_the_targets_screen(client, targeted):
    world = targeted
    client.force_login(world.report_viewer)
    url = reverse("assessments:report_targets")
    page = client.get(url, {"year": YEAR}).content.decode()
    field_a = f"t_{world.zones['a'].pk}_{AWARENESS}"
    field_b = f"t_{world.zones['b'].pk}_{NEW_MEMBER}"
    assert f'name="{field_a}"' in page and 'value="4"' in page and "Chỉ tiêu năm 2026" in page
    # Bad input: a Vietnamese message beside the box, nothing saved.
    response = client.post(f"{url}?year={YEAR}", {field_a: "-3", field_b: "abc"})
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("Chỉ tiêu là số nguyên từ 0 đến 100000.") == 2
    assert YearTarget.objects.get(zone=world.zones["a"], year=YEAR, measure=AWARENESS).number == 4
    # A good form: saved, then the report for that year, which shows the progress.
    data = {field_a: "6", field_b: "2", f"t_{world.zones['a'].pk}_{NEW_MEMBER}": ""}
    response = client.post(f"{url}?year={YEAR}", data, follow=True)
    assert response.redirect_chain[-1][0] == f"{reverse('assessments:report')}?year={YEAR}"
    body = response.content.decode()
    assert "Đã lưu chỉ tiêu năm 2026" in body and "Chỉ tiêu năm 2026" in body and "1/6" in body
    assert not YearTarget.objects.filter(zone=world.zones["a"], year=YEAR, measure=NEW_MEMBER).exists()
    assert YearTarget.objects.get(zone=world.zones["b"], year=YEAR, measure=NEW_MEMBER).number == 2
    # A year outside the list: a message and this year's form.
    response = client.get(url, {"year": "abc"}, follow=True)
    assert "Không có số liệu của năm đó." in response.content.decode()


def test_organizers_read_the_targets_but_may_not_set_them(client, targeted):
    world = targeted
    client.force_login(world.organizers["a"])
    assert client.get(reverse("assessments:report_targets")).status_code == 403
    assert client.post(reverse("assessments:report_targets"), {}).status_code == 403
    page = client.get(reverse("assessments:report"), {"year": YEAR}).content.decode()
    assert "1/4" in page and reverse("assessments:report_targets") not in page


def test_the_workbook_and_the_command_carry_the_targets(client, targeted, tmp_path, capsys):
    client.force_login(targeted.report_viewer)
    response = client.get(reverse("assessments:report_xlsx"), {"year": YEAR})
    sheet = load_workbook(io.BytesIO(response.content))["Chỉ tiêu"]
    rows = [row for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]]
    assert rows[0] == ("Khu công nghiệp A", "Lớp bồi dưỡng nhận thức về Đảng", 4, 1, 0.25)
    assert rows[-2][:4] == ("Tổng cộng", "Lớp bồi dưỡng nhận thức về Đảng", 6, 1)
    call_command("export_report", "--year", str(YEAR), "--out", str(tmp_path / "bc.xlsx"), "--lang", "en")
    out = capsys.readouterr().out
    assert "Target, Party-awareness class: 1 of 6 (passed)." in out


def test_targets_add_a_fixed_number_of_queries(client, targeted):
    client.force_login(targeted.report_viewer)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("assessments:report"), {"year": YEAR}).status_code == 200
        return len(captured)

    queries()
    before = queries()
    for index, zone in enumerate(Zone.objects.all()):
        YearTarget.objects.get_or_create(zone=zone, year=YEAR, measure=NEW_MEMBER, defaults={"number": index})
    CohortFactory(code="NTĐ-Y1", course=targeted.curriculum.course, zone=targeted.zones["b"], opens_on=date(2026, 3, 1))
    assert queries() == before


def test_admissions_to_the_party_count_against_their_own_target(client, targeted):
    world = targeted
    YearTarget.objects.create(zone=world.zones["a"], year=YEAR, measure=TargetMeasure.ADMITTED, number=5)
    for key, admitted in (("a1", date(YEAR, 3, 1)), ("a2", date(YEAR - 1, 3, 1)), ("b1", date(YEAR, 3, 1))):
        profile = world.learners[key]
        profile.party_status, profile.admission_date = PartyStatus.PROBATIONARY, admitted
        profile.save()
    report = year_report(zones=Zone.objects.all(), year=YEAR, target=3)
    blocks = {block.zone.name: block for block in report.zones}
    assert _lines(blocks["Khu công nghiệp A"].targets) == [(AWARENESS, 4, 1), (NEW_MEMBER, 3, 0), ("admitted", 5, 1)]
    assert _lines(report.targets)[-1] == ("admitted", 5, 1)  # b1's zone has no admissions target
    only_awareness = year_report(zones=Zone.objects.all(), year=YEAR, target=3, programme_kind=AWARENESS)
    assert [line.measure for line in only_awareness.targets] == [AWARENESS]
    client.force_login(world.report_viewer)
    page = client.get(reverse("assessments:report"), {"year": YEAR}).content.decode()
    assert "Kết nạp vào Đảng: <strong>1/5</strong> đã kết nạp" in page
    url = reverse("assessments:report_targets")
    field = f"t_{world.zones['b'].pk}_admitted"
    assert f'name="{field}"' in client.get(url, {"year": YEAR}).content.decode()
    client.post(f"{url}?year={YEAR}", {field: "2"})
    assert YearTarget.objects.get(zone=world.zones["b"], year=YEAR, measure=TargetMeasure.ADMITTED).number == 2


def test_party_cells_founded_in_the_year_count_against_their_target(client, targeted):
    world = targeted
    YearTarget.objects.create(zone=world.zones["a"], year=YEAR, measure=TargetMeasure.PARTY_CELLS, number=2)
    world.enterprises["a"].party_cell_founded_on = date(YEAR, 9, 2)
    world.enterprises["a"].save()
    EnterpriseFactory(zone=world.zones["a"], party_cell_founded_on=date(YEAR - 3, 1, 5))  # an older cell
    world.enterprises["b"].party_cell_founded_on = date(YEAR, 1, 1)
    world.enterprises["b"].save()
    report = year_report(zones=Zone.objects.all(), year=YEAR, target=3)
    assert _lines(report.targets)[-1] == ("party_cells", 2, 1)
    assert report.total.party_cells == 2 and [block.total.party_cells for block in report.zones] == [1, 1]
    client.force_login(world.organizers["a"])
    page = client.get(reverse("assessments:report"), {"year": YEAR}).content.decode()
    assert "Chi bộ được thành lập trong doanh nghiệp: <strong>1/2</strong> đã thành lập" in page
    sheet = load_workbook(io.BytesIO(client.get(reverse("assessments:report_xlsx"), {"year": YEAR}).content))
    assert sheet["Theo doanh nghiệp"].cell(row=4, column=12).value == "Thành lập chi bộ"
