from lms.models import AuditAction, PersonalDataAccess, User


def audit_record(*, actor: User | None, subject: User, action: AuditAction, detail: str = "") -> PersonalDataAccess:
    """Record that `actor` viewed, changed or exported `subject`'s personal data."""
    return PersonalDataAccess.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        subject=subject,
        subject_name=subject.get_full_name()[:150],
        action=action,
        detail=detail[:300],
    )
