"""Every setting of a build, declared once (model), merged and validated once (merge), and the options (options).

The names most modules need are re-exported here.
"""

from generator.settings.fields import Colour, File, Length, Option
from generator.settings.fonts import Family, FontFiles, Fonts
from generator.settings.model import Cards, CourseInfo, CustomStock, Handout, Settings, Worksheet
from generator.settings.theme import Theme

__all__ = [
    "Cards",
    "Colour",
    "CourseInfo",
    "CustomStock",
    "Family",
    "File",
    "FontFiles",
    "Fonts",
    "Handout",
    "Length",
    "Option",
    "Settings",
    "Theme",
    "Worksheet",
]
