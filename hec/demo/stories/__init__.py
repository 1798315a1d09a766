"""The demo world's stories: everyday pressures as told in house meetings and one-to-ones in
Seattle, Spokane and Portland. Written for the demo (invented people, real places); about a
third in Spanish, some with an English translation kept beside the original.

Each story carries the codes its collector confirmed (categories, primary first, and
downstream health effects), a consent level and, for some, an anonymous descriptor of the
teller (age band and neighborhood). Ids are those of `hec.patterns.engine`.
"""

from __future__ import annotations

from hec.demo.stories import portland, seattle, spokane
from hec.demo.stories.base import DemoStory, story

__all__ = ["STORIES", "DemoStory", "story"]

STORIES: tuple[DemoStory, ...] = (*seattle.STORIES, *spokane.STORIES, *portland.STORIES)
