"""Admin view: preview an e-mail template for a contact, send a test, send it to everyone."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from roles.permissions import Action, can

from .models import EmailTemplate, SentMessage
from .services import (
    MailingError,
    message_render,
    recipients_for,
    template_send_queue,
    template_send_test,
)


def template_preview(request, pk: int):
    if not can(request.user, Action.MANAGE_CAMPAIGN):
        raise PermissionDenied
    template = get_object_or_404(EmailTemplate.objects.select_related("campaign"), pk=pk)
    recipients = recipients_for(template)
    try:
        chosen = int(request.GET.get("ontvanger", "0"))
    except ValueError:
        chosen = 0
    chosen = min(max(chosen, 0), max(len(recipients) - 1, 0))
    recipient = recipients[chosen] if recipients else None
    if request.method == "POST":
        try:
            if request.POST.get("action") == "test":
                template_send_test(template=template, by=request.user, recipient=recipient)
                messages.success(
                    request,
                    _("Een testbericht is naar %(email)s gestuurd.")
                    % {"email": request.user.email},
                )
            elif request.POST.get("action") == "send":
                template_send_queue(template=template, by=request.user)
                messages.success(
                    request,
                    _("Het bericht wordt verstuurd naar %(n)s ontvangers.")
                    % {"n": len(recipients)},
                )
        except MailingError as error:
            messages.error(request, str(error))
        return redirect(reverse("mailing_preview", args=[pk]) + f"?ontvanger={chosen}")
    subject, body = (
        message_render(template=template, recipient=recipient) if recipient else ("", "")
    )
    return TemplateResponse(
        request,
        "cms/mailing/preview.html",
        {
            "template": template,
            "recipients": recipients,
            "chosen": chosen,
            "recipient": recipient,
            "subject": subject,
            "body": body,
            "sent_count": SentMessage.objects.filter(template=template, is_test=False).count(),
            "header_title": template.name,
        },
    )
