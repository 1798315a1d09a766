from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "hec.public"
    label = "public"
