"""One router per resource; `hec.api.api` mounts them all under /api/v1/."""
