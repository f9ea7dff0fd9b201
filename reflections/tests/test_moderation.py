"""The moderation state machine: every transition, every refusal, the audit trail, the emails."""

import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from civcare.accounts.tests.factories import UserFactory
from civcare.core import identifiability
from papers.models import PaperVersion
from reflections import moderation
from reflections.models import ModerationEvent, Reflection, Report
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db
Status = Reflection.Status
Action = ModerationEvent.Action
BODY = "Als naaste zie ik dat het netwerk uit beeld verdwijnt zodra zorg vastloopt."


def submit(version, author, **kwargs):
    kwargs.setdefault("body", BODY)
    kwargs.setdefault("perspective", "relative")
    return moderation.submit(version=version, author=author, **kwargs)


# --- submitting ------------------------------------------------------------------------------


def test_submit_creates_a_pending_reflection_with_an_audit_row(version, reader):
    question = version.questions.filter(group__isnull=False).first()
    reflection, created = submit(version, reader, question=question, is_anonymous=True)
    assert created
    assert reflection.status == Status.PENDING
    assert reflection.question == question and reflection.section is None
    assert reflection.is_anonymous and not reflection.may_quote
    assert "<p>Als naaste" in reflection.body_html
    event = reflection.events.get()
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        "reflections.submitted",
        reader,
        "",
        "pending",
    )


def test_unverified_accounts_cannot_post(version):
    unverified = UserFactory(verified=False)
    with pytest.raises(PermissionDenied):
        submit(version, unverified)
    assert not Reflection.objects.exists()


@pytest.mark.parametrize(
    "status", [PaperVersion.Status.CLOSED, PaperVersion.Status.DRAFT, PaperVersion.Status.ADOPTED]
)
def test_no_reflections_outside_the_consultation(version, reader, status):
    version.status = status
    version.save()
    with pytest.raises(moderation.PostingRefused, match="gesloten"):
        submit(version, reader)


def test_section_or_question_of_another_version_is_refused(version, reader):
    from papers.tests.factories import build_paper

    other = build_paper(code="SHPP003-91", section_questions=1)
    with pytest.raises(moderation.PostingRefused, match="sectie hoort niet bij deze versie"):
        submit(version, reader, section=other.sections.first())
    with pytest.raises(moderation.PostingRefused, match="vraag hoort niet bij deze versie"):
        submit(version, reader, question=other.questions.first())


@override_settings(REFLECTION_MIN_LENGTH=20, REFLECTION_MAX_LENGTH=100)
def test_length_limits(version, reader):
    with pytest.raises(moderation.PostingRefused, match="te kort: schrijf minstens 20 tekens"):
        submit(version, reader, body="Te kort.")
    with pytest.raises(moderation.PostingRefused, match="te lang: hoogstens 100 tekens"):
        submit(version, reader, body="x" * 101)


def test_a_double_submit_creates_one_reflection(version, reader):
    first, created = submit(version, reader)
    again, created_again = submit(version, reader, body=f"  {BODY}\n")
    assert created and not created_again
    assert again.pk == first.pk
    assert Reflection.objects.count() == 1


def test_the_same_text_later_is_a_new_reflection(version, reader):
    first, _ = submit(version, reader)
    Reflection.objects.filter(pk=first.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=1)
    )
    _, created = submit(version, reader)
    assert created


@override_settings(REFLECTIONS_PER_HOUR=3)
def test_hourly_limit_per_person(version, reader, other_reader):
    for n in range(3):
        submit(version, reader, body=f"{BODY} Aanvulling {n}.")
    with pytest.raises(moderation.PostingRefused, match="het afgelopen uur al 3 reflecties"):
        submit(version, reader, body=f"{BODY} Nog een.")
    submit(version, other_reader)  # someone else is not affected


@override_settings(REFLECTION_EDITS_PER_HOUR=2)
def test_edits_are_limited_per_person_per_hour(version, reader):
    first, _ = submit(version, reader)
    second, _ = submit(version, reader, body=f"{BODY} Tweede.")
    moderation.edit(first, by=reader, body=f"{BODY} Eén.", perspective="relative")
    moderation.edit(second, by=reader, body=f"{BODY} Twee.", perspective="relative")
    with pytest.raises(moderation.PostingRefused, match="al 2 keer een reflectie aangepast"):
        moderation.edit(first, by=reader, body=f"{BODY} Drie.", perspective="relative")
    first.refresh_from_db()
    assert first.body == f"{BODY} Eén."


def test_replies_go_one_level_deep_and_only_to_published_reflections(version, reader, other_reader):
    parent = approved(version=version)
    reply, _ = submit(version, other_reader, parent=parent)
    assert reply.parent == parent and reply.status == Status.PENDING
    approved_reply = approved(version=version, parent=parent)
    with pytest.raises(moderation.PostingRefused, match="alleen reageren op een reflectie"):
        submit(version, reader, parent=approved_reply, body=f"{BODY} diep")
    pending = ReflectionFactory(version=version)
    with pytest.raises(moderation.PostingRefused, match="gepubliceerde reflectie"):
        submit(version, reader, parent=pending, body=f"{BODY} pending")


