"""Organisation mentions built from their surfaces in a text, for tests of the passes over them."""

from newsmine.facts.records import OrganizationMention


def mentions(text: str, *surfaces: str) -> list[OrganizationMention]:
    """A mention of each surface at its first place in `text`, named as written."""
    found = []
    for surface in surfaces:
        start = text.index(surface)
        found.append(OrganizationMention(surface, surface, start, start + len(surface)))
    return found
