"""Editor rules for the questionnaire, shared by the page forms and the admin hooks.

Wagtail skips ``clean()`` when copying and in bulk actions, so the same checks run from
``wagtail_hooks`` there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from .blocks.checks import split_reference
from .questionnaire import Question, questions_of_stream


@dataclass(frozen=True)
class Problem:
    """A rule broken by question ``index`` of a theme."""

    index: int
    field: str
    message: str


def _latest_body(page: Any) -> Any:
    """The body an editor last saved (a draft if there is one), else the live body."""
    if page.has_unpublished_changes and page.latest_revision_id:
        return page.get_latest_revision_as_object().body
    return page.body


def _codes_of(page: Any) -> set[str]:
    """Codes used by a theme, live and in its latest draft."""
    codes = {question.code for question in questions_of_stream(page.body)}
    codes |= {question.code for question in questions_of_stream(_latest_body(page))}
    return codes


def theme_problems(
    *,
    questions: list[Question],
    rubric: Any,
    campaign: Any,
    this_page_id: int | None = None,
    position_path: str | None = None,
) -> list[Problem]:
    """Check a theme's questions against its campaign and rubric.

    Codes are unique within the campaign. A condition points at a question of the same
    rubric that comes earlier (an earlier theme, or earlier in this one), of a type that a
    condition can test, with an answer code that exists. ``position_path`` is the theme's
    place among its siblings (None: after all of them, as for a new page).
    """
    from .models import ThemePage

    problems: list[Problem] = []
    other_themes = ThemePage.objects.descendant_of(campaign).order_by("path")
    if this_page_id is not None:
        other_themes = other_themes.exclude(pk=this_page_id)

    used_elsewhere: dict[str, str] = {}
    for theme in other_themes:
        for code in _codes_of(theme):
            used_elsewhere.setdefault(code, theme.title)
    earlier_in_rubric: dict[str, Question] = {}
    for _theme, question in questions_before(
        rubric=rubric, position_path=position_path, themes=other_themes
    ):
        earlier_in_rubric.setdefault(question.code, question)

    seen_here: dict[str, int] = {}
    for index, question in enumerate(questions):
        code = question.code
        if code in seen_here:
            problems.append(
                Problem(
                    index,
                    "code",
                    _("De code %(code)s staat al bij vraag %(n)s van dit thema.")
                    % {"code": code, "n": seen_here[code] + 1},
                )
            )
        elif code in used_elsewhere:
            problems.append(
                Problem(
                    index,
                    "code",
                    _("De code %(code)s bestaat al in het thema '%(theme)s' van deze campagne.")
                    % {"code": code, "theme": used_elsewhere[code]},
                )
            )
        seen_here.setdefault(code, index)

        condition = question.condition
        if condition is not None:
            earlier_here = {q.code: q for q in questions[:index]}
            target = earlier_here.get(condition.question) or earlier_in_rubric.get(
                condition.question
            )
            problem = _condition_problem(question, target)
            if problem:
                problems.append(Problem(index, "condition", problem))
    return problems


def questions_before(
    *,
    rubric: Any,
    this_page_id: int | None = None,
    position_path: str | None = None,
    themes: Any = None,
) -> list[tuple[Any, Question]]:
    """The questions of the rubric's themes before a theme, in order, as an editor last saved them.

    These are the questions a condition of that theme may point at (besides the earlier
    questions of the theme itself). ``position_path`` is the theme's place among its
    siblings (None: after all of them, as for a new page).
    """
    from .models import ThemePage

    if themes is None:
        themes = ThemePage.objects.child_of(rubric).order_by("path")
        if this_page_id is not None:
            themes = themes.exclude(pk=this_page_id)
    earlier: list[tuple[Any, Question]] = []
    for theme in themes:
        is_sibling = theme.path.startswith(rubric.path) and theme.depth == rubric.depth + 1
        if is_sibling and (position_path is None or theme.path < position_path):
            earlier += [(theme, question) for question in questions_of_stream(_latest_body(theme))]
    return earlier


def _condition_problem(question: Question, target: Question | None) -> str | None:
    condition = question.condition
    assert condition is not None
    if target is None:
        return _(
            "De voorwaarde verwijst naar vraag %(code)s, maar die staat niet eerder in "
            "dezelfde rubriek."
        ) % {"code": condition.question}
    problem = _answer_test_problem(target, condition.operator, condition.value)
    return problem[1] if problem else None


def _answer_test_problem(target: Question, operator: str, value: str) -> tuple[str, str] | None:
    """Whether ``target`` can be tested for answer ``value`` with ``operator``.

    Returns (the field at fault: question, operator or value; the message), or None.
    Shared by the conditions of questions and the "verplicht als" checks.
    """
    targets = target.condition_targets()
    if not targets:
        return "question", _(
            "Vraag %(code)s is van het type '%(type)s'; een voorwaarde kan enkel steunen op "
            "een ja/nee-vraag of een keuzevraag."
        ) % {"code": target.code, "type": target.type_label}
    if operator not in targets:
        expected = next(iter(targets))
        return "operator", _("Gebruik bij vraag %(code)s de voorwaarde '%(operator)s'.") % {
            "code": target.code,
            "operator": {"equals": _("is gelijk aan"), "contains": _("bevat")}[expected],
        }
    allowed = targets[operator]
    if value not in allowed:
        return "value", _(
            "Vraag %(code)s heeft geen antwoord '%(value)s'. Kies uit: %(allowed)s."
        ) % {
            "code": target.code,
            "value": value,
            "allowed": ", ".join(sorted(allowed)),
        }
    return None


def werkjaar_problem(*, werkjaar: int, this_page_id: int | None = None) -> str | None:
    """One campaign per werkjaar."""
    from .models import CampaignPage

    others = CampaignPage.objects.filter(werkjaar=werkjaar)
    if this_page_id is not None:
        others = others.exclude(pk=this_page_id)
    if others.exists():
        return _("Er bestaat al een campagne voor werkjaar %(werkjaar)s.") % {"werkjaar": werkjaar}
    return None


def next_werkjaar_problem(*, source: Any, werkjaar: int) -> str | None:
    """The campaign after ``source`` is about a later werkjaar, one without a campaign yet."""
    if werkjaar <= source.werkjaar:
        return _("Kies een werkjaar na %(werkjaar)s, het werkjaar van %(title)s.") % {
            "werkjaar": source.werkjaar,
            "title": source.title,
        }
    return werkjaar_problem(werkjaar=werkjaar)


def campaign_dates_problems(
    *, opening_date: Any, closing_date: Any, confirmation_deadline: Any
) -> dict[str, str]:
    """The dates of a campaign follow each other: opening, closing, confirmation deadline."""
    problems = {}
    if opening_date and closing_date and closing_date < opening_date:
        problems["closing_date"] = _("De sluitingsdatum ligt voor de openingsdatum.")
    if closing_date and confirmation_deadline and confirmation_deadline < closing_date:
        problems["confirmation_deadline"] = _(
            "De uiterste bevestigingsdatum ligt voor de sluitingsdatum."
        )
    return problems


# --- the checks of a rubric ------------------------------------------------------------


@dataclass(frozen=True)
class CheckProblem:
    """A rule broken by check ``index`` of a rubric, at its field ``field``.

    ``item`` is the position within a list field (the parts of a sum), else None.
    """

    index: int
    field: str
    message: str
    item: int | None = None


def rubric_questions(rubric: Any) -> dict[str, Question]:
    """The questions of a rubric's themes as the editor last saved them (drafts included)."""
    from .models import ThemePage

    if rubric is None or rubric.pk is None:
        return {}
    questions: dict[str, Question] = {}
    for theme in ThemePage.objects.child_of(rubric).order_by("path"):
        for question in questions_of_stream(_latest_body(theme)):
            questions.setdefault(question.code, question)
    return questions


