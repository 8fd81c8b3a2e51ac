"""URLs of the assessments app, one module per area (quizzes, reflections, results)."""

from .quizzes import patterns as quiz_patterns
from .reflections import patterns as reflection_patterns
from .results import patterns as result_patterns

app_name = "assessments"
urlpatterns = [*quiz_patterns, *reflection_patterns, *result_patterns]
