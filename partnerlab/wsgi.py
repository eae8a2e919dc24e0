"""WSGI entry point for production servers (for example `gunicorn partnerlab.wsgi`)."""

import os
import threading

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "partnerlab.settings")
application = get_wsgi_application()

# Load the typology model and the PDF engine in the background, not on the first request.
from partnerlab.core.management.commands.serve import warm_up  # noqa: E402

threading.Thread(target=warm_up, daemon=True).start()
