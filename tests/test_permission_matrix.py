"""Every URL of the project, for every role, on objects that belong to unit A / learner A1.

A URL name that is not in EXPECTED fails the test, so a new view cannot be added without deciding who may
open it. Wagtail admin URLs are checked generically: roles without admin access never get a 200 from them.
"""

import re

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.viewsets import viewsets
from wagtail.snippets.models import get_snippet_models
from wagtail_factories import DocumentFactory, ImageFactory

from assessments.models import QuestionBank
from courses.models import Booking, BookingState, Enrolment, Nomination, RosterChange, RosterUpload, ShiftGroup
from courses.services import booking_create, nomination_create, session_create
from courses.services.shifts import roster_change_add
from tests.assessments.certificate_fixtures import certificate_matrix_objects
from tests.assessments.quiz_fixtures import quiz_matrix_objects
from tests.assessments.test_reflection_screens import reflection_matrix_objects
from tests.courses.test_sessions import local, setup  # noqa: F401  (fixture)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ROLES = (
    "anon",
    "learner",
    "instructor",
    "organizer",
    "other_organizer",
    "nominator",
    "other_nominator",
    "report_viewer",
    "editor",
)
ALL_LOGGED_IN = {role: 200 for role in ROLES if role != "anon"}


def expect(default: int, anon: int = 302, **overrides: int) -> dict[str, int]:
    table = {role: default for role in ROLES}
    table["anon"] = anon
    table.update(overrides)
    return table


