"""Reflections on a page are rendered once per state of what they show (reflections.items)."""

import pytest
from django.template.loader import render_to_string

from civcare.accounts.tests.factories import editor, moderator
from civcare.core import fragments
from governance import transitions
from governance.models import Disposition
from papers.tests.factories import build_paper
from reflections import extensions, items, moderation
from reflections.models import Reflection
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    return build_paper(code="SHPP003-71", sections=2, groups=1, questions_per_group=1)


def rendered_items(monkeypatch) -> list:
    calls = []
    real = fragments.render_to_string

    def counting(template, context=None, *args, **kwargs):
        if template == items.TEMPLATE:
            calls.append(context["reflection"].pk)
        return real(template, context, *args, **kwargs)

    monkeypatch.setattr(fragments, "render_to_string", counting)
    return calls


def test_after_an_approval_only_the_new_reflection_is_rendered(client, version, monkeypatch):
    shown = [approved(version=version, body=f"Reflectie nummer {n} op de paper.") for n in range(4)]
    calls = rendered_items(monkeypatch)
    client.get(version.get_absolute_url())
    assert sorted(calls) == sorted(r.pk for r in shown)
    calls.clear()
    waiting = ReflectionFactory(version=version, body="De nieuwe reflectie na goedkeuring.")
    moderation.approve(waiting, by=moderator())
    html = client.get(version.get_absolute_url()).content.decode()  # the page itself is new
    assert calls == [waiting.pk]
    assert "De nieuwe reflectie na goedkeuring." in html


def test_a_reply_a_new_name_and_a_closed_consultation_each_render_the_item_again(version):
    reflection = approved(version=version)
    reflection.version = version
    reflection.reply_list = []
    states = [items.state_of(reflection)]
    reflection.reply_list = [approved(version=version, parent=reflection)]
    states.append(items.state_of(reflection))
    reflection.author.display_name = "Een nieuwe naam"
    states.append(items.state_of(reflection))
    transitions.close_consultation(version, by=editor())
    version.refresh_from_db()
    reflection.version = version
    states.append(items.state_of(reflection))
    assert len(set(states)) == len(states)


def _loaded(pk, version):
    reflection = Reflection.objects.select_related("author", *extensions.RELATED).get(pk=pk)
    reflection.version = version
    return reflection


def test_an_item_from_its_row_is_the_item_from_its_objects(version):
    """The paper page reads rows, not objects: the same key and the same rendered item."""
    parent = approved(version=version, body="Een reflectie met een *verwerking*.")
    reply = approved(version=version, parent=parent, body="Een reactie erop.")
    Disposition.objects.create(
        reflection=parent,
        version=version,
        kind=Disposition.Kind.INCORPORATED,
        response="Verwerkt in sectie 1.",
        section=version.sections.first(),
    )
    loaded = _loaded(parent.pk, version)
    loaded.reply_list = [_loaded(reply.pk, version)]
    fields = items.row_fields()
    row = Reflection.objects.filter(pk=parent.pk).values_list(*fields).get()
    reply_row = Reflection.objects.filter(pk=reply.pk).values_list(*fields).get()
    from_row = items._Row(row, [items._Row(reply_row, [], version)], version)
    assert from_row.state() == items.state_of(loaded)
    built = from_row.build()
    assert render_to_string(items.TEMPLATE, {"reflection": built}) == render_to_string(
        items.TEMPLATE, {"reflection": loaded}
    )


def test_a_changed_answer_renders_the_item_again(version):
    reflection = approved(version=version)
    disposition = Disposition.objects.create(
        reflection=reflection, version=version, kind=Disposition.Kind.LATER, response="Later."
    )
    before = items.state_of(_loaded(reflection.pk, version))
    disposition.response = "Toch eerder."
    disposition.save()
    assert items.state_of(_loaded(reflection.pk, version)) != before
