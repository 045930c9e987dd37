"""Content blocks for the manual, FAQ, invitation and privacy pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["bold", "italic", "link", "ul", "ol", "h3"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Tussentitel")
        template = "components/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(required=False, label=_("Onderschrift"))
    alt_text = blocks.CharBlock(
        required=False,
        label=_("Alternatieve tekst"),
        help_text=_("Beschrijf de afbeelding voor wie ze niet ziet."),
    )

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "components/blocks/image.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"))
    text = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Tekst"))
    variant = blocks.ChoiceBlock(
        choices=[("info", _("Informatie")), ("warning", _("Let op"))],
        default="info",
        label=_("Soort"),
    )

    class Meta:
        icon = "warning"
        label = _("Kader")
        template = "components/blocks/callout.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"))
    text = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Tekst"))

    class Meta:
        icon = "list-ol"
        label = _("Stap")


class StepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(StepBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        label = _("Genummerde stappen")
        template = "components/blocks/steps.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"))
    answer = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Antwoord"))

    class Meta:
        icon = "help"
        label = _("Vraag en antwoord")
        template = "components/blocks/qa.html"


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_FEATURES,
        icon="pilcrow",
        label=_("Tekst"),
        template="components/blocks/paragraph.html",
    )
    image = ImageBlock()
    callout = CalloutBlock()
    steps = StepsBlock()
    qa = QuestionAnswerBlock()
