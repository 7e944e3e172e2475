"""The cases' screens: the page, the case view, intake, steps and the examination paperwork."""
