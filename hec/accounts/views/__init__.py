"""Account pages: invitations (chapter), invitation acceptance, profile, API tokens, network."""

from hec.accounts.views.invitations import (
    invitation_accept,
    invitation_list,
    invitation_revoke,
)
from hec.accounts.views.network import (
    affiliate_create,
    affiliate_edit,
    chapter_create,
    chapter_edit,
    network,
)
from hec.accounts.views.profile import api_token_revoke, api_tokens, profile

__all__ = [
    "affiliate_create",
    "affiliate_edit",
    "api_token_revoke",
    "api_tokens",
    "chapter_create",
    "chapter_edit",
    "invitation_accept",
    "invitation_list",
    "invitation_revoke",
    "network",
    "profile",
]
