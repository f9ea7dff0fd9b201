"""Create the roles (Redactie, Moderatie) and the first privacy statement and terms of use.

The texts are frozen here as they were at version 1.0; later versions are added as new
PolicyDocument rows (in the admin or in a later migration), never by editing these.
"""

import datetime

from django.db import migrations

EDITOR_PERMISSIONS = [
    ("papers", "manage_workflow"),
    ("papers", "view_series"),
    ("papers", "add_paper"),
    ("papers", "change_paper"),
    ("papers", "view_paper"),
    ("papers", "add_paperversion"),
    ("papers", "change_paperversion"),
    ("papers", "view_paperversion"),
    ("papers", "add_section"),
    ("papers", "change_section"),
    ("papers", "delete_section"),
    ("papers", "view_section"),
    ("papers", "view_source"),
    ("papers", "add_questionset"),
    ("papers", "change_questionset"),
    ("papers", "view_questionset"),
    ("papers", "add_questiongroup"),
    ("papers", "change_questiongroup"),
    ("papers", "delete_questiongroup"),
    ("papers", "view_questiongroup"),
    ("papers", "add_question"),
    ("papers", "change_question"),
    ("papers", "delete_question"),
    ("papers", "view_question"),
    ("papers", "view_paperevent"),
]

PRIVACY_V1 = """\
Stichting De Kamer van Sociale Waarden (hierna: de stichting) is verantwoordelijk voor
het CIV-CARE reflectieplatform. Op dit platform reflecteren mensen op de CIV-CARE position
papers — vaak vanuit een kwetsbare positie, als cliënt, naaste of professional. Daarom
vragen wij zo weinig mogelijk gegevens, en zeggen wij precies wat wij ermee doen.

## Welke gegevens wij bewaren

- **Uw account**: uw e-mailadres, een versleuteld (gehasht) wachtwoord, uw weergavenaam
  (een schuilnaam mag) en uw standaardperspectief (bijvoorbeeld naaste of professional).
- **Uw toestemming**: welke versie van deze privacyverklaring en van de
  gebruiksvoorwaarden u heeft geaccepteerd, en wanneer.
- **Uw reflecties**: de tekst, het perspectief, de paper, sectie of vraag waarop u
  reageert, uw keuzes (met naam of anoniem; mag wel of niet worden geciteerd), en wat er
  met de reflectie is gebeurd (moderatie en verwerking in een volgende versie).
- **Technische gegevens**: een sessiecookie zolang u bent ingelogd, en uw IP-adres
  kortstondig om misbruik te beperken (bijvoorbeeld te veel inlogpogingen).

Wij vragen u **geen** gezondheidsgegevens, en ook geen namen of gegevens van anderen.
De moderatie weigert reflecties die herleidbaar zijn tot individuele personen of casussen.

## Waarom wij deze gegevens gebruiken

- om u te laten inloggen en reflecties te laten plaatsen (uw toestemming, art. 6 lid 1
  onder a AVG);
- om u te berichten over uw reflecties: de beslissing van de moderatie, en wat er met uw
  reflectie is gedaan in een volgende versie van de paper (*niets over mij zonder mij*);
- om de publieke consultatie te verantwoorden in een consultatieverslag.

Wat u in een reflectie over uzelf vertelt, kan iets zeggen over uw gezondheid. Dat
verwerken wij alleen met uw uitdrukkelijke toestemming (art. 9 lid 2 onder a AVG), die u
geeft bij het aanmaken van uw account en die u altijd kunt intrekken door uw account te
verwijderen.

## Wie wat ziet

- **Iedereen** ziet bij een goedgekeurde reflectie: de tekst, het perspectief, de datum,
  en uw weergavenaam — of "anoniem" als u dat kiest.
- **Moderatoren en redacteuren** van de stichting zien ook welk account een anonieme
  reflectie schreef, en reflecties die nog niet zijn goedgekeurd.
- **Uw e-mailadres** is nooit openbaar. Alleen beheerders kunnen het zien, om het
  platform te laten werken.

Wij verkopen geen gegevens, gebruiken geen advertenties en geen volgcookies of
analysediensten van derden. E-mail wordt verstuurd via een e-mailprovider die alleen
uw adres en het bericht ontvangt.

## Hoe lang wij gegevens bewaren

- Uw account: tot u het verwijdert.
- Uw reflecties: zolang de paper op het platform staat; zij zijn onderdeel van het
  openbare consultatiearchief. Verwijdert u uw account, dan kiest u zelf of uw
  reflecties worden verwijderd of zonder naam blijven staan als "Verwijderd account".
- Het logboek van de moderatie: zolang de reflectie bestaat; na verwijdering van uw
  account zonder uw naam of e-mailadres.
- Technische logbestanden van de server: hoogstens 30 dagen.

## Uw rechten

- **Inzien en meenemen**: onder *Mijn gegevens* downloadt u alles wat wij van u bewaren.
- **Verbeteren**: onder *Mijn account* wijzigt u uw weergavenaam, perspectief, e-mailadres
  en wachtwoord; uw reflecties kunt u zelf aanpassen of intrekken.
- **Verwijderen**: onder *Mijn gegevens* verwijdert u uw account.
- **Bezwaar en klachten**: neem contact op met de stichting via de contactgegevens op
  dekvsw.nl. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.

## Cookies

Het platform gebruikt alleen cookies die nodig zijn om het te laten werken: een
sessiecookie (ingelogd blijven), een beveiligingscookie tegen vervalste formulieren
(CSRF) en, als u een andere taal kiest, een taalcookie. Daarvoor is geen toestemming
nodig.

## Beveiliging

Het platform is alleen via een versleutelde verbinding (HTTPS) bereikbaar. Wachtwoorden
worden niet leesbaar opgeslagen. Medewerkers van de stichting hebben alleen toegang die
past bij hun rol (redactie of moderatie), en wat zij doen wordt vastgelegd.

## Wijzigingen

Als deze verklaring verandert, verschijnt een nieuwe versie met een nieuwe datum. Uw
toestemming verwijst altijd naar de versie die u heeft geaccepteerd; eerdere versies
blijven hier te lezen.
"""

