"""The parts of the theme that are tables: colours, paragraph styles, the timeline's style, card text roles, rules.

Each part is a model whose defaults are the built-in look. A course overrides any
part of any entry in course.yaml (`theme: {styles: {Heading: {size: 15}}}`): the
entry it names keeps its other values (`Defaults`). Colours are written as
`#rrggbb` or as the name of a palette colour (`accent`), so a course that changes
its accent changes everything drawn in it. Python (measuring) and the templates
(drawing) read the same values.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator

from generator.content.strict import Strict
from generator.settings.fields import Colour

Face = Literal["Body", "Body-Bold", "Body-Italic", "Body-BoldItalic", "Heading", "Heading-Bold", "Heading-Italic",
               "Heading-BoldItalic"]  # fmt: skip
Paint = str
"""A colour: #rrggbb, or the name of a palette colour."""


class Defaults(Strict):
    """A table of entries each with its own defaults: a course's partial entry is completed from the default one."""

    @model_validator(mode="before")
    @classmethod
    def _complete(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        out = dict(data)
        for name, info in cls.model_fields.items():
            default = info.get_default(call_default_factory=True)
            if isinstance(default, BaseModel) and isinstance(out.get(name), dict):
                out[name] = {**default.model_dump(), **out[name]}
        return out


class Palette(Strict):
    """The colours, by what they mark; styles and drawings name them."""

    accent: Colour = Field("#1f4e79", description="Title, rules, dates, the timeline and card fronts.")
    heading: Colour | None = Field(None, description="Section headings (default: the accent colour).")
    link: Colour | None = Field(None, description="Links in the text (default: the accent colour).")
    text: Colour = Field("#111111", description="Card text.")
    ink: Colour = Field("#222222", description="Timeline labels.")
    secondary: Colour = Field("#333333", description="The subtitle.")
    detail: Colour = Field("#444444", description="Chronology details and bibliography annotations.")
    muted: Colour = Field("#555555", description="Headers, footers, figures' dates, timeline years, card notes.")
    quiet: Colour = Field("#666666", description="The subject line and the course byline.")
    faint: Colour = Field("#8a8a8a", description="Card footers and card outlines.")
    guide: Colour = Field("#999999", description="The rule under the running header.")
    line: Colour = Field("#9a9a9a", description="Answer lines, timeline leaders and the fold line of folded cards.")
    rule: Colour = Field("#c8c8c8", description="Table rules.")
    mark: Colour = Field("#c0392b", description="Events marked on the timeline's axis.")
    cut: Colour = Field("#000000", description="Crop marks and the calibration page's crosses and scales.")
    plain: Colour = Field("#000000", description="Text whose style names no colour of its own.")
    paper: Colour = Field("#ffffff", description="The paper: hollow timeline marks are filled with it.")

    @model_validator(mode="after")
    def _follow_accent(self) -> Palette:
        for name in ("heading", "link"):
            if getattr(self, name) is None:  # defaults that follow the accent, filled in once (the model is frozen)
                object.__setattr__(self, name, self.accent)
        return self


class ParaStyle(Strict):
    """One paragraph style, drawn at the default base size (10.5 pt) and scaled with the theme's base size."""

    font: Face = Field("Body", description="The face: Body or Heading, with -Bold, -Italic or -BoldItalic.")
    size: float = Field(ge=4, le=48, description="Font size in points.")
    leading: float = Field(ge=4, le=60, description="Line spacing in points.")
    space_before: float = Field(0.0, ge=0, le=72, description="Space above, in points.")
    space_after: float = Field(0.0, ge=0, le=72, description="Space below, in points.")
    left_indent: float = Field(0.0, ge=0, le=144, description="Left indent, in points.")
    first_line_indent: float = Field(0.0, ge=-144, le=144, description="First-line indent (negative: hanging).")
    color: Paint | None = Field(None, description="Text colour: #rrggbb or a palette name (default: black).")
    alignment: Literal["left", "justify", "center", "right"] = Field("left", description="Alignment.")
    bullet_font: Face | None = Field(None, description="The face of the bullet or number, if the style has one.")
    keep_with_next: bool = Field(False, description="Keep on the page of the paragraph that follows.")


class ListStyle(Strict):
    """The summary's lists: the bullet or number before each item (the items' paragraphs are `BulletsText`), drawn at
    the default base size and scaled with the theme's base size, like the paragraph styles."""

    bullet_font: Face = Field("Body", description="The face of the bullet or number.")
    size: float = Field(ge=4, le=48, description="The bullet's size in points.")
    left_indent: float = Field(ge=0, le=144, description="The items' indent, in points.")
    first_line_indent: float = Field(
        ge=-144, le=0, description="The bullet's place: its distance back from the items' text (negative), in points."
    )
    color: Paint = Field("accent", description="The bullet's colour.")
    space_after: float = Field(5, ge=0, le=72, description="Space below a list, in points.")


class RunningStyle(Strict):
    """The running header and footer: one line each, drawn at its place in the margin (not a paragraph)."""

    font: Face = Field("Heading", description="The face.")
    size: float = Field(8, ge=4, le=24, description="Font size in points.")
    color: Paint = Field("muted", description="Text colour: #rrggbb or a palette name.")


def _s(size: float, leading: float, font: Face = "Body", **more: Any) -> ParaStyle:
    return ParaStyle(font=font, size=size, leading=leading, **more)


class Styles(Defaults):
    """The handout's and worksheet's paragraph styles, by the names the templates use."""

    Body: ParaStyle = Field(
        _s(10.5, 14.6, space_after=6, alignment="justify"),
        description="The summary (ragged right when the course sets handout.justify false).",
    )
    BulletsText: ParaStyle = Field(
        _s(10.5, 14.6, space_after=2.5),
        description="Paragraphs in the summary's lists: ragged right, as their indented measure is too short to "
        "justify without gaping word spaces.",
    )
    Title: ParaStyle = Field(
        _s(24, 28, "Heading-Bold", color="accent", space_after=4), description="The topic's title."
    )
    Subtitle: ParaStyle = Field(
        _s(14, 18, "Body-Italic", color="secondary", space_after=2), description="Its subtitle."
    )
    CourseLine: ParaStyle = Field(
        _s(8.5, 11, "Heading-Bold", color="accent", space_after=4), description="The course line above the title."
    )
    Subject: ParaStyle = Field(
        _s(9, 12, "Heading", color="quiet", space_after=6), description="The subject line and the course byline."
    )
    Heading: ParaStyle = Field(
        _s(13.5, 17, "Heading-Bold", color="heading", space_before=14, space_after=6),
        description="Section headings (the templates keep each with two lines of what follows).",
    )
    TableText: ParaStyle = Field(_s(9.5, 12.6), description="Table cells.")
    FigureName: ParaStyle = Field(_s(9.5, 12.4, "Heading-Bold"), description="A key figure's name.")
    FigureMeta: ParaStyle = Field(
        _s(8, 10.4, "Heading", color="muted"), description="A figure's native name and lifespan."
    )
    FigureRole: ParaStyle = Field(_s(9.5, 12.6, "Body-Italic", space_after=2), description="A figure's role.")
    Date: ParaStyle = Field(_s(9, 12.6, "Heading-Bold", color="accent"), description="Chronology dates.")
    Detail: ParaStyle = Field(
        _s(8.8, 11.6, "Body-Italic", color="detail", space_before=2), description="A chronology event's detail."
    )
    Term: ParaStyle = Field(_s(9.5, 12.6, "Heading-Bold"), description="Key terms.")
    Question: ParaStyle = Field(
        _s(10.5, 14.6, left_indent=18, bullet_font="Heading-Bold", space_before=6, space_after=2),
        description="Questions and exercises.",
    )
    Reference: ParaStyle = Field(
        _s(10, 13.6, left_indent=22, first_line_indent=-22, space_before=5), description="Further reading."
    )
    Annotation: ParaStyle = Field(
        _s(9, 12, left_indent=22, color="detail", space_before=1), description="Further reading's annotations."
    )
    SeeAlso: ParaStyle = Field(_s(10, 13.6, left_indent=14, bullet_font="Heading"), description="See also.")
    Source: ParaStyle = Field(_s(9, 12, left_indent=22, first_line_indent=-22, space_before=3), description="Sources.")
    SourceNote: ParaStyle = Field(
        _s(8.5, 11, left_indent=22, color="muted"), description="Source notes and the timeline's note."
    )
    Quote: ParaStyle = Field(
        _s(10, 13.8, left_indent=18, color="secondary", space_before=1, space_after=6),
        description="A block quotation (Markdown `> `) in the summary or other text: a primary source set apart.",
    )
    Subheading: ParaStyle = Field(
        _s(11, 14.6, "Heading-Bold", space_before=8, space_after=3, keep_with_next=True),
        description="A heading inside the summary (Markdown `## `), one level below the section headings.",
    )
    Bullets: ListStyle = Field(
        ListStyle(size=10.5, left_indent=18, first_line_indent=-14),
        description="The summary's lists: the bullet's face, size, colour and place, the items' indent, the space "
        "after a list.",
    )
    Running: RunningStyle = Field(RunningStyle(), description="The running header and footer.")


class Rules(Strict):
    """Line weights in points, and the fold line's dashes."""

    title: float = Field(1.2, ge=0, le=6, description="The rule under the title block.")
    header: float = Field(0.4, ge=0, le=6, description="The rule under the running header.")
    table: float = Field(0.5, ge=0, le=6, description="The rules between table rows.")
    answer: float = Field(0.5, ge=0, le=6, description="Answer lines.")
    cut: float = Field(0.5, ge=0, le=6, description="Crop marks and the fold line.")
    outline: float = Field(0.4, ge=0, le=6, description="Card outlines (--outline).")
    fold_dash: tuple[Annotated[float, Field(gt=0, le=36)], Annotated[float, Field(gt=0, le=36)]] = Field(
        (4, 3), description="The fold line's dashes (--duplex fold): the length of a dash and of a gap, in points."
    )


class TimelineStyle(Strict):
    """How the drawn timeline looks; its label widths are measured with these fonts and sizes."""

    size: float = Field(7.0, ge=4, le=14, description="Label and year size in points.")
    leading: float = Field(8.4, ge=4, le=20, description="Label line spacing in points.")
    max_label_width: float = Field(110.0, ge=30, le=300, description="The widest a label may be, in points.")
    min_label_width: float = Field(56.0, ge=20, le=300, description="The narrowest a label is wrapped to, in points.")
    gap: float = Field(4.0, ge=0, le=30, description="The least space between two labels, or a label and a line.")
    date_font: Face = Field("Heading-Bold", description="The face of a label's date.")
    text_font: Face = Field("Heading", description="The face of a label's text and of the years.")
    axis_color: Paint = Field("accent", description="The axis.")
    tick_color: Paint = Field("muted", description="The years on the axis.")
    leader_color: Paint = Field("line", description="The lines from the axis to the labels.")
    mark_color: Paint = Field("mark", description="Events on the axis.")
    period_color: Paint = Field("accent", description="Periods, drawn as bars.")
    date_color: Paint = Field("accent", description="The labels' dates.")
    text_color: Paint = Field("ink", description="The labels' text.")
    paper_color: Paint = Field("paper", description="The inside of hollow marks (approximate dates).")
    axis_width: float = Field(1.2, ge=0, le=6, description="The axis' weight.")
    tick_width: float = Field(0.6, ge=0, le=6, description="The year ticks' weight.")
    leader_width: float = Field(0.4, ge=0, le=6, description="The leaders' weight.")
    dot_radius: float = Field(2.2, ge=0, le=8, description="An event's dot on the axis.")
    bar_width: float = Field(4.0, ge=0, le=20, description="A period's bar.")
    break_size: float = Field(12.0, ge=0, le=60, description="The length of axis a broken-off empty stretch takes.")
    soft_width: float = Field(
        0.8, ge=0, le=4, description="The outline of a hollow mark (an approximate or uncertain date), drawn inside it."
    )
    soft_dash: tuple[Annotated[float, Field(gt=0, le=20)], Annotated[float, Field(ge=0, le=20)]] = Field(
        (1.5, 1.0), description="An approximate period's dashed outline: the dash and the space, in points."
    )
    space_after: float = Field(8.0, ge=0, le=60, description="Space below each piece of the timeline, in points.")


class CardRole(Strict):
    """The type of one kind of text on a card, relative to the stock's base size."""

    face: Face = Field(description="The face.")
    scale: float = Field(ge=0.3, le=2, description="Size as a fraction of the stock's base size.")
    leading: float = Field(1.2, ge=1, le=2, description="Line spacing as a multiple of the size.")
    space_before: float = Field(0.35, ge=0, le=2, description="Space above, as a multiple of the size.")
    color: Paint = Field("text", description="Text colour.")


class CardRoles(Defaults):
    """The kinds of text on a card."""

    lead: CardRole = Field(
        CardRole(face="Heading-Bold", scale=1.0, color="accent"), description="A name, a term, a date."
    )
    prompt: CardRole = Field(CardRole(face="Body", scale=0.8), description="A sentence to answer.")
    role: CardRole = Field(CardRole(face="Body-Italic", scale=0.72), description="Who a person was.")
    meta: CardRole = Field(
        CardRole(face="Heading", scale=0.62, color="muted"), description="A native name, a lifespan."
    )
    body: CardRole = Field(CardRole(face="Body", scale=0.72), description="An explanation.")