# GET requests. POST-only views answer 405 to a role allowed to reach them.
EXPECTED: dict[str, dict[str, int]] = {
    "lms:login": {"anon": 200, **{role: 302 for role in ROLES if role != "anon"}},
    "lms:logout": expect(405, anon=405),
    "lms:set_language": expect(302, anon=302),
    "lms:healthz": expect(200, anon=200),
    "lms:manifest": expect(200, anon=200),
    "lms:learner_detail": expect(403, organizer=200, other_organizer=404, nominator=200, other_nominator=404),
    "lms:learner_edit": expect(403, organizer=200, other_organizer=404),
    "lms:audit_log": expect(403, organizer=200, other_organizer=200),
    "lms:my_data": expect(200),
    "lms:password_change": expect(200, anon=302),
    "lms:activation": expect(200, anon=200),
    "lms:activation_codes": expect(403, organizer=200, other_organizer=200),
    "lms:activation_sheet": expect(403, organizer=302, other_organizer=302),  # an unknown sheet: back to the form
    "lms:activation_code_for_learner": expect(403, organizer=405, other_organizer=405),
    "courses:learner_home": expect(200),
    "courses:lesson_search": expect(200),  # published lessons only, which any logged-in user may read
    "courses:service_worker": expect(200, anon=200),
    "courses:offline_page": expect(200, anon=200),  # the same for everyone: nothing personal on it
    "courses:offline_sync": expect(405),
    "courses:my_sessions": expect(200),
    "courses:check_in": expect(400),  # a made-up code for a real session
    "courses:week_view": expect(403, instructor=200, organizer=200, other_organizer=200),
    "courses:check_in_screen": expect(403, instructor=200, organizer=200, other_organizer=404),
    "courses:check_in_qr": expect(403, instructor=200, organizer=200, other_organizer=404),
    "courses:session_detail": expect(403, organizer=200, other_organizer=404),
    "courses:session_cancel": expect(403, organizer=405, other_organizer=405),
    "courses:session_add": expect(403, organizer=200, other_organizer=404),
    "courses:my_roster": expect(302, learner=200),
    "courses:roster_change_delete": expect(405),
    "courses:acknowledge_booking": expect(405),
    "courses:shift_groups": expect(403, organizer=200, other_organizer=200, nominator=200, other_nominator=200),
    "courses:shift_group": expect(403, organizer=200, other_organizer=404, nominator=200, other_nominator=404),
    "courses:calendar_feed": expect(404, anon=404),
    "courses:calendar_feed_renew": expect(405),
    "courses:book_session": expect(405),
    "courses:cancel_booking": expect(405),
    "courses:progress_heartbeat": expect(405),
    "courses:module_complete": expect(405),
    "courses:union_home": expect(403, nominator=200, other_nominator=200),
    "courses:organizer_home": expect(403, organizer=200, other_organizer=200),
    "courses:nomination_approve": expect(403, organizer=405, other_organizer=405),
    "courses:nomination_reject": expect(403, organizer=405, other_organizer=405),
    "courses:learner_enrol": expect(403, organizer=405, other_organizer=405),
    "courses:cohort_detail": expect(403, organizer=200, other_organizer=404, instructor=200, report_viewer=200),
    "courses:cohort_create": expect(403, organizer=200, other_organizer=200),
    "courses:cohort_edit": expect(403, organizer=200, other_organizer=404),
    "courses:plan_sessions": expect(403, organizer=200, other_organizer=404),
    "courses:enrolment_transition": expect(403, organizer=405, other_organizer=405),
    "courses:roster_upload": expect(403, organizer=200, other_organizer=200),
    "courses:roster_preview": expect(403, organizer=200, other_organizer=404),
    "courses:roster_confirm": expect(403, organizer=405, other_organizer=405),
    "assessments:cohort_close": expect(403, organizer=200, other_organizer=404),
    "assessments:cohort_reopen": expect(403, organizer=405, other_organizer=405),
    "assessments:deadlines": expect(403, organizer=200, other_organizer=200),  # each sees their own zones' workers
    "assessments:cohort_certificates": expect(403, organizer=200, other_organizer=404),
    "assessments:certificates_issue": expect(403, organizer=405, other_organizer=405),
    "assessments:issuance_progress": expect(403, organizer=200, other_organizer=404),
    "assessments:cohort_certificates_pdf": expect(403, organizer=200, other_organizer=404),
    "assessments:certificate_revoke": expect(403, organizer=405, other_organizer=405),
    "assessments:certificate_reissue": expect(403, organizer=405, other_organizer=405),
    "assessments:certificate_pdf": expect(403, organizer=200, other_organizer=404),
    "assessments:my_certificates": expect(200),
    "assessments:my_certificate_pdf": expect(404, learner=200),
    "assessments:quiz_list": expect(200),
    "assessments:quiz_detail": expect(404, learner=200),
    "assessments:quiz_start": expect(405),
    "assessments:attempt": expect(404, learner=200),
    "assessments:attempt_save": expect(405),
    "assessments:attempt_submit": expect(405),
    "assessments:quiz_windows": expect(403, organizer=200, other_organizer=404),
    "assessments:quiz_window_delete": expect(403, organizer=405, other_organizer=405),
    "assessments:report": expect(403, organizer=200, other_organizer=200, report_viewer=200),
    "assessments:report_xlsx": expect(403, organizer=200, other_organizer=200, report_viewer=200),
    "assessments:report_targets": expect(403, report_viewer=200),
    "assessments:gradebook": expect(403, organizer=200, other_organizer=404, instructor=200, report_viewer=200),
    "assessments:gradebook_xlsx": expect(403, organizer=200, other_organizer=404, instructor=200, report_viewer=200),
    "assessments:gradebook_recompute": expect(403, organizer=405, other_organizer=405),
    "assessments:policy_edit": expect(403, organizer=200, other_organizer=200),
    "assessments:my_result": expect(404, learner=200),
    "assessments:reflection_write": expect(403, learner=200),
    "assessments:reflection_save": expect(403, learner=405),
    "assessments:reflection_upload": expect(403, learner=405),
    "assessments:reflection_submit": expect(403, learner=405),
    "assessments:my_reflection_file": expect(403, learner=200),
    "assessments:cohort_reflections": expect(403, instructor=200, organizer=200, other_organizer=404),
    "assessments:reflection_grade": expect(403, instructor=200, organizer=200, other_organizer=404),
    "assessments:reflection_return": expect(403, instructor=405, organizer=405, other_organizer=405),
    "assessments:reflection_file": expect(403, instructor=200, organizer=200, other_organizer=404),
    "assessments:reflection_compare": expect(403, instructor=200, organizer=200, other_organizer=404),
    "assessments:certificate_verify": expect(404, anon=404),  # public; a made-up code is not found
    "assessments:certificate_lookup": expect(200, anon=200),  # public form
}
# Wagtail's own public URLs, outside the admin.
WAGTAIL_PUBLIC = {
    "wagtail_serve",
    "wagtailcore_authenticate_with_password",
    "wagtailcore_login",
    "wagtaildocs_serve",
    "wagtaildocs_authenticate_with_password",
    "javascript-catalog",
}


# Admin URLs that serve static assets to the login page; they hold no data.
ADMIN_PUBLIC = {"wagtailadmin_sprite", "wagtailadmin_javascript_catalog"}
SESSION_URLS = {"wagtailadmin_login", "wagtailadmin_logout"}