def _other_rubrics_codes(*, campaign: Any, rubric: Any) -> dict[str, str]:
    """Question code → rubric code, for the questions of the campaign's other rubrics."""
    from .models import RubricPage, ThemePage

    if campaign is None:
        return {}
    rubrics = RubricPage.objects.child_of(campaign)
    if rubric is not None and rubric.pk is not None:
        rubrics = rubrics.exclude(pk=rubric.pk)
    codes: dict[str, str] = {}
    for other in rubrics:
        for theme in ThemePage.objects.child_of(other):
            for question in questions_of_stream(_latest_body(theme)):
                codes.setdefault(question.code, other.code)
    return codes


def check_problems(
    *,
    checks: list[Any],
    rubric: Any,
    campaign: Any,
    questions: dict[str, Question] | None = None,
    elsewhere: dict[str, str] | None = None,
) -> list[CheckProblem]:
    """Check a rubric's checks against the rubric's questions as currently saved.

    Check codes are unique within the rubric. A check names questions of its own rubric;
    what it reads as a number must be a number (a numeric question, or an existing row or
    cell of a numeric table); "verplicht als" tests an answer that its question has, as a
    condition would. ``questions`` (the rubric's) and ``elsewhere`` (question code → rubric
    code in the rest of the campaign) save reading the themes where the caller has them.
    """
    if questions is None:
        questions = rubric_questions(rubric)

    def missing(code: str) -> str:
        nonlocal elsewhere
        if elsewhere is None:
            elsewhere = _other_rubrics_codes(campaign=campaign, rubric=rubric)
        if code in elsewhere:
            return _(
                "Vraag %(code)s hoort bij rubriek %(rubric)s: een controle gebruikt enkel "
                "vragen van haar eigen rubriek."
            ) % {"code": code, "rubric": elsewhere[code]}
        return _("Vraag %(code)s bestaat niet in de thema's van deze rubriek.") % {"code": code}

    problems: list[CheckProblem] = []
    seen: dict[str, int] = {}
    for index, check in enumerate(checks):
        code = check.code
        if code in seen:
            problems.append(
                CheckProblem(
                    index,
                    "code",
                    _("De code %(code)s staat al bij controle %(n)s van deze rubriek.")
                    % {"code": code, "n": seen[code] + 1},
                )
            )
        seen.setdefault(code, index)

        items: dict[str, int] = {}
        for field, reference in check.references():
            item = items.get(field, -1) + 1
            items[field] = item
            question_code, part = split_reference(reference)
            question = questions.get(question_code)
            message = missing(question_code) if question is None else question.number_problem(part)
            if message:
                is_list = field in check.list_fields
                problems.append(CheckProblem(index, field, message, item if is_list else None))

        tested = dict(check.question_codes())
        for field, question_code in tested.items():
            if question_code and question_code not in questions:
                problems.append(CheckProblem(index, field, missing(question_code)))
        when = questions.get(tested.get("when_question", ""))
        if when is not None:
            found = _answer_test_problem(
                when, check.value["operator"], (check.value["value"] or "").strip()
            )
            if found:
                field, message = found
                problems.append(
                    CheckProblem(index, "when_question" if field == "question" else field, message)
                )
    return problems


