import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hec.settings")
application = get_wsgi_application()

# Read the coding model when the server starts (about a second), not while the first person
# types a story; with gunicorn --preload the workers share it.
from hec.patterns.engine.learned import default_model  # noqa: E402

default_model()
