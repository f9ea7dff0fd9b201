"""Demo accounts and reflections, so a newcomer can walk the whole workflow in the browser.

Development only (DEBUG on, or --force): the passwords are printed and known.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from civcare.accounts import roles
from civcare.accounts.models import Perspective, PolicyDocument, User
from civcare.accounts.services import record_consent
from papers.models import PaperVersion
from reflections import moderation
from reflections.models import Reflection

PASSWORD = "civcare-demo-2026"

PEOPLE = [
    ("redacteur1@example.org", "Redacteur Anne", Perspective.POLICYMAKER, "redactie"),
    ("redacteur2@example.org", "Redacteur Bas", Perspective.POLICYMAKER, "redactie"),
    ("moderator@example.org", "Moderator Chris", Perspective.OTHER, "moderatie"),
    ("naaste@example.org", "Een naaste", Perspective.RELATIVE, None),
    ("professional@example.org", "Wijkverpleegkundige", Perspective.PROFESSIONAL, None),
    ("client@example.org", "Cliënt uit Zwolle", Perspective.CLIENT, None),
    ("ervaring@example.org", "Ervaringsdeskundige E.", Perspective.EXPERIENCE_EXPERT, None),
    ("jurist@example.org", "Jurist J.", Perspective.LAWYER, None),
    ("toezicht@example.org", "Toezichthouder T.", Perspective.SUPERVISOR, None),
]

# (paper, question anchor or section anchor or None, author email, text, anonymous, approved)
REFLECTIONS = [
    (
        "SHPP003-01",
        "vraag-1-1",
        "naaste@example.org",
        "Voor ons liep de zorg vast op het moment dat niemand meer terugbelde. Vastgesteld werd "
        "het nooit: het gebeurde gewoon.",
        False,
        True,
    ),
    (
        "SHPP003-01",
        "vraag-4-3",
        "jurist@example.org",
        "Bewijsverzameling werd in mijn praktijk vaak een doel op zich. De paper benoemt dat "
        "scherp; ik mis wel een verwijzing naar de rol van de rechter.",
        False,
        True,
    ),
    (
        "SHPP003-01",
        "sectie-4",
        "professional@example.org",
        "Juridisering voelt als bescherming, maar maakt het gesprek kleiner. Herkenbaar.",
        True,
        True,
    ),
    (
        "SHPP003-01",
        None,
        "toezicht@example.org",
        "Als toezichthouder vraag ik me af hoe 'vastlopen' meetbaar wordt zonder opnieuw te "
        "juridiseren.",
        False,
        True,
    ),
    (
        "SHPP003-01",
        "vraag-5-1",
        "ervaring@example.org",
        "Pauzeren mocht pas toen ik zelf om een time-out vroeg. Dat mandaat had er eerder "
        "moeten zijn.",
        False,
        False,
    ),
    (
        "SHPP003-05",
        "vraag-11",
        "naaste@example.org",
        "Zonder ons als familie verschoof alle macht naar het dossier. Niemand kende nog de "
        "geschiedenis.",
        False,
        True,
    ),
    (
        "SHPP003-05",
        "vraag-21",
        "client@example.org",
        "Mijn moeder werd 'onveilig' genoemd op basis van één incident van jaren geleden.",
        True,
        True,
    ),
    (
        "SHPP003-05",
        "sectie-9-vraag-2",
        "professional@example.org",
        "Wie wordt nu niet meer gehoord? Vaak de buurvrouw die er elke dag is.",
        False,
        True,
    ),
    (
        "SHPP003-05",
        "sectie-6",
        "ervaring@example.org",
        "Selectiviteit is een mooi principe, maar wie maakt de selectie?",
        False,
        False,
    ),
]


class Command(BaseCommand):
    help = (
        "Maakt demo-accounts (redactie, moderatie, lezers) en reflecties aan, zodat u de hele "
        "workflow kunt doorlopen. Alleen voor ontwikkeling."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Ook zonder DEBUG.")

    def handle(self, *args, force: bool, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Alleen met DEBUG aan: de wachtwoorden van de demo zijn bekend.")
        call_command("load_papers", verbosity=0)
        with transaction.atomic():
            people = {
                email: self._person(email, name, perspective, role)
                for email, name, perspective, role in PEOPLE
            }
            moderator = people["moderator@example.org"]
            created = 0
            for code, anchor, email, text, anonymous, approve in REFLECTIONS:
                created += self._reflection(
                    code, anchor, people[email], text, anonymous, approve, moderator
                )
        self.stdout.write(self.style.SUCCESS(f"Demo klaar: {created} nieuwe reflecties."))
        self.stdout.write(f"Wachtwoord voor alle demo-accounts: {PASSWORD}")
        for email, name, _perspective, role in PEOPLE:
            self.stdout.write(f"  {email:28} {name:24} {role or 'lezer'}")
        self.stdout.write(
            "Doorloop de workflow: log in als moderator@example.org en beoordeel /moderatie/; "
            "als redacteur1@example.org: /redactie/ → SHPP003-01 v0.9 → consultatie sluiten, "
            "nieuwe versie, secties bewerken, verwerking, bestuursbesluit; als "
            "redacteur2@example.org: vaststellen (vier ogen)."
        )

    def _person(self, email, name, perspective, role) -> User:
        user, created = User.objects.get_or_create(
            email=email, defaults={"display_name": name, "perspective": perspective}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
            # As if they signed up: consent to the current privacy statement and terms, so
            # Mijn account shows what a real account shows.
            for kind in PolicyDocument.Kind.values:
                document = PolicyDocument.current(kind)
                if document is not None:
                    record_consent(user, document)
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if role:
            roles.grant(user, role)
        return user

    def _reflection(self, code, anchor, author, text, anonymous, approve, moderator) -> int:
        version = PaperVersion.objects.filter(paper__code=code, major=0, minor=9).first()
        if version is None or Reflection.objects.filter(version=version, body=text).exists():
            return 0
        target = {}
        if anchor and anchor.startswith("sectie-") and "-vraag-" not in anchor:
            target["section"] = version.sections.get(anchor=anchor)
        elif anchor:
            target["question"] = version.questions.get(anchor=anchor)
        # Through the real transitions, so the demo has the same audit trail as real use.
        reflection, created = moderation.submit(
            version=version,
            author=author,
            perspective=author.perspective,
            body=text,
            is_anonymous=anonymous,
            may_quote=True,
            **target,
        )
        if approve and created:
            moderation.approve(reflection, by=moderator)
        return int(created)