def rubric_code_problem(*, code: str, campaign: Any, this_page_id: int | None) -> str | None:
    """Rubric codes are unique within a campaign."""
    from .models import RubricPage

    others = RubricPage.objects.child_of(campaign).filter(code=code)
    if this_page_id is not None:
        others = others.exclude(pk=this_page_id)
    if others.exists():
        return _(
            "De code %(code)s wordt al gebruikt door een andere rubriek van deze campagne."
        ) % {"code": code}
    return None


def theme_move_problems(*, theme: Any, destination_rubric: Any, copy: bool) -> list[Problem]:
    """What breaks when a theme is moved, or copied (the original stays), under a rubric.

    A confirmed rubric is locked for its municipality: no theme moves out of it (its answers
    would be open again elsewhere) or into it (they would be locked without a confirmation),
    until the project team reopens it.
    """
    from .models import RubricResponse, RubricStatus

    rubrics = [destination_rubric] if copy else [theme.get_parent(), destination_rubric]
    confirmed = (
        RubricResponse.objects.filter(
            rubric_id__in=[rubric.pk for rubric in rubrics], status=RubricStatus.CONFIRMED
        )
        .values_list("rubric__title", flat=True)
        .distinct()
    )
    locked = sorted(confirmed)
    if locked:
        return [
            Problem(
                index=0,
                field="",
                message=_(
                    "Rubriek %(rubrics)s is al door gemeenten bevestigd: er kan geen thema uit "
                    "of naartoe. Maak een nieuw thema, of laat de rubriek eerst heropenen."
                )
                % {"rubrics": ", ".join(locked)},
            )
        ]
    campaign = destination_rubric.get_parent()
    return theme_problems(
        questions=questions_of_stream(_latest_body(theme)),
        rubric=destination_rubric,
        campaign=campaign,
        this_page_id=None if copy else theme.pk,
        position_path=None,
    )


