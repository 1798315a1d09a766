from django.apps import AppConfig


class PatternsConfig(AppConfig):
    name = "hec.patterns"
    label = "patterns"
    verbose_name = "Patterns"
