"""Curriculum pages: programme index -> course -> module (lesson)."""

from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import LessonBodyBlock
from courses.forms.pages import ModulePageForm
from courses.offline import OFFLINE_SAVE_HEADER, allow_offline_copy
from lms.models import IssuingBodySettings
from lms.pages import NFCPageMixin


class ProgrammeKind(models.TextChoices):
    AWARENESS = "awareness", _("Party-awareness class")
    NEW_MEMBER = "new_member", _("New-member class")
    OTHER = "other", _("Other training")


class DeliveryMode(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    BLENDED = "blended", _("Blended")


class ProgrammeIndexPage(NFCPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("programme index")
        verbose_name_plural = _("programme indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().specific().order_by("path")
        return context


class CoursePage(NFCPageMixin, Page):
    programme_kind = models.CharField(
        _("programme"), max_length=20, choices=ProgrammeKind.choices, default=ProgrammeKind.AWARENESS
    )
    summary = models.TextField(_("summary"), max_length=1000)
    audience = models.TextField(_("audience"), max_length=1000, blank=True)
    total_periods = models.PositiveSmallIntegerField(
        _("total periods"),
        validators=[MaxValueValidator(500)],
        help_text=_("The programme's periods of 45 minutes, including discussion, field visits and review."),
    )
    certificate_code = models.CharField(
        _("certificate code"),
        max_length=12,
        blank=True,
        help_text=_("Printed in certificate numbers, e.g. NTĐ gives 0123/GCN-NTĐ/2026. Empty: the programme's."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Empty: the certificate does not expire."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("programme_kind"),
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("total_periods"),
        FieldRowPanel([FieldPanel("certificate_code"), FieldPanel("certificate_validity_months")]),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.ProgrammeIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        constraints = [
            models.CheckConstraint(condition=models.Q(total_periods__lte=500), name="course_total_periods_at_most_500"),
            models.CheckConstraint(
                condition=models.Q(programme_kind__in=ProgrammeKind.values), name="course_programme_kind_valid"
            ),
        ]

    def issuing_body(self, request=None) -> IssuingBodySettings:
        """The issuing body comes from the site's settings, never from the page."""
        if request is not None:
            return IssuingBodySettings.for_request(request)
        return IssuingBodySettings.for_site(self.get_site())

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self, user=request.user)
        context["issuing_body"] = self.issuing_body(request)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            allow_offline_copy(response)
        return response


class ModulePage(NFCPageMixin, Page):
    """A lesson (bài). Learners must log in to read it, so their progress can be kept."""

    lesson_number = models.PositiveSmallIntegerField(_("lesson number"), help_text=_("Order within the course."))
    delivery_mode = models.CharField(
        _("delivery mode"),
        max_length=20,
        choices=DeliveryMode.choices,
        default=DeliveryMode.ONLINE,
        help_text=_("In-person and blended lessons are also held in class sessions, which organizers schedule."),
    )
    periods = models.PositiveSmallIntegerField(
        _("periods (45 min)"),
        validators=[MaxValueValidator(100)],
        help_text=_("As in the programme's guidance; they count towards the class's total."),
    )
    online_minutes = models.PositiveSmallIntegerField(
        _("estimated online minutes"),
        default=0,
        validators=[MaxValueValidator(1000)],
        help_text=_("How long reading the lesson on a phone takes; learners see it before they start."),
    )
    summary = models.TextField(
        _("summary"), max_length=600, blank=True, help_text=_("One or two sentences shown in the course's lesson list.")
    )
    objectives = models.TextField(_("learning objectives"), blank=True, help_text=_("One objective per line."))
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), blank=True)

    base_form_class = ModulePageForm

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("lesson_number"), FieldPanel("delivery_mode")]),
                FieldRowPanel([FieldPanel("periods"), FieldPanel("online_minutes")]),
            ],
            heading=_("Lesson"),
        ),
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        constraints = [
            models.CheckConstraint(condition=models.Q(lesson_number__gte=1), name="module_lesson_number_positive"),
            models.CheckConstraint(condition=models.Q(periods__lte=100), name="module_periods_at_most_100"),
            models.CheckConstraint(
                condition=models.Q(delivery_mode__in=DeliveryMode.values), name="module_delivery_mode_valid"
            ),
        ]

    @property
    def objectives_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        from courses.lesson_page import fill_holes, lesson_shell
        from courses.selectors import lesson_state
        from courses.services import progress_record_open

        progress = lesson_state(module_id=self.pk, user_id=request.user.pk)
        # Saving a copy for offline study is not opening the lesson: that is recorded when it is read.
        if progress is None and request.headers.get(OFFLINE_SAVE_HEADER) != "1":
            progress = progress_record_open(user=request.user, module=self)
        return allow_offline_copy(HttpResponse(fill_holes(lesson_shell(request, self), request, self, progress)))

    def serve_preview(self, request, mode_name):
        from courses.lesson_page import fill_holes, lesson_shell

        return HttpResponse(fill_holes(lesson_shell(request, self, preview=True), request, self, None))