# --- moderating ------------------------------------------------------------------------------


def test_approve(version, reader, mod, delivered, django_capture_on_commit_callbacks):
    reflection, _ = submit(version, reader)
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(reflection, by=mod)
    reflection.refresh_from_db()
    assert reflection.status == Status.APPROVED
    assert reflection.published_at is not None
    event = reflection.events.last()
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        "reflections.approved",
        mod,
        "pending",
        "approved",
    )
    assert len(delivered()) == 1
    assert delivered()[0].to == [reader.email]
    assert "Uw reflectie is gepubliceerd" in delivered()[0].subject
    assert "/mijn/reflecties/" in delivered()[0].body


def test_decline_with_a_standard_reason_and_a_note(
    version, reader, mod, delivered, django_capture_on_commit_callbacks
):
    reflection, _ = submit(version, reader)
    with django_capture_on_commit_callbacks(execute=True):
        moderation.decline(
            reflection,
            by=mod,
            reason_code="identifiable",
            reason="U noemt de instelling en de datum.",
        )
    reflection.refresh_from_db()
    assert reflection.status == Status.DECLINED
    assert reflection.status_reason == (
        "Herleidbaar tot een individuele casus of persoon. U noemt de instelling en de datum."
    )
    event = reflection.events.last()
    assert (event.reason_code, event.from_status, event.to_status) == (
        "identifiable",
        "pending",
        "declined",
    )
    assert "niet geplaatst" in delivered()[0].subject
    assert "U noemt de instelling en de datum." in delivered()[0].body


def test_decline_other_needs_an_explanation(version, reader, mod):
    reflection, _ = submit(version, reader)
    with pytest.raises(moderation.InvalidTransition, match="toelichting"):
        moderation.decline(reflection, by=mod, reason_code="other", reason=" ")
    reflection.refresh_from_db()
    assert reflection.status == Status.PENDING


def test_request_revision_then_edit_goes_back_to_the_queue(
    version, reader, mod, delivered, django_capture_on_commit_callbacks
):
    reflection, _ = submit(version, reader)
    with django_capture_on_commit_callbacks(execute=True):
        moderation.request_revision(reflection, by=mod, note="Laat de naam van de arts weg.")
    reflection.refresh_from_db()
    assert reflection.status == Status.REVISION
    assert "Laat de naam van de arts weg." in delivered()[0].body
    moderation.edit(reflection, by=reader, body=f"{BODY} Zonder namen.", perspective="client")
    reflection.refresh_from_db()
    assert (reflection.status, reflection.perspective, reflection.status_reason) == (
        Status.PENDING,
        "client",
        "",
    )
    assert "Zonder namen." in reflection.body_html
    assert list(reflection.events.values_list("action", flat=True)) == [
        "reflections.submitted",
        "reflections.revision_requested",
        "reflections.edited",
    ]


def test_editing_a_published_reflection_keeps_it_online_until_the_change_is_read(
    client, version, reader, mod, delivered
):
    reflection = moderation.approve(submit(version, reader)[0], by=mod)
    moderation.edit(reflection, by=reader, body=f"{BODY} Nieuwe zin.", perspective="client")
    reflection.refresh_from_db()
    assert reflection.status == Status.APPROVED and reflection.body == BODY  # still online
    assert reflection.has_pending_revision
    assert Reflection.objects.published().filter(pk=reflection.pk).exists()
    assert Reflection.objects.awaiting_moderation().filter(pk=reflection.pk).exists()
    page = client.get(version.get_absolute_url()).content.decode()
    assert BODY in page and "Nieuwe zin." not in page
    # The moderator sees the change word by word and publishes it.
    client.force_login(mod)
    queue = client.get("/moderatie/").content.decode()
    assert "<ins" in queue and "Nieuwe" in queue
    assert f'value="{reflection.pk}:{reflection.waiting_digest}"' in queue
    detail = client.get(f"/moderatie/{reflection.pk}/").content.decode()
    assert "Aanpassing publiceren" in detail and "De gepubliceerde tekst blijft staan" in detail
    client.post("/moderatie/", {"approve": f"{reflection.pk}:{reflection.revision_digest}"})
    reflection.refresh_from_db()
    assert (reflection.body, reflection.perspective) == (f"{BODY} Nieuwe zin.", "client")
    assert not reflection.has_pending_revision
    assert "Nieuwe zin." in client.get(version.get_absolute_url()).content.decode()
    assert "Uw aanpassing is gepubliceerd" in delivered()[-1].subject