def _walk(patterns, namespace="", prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, ns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield (f"{namespace}{entry.name}" if entry.name else None), prefix + str(entry.pattern)


@pytest.fixture
def users(world, editor):
    return {
        "anon": None,
        "learner": world.learners["a1"].user,
        "instructor": world.instructors["a"],
        "organizer": world.organizers["a"],
        "other_organizer": world.organizers["b"],
        "nominator": world.nominators["a"],
        "other_nominator": world.nominators["b"],
        "report_viewer": world.report_viewer,
        "editor": editor,
    }


@pytest.fixture
def objects(world, setup):  # noqa: F811
    nomination = nomination_create(
        actor=world.nominators["a"], learner=world.learners["a1"], programme_kind="awareness", recommendation="Tốt"
    )
    enrolment = Enrolment.objects.get(learner=world.learners["a2"].user, cohort=world.cohorts["a"])  # from `setup`
    upload = RosterUpload.objects.create(
        uploaded_by=world.organizers["a"], enterprise=world.enterprises["a"], filename="r.csv", data=b"x"
    )
    module, venue = setup
    session = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=world.instructors["a"],
        start=local(1, 18, 30),
        end=local(1, 21, 30),
    )
    learner = world.learners["a1"]
    booking = booking_create(actor=learner.user, learner=learner.user, session=session)
    change, _clashes = roster_change_add(
        actor=learner.user, profile=learner, kind="overtime", start=local(2, 17), end=local(2, 20)
    )
    return {
        "module_id": world.curriculum.modules[0].pk,
        "nomination_id": nomination.pk,
        "cohort_id": world.cohorts["a"].pk,
        "enrolment_id": enrolment.pk,
        "profile_id": world.learners["a1"].pk,
        "upload_id": upload.pk,
        "session_id": session.pk,
        "booking_id": booking.pk,
        "change_id": change.pk,
        "group_id": ShiftGroup.objects.get(name="Ca 3").pk,
        "course_id": world.curriculum.course.pk,
        **reflection_matrix_objects(world),
        **quiz_matrix_objects(world),
        **certificate_matrix_objects(world),
    }


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def test_every_project_url_has_expectations_for_every_role(users, objects):
    names = {name for name, _route in _walk(get_resolver().url_patterns)}
    project = {name for name in names if name and name.split(":")[0] in {"lms", "courses", "assessments"}}
    assert project == set(EXPECTED), f"decide who may open: {sorted(project ^ set(EXPECTED))}"
    failures = []
    for name, table in EXPECTED.items():
        route = next(route for n, route in _walk(get_resolver().url_patterns) if n == name)
        kwargs = {key: objects.get(key, 1) for key in re.findall(r"<int:(\w+)>", route)}
        kwargs |= {key: "not-a-real-token" for key in re.findall(r"<str:(\w+)>", route)}
        url = reverse(name, kwargs=kwargs)
        for role, expected in table.items():
            status = _client(users[role]).get(url).status_code
            if status != expected:
                failures.append(f"{name} as {role}: {status}, expected {expected}")
    assert not failures, "\n".join(failures)


def test_posts_on_another_units_objects_are_refused(users, objects, world):
    other = _client(users["other_organizer"])
    assert (
        other.post(
            reverse("courses:nomination_approve", args=[objects["nomination_id"]]),
            {f"n{objects['nomination_id']}-cohort": world.cohorts["b"].pk},
        ).status_code
        == 404
    )
    assert (
        other.post(
            reverse("courses:nomination_reject", args=[objects["nomination_id"]]),
            {f"n{objects['nomination_id']}-reason": "x"},
        ).status_code
        == 404
    )
    assert (
        other.post(
            reverse("courses:enrolment_transition", args=[objects["enrolment_id"]]), {"to_state": "withdrawn"}
        ).status_code
        == 404
    )
    assert Nomination.objects.get(pk=objects["nomination_id"]).status == "pending"
    assert Enrolment.objects.get(pk=objects["enrolment_id"]).state == "enrolled"
    learner = _client(users["learner"])
    assert (
        learner.post(
            reverse("courses:enrolment_transition", args=[objects["enrolment_id"]]), {"to_state": "withdrawn"}
        ).status_code
        == 403
    )


