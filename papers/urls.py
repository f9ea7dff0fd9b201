from django.urls import path

from . import (
    converters,  # noqa: F401  (registers the "version" path converter)
    views,
)

app_name = "papers"

urlpatterns = [
    path("", views.paper_list, name="list"),
    path("<str:code>/", views.paper_detail, name="current"),
    path("<str:code>/v<version:version>/", views.paper_detail, name="version"),
]
