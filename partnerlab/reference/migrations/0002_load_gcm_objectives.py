from django.db import migrations


def load(apps, schema_editor):
    from partnerlab.reference.data import gcm_objectives

    GcmObjective = apps.get_model("reference", "GcmObjective")
    for number, title in gcm_objectives():
        objectives = GcmObjective.objects.using(schema_editor.connection.alias)
        objectives.update_or_create(number=number, defaults={"title": title})


class Migration(migrations.Migration):
    dependencies = [("reference", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
