"""The docs page at /api/v1/docs: the OpenAPI schema rendered on the server.

django-ninja's Swagger and Redoc pages load JavaScript from a CDN and run inline script; our
CSP allows neither, and the app must work offline. This page needs no script at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from ninja.openapi.docs import DocsBase

if TYPE_CHECKING:
    from ninja import NinjaAPI

METHOD_ORDER = ["get", "post", "put", "patch", "delete"]


def _ref_name(schema: dict[str, Any] | None) -> str:
    if not schema:
        return ""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list of {_ref_name(schema.get('items'))}"
    return str(schema.get("type", ""))


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per operation, grouped by tag, in path order."""
    rows = []
    for path, item in schema.get("paths", {}).items():
        for method in METHOD_ORDER:
            op = item.get(method)
            if op is None:
                continue
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            ok = next((c for c in sorted(op.get("responses", {})) if c.startswith("2")), "")
            ok_schema = (
                op["responses"][ok].get("content", {}).get("application/json", {}).get("schema")
                if ok
                else None
            )
            rows.append(
                {
                    "tag": (op.get("tags") or [""])[0],
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "required": p.get("required", False),
                            "type": _ref_name(p.get("schema")),
                            "description": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": _ref_name(body.get("schema")),
                    "status": ok,
                    "returns": _ref_name(ok_schema),
                }
            )
    return sorted(rows, key=lambda r: r["tag"])


class SchemaDocs(DocsBase):
    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs: Any) -> HttpResponse:
        schema = api.get_openapi_schema(path_params=kwargs)
        return render(
            request,
            "api/docs.html",
            {
                "api": api,
                "operations": operations(schema),
                "schemas": sorted(schema.get("components", {}).get("schemas", {}).items()),
                "openapi_url": self.get_openapi_url(api, kwargs),
            },
        )
