"""Roster import: compare a parsed roster with the people already registered, then write the valid rows.

The same person is recognised by national ID, else by phone number, and never created twice. Writing is done in
bulk inside one transaction, so a 5,000-row roster takes seconds and either all valid rows land or none.
"""

from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.models import AuditAction, Enterprise, LearnerProfile, PersonalDataAccess, User
from lms.roles import Role
from lms.roster.parsing import ParsedRoster, RosterRow, parse_roster
from lms.services.people import PROFILE_FIELDS, ProfileData
from lms.services.roles import role_group


class Fate(models.TextChoices):
    NEW = "new", gettext_lazy("New")
    UPDATED = "updated", gettext_lazy("Updated")
    UNCHANGED = "unchanged", gettext_lazy("Unchanged")
    ERROR = "error", gettext_lazy("Error")


@dataclass
class PreviewRow:
    row: RosterRow
    fate: Fate
    profile: LearnerProfile | None = None
    changes: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def line(self) -> int:
        return self.row.line

    def data(self) -> ProfileData:
        values = self.row.values
        return ProfileData(**{name: values[name] for name in ProfileData.__dataclass_fields__}).normalised()


@dataclass
class RosterPreview:
    parsed: ParsedRoster
    enterprise: Enterprise
    rows: list[PreviewRow]

    @property
    def blocked(self) -> bool:
        """Nothing can be imported: the file is unreadable or lacks a required column."""
        return self.parsed.error is not None or bool(self.parsed.missing_headers)

    def count(self, fate: Fate) -> int:
        return sum(1 for row in self.rows if row.fate == fate)

    @property
    def counts(self) -> dict[str, int]:
        return {fate.value: self.count(fate) for fate in Fate}


def _differences(profile: LearnerProfile, data: ProfileData, filled: set[str]) -> list[str]:
    """Fields the row would change. A blank cell never erases what is already recorded."""
    changes = [name for name in PROFILE_FIELDS if name in filled and getattr(profile, name) != getattr(data, name)]
    if profile.user.full_name != data.full_name:
        changes.append("full_name")
    if data.national_id and profile.national_id != data.national_id:
        changes.append("national_id")
    return changes


def roster_preview(*, data: bytes, filename: str, enterprise: Enterprise) -> RosterPreview:
    """Each row's fate (new / updated / unchanged / error) without writing anything."""
    parsed = parse_roster(data, filename)
    rows: list[PreviewRow] = []
    if parsed.error or parsed.missing_headers:
        return RosterPreview(parsed=parsed, enterprise=enterprise, rows=rows)
    valid = [row for row in parsed.rows if row.is_valid]
    national_ids = {row.values["national_id"] for row in valid if row.values["national_id"]}
    phones = {row.values["phone"] for row in valid}
    known = LearnerProfile.objects.select_related("user", "enterprise").filter(
        models.Q(national_id__in=national_ids) | models.Q(phone__in=phones)
    )
    by_national_id = {profile.national_id: profile for profile in known if profile.national_id}
    by_phone = {profile.phone: profile for profile in known}
    taken_usernames = set(User.objects.filter(username__in=phones).values_list("username", flat=True))
    for row in parsed.rows:
        if not row.is_valid:
            rows.append(PreviewRow(row=row, fate=Fate.ERROR, errors=dict(row.errors)))
            continue
        preview = PreviewRow(row=row, fate=Fate.NEW)
        data = preview.data()
        by_id = by_national_id.get(data.national_id) if data.national_id else None
        by_tel = by_phone.get(data.phone)
        profile = by_id or by_tel
        if by_id is not None and by_tel is not None and by_id.pk != by_tel.pk:
            preview.fate = Fate.ERROR
            preview.errors["phone"] = _("This phone number belongs to another registered person (%(name)s).") % {
                "name": by_tel.user.get_full_name()
            }
        elif profile is not None and profile.enterprise_id != enterprise.pk:
            preview.fate = Fate.ERROR
            preview.errors["row"] = _("%(name)s is registered at another enterprise (%(enterprise)s).") % {
                "name": profile.user.get_full_name(),
                "enterprise": profile.enterprise.name,
            }
        elif (
            profile is not None and profile.national_id and data.national_id and profile.national_id != data.national_id
        ):
            preview.fate = Fate.ERROR
            preview.errors["national_id"] = _("The person with this phone number has another national ID.")
        elif profile is not None:
            preview.profile = profile
            preview.changes = _differences(profile, data, set(row.raw))
            preview.fate = Fate.UPDATED if preview.changes else Fate.UNCHANGED
        elif data.phone in taken_usernames:
            preview.fate = Fate.ERROR
            preview.errors["phone"] = _("An account already uses this phone number as its username.")
        rows.append(preview)
    return RosterPreview(parsed=parsed, enterprise=enterprise, rows=rows)


