from django.urls import path

from . import views
from .models import PolicyDocument

app_name = "accounts"

PRIVACY = {"kind": PolicyDocument.Kind.PRIVACY}
TERMS = {"kind": PolicyDocument.Kind.TERMS}

urlpatterns = [
    path("mijn/account/", views.my_account, name="my_account"),
    path("mijn/gegevens/", views.my_data, name="my_data"),
    path("mijn/gegevens/export.json", views.export_data, name="export"),
    path("mijn/account/verwijderen/", views.delete_account, name="delete"),
    path("privacy/", views.policy, PRIVACY, name="privacy"),
    path("privacy/versie/<str:version>/", views.policy, PRIVACY, name="privacy_version"),
    path("voorwaarden/", views.policy, TERMS, name="terms"),
    path("voorwaarden/versie/<str:version>/", views.policy, TERMS, name="terms_version"),
]