def test_an_edit_is_compared_when_sent_and_the_comparison_keeps_no_words(version, reader, mod):
    """The change a moderator will read is compared in the edit itself, stored as offsets
    into the two texts; once the change is decided, it no longer applies."""
    reflection = moderation.approve(submit(version, reader)[0], by=mod)
    moderation.edit(reflection, by=reader, body=f"{BODY} Met Jan erbij.", perspective="client")
    reflection.refresh_from_db()
    assert reflection.change_texts == (BODY, f"{BODY} Met Jan erbij.")
    assert "Jan" not in json.dumps(reflection.change_diff)
    assert "<ins>" in reflection.change_diff_html and "Met Jan erbij" in reflection.change_diff_html
    moderation.approve(reflection, by=mod, seen=reflection.waiting_digest)
    reflection.refresh_from_db()
    assert reflection.change_texts is None and reflection.change_diff_html is None

    asked = submit(version, reader, body=f"{BODY} Dokter Jansen.")[0]
    moderation.request_revision(asked, by=mod, note="Zonder de naam van de arts.")
    moderation.edit(asked, by=reader, body=f"{BODY} De arts.", perspective="client")
    asked.refresh_from_db()
    assert asked.change_texts == (f"{BODY} Dokter Jansen.", f"{BODY} De arts.")
    assert "Jansen" not in json.dumps(asked.change_diff)
    assert "[verwijderd: </span> Dokter Jansen" in asked.change_diff_html


def test_a_change_swapped_after_the_moderator_read_it_is_not_published(version, reader, mod):
    reflection = moderation.approve(submit(version, reader)[0], by=mod)
    moderation.edit(reflection, by=reader, body=f"{BODY} Onschuldig.", perspective="relative")
    reflection.refresh_from_db()
    seen = reflection.revision_digest  # what the moderator read
    moderation.edit(reflection, by=reader, body=f"{BODY} Iets anders.", perspective="relative")
    with pytest.raises(moderation.InvalidTransition, match="intussen opnieuw gewijzigd"):
        moderation.approve(reflection, by=mod, seen=seen)
    with pytest.raises(moderation.InvalidTransition):
        moderation.approve(reflection, by=mod)  # nor without saying what was seen
    assert moderation.bulk_approve([reflection.pk], by=mod) == (0, 1)
    reflection.refresh_from_db()
    assert reflection.body == BODY and reflection.has_pending_revision


def test_taking_down_or_withdrawing_drops_a_waiting_change(version, reader, mod):
    reflection = moderation.approve(submit(version, reader)[0], by=mod)
    moderation.edit(reflection, by=reader, body=f"{BODY} Erbij.", perspective="relative")
    moderation.withdraw(reflection, by=reader)
    reflection.refresh_from_db()
    assert (reflection.status, reflection.revision_body) == (Status.WITHDRAWN, "")


def test_declining_a_change_keeps_the_published_text(version, reader, mod, delivered):
    reflection = moderation.approve(submit(version, reader)[0], by=mod)
    moderation.edit(reflection, by=reader, body=f"{BODY} Met de naam Jan.", perspective="relative")
    moderation.decline(reflection, by=mod, reason_code="third_parties")
    reflection.refresh_from_db()
    assert (reflection.status, reflection.body) == (Status.APPROVED, BODY)
    assert not reflection.has_pending_revision
    message = delivered()[-1]
    assert "Uw aanpassing is niet geplaatst" in message.subject
    assert "de eerder gepubliceerde tekst blijft staan" in message.body
    assert [e.action for e in reflection.events.order_by("pk")][-2:] == [
        "reflections.revision_submitted",
        "reflections.revision_declined",
    ]


@pytest.mark.parametrize(
    ("transition", "kwargs"),
    [
        (moderation.approve, {}),
        (moderation.decline, {"reason_code": "spam"}),
        (moderation.request_revision, {"note": "Graag korter."}),
    ],
)
def test_only_moderators_decide(version, reader, other_reader, an_editor, transition, kwargs):
    reflection, _ = submit(version, reader)
    for person in (reader, other_reader, an_editor):
        with pytest.raises(PermissionDenied):
            transition(reflection, by=person, **kwargs)
    reflection.refresh_from_db()
    assert reflection.status == Status.PENDING
    assert reflection.events.count() == 1


@pytest.mark.parametrize(
    ("start", "transition", "kwargs"),
    [
        (Status.APPROVED, moderation.approve, {}),
        (Status.DECLINED, moderation.approve, {}),
        (Status.WITHDRAWN, moderation.approve, {}),
        (Status.REVISION, moderation.approve, {}),
        (Status.DECLINED, moderation.decline, {"reason_code": "spam"}),
        (Status.WITHDRAWN, moderation.decline, {"reason_code": "spam"}),
        (Status.APPROVED, moderation.request_revision, {"note": "x"}),
        (Status.DECLINED, moderation.request_revision, {"note": "x"}),
    ],
)
def test_illegal_moderation_transitions_are_refused(version, mod, start, transition, kwargs):
    reflection = ReflectionFactory(version=version, status=start)
    with pytest.raises(moderation.InvalidTransition):
        transition(reflection, by=mod, **kwargs)
    reflection.refresh_from_db()
    assert reflection.status == start
    assert not reflection.events.exists()


@pytest.mark.parametrize("status", [Status.DECLINED, Status.WITHDRAWN, Status.HIDDEN])
def test_author_cannot_edit_after_a_final_decision(version, reader, status):
    reflection = ReflectionFactory(version=version, author=reader, status=status)
    with pytest.raises(moderation.InvalidTransition):
        moderation.edit(reflection, by=reader, body=BODY, perspective="relative")


