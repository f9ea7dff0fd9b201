from django.urls import path

from papers import converters  # noqa: F401  (registers the "version" path converter)

from . import moderation_views, views

app_name = "reflections"

urlpatterns = [
    path("papers/<str:code>/v<version:version>/reageren/", views.compose, name="compose"),
    path("papers/<str:code>/v<version:version>/reflecties/", views.target_list, name="list"),
    path("reflecties/<int:pk>/", views.detail, name="detail"),
    path("reflecties/<int:pk>/reageren/", views.reply, name="reply"),
    path("reflecties/<int:pk>/bewerken/", views.edit, name="edit"),
    path("reflecties/<int:pk>/weergave/", views.presentation, name="presentation"),
    path("reflecties/<int:pk>/intrekken/", views.withdraw, name="withdraw"),
    path("reflecties/<int:pk>/melden/", views.report, name="report"),
    path("mijn/reflecties/", views.mine, name="mine"),
    path("moderatie/", moderation_views.queue, name="queue"),
    path("moderatie/meldingen/", moderation_views.reported, name="reported"),
    path("moderatie/<int:pk>/", moderation_views.detail, name="moderate"),
    path(
        "moderatie/<int:pk>/<str:action>/",
        moderation_views.decide,
        name="decide",
    ),
]
