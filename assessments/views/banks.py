"""Admin screens for question banks: a bank's questions, one question's form, spreadsheet import and export.

The list of banks is a Wagtail ModelViewSet (`assessments.wagtail_hooks`); these views hang under it. Every view
needs the permission to change question banks; the writes go through `assessments.services.banks`.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button, HeaderButton

from assessments.forms.banks import BankImportConfirmForm, BankImportForm, QuestionForm
from assessments.models import Question, QuestionBank
from assessments.selectors.banks import bank_questions, lesson_label
from assessments.services.banks import (
    COLUMNS,
    OPTION_LETTERS,
    RowFate,
    bank_export,
    bank_import,
    can_edit_banks,
    question_create,
    question_set_active,
    question_update,
)

EXPORT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
INDEX_URL_NAME = "question_banks:index"


def _require_permission(request: HttpRequest) -> None:
    if not can_edit_banks(request.user):
        raise PermissionDenied


def _download(data: bytes, fmt: str, stem: str) -> HttpResponse:
    response = HttpResponse(data, content_type=EXPORT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{stem}.{fmt}"'
    return response


class BankAdminView(WagtailAdminTemplateMixin):
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        _require_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def index_crumbs(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse(INDEX_URL_NAME), "label": gettext_lazy("Question banks")},
        ]


class BankView(BankAdminView):
    """A view of one bank (from the URL's `bank_id`)."""

    @cached_property
    def bank(self) -> QuestionBank:
        return get_object_or_404(QuestionBank.objects.select_related("module"), pk=self.kwargs["bank_id"])

    @cached_property
    def bank_label(self) -> str:
        return lesson_label(self.bank.module)

    def bank_crumbs(self) -> list[dict]:
        return [
            *self.index_crumbs(),
            {"url": reverse("assessments_banks:questions", args=[self.bank.pk]), "label": self.bank_label},
        ]


class BankQuestionsView(BankView, TemplateView):
    template_name = "assessments/admin/bank_questions.html"
    page_title = gettext_lazy("Questions")

    def get_page_subtitle(self):
        return self.bank_label

    def get_breadcrumbs_items(self):
        return [*self.index_crumbs(), {"url": "", "label": self.bank_label}]

    @property
    def header_buttons(self):
        bank = self.bank
        return [
            HeaderButton(
                _("Add a question"),
                url=reverse("assessments_banks:question_add", args=[bank.pk]),
                icon_name="plus",
                priority=10,
            ),
            HeaderButton(
                _("Import from spreadsheet"),
                url=reverse("assessments_banks:import") + f"?module={bank.module_id}",
                icon_name="upload",
                priority=20,
            ),
        ]

    def get_header_more_buttons(self):
        return [
            Button(
                _("Export (.%(format)s)") % {"format": fmt},
                url=reverse("assessments_banks:export", args=[self.bank.pk, fmt]),
                icon_name="download",
                priority=index,
            )
            for index, fmt in enumerate(EXPORT_TYPES)
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        questions = list(bank_questions(self.bank))
        context.update(
            bank=self.bank,
            questions=questions,
            active_count=sum(1 for question in questions if question.is_active),
            letters=OPTION_LETTERS,
        )
        return context


class QuestionFormView(BankView, FormView):
    template_name = "assessments/admin/question_form.html"
    form_class = QuestionForm

    def get_breadcrumbs_items(self):
        return [*self.bank_crumbs(), {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["bank"] = self.bank
        context["questions_url"] = reverse("assessments_banks:questions", args=[self.bank.pk])
        return context

    def save(self, form: QuestionForm) -> Question:
        """Write through the service; each subclass below (create, edit) says which."""
        raise NotImplementedError

    def form_valid(self, form):
        try:
            question = self.save(form)
        except ValidationError as error:
            for name, problems in error.message_dict.items():
                form.add_error(name if name in form.fields else None, problems)
            return self.form_invalid(form)
        messages.success(self.request, _("Question saved: %(text)s") % {"text": question.text[:80]})
        return redirect(reverse("assessments_banks:questions", args=[self.bank.pk]) + f"#question-{question.pk}")


class QuestionCreateView(QuestionFormView):
    page_title = gettext_lazy("Add a question")

    def save(self, form: QuestionForm) -> Question:
        return question_create(actor=self.request.user, bank=self.bank, data=form.data_for_service)


class QuestionEditView(QuestionFormView):
    page_title = gettext_lazy("Edit the question")

    @cached_property
    def question(self) -> Question:
        return get_object_or_404(Question.objects.prefetch_related("choices"), pk=self.kwargs["question_id"])

    @cached_property
    def bank(self) -> QuestionBank:
        return QuestionBank.objects.select_related("module").get(pk=self.question.bank_id)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "question": self.question}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "question": self.question}

    def save(self, form: QuestionForm) -> Question:
        return question_update(actor=self.request.user, question=self.question, data=form.data_for_service)


@require_POST
def question_active_view(request: HttpRequest, question_id: int) -> HttpResponse:
    """Take a question out of use, or put it back (`active=1`)."""
    _require_permission(request)
    question = get_object_or_404(Question, pk=question_id)
    is_active = request.POST.get("active") == "1"
    question = question_set_active(actor=request.user, question=question, is_active=is_active)
    if is_active:
        messages.success(request, _("The question is in use again."))
    else:
        messages.success(request, _("The question is no longer used in quizzes. Past attempts keep it."))
    return redirect(reverse("assessments_banks:questions", args=[question.bank_id]) + f"#question-{question.pk}")


class BankImportView(BankAdminView, TemplateView):
    """Upload → preview of every row's fate → confirm. The preview page carries the file, so the confirmation
    imports exactly what was shown (and checks it again: nothing is written while a row has an error)."""

    template_name = "assessments/admin/bank_import.html"
    preview_template_name = "assessments/admin/bank_import_preview.html"
    page_title = gettext_lazy("Import questions from a spreadsheet")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.index_crumbs(), {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("columns", COLUMNS)
        return context

    def get(self, request, *args, **kwargs):
        initial = {}
        if (module_id := request.GET.get("module", "")).isdigit():
            initial["module"] = int(module_id)
        return self.render_to_response(self.get_context_data(form=BankImportForm(initial=initial)))

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm(request)
        form = BankImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        data = upload.read()
        return self.preview(form.cleaned_data["module"], upload.name[:255], data)

    def preview(self, module, filename: str, data: bytes, report=None) -> HttpResponse:
        if report is None:
            report = bank_import(actor=self.request.user, module=module, data=data, filename=filename, commit=False)
        confirm = BankImportConfirmForm(
            initial={"module": module.pk, "filename": filename, "data": BankImportConfirmForm.encode(data)}
        )
        context = self.get_context_data(
            report=report,
            confirm_form=confirm,
            lesson=lesson_label(module),
            fates=RowFate,
            letters=OPTION_LETTERS,
            upload_form=BankImportForm(initial={"module": module.pk}),
        )
        return self.response_class(
            request=self.request, template=[self.preview_template_name], context=context, using=self.template_engine
        )

    def confirm(self, request) -> HttpResponse:
        form = BankImportConfirmForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The file could not be read. Upload it again."))
            return redirect("assessments_banks:import")
        module, filename, data = (form.cleaned_data[name] for name in ("module", "filename", "data"))
        report = bank_import(actor=request.user, module=module, data=data, filename=filename, commit=True)
        if not report.committed:
            messages.error(request, _("Nothing was imported: correct the rows in error and upload the file again."))
            return self.preview(module, filename, data, report=report)
        counts = report.counts
        messages.success(
            request,
            _("Imported: %(new)d new, %(updated)d updated, %(unchanged)d unchanged.") % counts,
        )
        bank = QuestionBank.objects.filter(module=module).first()
        if bank is None:  # an import that changed nothing into a lesson without a bank
            return redirect(INDEX_URL_NAME)
        return redirect("assessments_banks:questions", bank_id=bank.pk)


def bank_export_view(request: HttpRequest, bank_id: int, fmt: str) -> HttpResponse:
    _require_permission(request)
    if fmt not in EXPORT_TYPES:
        raise Http404
    bank = get_object_or_404(QuestionBank.objects.select_related("module"), pk=bank_id)
    stem = f"cau-hoi-{slugify(bank.module.slug) or bank.module_id}"
    return _download(bank_export(module=bank.module, fmt=fmt), fmt, stem)


def bank_template_view(request: HttpRequest, fmt: str) -> HttpResponse:
    """An empty spreadsheet with the headers (and, in .xlsx, a guide sheet)."""
    _require_permission(request)
    if fmt not in EXPORT_TYPES:
        raise Http404
    return _download(bank_export(module=None, fmt=fmt), fmt, "mau-ngan-hang-cau-hoi")
