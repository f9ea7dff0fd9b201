from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from civcare.core.spreadsheet import json_text

from . import services
from .forms import DeleteAccountForm, ProfileForm
from .models import PolicyDocument

MSG_PROFILE_SAVED = gettext_lazy("Uw gegevens zijn opgeslagen.")
MSG_ACCOUNT_DELETED = gettext_lazy(
    "Uw account is verwijderd. Uw e-mailadres en andere persoonsgegevens zijn gewist."
)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def my_account(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, MSG_PROFILE_SAVED)
        return redirect("accounts:my_account")
    consents = request.user.consents.select_related("document")
    return render(
        request,
        "accounts/my_account.html",
        {"form": form, "consents": consents, **services.account_page_parts(request.user)},
    )


@login_required
@never_cache
@require_safe
def my_data(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/my_data.html")


@login_required
@never_cache
@require_safe
def export_data(request: HttpRequest) -> HttpResponse:
    data = services.export_user_data(request.user)
    # The site's one JSON rule (AVG art. 20: a form other tools read): null, never "".
    response = HttpResponse(
        json_text(data, indent=2), content_type="application/json; charset=utf-8"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="civcare-mijn-gegevens-{stamp}.json"'
    return response


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user, keep_reflections=form.keep_reflections)
        messages.success(request, MSG_ACCOUNT_DELETED)
        return redirect("home")
    return render(request, "accounts/delete_account.html", {"form": form})


@require_safe
def policy(request: HttpRequest, kind: str, version: str | None = None) -> HttpResponse:
    current = PolicyDocument.current(kind)
    if version is None:
        document = current
    else:
        document = PolicyDocument.objects.filter(kind=kind, version=version).first()
    if document is None:
        raise Http404
    versions = PolicyDocument.objects.filter(kind=kind).order_by("-effective_on")
    return render(
        request,
        "accounts/policy.html",
        {"document": document, "current": current, "versions": versions},
    )
