from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("hoc-tap/", views.learner_home, name="learner_home"),
    path("hoc-tap/bai/<int:module_id>/tien-do/", views.progress_heartbeat, name="progress_heartbeat"),
    path("hoc-tap/bai/<int:module_id>/hoan-thanh/", views.module_complete, name="module_complete"),
]
