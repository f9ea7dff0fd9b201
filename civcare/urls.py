from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.http import require_safe

from civcare.core.page_cache import public_page
from papers.caching import site_pages
from public import views as public_views
from public.sitemaps import SITEMAPS

from . import views

admin.site.site_header = "CIV-CARE beheer"
admin.site.site_title = "CIV-CARE beheer"
admin.site.index_title = "Beheer van het reflectieplatform"

# Django tries the patterns in order: the ones asked for most come first (the liveness check,
# the papers); none of them overlaps another.
urlpatterns = [
    path("", views.home, name="home"),
    path("ping", views.ping, name="ping"),
    path("papers/", include("public.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # An index of one sitemap per kind, each in pages of at most 5,000 addresses (the
    # sitemaps protocol allows 50,000): beyond that many reflections, page 2 is listed too.
    path(
        "sitemap.xml",
        require_safe(public_page(depends_on=site_pages)(sitemap_views.index)),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        public_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("zoeken/", public_views.search_page, name="search"),
    path("redactie/", include("governance.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("civcare.accounts.urls")),
    path("", include("reflections.urls")),
    path("taal/<str:code>/", views.switch_language, name="switch_language"),
    path("beheer/", admin.site.urls),
]

if settings.DEBUG:
    from django.views import defaults

    # Let developers look at the error pages with DEBUG on.
    urlpatterns += [
        path("404/", defaults.page_not_found, {"exception": Exception()}),
        path("500/", defaults.server_error),
    ]
