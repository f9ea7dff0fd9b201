from django.urls import path

from papers import converters  # noqa: F401  (registers the "version" path converter)

from .views import coding, passages, themes, versions

app_name = "editor"

V = "<str:code>/v<version:version>/"

urlpatterns = [
    path("", versions.dashboard, name="dashboard"),
    path("nieuwe-paper/", versions.upload, name="upload"),
    path("nieuwe-paper/opslaan/", versions.upload_save, name="upload_save"),
    path(V, versions.version_screen, name="version"),
    path(f"{V}markdown/", versions.markdown, name="markdown"),
    path(f"{V}openen/", versions.confirm_step, {"step": "open"}, name="open"),
    path(f"{V}sluitingsdatum/", versions.plan_closing, name="plan_closing"),
    path(f"{V}sluiten/", versions.confirm_step, {"step": "close"}, name="close"),
    path(f"{V}nieuwe-versie/", versions.confirm_step, {"step": "draft"}, name="draft"),
    path(f"{V}besluit/", versions.record_decision, name="decision"),
    path(f"{V}vaststellen/", versions.confirm_step, {"step": "promote"}, name="promote"),
    path(f"{V}reflecties-na-vaststelling/", versions.reflection_policy, name="reflection_policy"),
    path(f"{V}secties/<int:pk>/", versions.edit_section, name="section"),
    path(f"{V}verwerking/", versions.dispositions, name="dispositions"),
    path(f"{V}passages/", passages.passages, name="passages"),
    path(f"{V}verwerking/<int:reflection_pk>/", coding.disposition, name="disposition"),
    # The coding of a consultation, on the consulted version (v0.9).
    path(f"{V}reflecties/", coding.reflections, name="reflections"),
    path(f"{V}reflecties/bulk/", coding.reflections_bulk, name="reflections_bulk"),
    path(f"{V}bulkstappen/", coding.bulk_steps, name="bulk_steps"),
    path(
        f"{V}bulkstappen/<int:pk>/ongedaan-maken/",
        coding.undo_bulk_step,
        name="undo_bulk_step",
    ),
    path(f"{V}themas/", themes.themes, name="themes"),
    path(f"{V}themas/<int:pk>/", themes.theme, name="theme"),
    path(f"{V}standaardantwoorden/", coding.standard_answers, name="standard_answers"),
    path(
        f"{V}standaardantwoorden/<int:pk>/",
        coding.standard_answer,
        name="standard_answer",
    ),
    path(f"{V}vergelijkbaar/", coding.similar, name="similar"),
    path(f"{V}vergelijkbaar/groeperen/", coding.similar_take, name="similar_take"),
    path(f"{V}vergelijkbaar/drempel/", coding.similar_threshold, name="similar_threshold"),
    path(f"{V}vergelijkbaar/<int:pk>/", coding.similar_cluster, name="similar_cluster"),
    path(f"{V}synthese/", coding.syntheses, name="syntheses"),
    path(f"{V}synthese/<str:kind>/<int:pk>/", coding.synthesis, name="synthesis"),
    path(f"{V}groepen/<int:pk>/opheffen/", coding.dissolve_group, name="dissolve_group"),
    path(f"{V}groepen/<int:pk>/naam/", coding.name_group, name="name_group"),
]
