from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "hec.people"
    label = "people"