def test_nobody_edits_or_withdraws_someone_elses_reflection(version, reader, other_reader, mod):
    reflection = ReflectionFactory(version=version, author=reader)
    for person in (other_reader, mod):
        with pytest.raises(PermissionDenied):
            moderation.edit(reflection, by=person, body=BODY, perspective="relative")
        with pytest.raises(PermissionDenied):
            moderation.withdraw(reflection, by=person)
        with pytest.raises(PermissionDenied):
            moderation.change_presentation(reflection, by=person, is_anonymous=True, may_quote=True)


@pytest.mark.parametrize("start", [Status.PENDING, Status.REVISION, Status.APPROVED])
def test_withdraw(version, reader, start):
    reflection = ReflectionFactory(version=version, author=reader, status=start)
    moderation.withdraw(reflection, by=reader)
    reflection.refresh_from_db()
    assert reflection.status == Status.WITHDRAWN
    assert reflection.events.get().action == "reflections.withdrawn"
    with pytest.raises(moderation.InvalidTransition):
        moderation.withdraw(reflection, by=reader)


def test_author_changes_presentation_without_remoderation(version, reader):
    reflection = approved(version=version, author=reader)
    moderation.change_presentation(reflection, by=reader, is_anonymous=True, may_quote=True)
    reflection.refresh_from_db()
    assert reflection.status == Status.APPROVED
    assert reflection.is_anonymous and reflection.may_quote
    assert reflection.public_name == "Anoniem"


def test_presentation_changes_are_limited_per_hour_and_the_same_choice_is_free(
    version, reader, settings
):
    # Each change renews the pages showing the reflection (and its report's PDF): forty in
    # a row were all accepted.
    settings.PRESENTATION_CHANGES_PER_HOUR = 3
    reflection = approved(version=version, author=reader, is_anonymous=False, may_quote=False)
    for anonymous in (True, False, True):
        moderation.change_presentation(
            reflection, by=reader, is_anonymous=anonymous, may_quote=False
        )
    # The same choice again changes nothing, is not logged and does not count.
    moderation.change_presentation(reflection, by=reader, is_anonymous=True, may_quote=False)
    with pytest.raises(moderation.TooManyPresentationChanges) as refused:
        moderation.change_presentation(reflection, by=reader, is_anonymous=False, may_quote=True)
    assert "al 3 keer gewijzigd hoe uw reflecties verschijnen" in refused.value.message
    reflection.refresh_from_db()
    assert (reflection.is_anonymous, reflection.may_quote) == (True, False)
    assert reflection.events.filter(action="reflections.presentation_changed").count() == 3


def test_bulk_approve_skips_what_someone_else_decided(version, mod):
    pending = [ReflectionFactory(version=version) for _ in range(3)]
    decided = ReflectionFactory(version=version, status=Status.DECLINED)
    approved_count, skipped = moderation.bulk_approve(
        [r.pk for r in pending] + [decided.pk], by=mod
    )
    assert (approved_count, skipped) == (3, 1)
    assert Reflection.objects.approved().count() == 3


def test_bulk_approve_needs_a_moderator(version, reader):
    item = ReflectionFactory(version=version)
    with pytest.raises(PermissionDenied):
        moderation.bulk_approve([item.pk], by=reader)


# --- reporting -------------------------------------------------------------------------------


@override_settings(REPORTS_TO_HIDE=3)
def test_reports_hide_a_reflection_at_the_threshold(version, reader):
    reflection = approved(version=version, author=reader)
    reporters = [UserFactory() for _ in range(3)]
    moderation.report(reflection, by=reporters[0], reason="Noemt een persoon.")
    moderation.report(reflection, by=reporters[1], reason="Herleidbaar.")
    reflection.refresh_from_db()
    assert (reflection.status, reflection.report_count) == (Status.APPROVED, 2)
    moderation.report(reflection, by=reporters[2], reason="Niet respectvol.")
    reflection.refresh_from_db()
    assert reflection.status == Status.HIDDEN
    hidden = reflection.events.get(action="reflections.hidden")
    assert hidden.actor is None and hidden.from_status == "approved"


def test_a_person_reports_once(version, reader, other_reader):
    reflection = approved(version=version, author=reader)
    moderation.report(reflection, by=other_reader, reason="Noemt een persoon.")
    with pytest.raises(moderation.AlreadyReported):
        moderation.report(reflection, by=other_reader, reason="Nogmaals.")
    assert Report.objects.count() == 1
    reflection.refresh_from_db()
    assert reflection.report_count == 1


def test_who_may_report(version, reader, other_reader):
    reflection = approved(version=version, author=reader)
    with pytest.raises(PermissionDenied):
        moderation.report(reflection, by=reader, reason="Eigen reflectie")
    with pytest.raises(PermissionDenied):
        moderation.report(reflection, by=UserFactory(verified=False), reason="Onbevestigd")
    pending = ReflectionFactory(version=version)
    with pytest.raises(PermissionDenied):
        moderation.report(pending, by=other_reader, reason="Nog niet gepubliceerd")


