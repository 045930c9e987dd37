"""The site's URLs plus a plain Django view of 60 number fields, the benchmark's floor."""

from django import forms
from django.shortcuts import redirect, render
from django.urls import include, path

PLAIN_FIELDS = 60


class PlainForm(forms.Form):
    pass


for _index in range(PLAIN_FIELDS):
    PlainForm.base_fields[f"f{_index}"] = forms.DecimalField(
        required=False, label=f"Vraag {_index + 1}"
    )


def plain_view(request):
    form = PlainForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return redirect(request.path)
    return render(request, "peer/plain_form.html", {"form": form})


urlpatterns = [
    path("bench/plain/", plain_view),
    path("", include("cms.urls")),
]
