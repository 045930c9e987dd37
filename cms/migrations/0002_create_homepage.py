from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's welcome page with our home page, as the site's root."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("cms.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    if HomePage.objects.exists():
        return
    content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    locale = Locale.objects.first()
    home = HomePage.objects.create(
        title="Lokale vrijetijdsmonitor",
        draft_title="Lokale vrijetijdsmonitor",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "Vrijetijdsmonitor"},
    )
    root = Page.objects.get(depth=1)
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]
    run_before = []
    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
