"""Reference data in the Wagtail admin: zones, enterprises, unions, organizing units and staff assignments.

Access follows Django model permissions (given in code to no role: superusers maintain this data).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import AbstractPage

from lms.admin_forms import ProtectedAwareDeleteView, TolerantPageChooser
from lms.models import Enterprise, OrganizingUnit, StaffAssignment, Union, Zone

# Every page chooser in the admin's forms (Wagtail registers the same override with its own widget).
register_form_field_override(
    models.ForeignKey,
    to=AbstractPage,
    override=lambda db_field: {"widget": TolerantPageChooser(target_models=[db_field.remote_field.model])},
)


class ReferenceDataViewSet(ModelViewSet):
    delete_view_class = ProtectedAwareDeleteView


class ZoneViewSet(ReferenceDataViewSet):
    name = "zones"
    model = Zone
    icon = "site"
    form_fields = ["name", "kind", "province"]
    list_display = ["name", "kind", "province"]
    search_fields = ["name"]


class EnterpriseViewSet(ReferenceDataViewSet):
    name = "enterprises"
    model = Enterprise
    icon = "home"
    form_fields = ["name", "tax_code", "zone", "ownership", "investor_country", "workforce", "party_cell_founded_on"]
    list_display = ["name", "tax_code", "zone", "ownership", "party_cell_founded_on"]
    list_filter = ["zone", "ownership"]
    search_fields = ["name", "tax_code"]


class UnionViewSet(ReferenceDataViewSet):
    name = "unions"
    model = Union
    icon = "group"
    form_fields = ["enterprise", "kind", "name"]
    list_display = ["name", "enterprise", "kind"]
    search_fields = ["name"]


class OrganizingUnitViewSet(ReferenceDataViewSet):
    name = "organizing_units"
    model = OrganizingUnit
    icon = "doc-full"
    form_fields = ["name", "kind", "zones", "issues_certificates"]
    list_display = ["name", "kind", "issues_certificates"]


class StaffAssignmentViewSet(ReferenceDataViewSet):
    name = "staff_assignments"
    model = StaffAssignment
    icon = "user"
    form_fields = ["user", "role", "organizing_unit", "union"]
    list_display = ["user", "role", "organizing_unit", "union"]
    list_filter = ["role"]


class OrganisationGroup(ModelViewSetGroup):
    menu_label = _("Organisations")
    menu_icon = "site"
    menu_order = 300
    items = (ZoneViewSet, EnterpriseViewSet, UnionViewSet, OrganizingUnitViewSet, StaffAssignmentViewSet)


@hooks.register("register_admin_viewset")
def register_organisations():
    return OrganisationGroup()
