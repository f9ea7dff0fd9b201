"""Nothing is lost across migrations: every row written at today's schema survives them.

Why this exists: models move between apps (BoardDecision, Disposition and
Section.prompted_by leave ``papers`` for ``governance``, in state only: the tables keep
their names, the content types change app label). Such a move is easy to get subtly
wrong, and a mistake shows only on a database that already holds data. So this test goes
back to the schema production runs today, fills it through the *historical* models (what
the code of that day could write), photographs every row of every table with raw SQL,
migrates forward to whatever the newest migrations are (``leaf_nodes()``: no migration
added later needs to be named here), and checks that every row is still there, unchanged,
in the same table, that the Redactie group keeps its permissions, and that today's models
(wherever they live now) count the same rows.

A second test unapplies every migration and applies them again on an empty database:
each one can be rolled back, and a fresh install still ends with every model's table.

Both run on PostgreSQL only (the database production migrates). Each leaves the database
at the newest schema, whatever happens, so the tests after it find what they expect.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections import Counter
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps as current_apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from civcare.accounts.roles import EDITOR_PERMISSIONS

# serialized_rollback: each test starts from what the migrations wrote (the groups Redactie
# and Moderatie with their permissions, the content types, the first policy documents),
# which the flush after an earlier transactional test would otherwise have removed.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# The schema production runs today. Project apps that did not exist yet (governance) are
# taken back to zero; every other app (Django's, allauth's) stays at its newest migration.
TODAYS_SCHEMA = {
    "accounts": "0002_roles_and_policies",
    "core": "0001_outbox",
    "papers": "0006_decision_survives_its_recorder",
    "reflections": "0003_revision_of_a_published_reflection",
}
EDITORS = "Redactie"
# Rows a migration after today's schema adds itself: accounts 0005, privacy statement 1.2.
ADDED_BY_LATER_MIGRATIONS = {"accounts_policydocument": 1}
MODERATORS = "Moderatie"

# Kept apart from the row-by-row comparison, because a move between apps may rightly change
# them: a content type gets another app_label (its id and model name stay), and a group's
# permissions are compared by what they allow, not by the ids that link them.
CONTENT_TYPES = "django_content_type"
GROUP_PERMISSIONS = "auth_group_permissions"
# Renderings of a column beside them, which a migration may rightly render anew (papers 0012
# gives every paragraph an id); the text they render is compared like every other column.
RENDERINGS = {("papers_section", "body_html")}


# --- Migrating ----------------------------------------------------------------------------


def migrate(targets) -> MigrationExecutor:
    """Migrate the test database to ``targets``; returns an executor that knows the result."""
    executor = MigrationExecutor(connection)
    executor.migrate(list(targets))
    executor.loader.build_graph()  # re-read what is applied now
    ContentType.objects.clear_cache()  # content types may have been removed or relabelled
    return executor


def newest() -> list[tuple[str, str]]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def is_project_app(label: str) -> bool:
    path = Path(current_apps.get_app_config(label).path)
    return path.is_relative_to(settings.BASE_DIR) and "site-packages" not in path.parts


def todays_schema(graph) -> list[tuple[str, str | None]]:
    labels = {app for app, _name in graph.nodes}
    targets = []
    for label in sorted(labels):
        if label in TODAYS_SCHEMA:
            node = (label, TODAYS_SCHEMA[label])
            assert node in graph.nodes, f"{node} is not a migration of this project"
            targets.append(node)
        elif is_project_app(label):
            targets.append((label, None))  # an app of the project that came later
        else:
            (leaf,) = graph.leaf_nodes(label)
            targets.append(leaf)
    return targets


@pytest.fixture
def leave_at_newest():
    """Whatever the test did (or where it failed), the database ends at the newest schema;
    the flush that follows the test needs every table."""
    yield
    migrate(newest())


# --- Reading the database with raw SQL ------------------------------------------------------


def table_names() -> set[str]:
    return set(connection.introspection.table_names())


def plain(value):
    """A value as it can be compared and put in a set (JSON arrives as dict or text)."""
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def select(table: str, columns: list[str]) -> Counter:
    quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(table)}")
        return Counter(tuple(plain(value) for value in row) for row in cursor.fetchall())


def columns_of(table: str) -> list[str]:
    with connection.cursor() as cursor:
        description = connection.introspection.get_table_description(cursor, table)
    return [column.name for column in description]


def content_type_models() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT model FROM django_content_type")
        return {model for (model,) in cursor.fetchall()}


def group_permissions() -> set[tuple[str, str, str]]:
    """(group, model, codename) of every permission a group holds, without app labels."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT g.name, ct.model, p.codename
              FROM auth_group_permissions gp
              JOIN auth_group g ON g.id = gp.group_id
              JOIN auth_permission p ON p.id = gp.permission_id
              JOIN django_content_type ct ON ct.id = p.content_type_id
            """
        )
        return set(cursor.fetchall())


def of_group(name: str, permissions: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(model, codename) for group, model, codename in permissions if group == name}


def snapshot() -> dict[str, tuple[list[str], Counter]]:
    """Every row of every table (but the migration record and the two kept apart)."""
    skip = {"django_migrations", CONTENT_TYPES, GROUP_PERMISSIONS}
    photo = {}
    for table in sorted(table_names() - skip):
        columns = [c for c in columns_of(table) if (table, c) not in RENDERINGS]
        photo[table] = (columns, select(table, columns))
    return photo


def lost_rows(photo: dict[str, tuple[list[str], Counter]]) -> dict[str, list]:
    """Per table, the photographed rows that are not there any more exactly as they were."""
    present = table_names()
    lost = {}
    for table, (columns, rows) in photo.items():
        if table not in present:
            lost[table] = ["the table is gone"]
            continue
        missing_columns = set(columns) - set(columns_of(table))
        if missing_columns:
            lost[table] = [f"columns gone: {sorted(missing_columns)}"]
            continue
        missing = rows - select(table, columns)
        if missing:
            lost[table] = [dict(zip(columns, row, strict=True)) for row in missing][:3]
    return lost


# --- Filling today's schema through its historical models -----------------------------------


class Writer:
    """Creates rows through the historical models and counts them per table."""

    def __init__(self, apps):
        self.apps = apps
        self.made: Counter = Counter()

    def make(self, name: str, /, **fields):
        model = self.apps.get_model(name)
        row = model._default_manager.create(**fields)
        self.made[model._meta.db_table] += 1
        return row

    def link(self, row, field: str, *others) -> None:
        getattr(row, field).add(*others)
        through = row._meta.get_field(field).remote_field.through
        self.made[through._meta.db_table] += len(others)

    def get(self, name: str, /, **lookup):
        return self.apps.get_model(name)._default_manager.get(**lookup)


def write_paper_text(w: Writer, version, *, based_on_sections=None) -> list:
    """Three sections (one of them sources), a question set with two groups, and questions
    in a group, in the closing group and in a section."""
    copied = based_on_sections or [None, None, None]
    tag = f"{version.paper.code}-v{version.major}.{version.minor}"
    intro = w.make(
        "papers.Section", version=version, order=1, number="", title="Inleiding",
        anchor="inleiding", body=f"Inleiding van {tag}.", body_html=f"<p>Inleiding van {tag}.</p>",
        copied_from=copied[0],
    )  # fmt: skip
    frame = w.make(
        "papers.Section", version=version, order=2, number="1", title="Het kader",
        anchor="kader", body=f"Het kader van {tag}.", copied_from=copied[1],
        change_type="clarification" if based_on_sections else "",
        change_explanation="Verduidelijkt na de consultatie." if based_on_sections else "",
    )  # fmt: skip
    sources = w.make(
        "papers.Section", version=version, order=3, number="", title="Bronnen",
        anchor="bronnen", kind="sources", copied_from=copied[2],
        body="- Wet zorg en dwang\n  <https://wetten.overheid.nl/BWBR0040632/>",
    )  # fmt: skip
    w.make(
        "papers.Source", section=sources, order=1, title="Wet zorg en dwang",
        url="https://wetten.overheid.nl/BWBR0040632/",
    )  # fmt: skip
    question_set = w.make(
        "papers.QuestionSet", version=version, intro="Voor tegenlezers.",
        invitation_title="Uitnodiging", invitation="Reageer gerust.",
    )  # fmt: skip
    group = w.make(
        "papers.QuestionGroup", question_set=question_set, order=1, label="1", title="Het kader"
    )
    closing = w.make(
        "papers.QuestionGroup", question_set=question_set, order=2, label="A",
        title="Slotvraag", is_closing=True,
    )  # fmt: skip
    w.link(group, "sections", frame)
    w.make(
        "papers.Question", version=version, group=group, order=1, number="1",
        text="Klopt het *kader*?", text_html="Klopt het <em>kader</em>?", anchor="vraag-1",
    )  # fmt: skip
    w.make(
        "papers.Question", version=version, group=closing, order=1, number="",
        text="Wat ontbreekt er?", anchor="vraag-a-1",
    )  # fmt: skip
    w.make(
        "papers.Question", version=version, section=frame, order=1, number="1",
        text="Herkent u dit?", anchor="kader-vraag-1",
    )  # fmt: skip
    return [intro, frame, sources]


# The roles as the migrations of today's schema grant them. fill() sets them again: the
# groups in the database have already been through the newest migrations, so a permission a
# new migration takes away would otherwise be missing before and after alike.
ROLE_PERMISSIONS = {
    EDITORS: ("civcare.accounts.migrations.0002_roles_and_policies", "EDITOR_PERMISSIONS"),
    MODERATORS: ("reflections.migrations.0002_moderator_permissions", "MODERATOR_PERMISSIONS"),
}


def role(w: Writer, name: str):
    module, attribute = ROLE_PERMISSIONS[name]
    group, _created = w.apps.get_model("auth.Group").objects.get_or_create(name=name)
    group.permissions.set(
        w.get("auth.Permission", content_type__app_label=app_label, codename=codename)
        for app_label, codename in getattr(import_module(module), attribute)
    )
    return group


def fill(apps) -> Counter:
    """Today's data, written as today's code could: two papers of one series, one of them
    consulted as v0.9 (now superseded) and adopted as v1.0 by a board decision, the other
    open for reflection; reflections in every status, a reply, dispositions, moderation,
    reports, followers, the outbox, the audit trail, roles and accounts. Returns how many
    rows went into each table."""
    w = Writer(apps)
    now = timezone.now()
    day = datetime.date(2026, 11, 24)

    def person(name: str, perspective: str = "other"):
        user = w.make(
            "accounts.User", email=f"{name.lower()}@example.org", display_name=name,
            perspective=perspective, password="!", last_login=now,
        )  # fmt: skip
        w.make("account.EmailAddress", user=user, email=user.email, verified=True, primary=True)
        return user

    editor, recorder, moderator = person("Redacteur"), person("Notulist"), person("Moderator")
    anna, bram = person("Anna", "relative"), person("Bram", "client")
    cees, reader = person("Cees", "professional"), person("Lezer")
    editors, moderators = role(w, EDITORS), role(w, MODERATORS)
    w.link(editor, "groups", editors)
    w.link(recorder, "groups", editors)
    w.link(moderator, "groups", moderators)
    # A permission of its own, on a model that moves to another app.
    w.link(
        moderator,
        "user_permissions",
        w.get("auth.Permission", content_type__app_label="papers", codename="view_boarddecision"),
    )
    privacy = w.make(
        "accounts.PolicyDocument", kind="privacy", version="1.1", effective_on=day,
        title="Privacyverklaring", body="Nieuwe tekst.", body_html="<p>Nieuwe tekst.</p>",
    )  # fmt: skip
    w.make("accounts.Consent", user=anna, document=privacy, accepted_at=now)
    w.make("accounts.AccountDeletion", kept_reflections=True, reflections_affected=2)
    w.make("sessions.Session", session_key="s" * 32, session_data="e30:1vZ", expire_date=now)

    series = w.make(
        "papers.Series", code="shpp003", title="Herstel",
        name="Herstel-Positionpapers (HPP003+SHPP003)",
        governance_text="Eén versiestandaard.", governance_html="<p>Eén versiestandaard.</p>",
    )  # fmt: skip
    adopted = w.make(
        "papers.Paper", series=series, code="SHPP003-01", title="Herstel bij vastgelopen zorg",
        document_type="Sub Herstel Positionpaper SHPP003-01",
    )  # fmt: skip
    v09 = w.make(
        "papers.PaperVersion", paper=adopted, major=0, minor=9, status="superseded",
        date=day, document_code="CIV-CARE_P001_SHPP003-01_v0.9", version_note="Concept.",
        consultation_closes_on=day,
    )  # fmt: skip
    v10 = w.make(
        "papers.PaperVersion", paper=adopted, major=1, minor=0, status="adopted",
        date=day, document_code="CIV-CARE_P001_SHPP003-01_v1.0", based_on=v09,
        adopted_on=day, content_hash="ab" * 32, call_to_action="Lees mee.",
    )  # fmt: skip
    open_paper = w.make("papers.Paper", series=series, code="SHPP003-02", title="Naasten")
    open_version = w.make(
        "papers.PaperVersion", paper=open_paper, major=0, minor=9, status="consultation",
        document_code="CIV-CARE_P002_SHPP003-02_v0.9", consultation_closes_on=day,
    )  # fmt: skip
    s09 = write_paper_text(w, v09)
    s10 = write_paper_text(w, v10, based_on_sections=s09)
    s_open = write_paper_text(w, open_version)
    question = w.get("papers.Question", version=v09, anchor="vraag-1")

    def reflection(version, author, status, **fields):
        fields.setdefault("perspective", author.perspective)
        body = fields.pop("body", f"{author.display_name} over {version.document_code}.")
        digest = hashlib.sha256(body.encode()).hexdigest()
        return w.make(
            "reflections.Reflection", version=version, author=author, status=status,
            body=body, body_html=f"<p>{body}</p>", body_digest=digest, **fields,
        )  # fmt: skip

    on_section = reflection(v09, anna, "approved", section=s09[1], may_quote=True, published_at=now)
    on_question = reflection(v09, bram, "approved", question=question, is_anonymous=True)
    reply = reflection(v09, cees, "approved", parent=on_section, published_at=now)
    declined = reflection(v09, bram, "declined", status_reason="Herleidbaar tot een casus.")
    hidden = reflection(v09, cees, "hidden", report_count=2, published_at=now)
    reflection(v09, anna, "withdrawn")
    reflection(open_version, anna, "pending", section=s_open[0])
    reflection(open_version, bram, "revision", status_reason="Zonder namen, graag.")
    reflection(
        open_version, cees, "approved", published_at=now,
        revision_body="Aangepaste tekst.", revision_body_html="<p>Aangepaste tekst.</p>",
        revision_perspective="relative",
    )  # fmt: skip

    for approved in (on_section, on_question, reply):
        w.make(
            "reflections.ModerationEvent", reflection=approved, actor=moderator,
            action="reflections.approved", from_status="pending", to_status="approved",
        )  # fmt: skip
    w.make(
        "reflections.ModerationEvent", reflection=declined, actor=moderator,
        action="reflections.declined", from_status="pending", to_status="declined",
        reason_code="case", reason="Herleidbaar tot een casus.",
    )  # fmt: skip
    w.make(
        "reflections.ModerationEvent", reflection=hidden, actor=None,
        action="reflections.hidden", from_status="approved", to_status="hidden",
    )  # fmt: skip
    w.make("reflections.Report", reflection=hidden, reporter=reader, reason="Namen genoemd.")
    w.make(
        "reflections.Report", reflection=hidden, reporter=anna, reason="Te persoonlijk.",
        resolved_at=now,
    )  # fmt: skip

    decision = w.make(
        "papers.BoardDecision", version=v10, decided_on=day, reference="B-2026-07",
        minutes_url="https://dekvsw.nl/notulen/2026-07", recorded_by=recorder,
    )  # fmt: skip
    w.make(
        "papers.Disposition", reflection=on_section, version=v10, kind="incorporated",
        section=s10[1], response="Verwerkt in sectie 1.", decided_by=editor,
    )  # fmt: skip
    w.make(
        "papers.Disposition", reflection=on_question, version=v10, kind="later",
        response="Voor een volgende versie.", reason="Valt buiten deze ronde.", decided_by=None,
    )  # fmt: skip
    w.make(
        "papers.Disposition", reflection=reply, version=v10, kind="not_adopted",
        response="Niet overgenomen.", reason="Het kader blijft.", decided_by=editor,
    )  # fmt: skip
    w.link(s10[1], "prompted_by", on_section, on_question)
    w.make(
        "admin.LogEntry", user=editor, object_id=str(decision.pk), object_repr=str(decision.pk),
        content_type=w.get("contenttypes.ContentType", app_label="papers", model="boarddecision"),
        action_flag=1, change_message="[]", action_time=now,
    )  # fmt: skip

    for version, actions in [
        (v09, [("consultation_opened", "draft", "consultation"),
               ("consultation_closed", "consultation", "closed"),
               ("superseded", "closed", "superseded")]),
        (v10, [("decision_recorded", "", ""), ("adopted", "closed", "adopted")]),
        (open_version, [("consultation_opened", "draft", "consultation")]),
    ]:  # fmt: skip
        for action, from_status, to_status in actions:
            w.make(
                "papers.PaperEvent", version=version, actor=editor, action=f"papers.{action}",
                from_status=from_status, to_status=to_status, note="",
            )  # fmt: skip

    w.make("papers.Subscription", user=anna, paper=adopted)
    w.make("papers.Subscription", user=anna, paper=open_paper)
    w.make("papers.Subscription", user=bram, paper=open_paper)
    w.make(
        "core.OutgoingEmail", recipient=anna, to=anna.email, from_email="noreply@civ-care.nl",
        subject="SHPP003-01 is vastgesteld", body="Vastgesteld.", html_body="<p>Vastgesteld.</p>",
        headers={"List-Unsubscribe": "<https://civ-care.nl/volgen/stop/x/>"},
        topic="papers/adopted", key=f"adopted:{v10.pk}", status="sent", attempts=1,
        next_attempt_at=now, sent_at=now,
    )  # fmt: skip
    w.make(
        "core.OutgoingEmail", recipient=bram, to=bram.email, from_email="noreply@civ-care.nl",
        subject="Uw reflectie", body="Niet geplaatst.", topic="reflections/declined",
        key=f"declined:{declined.pk}", next_attempt_at=now, attempts=2, last_error="421",
    )  # fmt: skip
    w.make(
        "core.OutgoingEmail", recipient=None, to="redactie@civ-care.nl",
        from_email="noreply@civ-care.nl", subject="Nieuwe reflectie", body="In de wachtrij.",
        topic="moderation/queue", next_attempt_at=now, status="cancelled",
    )  # fmt: skip
    return w.made


# --- The tests ------------------------------------------------------------------------------


def test_every_row_written_at_todays_schema_survives_the_migrations(leave_at_newest):
    graph = MigrationExecutor(connection).loader.graph
    targets = todays_schema(graph)
    executor = migrate(targets)
    then = executor.loader.project_state([t for t in targets if t[1] is not None]).apps
    made = fill(then)

    photo = snapshot()
    models_before = content_type_models()
    permissions_before = group_permissions()
    editors_before = of_group(EDITORS, permissions_before)
    assert editors_before, "the Redactie group has no permissions at today's schema"

    migrate(newest())

    assert lost_rows(photo) == {}
    # papers 0012: the sections there were have numbered paragraphs, each with its own link.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT anchor, body_html, paragraphs FROM papers_section WHERE body_html <> ''"
        )
        for anchor, body_html, paragraphs in cursor.fetchall():
            paragraphs = json.loads(paragraphs) if isinstance(paragraphs, str) else paragraphs
            assert paragraphs and f' id="{anchor}-p{paragraphs[0][0]}"' in body_html
    assert models_before - content_type_models() == set()
    assert permissions_before - group_permissions() == set()
    assert of_group(EDITORS, group_permissions()) == editors_before
    # The moved models answer to their new app, with the permissions people held on them.
    ContentType.objects.clear_cache()
    relabelled = ContentType.objects.filter(model__in=["boarddecision", "disposition"])
    assert {(ct.app_label, ct.model) for ct in relabelled} == {
        ("governance", "boarddecision"),
        ("governance", "disposition"),
    }
    moderator = current_apps.get_model("accounts", "User").objects.get(display_name="Moderator")
    assert moderator.has_perm("governance.view_boarddecision")
    # governance 0007 (#29): each disposition there was is the first entry of its history, in
    # force, so a bulk step that replaces it can put it back.
    dispositions = current_apps.get_model("governance", "Disposition").objects.select_related(
        "record"
    )
    assert [
        (d.record.reflection_id, d.record.answer, d.record.recorded_at, d.record.step_id)
        for d in dispositions.order_by("pk")
    ] == [
        (d.reflection_id, (d.kind, d.section_id, d.response, d.reason), d.updated_at, None)
        for d in dispositions.order_by("pk")
    ]
    assert dispositions.count() == 3

    # Today's models, found by their table wherever they live now, count every row of the
    # photo: what fill() wrote, plus what the migrations wrote (the first policy documents).
    model_of = {
        model._meta.db_table: model for model in current_apps.get_models(include_auto_created=True)
    }
    in_photo = {table: sum(photo[table][1].values()) for table in made}
    assert all(in_photo[table] >= made[table] for table in made)
    expected = {table: n + ADDED_BY_LATER_MIGRATIONS.get(table, 0) for table, n in in_photo.items()}
    assert {table: model_of[table]._base_manager.count() for table in made} == expected


def test_every_migration_can_be_unapplied_and_applied_again(leave_at_newest):
    graph = MigrationExecutor(connection).loader.graph
    everything = sorted({app for app, _name in graph.nodes})
    # An empty database: with the permissions in it, auth could not be unapplied (its
    # 0002 shortens Permission.name back to 50 characters; "Kan consultaties openen en
    # sluiten en versies vaststellen" is longer).
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)

    # Every app, not only the project's: admin, allauth's account and auth itself depend on
    # accounts (the user model), so accounts cannot go back to zero without them.
    migrate([(app, None) for app in everything])
    assert table_names() == {"django_migrations"}, "unapplying left tables behind"

    executor = migrate(newest())
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
    present = table_names()
    missing = {
        model._meta.db_table
        for model in current_apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    } - present
    assert missing == set()
    # The data migrations made the Redactie group again, with exactly the role's rights (not
    # compared with the group before the test: an earlier test's flush may have emptied it).
    rebuilt = {codename for _model, codename in of_group(EDITORS, group_permissions())}
    assert rebuilt == {code.split(".", 1)[1] for code in EDITOR_PERMISSIONS}
