from __future__ import annotations

import importlib


def test_the_server_reads_the_coding_model_when_it_starts():
    from hec.patterns.engine.learned import default_model

    default_model.cache_clear()
    import hec.wsgi

    importlib.reload(hec.wsgi)
    assert default_model.cache_info().currsize == 1
    assert callable(hec.wsgi.application)
