# A target may count the party cells founded in a zone's enterprises: a fourth measure, and `workers` becomes
# `number` (it counts enterprises for that measure). Stored targets are kept.

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0005_target_measures"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="yeartarget", name="year_target_measure_valid"),
        migrations.RemoveConstraint(model_name="yeartarget", name="year_target_workers_range"),
        migrations.RenameField(model_name="yeartarget", old_name="workers", new_name="number"),
        migrations.AlterField(
            model_name="yeartarget",
            name="measure",
            field=models.CharField(
                choices=[
                    ("awareness", "Party-awareness class"),
                    ("new_member", "New-member class"),
                    ("admitted", "Admitted to the Party"),
                    ("party_cells", "Party cells founded in enterprises"),
                ],
                max_length=20,
                verbose_name="measure",
            ),
        ),
        migrations.AlterField(
            model_name="yeartarget",
            name="number",
            field=models.PositiveIntegerField(
                help_text="Workers of the zone who reach it, or its enterprises for party cells.",
                validators=[django.core.validators.MaxValueValidator(100000)],
                verbose_name="number",
            ),
        ),
        migrations.AddConstraint(
            model_name="yeartarget",
            constraint=models.CheckConstraint(
                condition=models.Q(("measure__in", ["awareness", "new_member", "admitted", "party_cells"])),
                name="year_target_measure_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="yeartarget",
            constraint=models.CheckConstraint(
                condition=models.Q(("number__lte", 100000)), name="year_target_number_range"
            ),
        ),
    ]
