from django.urls import path

from papers import converters  # noqa: F401  (registers the "version" path converter)

from .views import handled, moderation, reflections

app_name = "reflections"

urlpatterns = [
    path("papers/<str:code>/v<version:version>/reageren/", reflections.compose, name="compose"),
    path("papers/<str:code>/v<version:version>/reflecties/", reflections.target_list, name="list"),
    path("reflecties/<int:pk>/", reflections.detail, name="detail"),
    path("reflecties/<int:pk>/reageren/", reflections.reply, name="reply"),
    path("reflecties/<int:pk>/bewerken/", reflections.edit, name="edit"),
    path("reflecties/<int:pk>/weergave/", reflections.presentation, name="presentation"),
    path("reflecties/<int:pk>/intrekken/", reflections.withdraw, name="withdraw"),
    path("reflecties/<int:pk>/melden/", reflections.report, name="report"),
    path("mijn/reflecties/", reflections.mine, name="mine"),
    path("moderatie/", moderation.queue, name="queue"),
    path("moderatie/alle-publiceren/", moderation.approve_all, name="approve_all"),
    path("moderatie/meldingen/", moderation.reported, name="reported"),
    path("moderatie/afgehandeld/", handled.handled, name="handled"),
    path("moderatie/teksten/", handled.saved_reasons, name="saved_reasons"),
    path("moderatie/teksten/<int:pk>/", handled.saved_reason, name="saved_reason"),
    path("moderatie/<int:pk>/", moderation.detail, name="moderate"),
    path("moderatie/<int:pk>/notitie/", moderation.add_note, name="note"),
    path("moderatie/<int:pk>/heropenen/", handled.reopen, name="reopen"),
    path("moderatie/<int:pk>/weglaten/", moderation.redact, name="redact"),
    path(
        "moderatie/<int:pk>/<str:action>/",
        moderation.decide,
        name="decide",
    ),
]