TERMS_V1 = """\
Het CIV-CARE reflectieplatform van Stichting De Kamer van Sociale Waarden is een plek
voor reflectie, niet voor debat om te winnen. *Uw bijdrage hoeft geen oplossing te zijn.
Zij hoeft alleen eerlijk te zijn.*

## 1. Uw account

- Een account is voor één persoon. U houdt uw wachtwoord voor uzelf.
- U kiest een weergavenaam; een schuilnaam mag. Een naam die suggereert dat u namens de
  stichting, de redactie of de moderatie spreekt, is niet toegestaan.

## 2. Wat u plaatst

Een reflectie:

- is respectvol, ook waar u het oneens bent;
- gaat over de paper en over het systeem — niet over individuele personen;
- beschrijft **geen herleidbare individuele casus**: de papers zijn nadrukkelijk niet
  casusgericht;
- bevat **geen namen of persoonsgegevens van anderen** (cliënten, naasten,
  professionals, instellingen die tot personen herleidbaar zijn);
- bevat geen reclame, geen bedreigingen en niets wat onrechtmatig is.

## 3. Moderatie

- Elke reflectie wordt eerst gelezen door een moderator van de stichting, voordat
  anderen haar zien.
- De moderator keurt haar goed, weigert haar met een reden die u te zien krijgt, of
  vraagt u haar aan te passen.
- Lezers kunnen een gepubliceerde reflectie melden. Na enkele meldingen verdwijnt zij
  tijdelijk tot een moderator heeft beslist.
- Elke beslissing wordt vastgelegd.

## 4. Wat er met uw reflectie gebeurt

- Goedgekeurde reflecties staan openbaar onder de paper, met uw weergavenaam of als
  "anoniem" — dat kiest u zelf, en u kunt het later wijzigen.
- Na de consultatie legt de redactie per reflectie vast wat ermee is gedaan in de
  volgende versie van de paper. U krijgt daarvan bericht.
- Alleen als u dat toestaat, mag uw reflectie worden geciteerd in het
  consultatieverslag en worden gepubliceerd als open data (onder de licentie CC BY 4.0,
  met uw weergavenaam alleen als u met naam publiceert).

## 5. Geen advies

De papers en de reflecties zijn geen medisch, juridisch of ander persoonlijk advies.
Heeft u hulp nodig in een concrete situatie, zoek dan een hulpverlener of jurist.

## 6. Wijzigingen

Als deze voorwaarden veranderen, verschijnt een nieuwe versie met een nieuwe datum;
eerdere versies blijven te lezen.
"""

EFFECTIVE = datetime.date(2026, 11, 24)


def create_roles_and_policies(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Redactie")
    Group.objects.get_or_create(name="Moderatie")
    for app_label, codename in EDITOR_PERMISSIONS:
        editors.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )

    PolicyDocument = apps.get_model("accounts", "PolicyDocument")
    from civcare.core.rendering import render_paper_markdown

    for kind, title, body in [
        ("privacy", "Privacyverklaring", PRIVACY_V1),
        ("terms", "Gebruiksvoorwaarden", TERMS_V1),
    ]:
        PolicyDocument.objects.get_or_create(
            kind=kind,
            version="1.0",
            defaults={
                "title": title,
                "effective_on": EFFECTIVE,
                "body": body,
                "body_html": render_paper_markdown(body, heading_level=2, id_prefix=kind),
            },
        )


def remove_roles_and_policies(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Redactie", "Moderatie"]).delete()
    apps.get_model("accounts", "PolicyDocument").objects.filter(version="1.0").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("papers", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles_and_policies, remove_roles_and_policies)]
