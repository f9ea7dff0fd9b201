"""Privacy statement 1.2: the vectors of published reflections (civcare.core.embeddings,
reflections/vectors.py, #31) explained."""

import datetime
from importlib import import_module

from django.db import migrations

from civcare.core.rendering import render_paper_markdown

PRIVACY_V1_1 = import_module("civcare.accounts.migrations.0003_privacy_identifiability").PRIVACY_V1_1

VECTORS = """\
## Lezen op betekenis

Om duizend reflecties goed te kunnen lezen, laat de redactie het platform zoeken naar
reflecties die hetzelfde zeggen in andere woorden, naar teksten die vrijwel gelijk zijn
(bijvoorbeeld één brief die door veel mensen is ingestuurd) en naar het thema waar een
reflectie het meest op lijkt. Daarvoor zet het platform elke gepubliceerde reflectie om in
een reeks getallen die de betekenis van de tekst weergeeft (een *vector*).

- Dat gebeurt op de server van het platform zelf, met een taalmodel dat op die server
  draait (*multilingual-e5-small*). Er gaat geen tekst naar een andere partij.
- De vector is afgeleid van uw tekst en geldt daarom als persoonsgegeven. Wij maken hem
  alleen van gepubliceerde reflecties. Verandert de tekst (een aanpassing, of een moderator
  die iets vervangt), wordt de reflectie verborgen of verwijderd, of verwijdert u uw
  account, dan verdwijnt de vector met de oude tekst.
- Het platform doet alleen voorstellen. Een redacteur beslist altijd zelf welk thema een
  reflectie krijgt en hoe zij wordt verwerkt; in het consultatieverslag staat hoeveel
  indelingen uit een voorstel kwamen.

"""

ANCHOR = "## Waarom wij deze gegevens gebruiken"
PRIVACY_V1_2 = PRIVACY_V1_1.replace(ANCHOR, VECTORS + ANCHOR)


def add(apps, schema_editor):
    PolicyDocument = apps.get_model("accounts", "PolicyDocument")
    PolicyDocument.objects.get_or_create(
        kind="privacy",
        version="1.2",
        defaults={
            "title": "Privacyverklaring",
            "effective_on": datetime.date(2026, 12, 7),
            "body": PRIVACY_V1_2,
            "body_html": render_paper_markdown(PRIVACY_V1_2, heading_level=2, id_prefix="privacy"),
        },
    )


def remove(apps, schema_editor):
    apps.get_model("accounts", "PolicyDocument").objects.filter(
        kind="privacy", version="1.2"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_display_name_key")]

    operations = [migrations.RunPython(add, remove)]
