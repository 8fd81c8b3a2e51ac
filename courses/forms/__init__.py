"""Forms by purpose; import them from their module (courses.forms.pages is imported by the models)."""
