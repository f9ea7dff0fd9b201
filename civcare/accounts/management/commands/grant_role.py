from django.core.management.base import BaseCommand, CommandError

from civcare.accounts import roles
from civcare.accounts.models import User


class Command(BaseCommand):
    help = "Geeft een account de rol redactie of moderatie, of neemt die af met --revoke."

    def add_arguments(self, parser):
        parser.add_argument("email", help="Het e-mailadres van het account.")
        parser.add_argument("role", help=f"De rol: {', '.join(roles.ROLE_GROUPS)}.")
        parser.add_argument(
            "--revoke", action="store_true", help="Rol afnemen in plaats van geven."
        )

    def handle(self, *args, email: str, role: str, revoke: bool, **options):
        if role.strip().lower() not in roles.ROLE_GROUPS:
            raise CommandError(f"Onbekende rol '{role}'. Kies uit: {', '.join(roles.ROLE_GROUPS)}.")
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"Er is geen account met e-mailadres {email}.")
        group = roles.ROLE_GROUPS[role.strip().lower()]
        if revoke:
            changed = roles.revoke(user, role)
            message = (
                f"Rol {group} afgenomen van {user.email}."
                if changed
                else f"{user.email} had de rol {group} niet; niets veranderd."
            )
        else:
            changed = roles.grant(user, role)
            message = (
                f"Rol {group} gegeven aan {user.email}."
                if changed
                else f"{user.email} had de rol {group} al; niets veranderd."
            )
        self.stdout.write(self.style.SUCCESS(message) if changed else message)
