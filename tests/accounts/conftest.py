# The browser tests here reuse the real-browser set-up (Debian's Chromium, the journey world).
from tests.browser.conftest import (  # noqa: F401
    browser_context_args,
    browser_type_launch_args,
    bworld,
)
