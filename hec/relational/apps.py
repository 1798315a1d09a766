from django.apps import AppConfig


class RelationalConfig(AppConfig):
    name = "hec.relational"
    label = "relational"

    def ready(self) -> None:
        from hec.people.services import register_person_section
        from hec.relational.sections import meetings_section

        register_person_section(meetings_section)
