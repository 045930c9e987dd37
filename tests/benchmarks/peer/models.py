"""The peer of the registration benchmark: Wagtail's own form builder (contrib.forms).

Installed only by the benchmark settings (tests/benchmarks/settings.py), never in the site.
"""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField


class BenchFormField(AbstractFormField):
    page = ParentalKey("BenchFormPage", on_delete=models.CASCADE, related_name="form_fields")


class BenchFormPage(AbstractForm):
    template = "peer/bench_form_page.html"
    landing_page_template = "peer/bench_form_page_landing.html"
    parent_page_types = ["cms.HomePage"]
