"""Atom feeds (Django's syndication framework), to follow a paper without an account.

- /papers/<code>/v<version>/feed/: new published reflections on one version.
- /papers/<code>/feed/: new versions and status changes of one paper.
- /papers/feed/: the same for every paper of the series.

Only what visitors may read: approved reflections on public versions, public events of
public versions. Anonymous reflections carry no author.

Every link, source and citation in an entry's summary is absolute (a feed reader resolves a
root-relative link against nothing, or against the feed's own address), and the feed carries
``xml:base``, the site's root, for any reader that looks for it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.contrib.syndication.views import Feed, add_domain
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from civcare.core.rendering import absolute_urls
from papers.models import Paper, PaperEvent, PaperVersion
from papers.selectors import PUBLIC_EVENTS, public_version
from reflections.models import Reflection
from reflections.templatetags.passage_quote import passage_quote

ITEMS = 50


class BasedAtom1Feed(Atom1Feed):
    """Atom with ``xml:base`` (the site's root, on the feed element)."""

    def root_attributes(self) -> dict:
        return {**super().root_attributes(), "xml:base": self.feed["base"]}


class AbsoluteFeed(Feed):
    """A feed whose summaries hold absolute addresses only, against the same site as the
    links Django's framework makes absolute (the request's)."""

    feed_type = BasedAtom1Feed

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["base"] = add_domain(get_current_site(request).domain, "/", request.is_secure())
        for item in feed.items:
            if item["description"]:
                # Against the entry's own page, where its text is shown.
                item["description"] = absolute_urls(item["description"], item["link"])
        return feed


class VersionReflectionsFeed(AbsoluteFeed):
    def get_object(self, request, code: str, version: str) -> PaperVersion:
        return public_version(code, version)  # 404 for drafts: no user is passed

    def title(self, obj: PaperVersion) -> str:
        return _("Reflecties op %(code)s %(label)s – %(title)s") % {
            "code": obj.paper.code,
            "label": obj.label,
            "title": obj.paper.title,
        }

    def subtitle(self, obj: PaperVersion) -> str:
        return _("Nieuwe gepubliceerde reflecties, na moderatie.")

    def link(self, obj: PaperVersion) -> str:
        return obj.get_absolute_url()

    def items(self, obj: PaperVersion):
        return (
            Reflection.objects.published()
            .filter(version=obj)
            .select_related("author", "section", "question", "version__paper")
            .order_by("-published_at", "-pk")[:ITEMS]
        )

    def item_title(self, item: Reflection) -> str:
        return item.summary_title

    def item_description(self, item: Reflection) -> str:
        # Rendered and cleaned (Markdown + nh3) when it was saved; the passage it is about
        # (words of the paper, escaped here) above it.
        return passage_quote(item) + mark_safe(item.body_html)

    def item_link(self, item: Reflection) -> str:
        return item.get_permalink()

    def item_pubdate(self, item: Reflection):
        return item.published_at

    def item_updateddate(self, item: Reflection):
        return item.published_at

    def item_author_name(self, item: Reflection) -> str:
        # Every entry names an author (Atom requires one), "Anoniem" when the author chose so.
        if item.is_anonymous or item.author is None:
            return _("Anoniem")
        return item.author.display_name


class _EventsFeed(AbsoluteFeed):
    author_name = settings.CIVCARE_FOUNDATION  # the foundation publishes the versions
    description_template = "public/feeds/event_description.html"

    def item_title(self, item: PaperEvent) -> str:
        label = item.label
        return f"{item.version.paper.code} {item.version.label}: {label}"

    def _events(self, **filters):
        return (
            PaperEvent.objects.filter(
                action__in=PUBLIC_EVENTS,
                version__status__in=PaperVersion.PUBLIC_STATUSES,
                **filters,
            )
            .select_related("version__paper")
            .order_by("-created_at", "-pk")[:ITEMS]
        )

    def item_link(self, item: PaperEvent) -> str:
        return item.version.get_absolute_url()

    def item_guid(self, item: PaperEvent) -> str:
        # A tag URI (RFC 4151): permanent and unique, as an Atom id must be, while the
        # entry's link is the version's page (shared by all its events).
        host = urlsplit(settings.SITE_URL).hostname
        return f"tag:{host},2026:papers/event/{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: PaperEvent):
        return item.created_at

    def item_updateddate(self, item: PaperEvent):
        return item.created_at


class PaperEventsFeed(_EventsFeed):
    def get_object(self, request, code: str) -> Paper:
        paper = get_object_or_404(Paper, code=code)
        if not paper.versions.public().exists():
            raise Http404("Onbekende paper")
        return paper

    def title(self, obj: Paper) -> str:
        return _("%(code)s – %(title)s: versies en status") % {"code": obj.code, "title": obj.title}

    def subtitle(self, obj: Paper) -> str:
        return _("Consultatie geopend of gesloten, nieuwe versies, vaststelling.")

    def link(self, obj: Paper) -> str:
        return obj.get_absolute_url()

    def items(self, obj: Paper):
        return self._events(version__paper=obj)


class SeriesEventsFeed(_EventsFeed):
    def title(self) -> str:
        return _("CIV-CARE papers: versies en status")

    def subtitle(self) -> str:
        return _("Nieuwe papers, consultaties en vastgestelde versies van de hele reeks.")

    def link(self) -> str:
        return reverse("papers:list")

    def items(self):
        return self._events()
