from django.apps import AppConfig


class RelationalConfig(AppConfig):
    name = "hec.relational"
    label = "relational"

    def ready(self) -> None:
        from hec.people.merge import register_merge_preparation
        from hec.people.sections import register_person_section
        from hec.relational.sections import meetings_section
        from hec.relational.services import meetings_between_removed

        register_person_section(meetings_section)
        register_merge_preparation("relational.meetings_between_removed", meetings_between_removed)
