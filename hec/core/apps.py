from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "hec.core"
    label = "core"
    verbose_name = "Core"