@override_settings(REPORTS_PER_HOUR=2, REPORTS_TO_HIDE=10)
def test_one_person_reports_a_limited_number_per_hour(version, reader, other_reader):
    reflections = [approved(version=version, author=reader) for _ in range(3)]
    for reflection in reflections[:2]:
        moderation.report(reflection, by=other_reader, reason="Noemt een persoon.")
    with pytest.raises(moderation.TooManyReports):
        moderation.report(reflections[2], by=other_reader, reason="Nog een.")
    assert Report.objects.count() == 2
    # Someone else still can.
    moderation.report(reflections[2], by=UserFactory(), reason="Herleidbaar.")


@override_settings(REPORTS_TO_HIDE=1)
def test_moderator_keeps_a_hidden_reflection_or_declines_it(version, reader, mod):
    first = approved(version=version, author=reader)
    second = approved(version=version, author=reader)
    for item in (first, second):
        moderation.report(item, by=UserFactory(), reason="Twijfel.")
    moderation.keep_published(first, by=mod, note="Valt binnen de spelregels.")
    first.refresh_from_db()
    assert (first.status, first.report_count) == (Status.APPROVED, 0)
    assert not first.reports.filter(resolved_at__isnull=True).exists()
    moderation.decline(second, by=mod, reason_code="third_parties")
    second.refresh_from_db()
    assert second.status == Status.DECLINED
    assert not second.reports.filter(resolved_at__isnull=True).exists()
    with pytest.raises(moderation.InvalidTransition):
        moderation.keep_published(first, by=mod)


def test_every_step_is_in_the_audit_log(version, reader, mod, other_reader):
    reflection, _ = submit(version, reader)
    moderation.request_revision(reflection, by=mod, note="Korter graag.")
    moderation.edit(reflection, by=reader, body=f"{BODY} korter", perspective="relative")
    moderation.approve(reflection, by=mod)
    moderation.report(reflection, by=other_reader, reason="Twijfel.")
    moderation.keep_published(reflection, by=mod)
    moderation.withdraw(reflection, by=reader)
    rows = list(
        ModerationEvent.objects.filter(reflection=reflection).values_list(
            "action", "from_status", "to_status"
        )
    )
    assert rows == [
        ("reflections.submitted", "", "pending"),
        ("reflections.revision_requested", "pending", "revision"),
        ("reflections.edited", "revision", "pending"),
        ("reflections.approved", "pending", "approved"),
        ("reflections.reported", "approved", "approved"),
        ("reflections.reports_dismissed", "approved", "approved"),
        ("reflections.withdrawn", "approved", "withdrawn"),
    ]


def test_a_failing_mail_server_does_not_undo_the_decision_and_the_email_waits(
    version, reader, mod, settings, delivered
):
    from civcare.core import mail
    from civcare.core.models import OutgoingEmail

    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    reflection, _ = submit(version, reader)
    moderation.approve(reflection, by=mod)
    reflection.refresh_from_db()
    assert reflection.status == Status.APPROVED
    assert mail.deliver() == 0
    waiting = OutgoingEmail.objects.get(recipient=reader)
    assert (waiting.status, waiting.attempts) == ("pending", 0)
    assert reader.email not in waiting.last_error  # no address in what is stored or logged
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutgoingEmail.objects.update(next_attempt_at=waiting.created_at)
    assert [m.to for m in delivered()] == [[reader.email]]


