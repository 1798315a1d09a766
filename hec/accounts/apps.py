from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "hec.accounts"
    label = "accounts"
