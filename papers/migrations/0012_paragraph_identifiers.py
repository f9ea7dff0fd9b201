"""Every paragraph and list item of a section gets an identifier that later versions keep
(papers.passages): the sections there are now, numbered in the order they were made, so a
copy is numbered against the section it was copied from."""

from django.db import migrations, models

from papers import passages


def number_paragraphs(apps, schema_editor):
    Section = apps.get_model("papers", "Section")
    done: dict[int, tuple[str, list, int]] = {}
    for section in Section.objects.order_by("pk").iterator():
        section.body_html, section.paragraphs, section.next_paragraph = passages.number(
            section.body_html, section.anchor, done.get(section.copied_from_id)
        )
        section.save(update_fields=["paragraphs", "next_paragraph", "body_html"])
        done[section.pk] = (section.body_html, section.paragraphs, section.next_paragraph)


class Migration(migrations.Migration):
    dependencies = [
        ("papers", "0011_stored_search_vectors"),
    ]

    operations = [
        migrations.AddField(
            model_name="section",
            name="next_paragraph",
            field=models.PositiveIntegerField(default=1, editable=False),
        ),
        migrations.AddField(
            model_name="section",
            name="paragraphs",
            field=models.JSONField(blank=True, default=list, editable=False),
        ),
        migrations.RunPython(number_paragraphs, migrations.RunPython.noop),
    ]
