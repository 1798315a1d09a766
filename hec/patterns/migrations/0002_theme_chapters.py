"""Themes store how many chapters their counted stories come from, and every theme is recounted
with the rule of `hec.patterns.counts` (descriptions and unknown tellers now distinct per
chapter; network and affiliate themes count only shared stories), because the network pages
read these stored counts instead of counting per request."""

from django.db import migrations, models
from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Cast, Concat, Lower, Trim

SHARED = ("network", "public")  # hec.listening.visibility.SHARED_BEYOND_CHAPTER


def recount(apps, schema_editor):
    """The rule of `hec.patterns.counts.teller_counts` as it was written with this migration
    (copied: a migration must not follow later changes of the app's code)."""
    Theme = apps.get_model("patterns", "Theme")
    ThemeStory = apps.get_model("patterns", "ThemeStory")
    for pk, scope in Theme.objects.values_list("pk", "scope").iterator():
        keep = Q() if scope == "chapter" else Q(story__consent__in=SHARED)
        described = keep & Q(story__teller__isnull=True) & ~Q(story__teller_descriptor="")
        unknown = keep & Q(story__teller__isnull=True, story__teller_descriptor="")
        totals = ThemeStory.objects.filter(theme_id=pk, story__withdrawn_at__isnull=True).aggregate(
            size=Count("story_id", distinct=True, filter=keep),
            people=Count("story__teller", distinct=True, filter=keep),
            descriptors=Count(
                Concat(
                    Cast("story__chapter_id", CharField()),
                    Value(":"),
                    Lower(Trim("story__teller_descriptor")),
                    output_field=CharField(),
                ),
                distinct=True,
                filter=described,
            ),
            unknown=Count("story__chapter", distinct=True, filter=unknown),
            sessions=Count("story__session", distinct=True, filter=keep),
            chapters=Count("story__chapter", distinct=True, filter=keep),
        )
        Theme.objects.filter(pk=pk).update(
            size=totals["size"],
            tellers=totals["people"] + totals["descriptors"] + totals["unknown"],
            sessions=totals["sessions"],
            chapters=totals["chapters"],
        )


class Migration(migrations.Migration):
    dependencies = [
        ("patterns", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="theme",
            name="chapters",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(recount, migrations.RunPython.noop, elidable=True),
    ]
