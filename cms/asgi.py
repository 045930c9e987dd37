"""ASGI entry point. Production settings unless DJANGO_SETTINGS_MODULE says otherwise."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
application = get_asgi_application()

from cms.security import refuse_demo_accounts  # noqa: E402  (needs the apps loaded)

refuse_demo_accounts()
