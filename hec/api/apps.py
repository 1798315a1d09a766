from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "hec.api"
    label = "api"
