import factory

from civcare.accounts.models import Perspective
from civcare.accounts.tests.factories import UserFactory
from papers.tests.factories import PaperVersionFactory
from reflections.models import Reflection


class ReflectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reflection

    version = factory.SubFactory(PaperVersionFactory)
    author = factory.SubFactory(UserFactory)
    perspective = Perspective.RELATIVE
    body = factory.Sequence(lambda n: f"Een eerlijke reflectie, nummer {n}, over het systeem.")
    status = Reflection.Status.PENDING


def approved(**kwargs) -> Reflection:
    from django.utils import timezone

    return ReflectionFactory(
        status=Reflection.Status.APPROVED, published_at=timezone.now(), **kwargs
    )