def test_a_learner_cannot_touch_another_learners_booking_or_roster_change(users, objects, world):
    other_learner = _client(world.learners["a2"].user)
    for name in ("courses:cancel_booking", "courses:acknowledge_booking"):
        assert other_learner.post(reverse(name, args=[objects["booking_id"]])).status_code == 404, name
    assert other_learner.post(reverse("courses:roster_change_delete", args=[objects["change_id"]])).status_code == 404
    assert Booking.objects.get(pk=objects["booking_id"]).state == BookingState.BOOKED
    assert RosterChange.objects.filter(pk=objects["change_id"]).exists()
    # The booking's own learner may cancel it.
    cancel = reverse("courses:cancel_booking", args=[objects["booking_id"]])
    assert _client(users["learner"]).post(cancel).status_code == 302
    assert Booking.objects.get(pk=objects["booking_id"]).state == BookingState.CANCELLED


def _fill(route: str, ids: dict[str, int] | None = None) -> str:
    """The route with its int parameters from `ids` (1 where none is known) and 'x' for the others."""
    ids = ids or {}
    route = re.sub(r"<int:(\w+)>", lambda match: str(ids.get(match.group(1), 1)), route)
    route = re.sub(r"<(?:str|slug|path|uuid):\w+>", "x", route)
    route = re.sub(r"<\w+>", "x", route)
    return "/" + route.lstrip("^").rstrip("$").replace("\\Z", "")


# Wagtail's general screens that every user with admin access may open (dashboard, account, choosers, the site
# history filtered by Wagtail to what the user may see); with the ids used here some confirmation screens render
# before Wagtail's own permission check on submission.
ADMIN_FOR_ANY_STAFF = {
    None,
    "wagtailadmin_account",
    "wagtailadmin_home",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_pages:confirm_workflow_cancellation",
    "wagtailadmin_pages:move_confirm",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_workflows:task_chooser",
    "wagtailadmin_workflows:task_chooser_create",
    "wagtailadmin_workflows:task_chooser_results",
    "wagtailadmin_workflows:task_chosen",
    # Choosers render (empty for a user without "choose" permission on any collection) and the dismissible tips.
    "wagtailadmin_dismissibles",
    "wagtaildocs_chooser:choose",
    "wagtaildocs_chooser:choose_results",
    "wagtaildocs_chooser:chosen_multiple",
    "wagtailembeds:chooser",
    "wagtailembeds:chooser_upload",
    "wagtailimages_chooser:choose",
    "wagtailimages_chooser:choose_results",
    "wagtailimages_chooser:chosen_multiple",
}
# Content editors and approvers keep the question banks, quiz settings and reflection assignments
# (assessments.wagtail_hooks).
VIEWSET_VIEWS = ("index", "index_results", "add", "edit", "delete", "history", "history_results", "usage", "copy")
ADMIN_FOR_QUESTION_BANKS = {
    *(f"{viewset}:{view}" for viewset in ("quiz", "reflectionassignment") for view in VIEWSET_VIEWS),
    "question_banks:copy",
    "question_banks:index",
    "question_banks:index_results",
    "question_banks:add",
    "question_banks:edit",
    "question_banks:delete",
    "question_banks:history",
    "question_banks:history_results",
    "question_banks:usage",
    "assessments_banks:questions",
    "assessments_banks:question_add",
    "assessments_banks:question_edit",
    "assessments_banks:question_active",
    "assessments_banks:import",
    "assessments_banks:export",
    "assessments_banks:template",
}
# Content editors and approvers also search pages and read the content reports.
ADMIN_FOR_CONTENT = ADMIN_FOR_ANY_STAFF | {
    "courses_editor_guide",
    "courses_leaflet_translations",
    "wagtailadmin_pages:search",
    "wagtailadmin_pages:search_results",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:aging_pages_results",
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    # The content library: documents, images and form submissions (CONTENT_LIBRARY_PERMISSIONS).
    "wagtaildocs:add",
    "wagtaildocs:add_multiple",
    "wagtaildocs:index",
    "wagtaildocs:index_results",
    "wagtaildocs_chooser:create",
    "wagtailforms:index",
    "wagtailforms:index_results",
    "wagtailimages:add",
    "wagtailimages:add_multiple",
    "wagtailimages:index",
    "wagtailimages:index_results",
    "wagtailimages_chooser:create",
}
# Content editors and approvers explore, edit, copy and preview the curriculum's pages and read their history (the
# walk uses a real lesson and its course); the delete, move and unpublish screens stay refused to an editor.
ADMIN_FOR_CURRICULUM_PAGES = {
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_pages:copy",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:history_results",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:revisions_revert",
    "wagtailadmin_pages:revisions_view",
    "wagtailadmin_pages:usage",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:workflow_history",
}
ADMIN_ALLOWED = {
    "anon": set(),
    "learner": set(),
    "nominator": set(),
    "other_nominator": set(),
    "instructor": ADMIN_FOR_ANY_STAFF,
    "organizer": ADMIN_FOR_ANY_STAFF,
    "other_organizer": ADMIN_FOR_ANY_STAFF,
    "report_viewer": ADMIN_FOR_ANY_STAFF,
    "editor": ADMIN_FOR_CONTENT | ADMIN_FOR_QUESTION_BANKS | ADMIN_FOR_CURRICULUM_PAGES,
}