def rubric_copy_problems(*, rubric: Any, destination_campaign: Any) -> list[str]:
    """Copying a rubric into a campaign must not duplicate its code or question codes."""
    from .models import ThemePage

    messages = []
    problem = rubric_code_problem(
        code=rubric.code, campaign=destination_campaign, this_page_id=None
    )
    if problem:
        messages.append(problem)
    existing: set[str] = set()
    for theme in ThemePage.objects.descendant_of(destination_campaign):
        existing |= _codes_of(theme)
    mine: set[str] = set()
    for theme in ThemePage.objects.descendant_of(rubric):
        mine |= _codes_of(theme)
    clash = sorted(mine & existing)
    if clash:
        messages.append(
            _("Deze vraagcodes bestaan al in de campagne: %(codes)s.") % {"codes": ", ".join(clash)}
        )
    return messages


def answered_codes(*, campaign: Any, codes: list[str]) -> set[str]:
    """Which of these question codes hold answers in the campaign."""
    from .models import Answer

    return set(
        Answer.objects.filter(participation__campaign=campaign, question_code__in=codes)
        .values_list("question_code", flat=True)
        .distinct()
    )


def _option_codes(question: Question) -> set[str]:
    return question.answer_codes()


def answered_question_problems(
    *, page: Any, questions: list[Question], campaign: Any, today: Any = None
) -> tuple[list[Problem], list[str]]:
    """Once a campaign has opened, answered questions keep their code, type and option codes.

    Questions are recognised by their StreamField block id; wording and help may change.
    Returns problems per block and messages for answered questions that were removed.
    """
    from django.utils import timezone

    if page is None or page.pk is None:
        return [], []
    if (today or timezone.localdate()) < campaign.opening_date:
        return [], []
    before = {q.id: q for q in questions_of_stream(page.body)}
    before.update({q.id: q for q in questions_of_stream(_latest_body(page))})
    answered = answered_codes(campaign=campaign, codes=[q.code for q in before.values()])
    if not answered:
        return [], []
    now = {q.id: (index, q) for index, q in enumerate(questions)}
    problems: list[Problem] = []
    removed: list[str] = []
    for block_id, old in before.items():
        if old.code not in answered:
            continue
        if block_id not in now:
            removed.append(
                _("Vraag %(code)s heeft al antwoorden en kan niet meer verwijderd worden.")
                % {"code": old.code}
            )
            continue
        index, new = now[block_id]
        if new.code != old.code:
            problems.append(
                Problem(
                    index,
                    "code",
                    _("Deze vraag heeft al antwoorden: de code blijft %(code)s.")
                    % {"code": old.code},
                )
            )
        if new.type_code != old.type_code:
            problems.append(
                Problem(
                    index,
                    "code",
                    _("Vraag %(code)s heeft al antwoorden: het type kan niet meer veranderen.")
                    % {"code": old.code},
                )
            )
        elif not _option_codes(old) <= _option_codes(new):
            missing = sorted(_option_codes(old) - _option_codes(new))
            problems.append(
                Problem(
                    index,
                    "code",
                    _(
                        "Vraag %(code)s heeft al antwoorden: deze antwoordcodes moeten blijven "
                        "bestaan: %(missing)s."
                    )
                    % {"code": old.code, "missing": ", ".join(missing)},
                )
            )
    return problems, removed


