"""The web process (gunicorn). Production settings unless DJANGO_SETTINGS_MODULE says otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
application = get_wsgi_application()

from cms.security import refuse_demo_accounts  # noqa: E402  (needs the apps loaded)

refuse_demo_accounts()