@dataclass
class RosterResult:
    created: list[LearnerProfile]
    updated: list[LearnerProfile]
    unchanged: list[LearnerProfile]
    errors: int

    @property
    def profiles(self) -> list[LearnerProfile]:
        return [*self.created, *self.updated, *self.unchanged]


@transaction.atomic
def roster_commit(*, actor: User | None, preview: RosterPreview) -> RosterResult:
    """Write every valid row of the preview in one transaction. Rows in error are left out."""
    enterprise = preview.enterprise
    new_rows = [row for row in preview.rows if row.fate == Fate.NEW]
    unusable = make_password(None)
    users = [User(username=row.data().phone, full_name=row.data().full_name, password=unusable) for row in new_rows]
    User.objects.bulk_create(users)
    users = list(User.objects.filter(username__in=[user.username for user in users]))
    user_by_username = {user.username: user for user in users}
    membership = User.groups.through
    learner_group = role_group(Role.LEARNER)
    membership.objects.bulk_create([membership(user_id=user.pk, group_id=learner_group.pk) for user in users])
    created = []
    for row in new_rows:
        data = row.data()
        profile = LearnerProfile(user=user_by_username[data.phone], enterprise=enterprise)
        for name in PROFILE_FIELDS:
            setattr(profile, name, getattr(data, name))
        profile.national_id = data.national_id or None
        created.append(profile)
    LearnerProfile.objects.bulk_create(created)

    updated, changed_users, now = [], [], timezone.now()
    for row in preview.rows:
        if row.fate != Fate.UPDATED:
            continue
        data, profile = row.data(), row.profile
        for name in row.changes:
            if name in PROFILE_FIELDS:
                setattr(profile, name, getattr(data, name))
        if data.national_id:
            profile.national_id = data.national_id
        profile.updated_at = now  # bulk_update does not touch auto_now fields
        if profile.user.full_name != data.full_name:
            profile.user.full_name = data.full_name
            changed_users.append(profile.user)
        updated.append(profile)
    LearnerProfile.objects.bulk_update(updated, [*PROFILE_FIELDS, "national_id", "updated_at"])
    User.objects.bulk_update(changed_users, ["full_name"])

    actor = actor if actor is not None and actor.is_authenticated else None
    PersonalDataAccess.objects.bulk_create(
        [
            PersonalDataAccess(actor=actor, subject=p.user, subject_name=p.user.full_name, action=action, detail=detail)
            for p, action, detail in [
                *((p, AuditAction.CREATED, "roster import") for p in created),
                *(
                    (p, AuditAction.CHANGED, "roster import: " + ", ".join(r.changes))
                    for p, r in zip(updated, [r for r in preview.rows if r.fate == Fate.UPDATED], strict=True)
                ),
            ]
        ]
    )
    return RosterResult(
        created=created,
        updated=updated,
        unchanged=[row.profile for row in preview.rows if row.fate == Fate.UNCHANGED],
        errors=preview.count(Fate.ERROR),
    )