def page_has_answers(page: Any) -> bool:
    """Whether a campaign, rubric or theme (or anything below it) holds answers."""
    from .models import Answer, CampaignPage, Participation, ThemePage

    specific = page.specific
    if isinstance(specific, CampaignPage):
        return Participation.objects.filter(campaign=specific).exists()
    campaign = CampaignPage.objects.ancestor_of(page).first()
    if campaign is None:
        return False
    themes = (
        [specific] if isinstance(specific, ThemePage) else ThemePage.objects.descendant_of(page)
    )
    codes = {q.code for theme in themes for q in questions_of_stream(theme.body)}
    return Answer.objects.filter(participation__campaign=campaign, question_code__in=codes).exists()


def campaign_problems(*, campaign: Any) -> list[str]:
    """Every editor rule over a whole campaign as currently saved (drafts included).

    For content written without the page editor (the copy of a campaign): rubric codes and
    question codes unique within the campaign, conditions on an earlier question of the
    same rubric, checks on their rubric's own questions. Each page is read once.
    """
    from .models import RubricPage, ThemePage
    from .questionnaire import checks_of_stream

    rubrics = [
        rubric.get_latest_revision_as_object() if rubric.latest_revision_id else rubric
        for rubric in RubricPage.objects.child_of(campaign).order_by("path")
    ]
    by_path = {rubric.path: rubric for rubric in rubrics}
    questions: dict[int, dict[str, Question]] = {rubric.pk: {} for rubric in rubrics}
    problems: list[str] = []
    rubric_codes: set[str] = set()
    for rubric in rubrics:
        if rubric.code in rubric_codes:
            problems.append(
                _("De code %(code)s wordt al gebruikt door een andere rubriek van deze campagne.")
                % {"code": rubric.code}
            )
        rubric_codes.add(rubric.code)

    used: dict[str, str] = {}  # question code → title of the theme that has it
    for theme in ThemePage.objects.descendant_of(campaign).order_by("path"):
        rubric = by_path.get(theme.path[: -ThemePage.steplen])
        if rubric is None:
            continue
        earlier = questions[rubric.pk]  # in tree order: what comes before this question
        for question in questions_of_stream(_latest_body(theme)):
            where = f"{rubric.title} › {theme.title}: "
            if question.code in used:
                problems.append(
                    where
                    + _("De code %(code)s bestaat al in het thema '%(theme)s' van deze campagne.")
                    % {"code": question.code, "theme": used[question.code]}
                )
            used.setdefault(question.code, theme.title)
            if question.condition is not None:
                problem = _condition_problem(question, earlier.get(question.condition.question))
                if problem:
                    problems.append(where + problem)
            earlier.setdefault(question.code, question)

    rubric_of = {code: r.code for r in rubrics for code in questions[r.pk]}
    for rubric in rubrics:
        own = questions[rubric.pk]
        for check_problem in check_problems(
            checks=checks_of_stream(rubric.checks),
            rubric=rubric,
            campaign=campaign,
            questions=own,
            elsewhere={code: other for code, other in rubric_of.items() if code not in own},
        ):
            problems.append(f"{rubric.title}: {check_problem.message}")
    return problems
