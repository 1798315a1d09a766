"""Querysets compiled once per database connection and re-run with new parameter values.

A few small queries run on every signed-in request (the session, the user's memberships).
Django compiles a queryset to SQL each time it runs, which for these costs 5 to 30 times as
much as running the SQL. `PreparedQuery` compiles it once per connection with sentinel
values, finds them among the SQL parameters, and later runs the same SQL with the real values,
turning rows into model instances the way the ORM does (its converters, `Model.from_db`,
select_related populators). Only plain equality/ordering lookups on the values are supported:
a sentinel that does not come out of the compiler unchanged (apart from the database's own
date/time adaptation) is refused when the query is first compiled.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from django.db import connections, router
from django.db.models import Model, QuerySet
from django.db.models.query import get_related_populators  # type: ignore[attr-defined]


def _adapt(connection: Any, value: Any) -> Any:
    """A value as the ORM hands it to the database driver for a date/time/other field."""
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, date):
        return connection.ops.adapt_datefield_value(value)
    return value


class _Compiled:
    def __init__(self, queryset: QuerySet, connection: Any, sentinels: tuple[Any, ...]):
        compiler = queryset.query.get_compiler(connection=connection)
        self.sql, params = compiler.as_sql()
        adapted = [_adapt(connection, s) for s in sentinels]
        self.slots: list[int] = []
        for param in params:
            matches = [i for i, s in enumerate(adapted) if type(s) is type(param) and s == param]
            if len(matches) != 1:
                raise ValueError(f"cannot place parameter {param!r} of {self.sql!r}")
            self.slots.append(matches[0])
        if sorted(set(self.slots)) != list(range(len(sentinels))):
            raise ValueError(f"not every sentinel is a parameter of {self.sql!r}")
        select, klass_info = compiler.select, compiler.klass_info
        self.compiler = compiler
        self.converters = compiler.get_converters([s[0] for s in select[: compiler.col_count]])
        fields = klass_info["select_fields"]
        self.start, self.end = fields[0], fields[-1] + 1
        self.init_list = [s[0].target.attname for s in select[self.start : self.end]]
        self.model: type[Model] = klass_info["model"]
        self.populators = get_related_populators(klass_info, select, connection.alias)

    def run(self, connection: Any, values: tuple[Any, ...]) -> list[Any]:
        adapted = [_adapt(connection, v) for v in values]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, [adapted[slot] for slot in self.slots])
            rows: Any = cursor.fetchall()
        if self.converters:
            rows = self.compiler.apply_converters(rows, self.converters)
        objects = []
        for row in rows:
            obj = self.model.from_db(connection.alias, self.init_list, row[self.start : self.end])
            for populator in self.populators:
                populator.populate(row, obj)
            objects.append(obj)
        return objects


class PreparedQuery:
    """`PreparedQuery(build, *sentinels)`: `build(*values)` returns the queryset; calling the
    prepared query with values returns `list(build(*values))`, compiled only once per
    connection. Sentinels are distinctive example values of the same types, each used once."""

    def __init__(self, build: Callable[..., QuerySet], *sentinels: Any):
        self.build = build
        self.sentinels = sentinels
        self._model: type[Model] | None = None
        self._compiled: weakref.WeakKeyDictionary[Any, _Compiled] = weakref.WeakKeyDictionary()

    def __call__(self, *values: Any) -> list[Any]:
        if self._model is None:
            self._model = self.build(*self.sentinels).model
        connection = connections[router.db_for_read(self._model)]
        compiled = self._compiled.get(connection)
        if compiled is None:
            compiled = _Compiled(self.build(*self.sentinels), connection, self.sentinels)
            self._compiled[connection] = compiled
        return compiled.run(connection, values)
