"""What most municipalities answered in a campaign: P5 and P95 of the confirmed answers.

The plausibility checks of the next campaign ("buiten het bereik van de andere gemeenten")
read these ranges (``surveys.sheets.previous_for``); they are computed once per campaign by
a task, never per request.

Percentiles are interpolated linearly between the two nearest ranks, as numpy's default
(Hyndman and Fan's definition 7, also Excel's PERCENTILE.INC): for the n answers sorted
x[0] ≤ … ≤ x[n−1], percentile p lies at rank h = (n − 1)·p and is
x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). So P5 and P95 of a single answer are that answer,
and of 21 answers 0, 1, …, 20 they are exactly 1 and 19.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
from typing import Any

from django.db import transaction
from django.db.models import Exists, OuterRef

from .models import Answer, CampaignPage, PeerRange, RubricResponse, RubricStatus
from .selectors import questionnaire_for_campaign

P5 = Decimal("0.05")
P95 = Decimal("0.95")
#: PeerRange keeps six decimals.
STORED = Decimal("0.000001")


def percentile(ordered: Sequence[Decimal], fraction: Decimal) -> Decimal:
    """Percentile ``fraction`` (0 to 1) of sorted numbers, linearly interpolated (see above)."""
    if not ordered:
        raise ValueError("no numbers")
    rank = (len(ordered) - 1) * fraction
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (rank - low) * (ordered[high] - ordered[low])


def confirmed_numbers(*, campaign: CampaignPage) -> dict[tuple[str, str], list[Decimal]]:
    """Per (question code, part) the numbers the municipalities confirmed (one query).

    An answer counts when its rubric's response (the rubric of ``Answer.rubric_code``) is
    confirmed, its question is in the campaign's published questionnaire and applies to
    the municipality (its condition holds), and it is a number: not "onbekend" nor "niet
    van toepassing". A table gives the sum of its cells, each row and each cell.
    """
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    confirmed = RubricResponse.objects.filter(
        participation_id=OuterRef("participation_id"),
        rubric__code=OuterRef("rubric_code"),
        status=RubricStatus.CONFIRMED,
    )
    rows = (
        Answer.objects.filter(participation__campaign=campaign, special="")
        .filter(Exists(confirmed))
        .order_by("participation_id")
        .values_list("participation_id", "question_code", "value")
        .iterator(chunk_size=5000)
    )
    numbers: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    for _participation, group in groupby(rows, key=itemgetter(0)):
        answers = {code: value for _p, code, value in group}
        for rubric in questionnaire.rubrics:
            own = {code: value for code, value in answers.items() if code in rubric.by_code}
            if not own:
                continue
            visible = rubric.visible_codes(own)
            for code, value in own.items():
                if code not in visible:
                    continue
                question = rubric.by_code[code]
                for part in question.number_parts():
                    number = question.number(value, part)
                    if number is not None:
                        numbers[code, ":".join(part)].append(number)
    return numbers


@transaction.atomic
def peer_ranges_compute(*, campaign: CampaignPage) -> int:
    """Replace a campaign's peer ranges by P5 and P95 of its confirmed answers.

    One range per numeric question, and per table the sum, each row and each cell, with the
    number of municipalities behind it (the checks ignore a range of fewer than
    ``surveys.checks.PEER_MINIMUM``). Returns the number of ranges stored.
    """
    ranges: list[Any] = []
    for (code, part), values in confirmed_numbers(campaign=campaign).items():
        ordered = sorted(values)
        ranges.append(
            PeerRange(
                campaign=campaign,
                question_code=code,
                part=part,
                p5=percentile(ordered, P5).quantize(STORED),
                p95=percentile(ordered, P95).quantize(STORED),
                municipalities=len(ordered),
            )
        )
    PeerRange.objects.filter(campaign=campaign).delete()
    PeerRange.objects.bulk_create(ranges, batch_size=1000)
    return len(ranges)
