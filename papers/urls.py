from django.urls import path, register_converter

from . import views
from .converters import VersionNumberConverter

register_converter(VersionNumberConverter, "version")

app_name = "papers"

urlpatterns = [
    path("", views.paper_list, name="list"),
    path("<str:code>/", views.paper_detail, name="current"),
    path("<str:code>/v<version:version>/", views.paper_detail, name="version"),
]
