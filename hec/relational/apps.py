from django.apps import AppConfig


class RelationalConfig(AppConfig):
    name = "hec.relational"
    label = "relational"
