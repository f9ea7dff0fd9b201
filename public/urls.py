from django.urls import path
from django.views.decorators.http import require_safe

from civcare.core.page_cache import public_page
from governance.views import reports as report_views
from papers import converters  # noqa: F401  (registers the "version" path converter)
from papers import views as following_views
from papers.caching import paper_pages, site_pages

from . import feeds, views

app_name = "papers"

# The feeds are public pages: one cached copy for every visitor (civcare.core.page_cache).
series_feed = require_safe(public_page(depends_on=site_pages)(feeds.SeriesEventsFeed()))
paper_feed = require_safe(public_page(depends_on=paper_pages)(feeds.PaperEventsFeed()))
version_feed = require_safe(public_page(depends_on=paper_pages)(feeds.VersionReflectionsFeed()))

urlpatterns = [
    path("", views.paper_list, name="list"),
    path("feed/", series_feed, name="series_feed"),
    # The paper page first of the rest (the page asked for most; no pattern above or
    # below matches the same addresses).
    path("<str:code>/v<version:version>/", views.paper_detail, name="version"),
    path("<str:code>/", views.paper_detail, name="current"),
    path("afmelden/<str:token>/", following_views.unsubscribe, name="unsubscribe"),
    path("<str:code>/volgen/", following_views.follow, name="follow"),
    path("<str:code>/feed/", paper_feed, name="paper_feed"),
    path(
        "<str:code>/v<version:version>/feed/",
        version_feed,
        name="version_feed",
    ),
    path("<str:code>/v<version:version>/pdf/", views.version_pdf, name="version_pdf"),
    path("<str:code>/geschiedenis/", views.history, name="history"),
    path("<str:code>/diff/<version:old>/<version:new>/", views.diff, name="diff"),
    path(
        "<str:code>/v<version:version>/consultatieverslag/",
        report_views.consultation_report_page,
        name="consultation_report",
    ),
    path(
        "<str:code>/v<version:version>/analyse/",
        report_views.analysis_page,
        name="analysis",
    ),
    path(
        "<str:code>/v<version:version>/reflecties.csv",
        views.open_data_download,
        {"fmt": "csv"},
        name="open_data_csv",
    ),
    path(
        "<str:code>/v<version:version>/reflecties.json",
        views.open_data_download,
        {"fmt": "json"},
        name="open_data_json",
    ),
    path(
        # Where CSVW tools look for the metadata of reflecties.csv (W3C, "Model for Tabular
        # Data", 5.3: {+url}-metadata.json).
        "<str:code>/v<version:version>/reflecties.csv-metadata.json",
        views.open_data_download,
        {"fmt": "metadata"},
        name="open_data_metadata",
    ),
    path(
        "<str:code>/v<version:version>/consultatieverslag.md",
        report_views.consultation_report_download,
        {"fmt": "md"},
        name="consultation_report_markdown",
    ),
    path(
        "<str:code>/v<version:version>/consultatieverslag.csv",
        report_views.consultation_report_download,
        {"fmt": "csv"},
        name="consultation_report_csv",
    ),
    path(
        "<str:code>/v<version:version>/consultatieverslag.pdf",
        report_views.consultation_report_pdf,
        name="consultation_report_pdf",
    ),
    path(
        "<str:code>/v<version:version>/consultatieverslag.xlsx",
        report_views.consultation_report_download,
        {"fmt": "xlsx"},
        name="consultation_report_xlsx",
    ),
    path(
        "<str:code>/v<version:version>/consultatieverslag-redactie.xlsx",
        report_views.consultation_report_download,
        {"fmt": "redactie.xlsx"},
        name="consultation_report_editors_xlsx",
    ),
]
