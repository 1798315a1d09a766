from django.apps import AppConfig


class PrioritiesConfig(AppConfig):
    name = "hec.priorities"
    label = "priorities"
    verbose_name = "Shared priorities"
