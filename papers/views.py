from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from . import compare, following, open_data, page, report, search, selectors
from .models import Paper
from .page_cache import anonymous_page
from .permissions import is_editor


@require_safe
def paper_list(request: HttpRequest) -> HttpResponse:
    return render(request, "papers/paper_list.html", {"papers": selectors.published_papers()})


@require_safe
@anonymous_page
def paper_detail(request: HttpRequest, code: str, version: str | None = None) -> HttpResponse:
    return page.respond(request, code, version)


@require_safe
def history(request: HttpRequest, code: str) -> HttpResponse:
    page = selectors.paper_history(code, user=request.user)
    return render(request, "papers/history.html", {"history": page})


@require_safe
def diff(request: HttpRequest, code: str, old: str, new: str) -> HttpResponse:
    old_version = selectors.public_version(code, old, user=request.user)
    new_version = selectors.public_version(code, new, user=request.user)
    sections = compare.compare(old_version, new_version)
    return render(
        request,
        "papers/diff.html",
        {
            "old": old_version,
            "new": new_version,
            "sections": sections,
            "changed_count": sum(1 for s in sections if s.changed),
        },
    )


def _report_or_404(request: HttpRequest, code: str, version: str):
    paper_version = selectors.public_version(code, version, user=request.user)
    if not (report.is_public(paper_version) or is_editor(request.user)):
        raise Http404("Het consultatieverslag verschijnt na de vaststelling.")
    return report.build(paper_version)


@require_safe
def consultation_report(request: HttpRequest, code: str, version: str) -> HttpResponse:
    built = _report_or_404(request, code, version)
    return render(
        request,
        "papers/report.html",
        {"report": built, "answered": report.changes_by_reflection(built)},
    )


@require_safe
def consultation_report_download(
    request: HttpRequest, code: str, version: str, fmt: str
) -> HttpResponse:
    built = _report_or_404(request, code, version)
    name = f"consultatieverslag-{built.version.paper.code}-v{built.version.number}"
    if fmt == "md":
        response = HttpResponse(
            report.as_markdown(built), content_type="text/markdown; charset=utf-8"
        )
    else:
        response = HttpResponse(report.as_csv(built), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("q", "")
    results = search.search(raw)
    return render(
        request,
        "papers/search.html",
        {
            "results": results,
            "query": results.query,
            "truncated": len(" ".join(raw.split())) > search.MAX_QUERY_LENGTH,
        },
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def follow(request: HttpRequest, code: str) -> HttpResponse:
    """Follow a paper by email, or stop following it."""
    resolved = selectors.resolve_version(code, None)  # public papers only
    paper = resolved.paper
    if request.method == "POST":
        if request.POST.get("action") == "unfollow":
            following.unfollow(request.user, paper)
            messages.success(request, _("U volgt %(code)s niet meer.") % {"code": paper.code})
        else:
            following.follow(request.user, paper)
            messages.success(
                request,
                _("U volgt %(code)s. U krijgt een e-mail bij elke stap van de consultatie.")
                % {"code": paper.code},
            )
        target = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            return redirect(target)
        return redirect("papers:follow", code=paper.code)
    return render(
        request,
        "papers/follow.html",
        {
            "paper": paper,
            "version": resolved.current,
            "following": following.is_following(request.user, paper),
        },
    )


# RFC 8058 one-click unsubscribe: a mail program POSTs "List-Unsubscribe=One-Click" to this
# address, with no CSRF token. The token cannot help here anyway: the signed link itself is
# the authority, and whoever can make a browser POST to it could POST to it themselves.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every email: one button, no sign-in needed (the link is signed)."""
    try:
        subscription = following.subscription_for_token(token)
    except signing.SignatureExpired:
        return render(request, "papers/unsubscribe.html", {"expired": True}, status=400)
    except signing.BadSignature:
        return render(request, "papers/unsubscribe.html", {"invalid": True}, status=400)
    if subscription is None:  # ended already: by this link (then ?paper= names it), or so
        paper = Paper.objects.filter(code=request.GET.get("paper", "")).first()
        return render(request, "papers/unsubscribe.html", {"paper": paper, "done": True})
    paper = subscription.paper
    if request.method == "POST":
        following.unfollow(subscription.user, paper)
        url = reverse("papers:unsubscribe", args=[token])
        return redirect(f"{url}?{urlencode({'paper': paper.code})}")
    return render(request, "papers/unsubscribe.html", {"paper": paper})


@require_safe
def open_data_download(request: HttpRequest, code: str, version: str, fmt: str) -> HttpResponse:
    """The quotable published reflections of a version, as CSV or JSON (papers.open_data)."""
    paper_version = selectors.public_version(code, version)  # public versions only
    if fmt == "json":
        response = HttpResponse(
            open_data.as_json(paper_version), content_type="application/json; charset=utf-8"
        )
    else:
        response = HttpResponse(
            open_data.as_csv(paper_version), content_type="text/csv; charset=utf-8"
        )
    name = f"reflecties-{paper_version.paper.code}-v{paper_version.number}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Access-Control-Allow-Origin"] = "*"  # open data: usable from any site
    return response
