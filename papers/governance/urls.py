from django.urls import path

from papers import converters  # noqa: F401  (registers the "version" path converter)

from . import coding_views, passage_views, views

app_name = "editor"

V = "<str:code>/v<version:version>/"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("nieuwe-paper/", views.upload, name="upload"),
    path("nieuwe-paper/opslaan/", views.upload_save, name="upload_save"),
    path(V, views.version_screen, name="version"),
    path(f"{V}markdown/", views.markdown, name="markdown"),
    path(f"{V}openen/", views.confirm_step, {"step": "open"}, name="open"),
    path(f"{V}sluitingsdatum/", views.plan_closing, name="plan_closing"),
    path(f"{V}sluiten/", views.confirm_step, {"step": "close"}, name="close"),
    path(f"{V}nieuwe-versie/", views.confirm_step, {"step": "draft"}, name="draft"),
    path(f"{V}besluit/", views.record_decision, name="decision"),
    path(f"{V}vaststellen/", views.confirm_step, {"step": "promote"}, name="promote"),
    path(f"{V}reflecties-na-vaststelling/", views.reflection_policy, name="reflection_policy"),
    path(f"{V}secties/<int:pk>/", views.edit_section, name="section"),
    path(f"{V}verwerking/", views.dispositions, name="dispositions"),
    path(f"{V}passages/", passage_views.passages, name="passages"),
    path(f"{V}verwerking/<int:reflection_pk>/", coding_views.disposition, name="disposition"),
    # The coding of a consultation, on the consulted version (v0.9).
    path(f"{V}reflecties/", coding_views.reflections, name="reflections"),
    path(f"{V}reflecties/bulk/", coding_views.reflections_bulk, name="reflections_bulk"),
    path(f"{V}bulkstappen/", coding_views.bulk_steps, name="bulk_steps"),
    path(
        f"{V}bulkstappen/<int:pk>/ongedaan-maken/",
        coding_views.undo_bulk_step,
        name="undo_bulk_step",
    ),
    path(f"{V}themas/", coding_views.themes, name="themes"),
    path(f"{V}themas/<int:pk>/", coding_views.theme, name="theme"),
    path(f"{V}standaardantwoorden/", coding_views.standard_answers, name="standard_answers"),
    path(
        f"{V}standaardantwoorden/<int:pk>/",
        coding_views.standard_answer,
        name="standard_answer",
    ),
    path(f"{V}vergelijkbaar/", coding_views.similar, name="similar"),
    path(f"{V}vergelijkbaar/groeperen/", coding_views.similar_take, name="similar_take"),
    path(f"{V}vergelijkbaar/<int:pk>/", coding_views.similar_cluster, name="similar_cluster"),
    path(f"{V}synthese/", coding_views.syntheses, name="syntheses"),
    path(f"{V}synthese/<str:kind>/<int:pk>/", coding_views.synthesis, name="synthesis"),
    path(f"{V}groepen/<int:pk>/opheffen/", coding_views.dissolve_group, name="dissolve_group"),
    path(f"{V}groepen/<int:pk>/naam/", coding_views.name_group, name="name_group"),
]
