"""sitemap.xml: the public pages search engines may list (robots.txt names it)."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from papers.models import PaperVersion
from reflections.models import Reflection


class StaticPages(Sitemap):
    changefreq = "weekly"

    def items(self):
        return ["home", "papers:list", "accounts:privacy", "accounts:terms", "accessibility"]

    def location(self, item: str) -> str:
        return reverse(item)


class PaperVersions(Sitemap):
    changefreq = "daily"

    def items(self):
        return PaperVersion.objects.public().select_related("paper").order_by("paper__code", "pk")

    def lastmod(self, version: PaperVersion):
        return version.updated_at

    def priority(self, version: PaperVersion) -> float:
        return 0.6 if version.status == PaperVersion.Status.SUPERSEDED else 0.9


class Reflections(Sitemap):
    changefreq = "monthly"
    limit = 5000

    def items(self):
        return Reflection.objects.published().only("pk", "updated_at").order_by("pk")

    def location(self, reflection: Reflection) -> str:
        return reflection.get_permalink()

    def lastmod(self, reflection: Reflection):
        return reflection.updated_at


SITEMAPS = {"pages": StaticPages, "papers": PaperVersions, "reflections": Reflections}