def _models_by_admin_namespace() -> dict[str, type]:
    models = {}
    for viewset in [*viewsets.viewsets, *(model.snippet_viewset for model in get_snippet_models())]:
        try:
            model = viewset.model
            models[viewset.url_namespace] = apps.get_model(model) if isinstance(model, str) else model
        except ImproperlyConfigured:  # the page viewset has no namespace of its own
            continue
    return models


@pytest.fixture
def admin_ids(world, objects) -> dict[str, dict[str, int]]:
    """Ids of real objects for the admin's URLs, by URL namespace ('' for the parameters named after their object):
    a lesson of the course, its latest revision, an image, a document, and the first row of each viewset's model."""
    lesson, course = world.curriculum.modules[0], world.curriculum.course
    by_name = {
        **dict.fromkeys(("page_id", "page_to_move_id", "page_pk"), lesson.pk),
        **dict.fromkeys(("parent_page_id", "destination_id"), course.pk),
        "revision_id": lesson.save_revision().pk,
        "image_id": ImageFactory().pk,
        **dict.fromkeys(("document_id", "doc_id"), DocumentFactory().pk),
        "bank_id": QuestionBank.objects.get_or_create(module=lesson)[0].pk,
    }
    ids = {"": by_name}
    for namespace, model in _models_by_admin_namespace().items():
        first = model._default_manager.order_by("pk").values_list("pk", flat=True).first()
        if isinstance(first, int):
            ids[namespace] = {**by_name, "pk": first}
    assert {"zones", "enterprises", "quiz", "question_banks", "wagtailusers_users"} <= ids.keys()  # the lookup works
    return ids


@pytest.mark.parametrize("role", ROLES)
def test_admin_urls_open_only_what_each_role_needs(users, admin_ids, role):
    """Every admin URL, with the ids of real objects where the URL's kind of object is known (1 elsewhere) and
    'x' for other parameters: a 200, or a redirect out of the admin, must be on the role's list. (Redirects inside
    the admin lead to URLs this test checks too.)"""
    client = Client(raise_request_exception=False)
    if users[role] is not None:
        client.force_login(users[role])
    opened = []
    for name, route in _walk(get_resolver().url_patterns):
        # Not the login/logout screens: logging out mid-walk would turn every later URL into a harmless redirect.
        if not route.startswith("admin/") or "(?P" in route or "password_reset" in route or name in SESSION_URLS:
            continue
        if name in ADMIN_PUBLIC or name == "wagtailadmin_error_test":
            continue
        url = _fill(route, admin_ids.get((name or "").split(":")[0], admin_ids[""]))
        response = client.get(url)
        location = response.get("Location", "")
        leaves_admin = response.status_code == 302 and not location.startswith("/admin/")
        if (response.status_code == 200 or leaves_admin) and name not in ADMIN_ALLOWED[role]:
            opened.append(f"{name} {url}: {response.status_code} {location}")
    assert not opened, "\n".join(opened)


def test_other_wagtail_urls_are_known():
    names = {name for name, route in _walk(get_resolver().url_patterns) if not route.startswith("admin/")}
    project = {"lms", "courses", "assessments"}
    unknown = {n for n in names if n and n.split(":")[0] not in project and n not in WAGTAIL_PUBLIC}
    assert not unknown, unknown


def test_a_superuser_can_open_the_organizer_screens(objects):
    admin = UserFactory(username="root", is_superuser=True, is_staff=True)
    client = _client(admin)
    assert client.get(reverse("courses:organizer_home")).status_code == 200
    assert client.get(reverse("courses:cohort_detail", args=[objects["cohort_id"]])).status_code == 200


def test_reference_data_in_the_admin_is_for_superusers(users):
    admin = UserFactory(username="root2", is_superuser=True, is_staff=True)
    url = reverse("zones:index")
    assert _client(admin).get(url).status_code == 200
    editor_response = _client(users["editor"]).get(url)
    assert editor_response.status_code in (302, 403)
    assert _client(admin).get(reverse("enterprises:index")).status_code == 200
    assert _client(admin).get(reverse("staff_assignments:add")).status_code == 200
