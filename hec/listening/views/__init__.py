"""Web pages for listening sessions, stories, consent and coding."""

from hec.listening.views.coding import chapter_codes, story_code
from hec.listening.views.sessions import (
    attendance,
    attendance_new_person,
    attendance_toggle,
    session_create,
    session_detail,
    session_edit,
    session_list,
    session_stories,
)
from hec.listening.views.stories import (
    network_story_list,
    story_consent,
    story_create,
    story_detail,
    story_edit,
    story_list,
    story_withdraw,
)
from hec.listening.views.suggestions import story_suggest, story_suggestion

__all__ = [
    "attendance",
    "attendance_new_person",
    "attendance_toggle",
    "chapter_codes",
    "network_story_list",
    "session_create",
    "session_detail",
    "session_edit",
    "session_list",
    "session_stories",
    "story_code",
    "story_consent",
    "story_create",
    "story_detail",
    "story_edit",
    "story_list",
    "story_suggest",
    "story_suggestion",
    "story_withdraw",
]
