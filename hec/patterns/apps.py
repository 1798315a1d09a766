from django.apps import AppConfig


class PatternsConfig(AppConfig):
    name = "hec.patterns"
    label = "patterns"
    verbose_name = "Patterns"

    def ready(self) -> None:
        from hec.patterns import signals  # noqa: F401  (connects the receivers)
