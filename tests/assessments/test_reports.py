"""The organisation board's report: the figures, who may read which zones, bad input, the workbook, and a fixed
number of queries."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from assessments.models import Certificate, Result
from assessments.selectors.reports import report_years, report_zones, year_report
from assessments.services.certificates import certificate_issue, certificate_revoke
from courses.models import Enrolment, Nomination, NominationStatus, ProgrammeKind
from lms.dates import add_months
from lms.models import PartyStatus, StaffAssignment, Zone
from lms.roles import Role
from tests.factories import CohortFactory, EnterpriseFactory, LearnerProfileFactory, UnionFactory, UserFactory

pytestmark = pytest.mark.django_db

YEAR = 2026  # the world's classes open on 01/12/2026


def _nominate(profile, union, status, year=YEAR, cohort=None):
    return Nomination.objects.create(
        learner=profile,
        union=union,
        programme_kind=ProgrammeKind.AWARENESS,
        recommendation="Tích cực",
        year=year,
        status=status,
        cohort=cohort,
        rejection_reason="Chưa đủ tuổi" if status == NominationStatus.REJECTED else "",
    )


def _certify(world, key: str) -> Certificate:
    world.units["a"].issues_certificates = True
    world.units["a"].save()
    learner = world.learners[key].user
    Result.objects.update_or_create(
        cohort=world.cohorts["a"],
        learner=learner,
        defaults={"complete": True, "passed": True, "score": Decimal("8.40"), "band": "good"},
    )
    return certificate_issue(actor=None, learner=learner, cohort=world.cohorts["a"])


@pytest.fixture
def year_of_work(world):
    """Zone A: a1 passed and holds a certificate; a2 passed too, but withdrew and their certificate was revoked;
    union A nominated 2 (short of the target of 3). Zone B: union B nominated 3 (b1 and two colleagues), b1
    studies in class B, a colleague studies in class A."""
    a1, a2, b1 = (world.learners[key] for key in ("a1", "a2", "b1"))
    colleagues = [LearnerProfileFactory(enterprise=world.enterprises["b"]) for _ in range(2)]
    first = Enrolment.objects.create(learner=a1.user, cohort=world.cohorts["a"], state="enrolled")
    second = Enrolment.objects.create(learner=a2.user, cohort=world.cohorts["a"], state="enrolled")
    Enrolment.objects.create(learner=b1.user, cohort=world.cohorts["b"], state="enrolled")
    Enrolment.objects.create(learner=colleagues[0].user, cohort=world.cohorts["a"], state="enrolled")
    _nominate(a1, world.unions["a"], NominationStatus.APPROVED, cohort=world.cohorts["a"])
    _nominate(a2, world.unions["a"], NominationStatus.REJECTED)
    _nominate(a1, world.unions["a"], NominationStatus.REJECTED, year=YEAR - 1)  # another year
    _nominate(b1, world.unions["b"], NominationStatus.APPROVED, cohort=world.cohorts["b"])
    for profile in colleagues:
        _nominate(profile, world.unions["b"], NominationStatus.PENDING)
    _certify(world, "a1")
    revoked = _certify(world, "a2")
    certificate_revoke(actor=None, certificate=revoked, reason="Cấp nhầm")
    Enrolment.objects.filter(pk=first.pk).update(state="completed")
    Enrolment.objects.filter(pk=second.pk).update(state="withdrawn")
    return world


def _row(report, enterprise):
    return next(line.figures for block in report.zones for line in block.rows if line.enterprise == enterprise)


def test_the_year_is_counted_by_enterprise_zone_and_class(year_of_work):
    world = year_of_work
    report = year_report(zones=Zone.objects.all(), year=YEAR, target=3)

    a = _row(report, world.enterprises["a"])
    assert (a.unions, a.unions_on_target, a.nominated) == (1, 0, 2)
    assert (a.enrolled, a.withdrawn) == (1, 1)
    assert (a.passed, a.certified) == (1, 1)  # neither the withdrawn learner's pass nor the revoked certificate
    b = _row(report, world.enterprises["b"])
    assert (b.unions, b.unions_on_target, b.nominated) == (1, 1, 3)
    assert (b.enrolled, b.withdrawn, b.passed, b.certified) == (2, 0, 0, 0)
    assert report.total.enrolled == 3 and report.total.passed == 1 and report.total.unions_on_target == 1
    assert report.total.pass_rate == pytest.approx(1 / 3)
    assert [block.zone for block in report.zones] == sorted(world.zones.values(), key=lambda zone: zone.name)
    assert [block.total.enrolled for block in report.zones] == [1, 2]

    classes = {line.cohort.code: line for line in report.classes}
    assert set(classes) == {"NTĐ-A", "NTĐ-B"}
    assert (classes["NTĐ-A"].enrolled, classes["NTĐ-A"].withdrawn, classes["NTĐ-A"].certified) == (2, 1, 1)
    assert classes["NTĐ-A"].passed == 1 and classes["NTĐ-A"].band_counts == [("Giỏi", 1)]
    total = report.class_total
    assert (total.enrolled, total.withdrawn, total.passed, total.certified) == (3, 1, 1, 1)


def test_other_years_and_programmes_are_left_out(year_of_work):
    world = year_of_work
    last_year = year_report(zones=Zone.objects.all(), year=YEAR - 1, target=3)
    assert _row(last_year, world.enterprises["a"]).nominated == 1
    assert last_year.total.enrolled == 0 and last_year.classes == []
    new_members = year_report(zones=Zone.objects.all(), year=YEAR, target=3, programme_kind=ProgrammeKind.NEW_MEMBER)
    assert new_members.total.nominated == 0 and new_members.total.enrolled == 0 and new_members.classes == []
    assert report_years(Zone.objects.all()) == sorted({YEAR, YEAR - 1, date.today().year}, reverse=True)


def test_each_reader_sees_their_own_zones(world):
    assert set(report_zones(world.report_viewer)) == set(Zone.objects.all())  # assigned to no unit: province-wide
    assert list(report_zones(world.organizers["a"])) == [world.zones["a"]]
    zone_viewer = UserFactory(roles=(Role.REPORT_VIEWER,))
    StaffAssignment.objects.create(user=zone_viewer, role=Role.REPORT_VIEWER, organizing_unit=world.units["b"])
    assert list(report_zones(zone_viewer)) == [world.zones["b"]]
    assert not report_zones(world.learners["a1"].user).exists()
    assert not report_zones(world.instructors["a"]).exists()


def test_an_organizer_reads_only_their_zone_on_screen_and_in_the_workbook(client, year_of_work):
    world = year_of_work
    client.force_login(world.organizers["a"])
    page = client.get(reverse("assessments:report"), {"year": YEAR}).content.decode()
    assert "Công ty A" in page and "Công ty B" not in page
    assert "NTĐ-A" in page and "NTĐ-B" not in page
    assert reverse("courses:cohort_detail", args=[world.cohorts["a"].pk]) in page
    assert "Lê Thị An" not in page  # figures, never names

    response = client.get(reverse("assessments:report_xlsx"), {"year": YEAR})
    assert response["Content-Disposition"] == f'attachment; filename="bao-cao-{YEAR}.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    cells = {str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.value}
    assert "Công ty A" in cells and "Công ty B" not in cells and "NTĐ-B" not in cells


def test_a_class_in_the_zone_run_by_another_unit_is_counted_but_not_linked(client, year_of_work):
    world = year_of_work
    other_unit_class = CohortFactory(code="NTĐ-KHAC", course=world.curriculum.course, zone=world.zones["a"])
    client.force_login(world.organizers["a"])
    page = client.get(reverse("assessments:report"), {"year": YEAR}).content.decode()
    assert "NTĐ-KHAC" in page
    assert reverse("courses:cohort_detail", args=[other_unit_class.pk]) not in page


@pytest.mark.parametrize("role", ["learner", "nominator", "instructor"])
def test_learners_nominators_and_instructors_may_not_read_the_report(client, world, role):
    user = {
        "learner": world.learners["a1"].user,
        "nominator": world.nominators["a"],
        "instructor": world.instructors["a"],
    }[role]
    client.force_login(user)
    assert client.get(reverse("assessments:report")).status_code == 403
    assert client.get(reverse("assessments:report_xlsx")).status_code == 403


def test_the_workbook_holds_numbers_totals_and_dates(client, year_of_work):
    world = year_of_work
    client.force_login(world.report_viewer)
    response = client.get(reverse("assessments:report_xlsx"), {"year": YEAR, "programme": "awareness"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="bao-cao-{YEAR}-awareness.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Theo doanh nghiệp", "Theo lớp"]
    by_enterprise = workbook["Theo doanh nghiệp"]
    assert by_enterprise["A1"].value == "SỐ LIỆU THEO KHU VỰC VÀ DOANH NGHIỆP"
    rows = [[cell.value for cell in row] for row in by_enterprise.iter_rows(min_row=5)]
    total = rows[-1]
    assert total[0] == "Tổng cộng"
    assert total[2:9] == [2, 1, 5, 3, 1, 1, 1]  # unions, on target, nominated, enrolled, withdrawn, passed, certified
    assert total[9] == pytest.approx(1 / 3)
    assert by_enterprise.cell(row=len(rows) + 4, column=10).number_format == "0.0%"
    by_class = workbook["Theo lớp"]
    first = [cell.value for cell in by_class[5]]
    assert first[0] == "NTĐ-A" and first[4].date() == date(2026, 12, 1)
    assert by_class.cell(row=5, column=5).number_format == "DD/MM/YYYY"


def test_a_bad_year_or_programme_gets_a_vietnamese_message_and_this_years_figures(client, year_of_work):
    client.force_login(year_of_work.report_viewer)
    response = client.get(reverse("assessments:report"), {"year": "1999", "programme": "choir"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Không có số liệu của năm đó." in page
    assert "Hãy chọn một chương trình trong danh sách." in page
    assert client.get(reverse("assessments:report"), {"year": "abc"}).status_code == 200
    assert client.get(reverse("assessments:report_xlsx"), {"year": "abc"}).status_code == 400


def test_the_number_of_queries_does_not_grow_with_the_data(client, year_of_work):
    world = year_of_work
    client.force_login(world.report_viewer)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("assessments:report"), {"year": YEAR}).status_code == 200
        return len(captured)

    today = timezone.localdate()

    def with_deadlines(profile, index: int):
        """Every other worker a probationary member or the holder of a lapsing paper certificate."""
        if index % 2:
            profile.party_status, profile.admission_date = PartyStatus.PROBATIONARY, add_months(today, -11)
        else:
            profile.awareness_certificate_date = add_months(today, -58)
        profile.save()
        return profile

    for index, profile in enumerate(LearnerProfileFactory(enterprise=world.enterprises["b"]) for _ in range(2)):
        with_deadlines(profile, index)
    queries()  # the first view also loads the site and its settings
    before = queries()
    for index in range(4):
        enterprise = EnterpriseFactory(zone=world.zones["b"])
        union = UnionFactory(enterprise=enterprise)
        cohort = CohortFactory(code=f"NTĐ-X{index}", course=world.curriculum.course, zone=world.zones["b"])
        for number in range(3):
            profile = with_deadlines(LearnerProfileFactory(enterprise=enterprise), number)
            _nominate(profile, union, NominationStatus.APPROVED, cohort=cohort)
            Enrolment.objects.create(learner=profile.user, cohort=cohort, state="enrolled")
    assert queries() == before
    # 20 for the year's figures, 2 for the zones' yearly targets (their read, and whether the reader may set them),
    # 10 for the zones' deadlines (assessments.selectors.deadlines; fewer when a list is empty), 1 each for the
    # admissions and the party cells founded
    assert before <= 34


def test_export_report_command_writes_the_workbook(year_of_work, tmp_path, capsys):
    out = tmp_path / "bao-cao.xlsx"
    call_command("export_report", "--year", str(YEAR), "--out", str(out), "--zone", "Khu công nghiệp A")
    printed = capsys.readouterr().out
    assert (
        "2026: 2 được giới thiệu, 1 ghi danh, 1 đạt, 1 giấy chứng nhận còn hiệu lực; 0/1 đoàn thể đạt chỉ tiêu."
        in printed
    )
    workbook = load_workbook(out)
    cells = {str(cell.value) for row in workbook["Theo doanh nghiệp"].iter_rows() for cell in row if cell.value}
    assert "Công ty A" in cells and "Công ty B" not in cells


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--zone", "Khu không có"], "Không có khu vực nào tên Khu không có."),
        (["--year", "26"], "Năm phải từ 2000 đến 2100."),
        (["--out", "bao-cao.csv"], "Tệp kết quả phải có đuôi .xlsx"),
    ],
)
def test_export_report_command_refuses_bad_input_in_vietnamese(world, tmp_path, arguments, message):
    given = {"--year": str(YEAR), "--out": str(tmp_path / "bao-cao.xlsx")}
    for name, value in zip(arguments[::2], arguments[1::2], strict=True):
        given[name] = str(tmp_path / value) if name == "--out" else value
    with pytest.raises(CommandError, match=message):
        call_command("export_report", *[part for pair in given.items() for part in pair])
    assert not (tmp_path / "bao-cao.xlsx").exists()


def test_the_report_counts_each_zones_deadlines_without_names(client, world, tmp_path):
    today = timezone.localdate()
    late = world.learners["a1"]
    late.party_status, late.admission_date = PartyStatus.PROBATIONARY, add_months(today, -13)
    late.save()
    at_risk = world.learners["b1"]
    at_risk.party_status, at_risk.admission_date = PartyStatus.PROBATIONARY, add_months(today, -11)
    at_risk.save()
    paper = world.learners["a2"]
    paper.awareness_certificate_date = add_months(today, -58)
    paper.save()
    client.force_login(world.report_viewer)
    page = client.get(reverse("assessments:report")).content.decode()
    section = page[page.index("report-deadlines") : page.index("Theo khu vực và doanh nghiệp")]
    assert "Khu công nghiệp A</td><td>1</td><td>0</td><td>1</td>" in section
    assert "Khu công nghiệp B</td><td>0</td><td>1</td><td>0</td>" in section
    for profile in (late, at_risk, paper):
        assert profile.user.full_name not in page
    assert reverse("assessments:deadlines") not in section  # the board reads numbers; organizers keep the dates
    workbook = load_workbook(io.BytesIO(client.get(reverse("assessments:report_xlsx")).content))
    sheet = workbook["Thời hạn"]
    assert sheet["A2"].value.startswith(f"Tính đến ngày {today:%d/%m/%Y}")
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=5)]
    assert rows == [["Khu công nghiệp A", 1, 0, 1], ["Khu công nghiệp B", 0, 1, 0], ["Tổng cộng", 1, 1, 1]]
    cells = {str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.value}
    assert not cells & {late.user.full_name, at_risk.user.full_name, paper.user.full_name}
    client.force_login(world.organizers["b"])
    page = client.get(reverse("assessments:report")).content.decode()
    assert "Khu công nghiệp B</td><td>0</td><td>1</td><td>0</td>" in page and "Khu công nghiệp A</td>" not in page
    assert reverse("assessments:deadlines") in page
    workbook = load_workbook(io.BytesIO(client.get(reverse("assessments:report_xlsx")).content))
    assert [[cell.value for cell in row] for row in workbook["Thời hạn"].iter_rows(min_row=5)] == [
        ["Khu công nghiệp B", 0, 1, 0],
        ["Tổng cộng", 0, 1, 0],
    ]
    out = io.StringIO()
    call_command("export_report", "--year", "2026", "--out", str(tmp_path / "b.xlsx"), "--lang", "en", stdout=out)
    assert "1 probations over with the new-member class not passed, 1 ending soon with no class in time, " in (
        out.getvalue()
    )
    assert load_workbook(tmp_path / "b.xlsx")["Deadlines"]["A5"].value == "Khu công nghiệp A"


def test_admissions_to_the_party_are_counted_by_the_year_of_their_date(client, year_of_work):
    world = year_of_work
    for key, admitted in (("a1", date(YEAR, 5, 19)), ("a2", date(YEAR - 1, 12, 31)), ("b1", date(YEAR, 1, 1))):
        profile = world.learners[key]
        profile.party_status, profile.admission_date = PartyStatus.PROBATIONARY, admitted
        profile.save()
    report = year_report(zones=Zone.objects.all(), year=YEAR, target=3)
    assert report.total.admitted == 2
    assert [block.total.admitted for block in report.zones] == [1, 1]
    assert year_report(zones=Zone.objects.all(), year=YEAR - 1, target=3).total.admitted == 1
    client.force_login(world.organizers["a"])
    page = client.get(reverse("assessments:report"), {"year": YEAR}).content.decode()
    assert "<strong>1</strong> kết nạp vào Đảng" in page
    workbook = load_workbook(io.BytesIO(client.get(reverse("assessments:report_xlsx"), {"year": YEAR}).content))
    sheet = workbook["Theo doanh nghiệp"]
    assert sheet.cell(row=4, column=11).value == "Kết nạp vào Đảng"
    assert [row[10].value for row in sheet.iter_rows(min_row=5)][-1] == 1  # the total of zone A only
