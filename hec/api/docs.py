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


def describe(spec: dict[str, Any], components: dict[str, Any]) -> str:
    """A property's type in a few words: `string (max 200)`, `one of: a, b`, `list of X`."""
    if "$ref" in spec:
        name = str(spec["$ref"]).rsplit("/", 1)[-1]
        target = components.get(name, {})
        if "enum" in target:
            return "one of: " + ", ".join(str(v) for v in target["enum"])
        return name
    for key in ("anyOf", "allOf", "oneOf"):
        if key in spec:
            return " or ".join(describe(s, components) for s in spec[key])
    if "const" in spec:
        return repr(spec["const"])
    if "enum" in spec:
        return "one of: " + ", ".join(str(v) for v in spec["enum"])
    kind = str(spec.get("type", "any"))
    if kind == "array":
        kind = f"list of {describe(spec.get('items', {}), components)}"
    if "format" in spec:
        kind += f" ({spec['format']})"
    if "maxLength" in spec:
        kind += f", max {spec['maxLength']} characters"
    if "maximum" in spec:
        kind += f", {spec.get('minimum', '')}..{spec['maximum']}"
    return kind


def schema_rows(schema: dict[str, Any]) -> list[dict[str, Any]]:
    components = schema.get("components", {}).get("schemas", {})
    return [
        {
            "name": name,
            "fields": [
                {
                    "name": field,
                    "type": describe(spec, components),
                    "required": field in body.get("required", []),
                    "description": spec.get("description", ""),
                }
                for field, spec in body.get("properties", {}).items()
            ],
        }
        for name, body in sorted(components.items())
        if "properties" in body
    ]


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per operation, grouped by tag, in path order."""
    components = schema.get("components", {}).get("schemas", {})
    rows = []
    for path, item in schema.get("paths", {}).items():
        for method in METHOD_ORDER:
            op = item.get(method)
            if op is None:
                continue
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            responses = {str(code): r for code, r in op.get("responses", {}).items()}
            ok = next((code for code in sorted(responses) if code.startswith("2")), "")
            ok_schema = (
                responses[ok].get("content", {}).get("application/json", {}).get("schema")
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
                            "type": describe(p.get("schema", {}), components),
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
                "schemas": schema_rows(schema),
                "openapi_url": self.get_openapi_url(api, kwargs),
            },
        )
