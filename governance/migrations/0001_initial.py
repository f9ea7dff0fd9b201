"""The governance app takes over three tables of the papers app, in the state only.

BoardDecision, Disposition and the prompts of a section (once Section.prompted_by) were
created by papers.0002; their tables keep their names and rows. The content types are
relabelled, so every permission, and the Redactie group holding it, stays as it was.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


MOVED = ["boarddecision", "disposition"]


def relabel(apps, source: str, target: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        # A `migrate papers` run on its own may have made empty new content types already
        # (post_migrate): the old ones, with the permissions the groups hold, win.
        ContentType.objects.filter(app_label=target, model=model).delete()
        ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def relabel_forward(apps, schema_editor) -> None:
    relabel(apps, "papers", "governance")


def relabel_backward(apps, schema_editor) -> None:
    relabel(apps, "governance", "papers")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('papers', '0008_governance_moves_out'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('reflections', '0004_audit_events_share_one_base'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='BoardDecision',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('decided_on', models.DateField(verbose_name='datum van het besluit')),
                    ('reference', models.CharField(max_length=120, verbose_name='kenmerk')),
                    ('minutes_url', models.URLField(blank=True, verbose_name='link naar de notulen')),
                    ('recorded_at', models.DateTimeField(auto_now_add=True)),
                    ('recorded_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='vastgelegd door')),
                    ('version', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='board_decision', to='papers.paperversion')),
                ],
                options={
                    'verbose_name': 'bestuursbesluit',
                    'verbose_name_plural': 'bestuursbesluiten',
                    'db_table': 'papers_boarddecision',
                },
            ),
            migrations.CreateModel(
                name='Disposition',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('kind', models.CharField(choices=[('incorporated', 'Verwerkt in de nieuwe versie'), ('later', 'Meegenomen voor een latere versie'), ('not_adopted', 'Niet overgenomen'), ('out_of_scope', 'Buiten de reikwijdte van dit paper')], max_length=20, verbose_name='verwerking')),
                    ('response', models.TextField(verbose_name='openbaar antwoord')),
                    ('reason', models.TextField(blank=True, verbose_name='reden')),
                    ('updated_at', models.DateTimeField(auto_now=True)),
                    ('decided_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ('reflection', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='disposition', to='reflections.reflection')),
                    ('section', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='dispositions', to='papers.section', verbose_name='gewijzigde sectie')),
                    ('version', models.ForeignKey(help_text='De nieuwe versie waarin over de reflectie is beslist.', on_delete=django.db.models.deletion.CASCADE, related_name='dispositions', to='papers.paperversion')),
                ],
                options={
                    'verbose_name': 'verwerking',
                    'verbose_name_plural': 'verwerkingen',
                    'db_table': 'papers_disposition',
                },
            ),
            migrations.CreateModel(
                name='SectionPrompt',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('reflection', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='prompted_changes', to='reflections.reflection')),
                    ('section', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='prompts', to='papers.section')),
                ],
                options={
                    'verbose_name': 'aanleiding',
                    'verbose_name_plural': 'aanleidingen',
                    'db_table': 'papers_section_prompted_by',
                    'unique_together': {('section', 'reflection')},
                },
            ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(relabel_forward, relabel_backward),
    ]
