"""BoardDecision, Disposition and Section.prompted_by move to the governance app.

State only: the tables stay, with their names and rows (governance.0001 takes them over).
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('papers', '0007_audit_events_share_one_base'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name='disposition', name='decided_by'),
                migrations.RemoveField(model_name='disposition', name='reflection'),
                migrations.RemoveField(model_name='disposition', name='section'),
                migrations.RemoveField(model_name='disposition', name='version'),
                migrations.RemoveField(model_name='section', name='prompted_by'),
                migrations.DeleteModel(name='BoardDecision'),
                migrations.DeleteModel(name='Disposition'),
            ],
            database_operations=[],
        ),
    ]
