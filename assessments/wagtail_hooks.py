"""Question banks in the Wagtail admin, for the propaganda board's editors and approvers.

"Question banks" (a ModelViewSet) lists the banks lesson by lesson with their question counts; a bank opens on its
questions (`assessments.views.banks`), where editors add, edit and stop using questions, import a spreadsheet
(upload → preview → confirm) and export one. Access follows the model permissions that `lms.services.roles`
gives to the editor and approver roles.
"""

from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from assessments.forms.admin import QuizForm, ReflectionAssignmentForm
from assessments.forms.banks import QuestionBankForm
from assessments.models import QuestionBank, Quiz, ReflectionAssignment
from assessments.selectors.banks import banks_with_counts
from assessments.services.banks import can_edit_banks
from assessments.views import banks as views
from assessments.views.deadlines import learner_deadline_facts
from lms.learner_facts import LEARNER_FACTS_HOOK


class QuestionBankIndexView(IndexView):
    """Banks in curriculum order; a bank's title opens its questions."""

    def get_base_queryset(self):
        return banks_with_counts()

    def get_edit_url(self, instance):
        if can_edit_banks(self.request.user):
            return reverse("assessments_banks:questions", args=[instance.pk])
        return None

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if can_edit_banks(self.request.user):
            buttons.append(
                HeaderButton(_("Import from spreadsheet"), url=reverse("assessments_banks:import"), icon_name="upload")
            )
        return buttons


class QuestionBankViewSet(ModelViewSet):
    model = QuestionBank
    name = "question_banks"
    url_prefix = "question-banks"
    icon = "help"
    menu_label = _("Question banks")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = QuestionBankIndexView
    form_fields = ["module"]
    list_display = [
        "module",
        Column("course_title", label=_("Course")),
        Column("question_count", label=_("Questions"), sort_key="question_count"),
        Column("active_count", label=_("In use"), sort_key="active_count"),
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]

    def get_form_class(self, for_update=False):
        return QuestionBankForm

    @property
    def edit_view(self):
        """A bank has nothing to edit but its questions: go there."""

        def view(request, pk):
            return redirect("assessments_banks:questions", bank_id=pk)

        return view


class QuizViewSet(ModelViewSet):
    """Quiz settings per lesson (and a course's final test): how many questions, attempts, pass mark, time."""

    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    menu_order = 251
    add_to_admin_menu = True
    list_display = ["__str__", "question_count", "attempts_allowed", "pass_mark", "time_limit_minutes"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("course"), FieldPanel("module")]),
            FieldRowPanel([FieldPanel("question_count"), FieldPanel("attempts_allowed"), FieldPanel("scoring")]),
            FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("time_limit_minutes")]),
            FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        ],
        base_form_class=QuizForm,
    )


class ReflectionAssignmentViewSet(ModelViewSet):
    """The written reflection of a course: prompt, word range, due date and its rubric (10 points)."""

    model = ReflectionAssignment
    icon = "edit"
    menu_label = _("Written reflections")
    menu_order = 252
    add_to_admin_menu = True
    list_display = ["course", "min_words", "max_words", "due_at"]
    edit_handler = ObjectList(ReflectionAssignment.panels, base_form_class=ReflectionAssignmentForm)


urlpatterns = [
    path("<int:bank_id>/questions/", views.BankQuestionsView.as_view(), name="questions"),
    path("<int:bank_id>/questions/new/", views.QuestionCreateView.as_view(), name="question_add"),
    path("questions/<int:question_id>/", views.QuestionEditView.as_view(), name="question_edit"),
    path("questions/<int:question_id>/active/", views.question_active_view, name="question_active"),
    path("import/", views.BankImportView.as_view(), name="import"),
    path("<int:bank_id>/export/<str:fmt>/", views.bank_export_view, name="export"),
    path("template/<str:fmt>/", views.bank_template_view, name="template"),
]


@hooks.register("register_admin_viewset")
def register_question_banks():
    return QuestionBankViewSet()


@hooks.register("register_admin_viewset")
def register_quizzes():
    return QuizViewSet()


@hooks.register("register_admin_viewset")
def register_reflection_assignments():
    return ReflectionAssignmentViewSet()


@hooks.register("register_admin_urls")
def register_question_bank_urls():
    return [path("question-banks/", include((urlpatterns, "assessments_banks"), namespace="assessments_banks"))]


hooks.register(LEARNER_FACTS_HOOK, learner_deadline_facts)
