"""URLs of the assessments app, one module per area."""

from lms.url_groups import grouped_by_first_segment

from .certificates import patterns as certificate_patterns
from .closing import patterns as closing_patterns
from .deadlines import patterns as deadline_patterns
from .quizzes import patterns as quiz_patterns
from .reflections import patterns as reflection_patterns
from .reports import patterns as report_patterns
from .results import patterns as result_patterns
from .verification import patterns as verification_patterns

app_name = "assessments"
urlpatterns = grouped_by_first_segment(
    [
        *quiz_patterns,
        *reflection_patterns,
        *result_patterns,
        *closing_patterns,
        *deadline_patterns,
        *certificate_patterns,
        *verification_patterns,
        *report_patterns,
    ]
)
