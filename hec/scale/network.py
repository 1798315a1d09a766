"""Generator steps: affiliates, chapters, partner organizations and partnerships."""

from __future__ import annotations

from datetime import timedelta

from django.utils.text import slugify

from hec.people.models import Affiliate, Chapter, Organization, Partnership
from hec.scale.context import BASE_DATE, BASE_TIME, GenContext
from hec.scale.names import CITIES, INSTITUTION_PATTERNS, ORG_PATTERNS, ORG_WORDS
from hec.scale.scales import BENCH_CHAPTER_SLUG


def _city(name: str) -> str:
    return name.replace("-", " ")


def affiliates(ctx: GenContext) -> int:
    rows = []
    for i in range(ctx.scale.affiliates):
        city = _city(CITIES[i % len(CITIES)])
        suffix = f" {i // len(CITIES) + 1}" if i >= len(CITIES) else ""
        rows.append(
            Affiliate(
                public_id=ctx.public_id(),
                name=f"{city} Industrial Areas Foundation{suffix}",
                slug=slugify(f"{city}-iaf{suffix}"),
                city=city,
                region="",
            )
        )
    ctx.state["affiliates"] = ctx.bulk_create(Affiliate, rows, "affiliates")
    return len(rows)


def chapters(ctx: GenContext) -> int:
    affiliates = ctx.state["affiliates"]
    rows, slugs = [], set()
    for i in range(ctx.scale.chapters):
        affiliate = affiliates[i % len(affiliates)]
        if i == 0:
            name, slug, institution = "HEC Bench Seattle", BENCH_CHAPTER_SLUG, "Bench University"
        else:
            institution = ctx.rng.choice(INSTITUTION_PATTERNS).format(c=affiliate.city)
            slug = base = slugify(institution)
            n = 2
            while slug in slugs:
                slug, n = f"{base}-{n}", n + 1
            name = f"HEC {institution}" + (f" ({n - 1})" if slug != base else "")
        slugs.add(slug)
        rows.append(
            Chapter(
                public_id=ctx.public_id(),
                name=name,
                slug=slug,
                institution=institution,
                city=affiliate.city,
                affiliate=affiliate,
                founded_on=BASE_DATE - timedelta(days=ctx.rng.randint(60, 3650)),
                status=ctx.rng.choices(["active", "forming", "dormant"], [85, 10, 5])[0],
            )
        )
    ctx.state["chapters"] = ctx.bulk_create(Chapter, rows, "chapters")
    return len(rows)


def organizations(ctx: GenContext) -> int:
    cities = [a.city for a in ctx.state["affiliates"]]
    kinds = list(ORG_PATTERNS)
    weights = [30, 8, 15, 12, 8, 20, 5, 2]
    rows: list[Organization] = []
    seen: set[tuple[str, str]] = set()
    while len(rows) < ctx.scale.organizations:
        kind = ctx.rng.choices(kinds, weights)[0]
        city = ctx.rng.choice(cities)
        pattern = ctx.rng.choice(ORG_PATTERNS[kind])
        name = pattern.format(
            n=ctx.rng.choice(ORG_WORDS).replace("-", " "), k=ctx.rng.randint(100, 1999)
        )
        if (name, city) in seen:
            name = f"{name} {len(rows)}"
        seen.add((name, city))
        rows.append(
            Organization(
                public_id=ctx.public_id(),
                name=name,
                kind=kind,
                city=city,
                created_at=BASE_TIME - timedelta(days=ctx.rng.randint(0, 1500)),
            )
        )
    ctx.state["organizations"] = ctx.bulk_create(Organization, rows, "organizations")
    return len(rows)


def partnerships(ctx: GenContext) -> int:
    organizations = ctx.state["organizations"]
    by_city: dict[str, list] = {}
    for org in organizations:
        by_city.setdefault(org.city, []).append(org)
    rows = []
    chapter_orgs: dict[int, list] = {}
    for chapter in ctx.state["chapters"]:
        local = by_city.get(chapter.city) or organizations
        k = min(len(local), ctx.rng.randint(4, 16))
        chosen = ctx.rng.sample(local, k)
        chapter_orgs[chapter.pk] = chosen
        for org in chosen:
            rows.append(
                Partnership(
                    public_id=ctx.public_id(),
                    chapter=chapter,
                    organization=org,
                    status=ctx.rng.choices(["active", "prospect", "past"], [70, 20, 10])[0],
                    since=BASE_DATE - timedelta(days=ctx.rng.randint(0, 1500)),
                )
            )
    ctx.state["chapter_orgs"] = chapter_orgs
    ctx.bulk_create(Partnership, rows, "partnerships")
    return len(rows)
