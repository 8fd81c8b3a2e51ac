from django.urls import path

from assessments.views import deadlines

patterns = [
    path("to-chuc/thoi-han/", deadlines.deadlines_view, name="deadlines"),
]
