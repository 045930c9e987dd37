"""Settings of the benchmarks: the test settings plus the peers they measure against."""

from cms.settings.test import *  # noqa: F403
from cms.settings.test import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.benchmarks.peer"]
ROOT_URLCONF = "tests.benchmarks.urls"
