from __future__ import annotations

import pytest

pytest.importorskip("numpy")

from hec.patterns.engine import discover_themes  # noqa: E402
from hec.patterns.engine.themes import ThemeItem, choose_k  # noqa: E402

from .stories import CHINESE, FRENCH  # noqa: E402

HOUSING = [
    "There is mold in the bathroom and the landlord will not fix the leak in the ceiling.",
    "Mold keeps coming back on the walls and the leak under the sink was never fixed.",
    "The roof leak made the carpet wet and now there is mold and roaches everywhere.",
    "Black mold in the kids room, the landlord says the leak is our fault.",
    "Hay moho en el cuarto por una gotera y el dueño no quiere arreglar nada.",
    "Roaches and mice in the kitchen, and the landlord never sends maintenance.",
]
WORK = [
    "My boss cut my hours and there is no sick leave at the warehouse.",
    "No sick leave, so I work the double shift at the warehouse even with a fever.",
    "The manager cut our hours again and schedules the night shift without asking.",
    "El mayordomo nos quitó las horas extra y no hay días de enfermedad en el trabajo.",
    "At the warehouse the supervisor times our bathroom breaks and cuts hours if we complain.",
]
NEW = [
    "My phone data plan ran out again so every video call kept dropping.",
    "The data plan ran out by the 15th and the video call dropped halfway.",
    "Video calls keep dropping because the phone data plan is always used up.",
    "Once the data plan runs out, the video call just drops, every single month.",
]


def _items() -> list[dict[str, str]]:
    stories = HOUSING + WORK + NEW + [FRENCH, CHINESE]
    return [{"id": f"s{i:02d}", "text": t, "lang": None} for i, t in enumerate(stories)]


def test_same_seed_same_themes():
    a = [t.as_dict() for t in discover_themes(_items(), seed=3)]
    b = [t.as_dict() for t in discover_themes(_items(), seed=3)]
    assert a == b and a
    # a different seed may split groups differently but never loses or duplicates stories
    c = discover_themes(_items(), seed=4)
    assert sorted(m for t in c for m in t.members) == sorted(m for t in a for m in t["members"])


def test_members_and_representatives_are_consistent():
    themes = discover_themes(_items(), seed=0)
    seen: set[str] = set()
    ids = {x["id"] for x in _items()}
    for t in themes:
        assert t.label and t.members
        assert set(t.members) <= ids
        assert not (set(t.members) & seen), "a story sits in two themes"
        seen |= set(t.members)
        assert 1 <= len(t.representatives) <= 3
        assert set(t.representatives) <= set(t.members)
        assert len(t.representatives) == min(3, len(t.members))
        assert t.new_pattern == (t.categories == [])


def test_categories_become_separate_themes():
    themes = discover_themes(_items(), seed=0)
    where = {m: t for t in themes for m in t.members}
    housing = {where[f"s{i:02d}"].id for i in range(len(HOUSING)) if f"s{i:02d}" in where}
    work = {
        where[f"s{i:02d}"].id
        for i in range(len(HOUSING), len(HOUSING) + len(WORK))
        if f"s{i:02d}" in where
    }
    assert housing and work and not (housing & work)
    cats = {t.categories[0] for t in themes if t.categories}
    assert {"housing_quality", "work_conditions"} <= cats
    hq = next(t for t in themes if t.categories[:1] == ["housing_quality"])
    assert "mold" in " ".join(hq.keywords) and "Unsafe or unhealthy housing" in hq.label


def test_shared_vocabulary_outside_the_categories_is_a_new_pattern():
    themes = discover_themes(_items(), seed=0)
    new = [t for t in themes if t.new_pattern]
    assert len(new) == 1
    start = len(HOUSING) + len(WORK)
    assert set(new[0].members) == {f"s{i:02d}" for i in range(start, start + len(NEW))}
    assert any("data plan" in k or "video call" in k for k in new[0].keywords)


def test_uncoded_languages_are_left_out():
    themes = discover_themes(_items(), seed=0)
    members = {m for t in themes for m in t.members}
    n = len(HOUSING) + len(WORK) + len(NEW)
    assert f"s{n:02d}" not in members and f"s{n + 1:02d}" not in members


def test_given_categories_are_used():
    items = [ThemeItem(f"x{i}", t, "en", ["education"]) for i, t in enumerate(HOUSING[:4])]
    themes = discover_themes(items, seed=0)
    assert [t.categories[0] for t in themes] == ["education"]


def test_progress_is_reported():
    calls: list[tuple[str, int, int]] = []
    discover_themes(_items(), seed=0, progress=lambda s, d, n: calls.append((s, d, n)))
    stages = [c[0] for c in calls]
    assert "coding" in stages and "clustering" in stages
    assert ("coding", len(_items()), len(_items())) in calls


def test_themes_per_group_are_small_then_grow_slowly():
    assert choose_k(5) == 1 and choose_k(9) == 1
    assert choose_k(18) == 4  # about five stories a theme in a small group ...
    assert choose_k(40) == 5  # ... at most five
    assert choose_k(80) == 6 and choose_k(160) == 7  # then one more per doubling
    assert choose_k(1_000_000) == 12
    assert all(choose_k(n) <= choose_k(n + 1) for n in range(1, 5000))


def test_coding_in_two_processes_gives_the_same_themes(monkeypatch):
    from hec.patterns.engine import themes as mod

    monkeypatch.setattr(mod, "PARALLEL_MIN", 5)
    monkeypatch.setattr(mod, "CHUNK", 4)
    calls: list[tuple[str, int, int]] = []
    two = discover_themes(_items(), seed=2, workers=2, progress=lambda *a: calls.append(a))
    one = discover_themes(_items(), seed=2, workers=1)
    assert [t.as_dict() for t in two] == [t.as_dict() for t in one]
    assert ("coding", 4, len(_items())) in calls  # progress after each chunk


def test_rival_category_features_never_show_in_labels():
    from hec.patterns.engine import themes as mod

    surface: dict = {}
    feats = mod._code_one(
        "The landlord raised the rent and the mold in the apartment gives my son asthma.",
        "en",
        None,
        surface,
    )[0]
    assert any(f.startswith(mod.CUE_MARK) for f in feats)  # a rival category is named
    for theme in discover_themes(_items(), seed=0):
        assert not any(k.startswith(mod.CUE_MARK) for k in theme.keywords)
        assert mod.CUE_MARK not in theme.label
