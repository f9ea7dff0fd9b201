from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@login_required
@never_cache
@require_safe
def my_reflections(request: HttpRequest) -> HttpResponse:
    return render(request, "reflections/my_reflections.html", {"reflections": []})