@override_settings(REFLECTIONS_NOTIFY_MODERATORS=True)
def test_moderators_can_be_told_about_new_items(
    version, reader, mod, second_mod, delivered, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(version, reader)
    # Each moderator gets their own message: nobody sees the others' addresses.
    assert sorted(m.to for m in delivered()) == sorted([[mod.email], [second_mod.email]])
    assert "/moderatie/" in delivered()[0].body


def test_a_moderator_decides_nothing_about_their_own_reflection(version, mod, second_mod):
    own, _ = submit(version, mod)
    for transition, kwargs in [
        (moderation.approve, {}),
        (moderation.decline, {"reason_code": "spam"}),
        (moderation.request_revision, {"note": "Korter."}),
    ]:
        with pytest.raises(moderation.OwnReflection):
            transition(own, by=mod, **kwargs)
    assert moderation.bulk_approve([own.pk], by=mod) == (0, 1)
    own = moderation.approve(own, by=second_mod)  # another moderator may
    for reporter in UserFactory.create_batch(3):
        moderation.report(own, by=reporter, reason="Noemt iemand.")
    with pytest.raises(moderation.OwnReflection):
        moderation.keep_published(own, by=mod)
    assert moderation.keep_published(own, by=second_mod).status == Status.APPROVED


def test_the_queue_tells_a_moderator_which_reflection_is_their_own(client, version, mod):
    own, _ = submit(version, mod, body=f"{BODY} Van de moderator zelf.")
    submit(version, UserFactory(), body=f"{BODY} Van iemand anders.")
    client.force_login(mod)
    html = client.get("/moderatie/").content.decode()
    assert "Uw eigen reflectie: een andere moderator beoordeelt haar." in html
    assert f'name="approve" value="{own.pk}"' not in html
    assert f'value="{own.pk}" id="kies-{own.pk}"' not in html
    detail = client.get(f"/moderatie/{own.pk}/").content.decode()
    assert (
        "een andere moderator beoordeelt haar" in detail and "Niet plaatsen</button>" not in detail
    )
    response = client.post(
        f"/moderatie/{own.pk}/approve/", {"gezien": own.waiting_digest}, follow=True
    )
    assert "een andere moderator beoordeelt haar" in response.content.decode()
    own.refresh_from_db()
    assert own.status == Status.PENDING


def test_after_the_consultation_closes_an_edit_is_refused_but_withdrawing_is_not(
    client, version, reader, mod, an_editor
):
    from governance import transitions

    published = moderation.approve(submit(version, reader)[0], by=mod)
    transitions.close_consultation(version, by=an_editor)
    published.refresh_from_db()
    with pytest.raises(moderation.InvalidTransition, match=r"De consultatie van .* is gesloten"):
        moderation.edit(published, by=reader, body=f"{BODY} Later.", perspective="relative")
    published.refresh_from_db()
    assert published.status == Status.APPROVED  # still published, not back in the queue
    client.force_login(reader)
    mine = client.get("/mijn/reflecties/").content.decode()
    assert f"/reflecties/{published.pk}/bewerken/" not in mine
    response = client.get(f"/reflecties/{published.pk}/bewerken/", follow=True)
    assert "Intrekken, of haar anoniem maken, kan nog wel." in response.content.decode()
    moderation.change_presentation(published, by=reader, is_anonymous=True, may_quote=False)
    assert moderation.withdraw(published, by=reader).status == Status.WITHDRAWN


def test_a_decline_on_a_stale_page_does_not_take_down_what_a_colleague_published(
    version, mod, second_mod
):
    reflection = ReflectionFactory(version=version)
    seen = reflection.moderation_state
    moderation.approve(reflection, by=second_mod)
    with pytest.raises(moderation.InvalidTransition, match="intussen 'Gepubliceerd'"):
        moderation.decline(reflection, by=mod, reason_code="spam", seen_status=seen)
    assert Reflection.objects.get(pk=reflection.pk).status == Reflection.Status.APPROVED


def test_a_decision_email_waits_for_the_undo_window(version, reader, mod, delivered):
    reflection = ReflectionFactory(version=version, author=reader)
    moderation.approve(reflection, by=mod)
    assert delivered(waited=False) == []
    assert len(delivered()) == 1


def test_publishing_in_one_go_is_each_reflections_own_step(client, version, mod, delivered):
    authors = [UserFactory() for _ in range(3)]
    items = [ReflectionFactory(version=version, author=a) for a in authors]
    client.get(version.get_absolute_url())  # the cached page, before
    client.force_login(authors[0])
    assert client.get(reverse("reflections:mine")).status_code == 200
    assert moderation.bulk_approve([r.pk for r in items] * 2, by=mod) == (3, 0)
    for item in items:
        events = ModerationEvent.objects.filter(
            reflection=item, action=ModerationEvent.Action.APPROVED
        )
        assert [(e.actor, e.from_status, e.to_status) for e in events] == [
            (mod, "pending", "approved")
        ]
        item.refresh_from_db()
        assert item.published_at is not None
    client.logout()
    page = client.get(version.get_absolute_url()).content.decode()
    assert all(item.body in page for item in items)  # the cached page was renewed
    assert sorted(m.to[0] for m in delivered()) == sorted(a.email for a in authors)


# --- publishing without what may identify someone (redact) ------------------------------------

NAMING = (
    "Toen mijn broer Kees Jansen op 3 februari vastliep, belde ik 06-12345678 en niemand "
    "nam op. Het netwerk werd pas gehoord toen het te laat was."
)


def marks(reflection, text=None):
    text = text or reflection.body
    return [(f.start, f.end, f.category) for f in identifiability.find(text)], Reflection.digest(
        text
    )


def redact(reflection, *, by, seen, spans, words=()):
    """Publish as the moderator does: after seeing the result."""
    result = moderation.preview_redaction(reflection, by=by, seen=seen, spans=spans, words=words)
    return moderation.redact(
        reflection,
        by=by,
        seen=seen,
        spans=spans,
        words=words,
        seen_result=Reflection.digest(result.text),
    )


def test_redact_publishes_with_placeholders_and_keeps_no_earlier_copy(
    version, reader, mod, delivered, django_capture_on_commit_callbacks
):
    reflection, _ = submit(version, reader, body=NAMING)
    assert reflection.findings == {"naam": 1, "datum": 1, "telefoon": 1}
    spans, seen = marks(reflection)
    with django_capture_on_commit_callbacks(execute=True):
        redact(reflection, by=mod, seen=seen, spans=spans, words=["niemand"])
    reflection.refresh_from_db()
    assert reflection.status == Status.APPROVED and reflection.published_at is not None
    assert reflection.body == (
        "Toen mijn broer [naam] op [datum] vastliep, belde ik [telefoonnummer] en [weggelaten] "
        "nam op. Het netwerk werd pas gehoord toen het te laat was."
    )
    # No earlier copy on the row, in the history, the author's email or the public page.
    row = Reflection.objects.filter(pk=reflection.pk).values().get()
    assert not any("Kees" in str(value) for value in row.values())
    event = reflection.events.latest("pk")
    assert event.action == ModerationEvent.Action.REDACTED
    assert event.reason == (
        "Mogelijk een naam (1) → [naam]; Een datum (1) → [datum]; Een telefoonnummer (1) → "
        "[telefoonnummer]; Andere woorden (1) → [weggelaten]"
    )
    assert not any("Kees" in e.reason or "06-1234" in e.reason for e in reflection.events.all())
    email = delivered()[-1]
    assert "vervangen door een neutrale aanduiding" in email.body
    assert "Mogelijk een naam (1) → [naam]" in email.body and "Kees" not in email.body
    assert reflection.findings == {}


def test_redact_a_change_to_a_published_text(version, reader, mod):
    reflection, _ = submit(version, reader)
    moderation.approve(reflection, by=mod)
    moderation.edit(reflection, by=reader, body=NAMING, perspective="client")
    reflection.refresh_from_db()
    spans, seen = marks(reflection, reflection.revision_body)
    redact(reflection, by=mod, seen=seen, spans=spans)
    reflection.refresh_from_db()
    assert "[naam]" in reflection.body and reflection.revision_body == ""
    assert reflection.perspective == "client" and reflection.status == Status.APPROVED


def test_redact_refuses_a_text_changed_since_it_was_marked(version, reader, mod):
    reflection, _ = submit(version, reader, body=NAMING)
    spans, seen = marks(reflection)
    moderation.edit(reflection, by=reader, body=NAMING + " Nog iets.", perspective="relative")
    with pytest.raises(moderation.InvalidTransition, match="intussen gewijzigd"):
        redact(reflection, by=mod, seen=seen, spans=spans)
    reflection.refresh_from_db()
    assert reflection.status == Status.PENDING


def test_redact_needs_a_moderator_who_is_not_the_author_and_a_waiting_text(version, reader, mod):
    reflection, _ = submit(version, reader, body=NAMING)
    spans, seen = marks(reflection)
    with pytest.raises(PermissionDenied):
        redact(reflection, by=reader, seen=seen, spans=spans)
    own, _ = submit(version, mod, body=NAMING + " Eigen.")
    with pytest.raises(moderation.OwnReflection):
        redact(own, by=mod, seen=Reflection.digest(own.body), spans=spans)
    moderation.decline(reflection, by=mod, reason_code="off_topic", reason="Niet over de paper.")
    with pytest.raises(moderation.InvalidTransition, match="niets meer te beslissen"):
        redact(reflection, by=mod, seen=seen, spans=spans)


@pytest.mark.parametrize(
    ("spans", "message"),
    [([], "Kies eerst"), ([(0, 9999, "naam")], "hoort niet bij de tekst"),
     ([(0, 4, "geheim")], "hoort niet bij de tekst")],
)  # fmt: skip
def test_redact_refuses_nothing_or_marks_the_text_does_not_have(
    version, reader, mod, spans, message
):
    reflection, _ = submit(version, reader, body=NAMING)
    with pytest.raises(moderation.InvalidTransition, match=message):
        redact(reflection, by=mod, seen=Reflection.digest(NAMING), spans=spans)


CARE_HOME = (
    "Mijn broer woont in Beschermd Wonen De Brug in Assen. Bel mij gerust op 06-12345678 als "
    "u wilt weten hoe zijn netwerk uit beeld raakte."
)


def at(text: str, words: str, category: str) -> tuple[int, int, str]:
    return (text.index(words), text.index(words) + len(words), category)


def test_redact_replaces_ticked_findings_and_typed_words_found_in_the_original_text(
    version, reader, mod, delivered, django_capture_on_commit_callbacks
):
    """The review's case: "Beschermd" and "Assen" ticked as places, the number ticked, and
    the home's full name typed. Before, the ticked findings went and the typed name was
    searched in the changed text: "[weggelaten] in Assen … 06-12345678" was published."""
    reflection, _ = submit(version, reader, body=CARE_HOME)
    spans = [
        at(CARE_HOME, "Beschermd", "plaats"),
        at(CARE_HOME, "Assen", "plaats"),
        at(CARE_HOME, "06-12345678", "telefoon"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        redact(
            reflection, by=mod, seen=Reflection.digest(CARE_HOME), spans=spans,
            words=["beschermd  wonen de brug"],
        )  # fmt: skip
    reflection.refresh_from_db()
    assert reflection.body == (
        "Mijn broer woont in [weggelaten] in [plaats]. Bel mij gerust op [telefoonnummer] als "
        "u wilt weten hoe zijn netwerk uit beeld raakte."
    )
    email = delivered()[-1].body
    assert "Mogelijk een plaats of adres (1) → [plaats]" in email
    assert "Een telefoonnummer (1) → [telefoonnummer]" in email
    assert "Andere woorden (1) → [weggelaten]" in email


def test_redact_stops_when_a_typed_phrase_is_not_in_the_text(version, reader, mod, delivered):
    reflection, _ = submit(version, reader, body=CARE_HOME)
    seen = Reflection.digest(CARE_HOME)
    spans = [at(CARE_HOME, "Assen", "plaats")]
    with pytest.raises(moderation.InvalidTransition, match="'De Burg' staat niet in de tekst"):
        moderation.preview_redaction(reflection, by=mod, seen=seen, spans=spans, words=["De Burg"])
    with pytest.raises(moderation.InvalidTransition, match="'De Burg' staat niet in de tekst"):
        moderation.redact(
            reflection, by=mod, seen=seen, spans=spans, words=["De Burg"], seen_result="x"
        )
    reflection.refresh_from_db()
    assert reflection.status == Status.PENDING and reflection.body == CARE_HOME
    assert not [m for m in delivered() if "vervangen" in m.body]


def test_redact_publishes_only_the_result_the_moderator_was_shown(version, reader, mod):
    reflection, _ = submit(version, reader, body=CARE_HOME)
    seen = Reflection.digest(CARE_HOME)
    spans = [at(CARE_HOME, "Assen", "plaats")]
    shown = moderation.preview_redaction(reflection, by=mod, seen=seen, spans=spans)
    reflection.refresh_from_db()
    assert reflection.status == Status.PENDING  # a preview changes nothing
    more = [*spans, at(CARE_HOME, "06-12345678", "telefoon")]
    with pytest.raises(moderation.InvalidTransition, match="Bekijk eerst het resultaat"):
        moderation.redact(
            reflection, by=mod, seen=seen, spans=more, seen_result=Reflection.digest(shown.text)
        )
    reflection.refresh_from_db()
    assert reflection.status == Status.PENDING


def test_redact_refuses_a_result_that_is_too_long_to_publish(version, reader, mod, settings):
    settings.REFLECTION_MAX_LENGTH = len(CARE_HOME) + 5
    reflection, _ = submit(version, reader, body=CARE_HOME)
    with pytest.raises(moderation.InvalidTransition, match="Na het weglaten telt de tekst"):
        moderation.preview_redaction(
            reflection, by=mod, seen=Reflection.digest(CARE_HOME), spans=[], words=["u", "mij"]
        )


# --- reported texts: a revision request, and a removal taken back ---------------------------


def reported(version, author, reporter, mod):
    reflection = moderation.approve(submit(version, author)[0], by=mod)
    moderation.report(reflection, by=reporter, reason="Noemt iemand die herkenbaar is.")
    reflection.refresh_from_db()
    return reflection


def test_a_reported_text_can_be_sent_back_to_its_author_for_a_change(
    client, version, reader, other_reader, mod, delivered, django_capture_on_commit_callbacks
):
    reflection = reported(version, reader, other_reader, mod)
    assert reflection.is_reported
    with django_capture_on_commit_callbacks(execute=True):
        moderation.request_revision(reflection, by=mod, note="Laat de naam van de arts weg.")
    reflection.refresh_from_db()
    assert reflection.status == Status.REVISION and reflection.report_count == 0
    assert not reflection.reports.filter(resolved_at__isnull=True).exists()
    assert BODY not in client.get(version.get_absolute_url()).content.decode()  # offline
    event = reflection.events.latest("pk")
    assert (event.action, event.from_status, event.to_status) == (
        Action.REVISION_REQUESTED, "approved", "revision",
    )  # fmt: skip
    email = delivered()[-1]
    assert "Na meldingen van lezers heeft een moderator haar van de site gehaald" in email.body
    assert "Laat de naam van de arts weg." in email.body
    # The author's new text is read before it is online again.
    moderation.edit(reflection, by=reader, body=f"{BODY} Zonder naam.", perspective="relative")
    reflection.refresh_from_db()
    assert reflection.is_pending


def test_a_published_text_without_reports_is_not_sent_back(version, reader, mod):
    reflection = moderation.approve(submit(version, reader)[0], by=mod)
    with pytest.raises(moderation.InvalidTransition, match="niets meer te beslissen"):
        moderation.request_revision(reflection, by=mod, note="Korter graag.")


def test_a_removal_can_be_taken_back_and_the_author_hears_it(
    client, version, reader, other_reader, mod, second_mod, delivered,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    reflection = reported(version, reader, other_reader, mod)
    with django_capture_on_commit_callbacks(execute=True):
        moderation.decline(reflection, by=mod, reason_code="identifiable")
    removal = reflection.events.latest("pk")
    assert removal.is_removal and removal.may_be_reopened(
        timezone.now() + datetime.timedelta(days=30)
    )
    assert BODY not in client.get(version.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reopen(reflection, by=second_mod, decision_id=removal.pk)
    reflection.refresh_from_db()
    assert reflection.is_approved and reflection.report_count == 0
    assert BODY in client.get(version.get_absolute_url()).content.decode()
    assert reflection.events.latest("pk").action == Action.REOPENED
    email = delivered()[-1]
    assert "Uw reflectie staat weer online" in email.subject
    assert "heeft dat besluit teruggedraaid" in email.body
    # Taken back once: the removal is no longer the last step.
    with pytest.raises(moderation.InvalidTransition, match="er is sindsdien iets anders gebeurd"):
        moderation.reopen(reflection, by=mod, decision_id=removal.pk)
