"""Following a paper by email, and the one-click way out of it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import following, selectors
from .models import Paper


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
