"""Privacy statement 1.1: the herleidbaarheidscheck (civcare.core.identifiability) explained."""

import datetime
from importlib import import_module

from django.db import migrations

from civcare.core.rendering import render_paper_markdown

PRIVACY_V1 = import_module("civcare.accounts.migrations.0002_roles_and_policies").PRIVACY_V1

CHECK = """\
## De herleidbaarheidscheck

Reflecties gaan over de papers en over het systeem, niet over herkenbare mensen of hun
eigen geval. Voordat u een reflectie plaatst, kijkt het platform daarom of er iets in
staat waaraan iemand herkend kan worden: een naam, een woonplaats of adres, de naam van een
zorginstelling, een datum, een leeftijd, een telefoonnummer, e-mailadres,
burgerservicenummer of dossiernummer, of een webadres. U ziet wat het vond, en u beslist
zelf of u uw tekst aanpast. Moderatoren zien dezelfde markeringen en kunnen zulke gegevens
vervangen door een neutrale aanduiding (zoals *[naam]*) voordat zij een reflectie
publiceren; u krijgt dan bericht wat er is vervangen en waarom.

- De controle gebeurt op de server van het platform zelf, met het programma *deduce* van
  het UMC Utrecht en lijsten met namen en plaatsen. Er gaat niets naar een andere partij.
- Wij bewaren alleen hoeveel gegevens van welke soort de controle vond (bijvoorbeeld
  "naam: 1"), niet de woorden zelf.
- Vervangt een moderator iets, dan bewaren wij de oorspronkelijke woorden nergens: niet
  bij de reflectie, niet in het logboek en niet in e-mail. In het logboek staat alleen dat
  er iets is vervangen, en wat voor soort. U vindt dat bericht terug in uw gegevens.
- De controle is een hulpmiddel, geen oordeel: zij mist soms iets en ziet soms iets dat
  geen persoonsgegeven is. Een moderator leest elke reflectie.
- Ook uw weergavenaam wordt gecontroleerd: lijkt hij op een voor- en achternaam, dan
  stellen wij een schuilnaam voor. U mag uw naam houden.

"""

ANCHOR = "## Waarom wij deze gegevens gebruiken"
PRIVACY_V1_1 = PRIVACY_V1.replace(ANCHOR, CHECK + ANCHOR)


def add(apps, schema_editor):
    PolicyDocument = apps.get_model("accounts", "PolicyDocument")
    PolicyDocument.objects.get_or_create(
        kind="privacy",
        version="1.1",
        defaults={
            "title": "Privacyverklaring",
            "effective_on": datetime.date(2026, 12, 3),
            "body": PRIVACY_V1_1,
            "body_html": render_paper_markdown(PRIVACY_V1_1, heading_level=2, id_prefix="privacy"),
        },
    )


def remove(apps, schema_editor):
    apps.get_model("accounts", "PolicyDocument").objects.filter(
        kind="privacy", version="1.1"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_roles_and_policies")]

    operations = [migrations.RunPython(add, remove)]
