"""What municipalities register: participations, rubric responses, answers and their audit."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from roles.models import Municipality

from ..specials import SpecialAnswer
from .pages import CampaignPage, RubricPage


class RubricStatus(models.TextChoices):
    NOT_STARTED = "niet_gestart", _("Niet gestart")
    IN_PROGRESS = "in_uitvoering", _("In uitvoering")
    COMPLETE = "volledig", _("Volledig")
    CONFIRMED = "bevestigd", _("Bevestigd")


class Participation(models.Model):
    """A municipality taking part in a campaign (from its first saved answer or registration)."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="participations"
    )
    campaign = models.ForeignKey(
        CampaignPage, on_delete=models.PROTECT, related_name="participations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    registered_explicitly = models.BooleanField(_("uitdrukkelijk ingeschreven"), default=False)
    objects_to_auto_confirm = models.BooleanField(
        _("bezwaar tegen automatische bevestiging"), default=False
    )
    extension_until = models.DateField(
        _("eigen verlenging tot"),
        null=True,
        blank=True,
        help_text=_("Deze gemeente kan invoeren en bevestigen tot en met deze dag."),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "campaign"], name="one_participation_per_campaign"
            )
        ]
        verbose_name = _("deelname")
        verbose_name_plural = _("deelnames")

    def __str__(self) -> str:
        return f"{self.municipality} – {self.campaign.werkjaar}"


class RubricResponse(models.Model):
    """The state of one rubric for one participation, with counters kept by the services."""

    participation = models.ForeignKey(
        Participation, on_delete=models.CASCADE, related_name="rubric_responses"
    )
    rubric = models.ForeignKey(RubricPage, on_delete=models.PROTECT, related_name="responses")
    status = models.CharField(
        _("status"), max_length=20, choices=RubricStatus.choices, default=RubricStatus.NOT_STARTED
    )
    applicable_count = models.PositiveIntegerField(default=0)
    answered_count = models.PositiveIntegerField(default=0)
    required_open_count = models.PositiveIntegerField(default=0)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The names at the time of the action: the history keeps them when the account goes.
    confirmed_by_name = models.CharField(max_length=300, blank=True)
    confirmed_automatically = models.BooleanField(default=False)
    auto_confirmed_once = models.BooleanField(
        default=False, help_text=_("Automatische bevestiging gebeurt maar één keer.")
    )
    reopened_at = models.DateTimeField(null=True, blank=True)
    reopened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reopened_by_name = models.CharField(max_length=300, blank=True)
    reopen_reason = models.TextField(blank=True)
    # The checks of the rubric as the last save found them (surveys/checks.py): the list
    # of findings, and the counts the completeness and the dashboards read.
    findings = models.JSONField(default=list, blank=True)
    check_errors = models.PositiveIntegerField(default=0)
    check_warnings_open = models.PositiveIntegerField(default=0)
    ready_notified_at = models.DateTimeField(
        null=True, blank=True, help_text=_("Laatste bericht 'klaar om te bevestigen'.")
    )
    ready_notified_by_name = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participation", "rubric"], name="one_response_per_rubric"
            )
        ]
        verbose_name = _("rubriekantwoord")
        verbose_name_plural = _("rubriekantwoorden")

    def __str__(self) -> str:
        return f"{self.participation} – {self.rubric.code}"

    # --- the roles.permissions.Guarded protocol ---------------------------------------
    @property
    def municipality(self) -> Municipality:
        return self.participation.municipality

    @property
    def municipality_id(self) -> int:
        return self.participation.municipality_id

    @property
    def is_locked(self) -> bool:
        return self.status == RubricStatus.CONFIRMED

    @property
    def campaign_phase(self) -> str:
        from ..selectors import campaign_phase

        return campaign_phase(
            campaign=self.participation.campaign, participation=self.participation
        )

    @property
    def coordinator_may_enter(self) -> bool:
        return self.participation.campaign.coordinator_may_enter

    @property
    def percentage(self) -> int:
        if not self.applicable_count:
            return 0
        return round(100 * self.answered_count / self.applicable_count)


class Answer(models.Model):
    """One answer of a participation, keyed by the question's stable code."""

    participation = models.ForeignKey(
        Participation, on_delete=models.CASCADE, related_name="answers"
    )
    question_code = models.CharField(max_length=40)
    # The rubric the question was in at the last save: whether the answer is confirmed is
    # a question about that rubric's response.
    rubric_code = models.CharField(max_length=10, blank=True)
    explanation = models.TextField(
        _("toelichting"), blank=True, help_text=_("Uitleg bij een opvallend antwoord.")
    )
    block_id = models.CharField(
        max_length=64, blank=True, help_text=_("StreamField-blok van de vraag bij het opslaan.")
    )
    value = models.JSONField(null=True, blank=True)
    special = models.CharField(
        max_length=10, choices=SpecialAnswer.choices, default=SpecialAnswer.NONE, blank=True
    )
    version = models.PositiveIntegerField(default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participation", "question_code"], name="one_answer_per_question"
            )
        ]
        indexes = [models.Index(fields=["block_id"])]
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")

    def __str__(self) -> str:
        return f"{self.participation} – {self.question_code}"


