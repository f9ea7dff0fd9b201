from django.urls import path

from papers import converters  # noqa: F401  (registers the "version" path converter)

from . import handled_views, moderation_views, views

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
    path("moderatie/alle-publiceren/", moderation_views.approve_all, name="approve_all"),
    path("moderatie/meldingen/", moderation_views.reported, name="reported"),
    path("moderatie/afgehandeld/", handled_views.handled, name="handled"),
    path("moderatie/teksten/", handled_views.saved_reasons, name="saved_reasons"),
    path("moderatie/teksten/<int:pk>/", handled_views.saved_reason, name="saved_reason"),
    path("moderatie/<int:pk>/", moderation_views.detail, name="moderate"),
    path("moderatie/<int:pk>/notitie/", moderation_views.add_note, name="note"),
    path("moderatie/<int:pk>/heropenen/", handled_views.reopen, name="reopen"),
    path("moderatie/<int:pk>/weglaten/", moderation_views.redact, name="redact"),
    path(
        "moderatie/<int:pk>/<str:action>/",
        moderation_views.decide,
        name="decide",
    ),
]
