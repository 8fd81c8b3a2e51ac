# Targets may count admissions to the Party as well as passes: `programme_kind` becomes `measure` and
# `workers_to_pass` becomes `workers`, keeping every stored target (the programme values stay valid measures).

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0004_policy_changes"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="yeartarget", name="year_target_once"),
        migrations.RemoveConstraint(model_name="yeartarget", name="year_target_programme_valid"),
        migrations.RemoveConstraint(model_name="yeartarget", name="year_target_passed_range"),
        migrations.RenameField(model_name="yeartarget", old_name="programme_kind", new_name="measure"),
        migrations.RenameField(model_name="yeartarget", old_name="workers_to_pass", new_name="workers"),
        migrations.AlterField(
            model_name="yeartarget",
            name="measure",
            field=models.CharField(
                choices=[
                    ("awareness", "Party-awareness class"),
                    ("new_member", "New-member class"),
                    ("admitted", "Admitted to the Party"),
                ],
                max_length=20,
                verbose_name="measure",
            ),
        ),
        migrations.AlterField(
            model_name="yeartarget",
            name="workers",
            field=models.PositiveIntegerField(
                help_text="Workers of the zone who reach it.",
                validators=[django.core.validators.MaxValueValidator(100000)],
                verbose_name="workers",
            ),
        ),
        migrations.AddConstraint(
            model_name="yeartarget",
            constraint=models.UniqueConstraint(fields=("zone", "year", "measure"), name="year_target_once"),
        ),
        migrations.AddConstraint(
            model_name="yeartarget",
            constraint=models.CheckConstraint(
                condition=models.Q(("measure__in", ["awareness", "new_member", "admitted"])),
                name="year_target_measure_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="yeartarget",
            constraint=models.CheckConstraint(
                condition=models.Q(("workers__lte", 100000)), name="year_target_workers_range"
            ),
        ),
    ]