class AuditEntry(models.Model):
    """Every answer change and status change, written by the services (bulk writes too)."""

    class Kind(models.TextChoices):
        ANSWER = "answer", _("antwoord")
        STATUS = "status", _("status")
        EXTENSION = "extension", _("verlenging")
        OBJECTION = "objection", _("bezwaar")
        NOTICE = "notice", _("bericht")
        ASSIGNMENT = "assignment", _("toewijzing")

    participation = models.ForeignKey(
        Participation, on_delete=models.CASCADE, related_name="audit_entries"
    )
    rubric_code = models.CharField(max_length=10, blank=True)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    question_code = models.CharField(max_length=40, blank=True)
    old_value = models.JSONField(null=True, blank=True)
    new_value = models.JSONField(null=True, blank=True)
    old_special = models.CharField(max_length=10, blank=True)
    new_special = models.CharField(max_length=10, blank=True)
    old_status = models.CharField(max_length=20, blank=True)
    new_status = models.CharField(max_length=20, blank=True)
    old_explanation = models.TextField(blank=True)
    new_explanation = models.TextField(blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The name at the time of the change: the trail keeps it when the account is deleted.
    by_name = models.CharField(max_length=300, blank=True)
    at = models.DateTimeField(auto_now_add=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["participation", "rubric_code"])]
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditregels")

    def __str__(self) -> str:
        subject = self.question_code or self.new_status
        return f"{self.get_kind_display()} {subject} ({self.at:%Y-%m-%d})"


class PeerRange(models.Model):
    """What most municipalities answered to one question (or cell) in a closed campaign.

    P5 and P95 of the confirmed answers, computed once per campaign by a task
    (``peer_ranges_compute``), read by the plausibility checks of the next campaign.
    """

    campaign = models.ForeignKey(CampaignPage, on_delete=models.CASCADE, related_name="+")
    question_code = models.CharField(max_length=40)
    part = models.CharField(max_length=90, blank=True, help_text=_("rij of rij:kolom"))
    p5 = models.DecimalField(max_digits=30, decimal_places=6)
    p95 = models.DecimalField(max_digits=30, decimal_places=6)
    municipalities = models.PositiveIntegerField()
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "question_code", "part"], name="one_range_per_question_part"
            )
        ]
        verbose_name = _("bereik van de gemeenten")
        verbose_name_plural = _("bereiken van de gemeenten")

    def __str__(self) -> str:
        part = f":{self.part}" if self.part else ""
        return f"{self.question_code}{part} P5–P95 {self.p5}–{self.p95} ({self.municipalities})"


class Assignment(models.Model):
    """A theme (or a whole rubric) handed to one colleague, to organise the work.

    It never restricts who may enter data. The colleague is a role of the municipality,
    also a grant that still waits for its first login: the assignment waits with it and is
    theirs once they log in (the grant becomes theirs, the assignment follows).
    """

    participation = models.ForeignKey(
        Participation, on_delete=models.CASCADE, related_name="assignments"
    )
    rubric_code = models.CharField(max_length=10)
    #: The theme's slug; empty for the whole rubric.
    theme_slug = models.CharField(max_length=255, blank=True)
    assignee = models.ForeignKey(
        "roles.RoleAssignment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="work_assigned",
    )
    # The name when it was assigned: kept when the role goes.
    assignee_name = models.CharField(max_length=300)
    due_date = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    assigned_by_name = models.CharField(max_length=300, blank=True)
    assigned_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by_name = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["rubric_code", "theme_slug", "assigned_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participation", "rubric_code", "theme_slug", "assignee"],
                condition=models.Q(done_at__isnull=True),
                name="one_open_assignment_per_part_and_colleague",
            )
        ]
        verbose_name = _("toewijzing")
        verbose_name_plural = _("toewijzingen")

    def __str__(self) -> str:
        part = f"{self.rubric_code}/{self.theme_slug}" if self.theme_slug else self.rubric_code
        return f"{part} → {self.assignee_name}"

    @property
    def municipality(self) -> Municipality:
        """For ``roles.permissions``: whose work this is."""
        return self.participation.municipality

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, today: datetime.date) -> bool:
        return not self.is_done and self.due_date is not None and self.due_date < today
