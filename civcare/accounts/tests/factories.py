import factory
from allauth.account.models import EmailAddress

from civcare.accounts.models import Perspective, User

PASSWORD = "een-lang-wachtwoord-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"lezer{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Lezer {n}")
    perspective = Perspective.RELATIVE
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """verified=True (default) gives the account a confirmed email address."""
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
        if create:
            self.save()


def editor(**kwargs) -> User:
    from civcare.accounts import roles

    user = UserFactory(**kwargs)
    roles.grant(user, "redactie")
    return user


def moderator(**kwargs) -> User:
    from civcare.accounts import roles

    user = UserFactory(**kwargs)
    roles.grant(user, "moderatie")
    return user
