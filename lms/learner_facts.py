"""Facts other apps add to a learner's page for organizers (`lms:learner_detail`).

`lms` sits below `courses` and `assessments` and cannot read their rules or results; an app that knows something
about a learner registers a function under LEARNER_FACTS_HOOK in its `wagtail_hooks.py` (Wagtail's hook registry):
`fn(request, profile) -> list[tuple[label, text]]`.
"""

from django.http import HttpRequest
from wagtail import hooks

from lms.models import LearnerProfile

LEARNER_FACTS_HOOK = "lms_learner_facts"


def learner_facts(request: HttpRequest, profile: LearnerProfile) -> list[tuple[str, str]]:
    return [fact for fn in hooks.get_hooks(LEARNER_FACTS_HOOK) for fact in fn(request, profile)]
