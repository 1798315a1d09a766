from django.apps import AppConfig


class ListeningConfig(AppConfig):
    name = "hec.listening"
    label = "listening"
