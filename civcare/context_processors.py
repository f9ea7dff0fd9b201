from django.conf import settings


def site(request):
    """Values every page shows; no database access here (the 500 page must still render)."""
    return {"foundation_name": settings.CIVCARE_FOUNDATION}
