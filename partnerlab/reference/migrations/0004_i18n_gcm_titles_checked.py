from django.db import migrations


def load(apps, schema_editor):
    """The official titles as checked against A/RES/73/195 (French objective 20 corrected),
    re-read from the packaged CSV so that existing databases get the corrections."""
    from partnerlab.reference.data import gcm_official_titles

    GcmObjective = apps.get_model("reference", "GcmObjective")
    objectives = GcmObjective.objects.using(schema_editor.connection.alias)
    for number, titles in gcm_official_titles().items():
        objectives.filter(number=number).update(title_fr=titles["fr"], title_es=titles["es"])


class Migration(migrations.Migration):
    dependencies = [("reference", "0003_polish_gcm_official_translations")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
