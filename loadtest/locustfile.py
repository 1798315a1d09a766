"""Load soak: signed-in chapter leaders reading and writing, against 127.0.0.1 only.

Run through `hec bench soak` (it prepares PostgreSQL, starts gunicorn and passes the target in
HEC_SOAK_CONFIG: a JSON file with host port, chapter slug, person ids, e-mail, password and an
API token). Every non-2xx/3xx response counts as a failure; the soak requires none.
"""

from __future__ import annotations

import json
import os
import random
import re
import uuid

from locust import HttpUser, between, task

CONFIG = json.loads(open(os.environ["HEC_SOAK_CONFIG"]).read())  # noqa: SIM115
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SLUG = CONFIG["chapter_slug"]
API = f"/api/v1/chapters/{SLUG}"


def csrf_from(response) -> str:
    match = CSRF.search(response.text)
    if not match:
        response.failure("no CSRF field in the form")
        return ""
    return match.group(1)


class Organizer(HttpUser):
    wait_time = between(0.5, 2.0)

    def on_start(self) -> None:
        assert self.host and self.host.startswith("http://127.0.0.1:"), "loopback only"
        self.mine: list[str] = []
        with self.client.get("/accounts/login/", catch_response=True) as page:
            token = csrf_from(page)
        self._plain_http_cookies()
        with self.client.post(
            "/accounts/login/",
            {
                "csrfmiddlewaretoken": token,
                "login": CONFIG["email"],
                "password": CONFIG["password"],
            },
            allow_redirects=False,
            catch_response=True,
            name="sign in",
        ) as response:
            if response.status_code != 302:
                response.failure(f"sign-in answered {response.status_code}")
        self._plain_http_cookies()

    def _plain_http_cookies(self) -> None:
        """Production cookies are marked Secure; on loopback HTTP, send them anyway."""
        for cookie in self.client.cookies:
            cookie.secure = False

    def _api_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {CONFIG['token']}"}

    @task(5)
    def people_list(self) -> None:
        page = random.randint(1, 5)
        self.client.get(f"/c/{SLUG}/people/?page={page}", name="people list")

    @task(3)
    def people_search(self) -> None:
        term = random.choice(CONFIG["search_terms"])
        self.client.get(f"/c/{SLUG}/people/?q={term}", name="people search")

    @task(3)
    def person_detail(self) -> None:
        person = random.choice(CONFIG["person_ids"])
        self.client.get(f"/c/{SLUG}/people/{person}/", name="person detail")

    @task(2)
    def api_people(self) -> None:
        self.client.get(f"{API}/people", headers=self._api_headers(), name="API people")

    @task(1)
    def api_lists(self) -> None:
        for what in ("memberships", "organizations"):
            self.client.get(f"{API}/{what}", headers=self._api_headers(), name=f"API {what}")

    @task(1)
    def create_person_api(self) -> None:
        body = {"name": f"Soak {uuid.uuid4().hex[:10]}", "kind": "community"}
        with self.client.post(
            f"{API}/people",
            json=body,
            headers=self._api_headers(),
            catch_response=True,
            name="API create person",
        ) as response:
            if response.status_code != 201:
                response.failure(f"create answered {response.status_code}: {response.text[:200]}")
            else:
                self.mine.append(response.json()["id"])

    @task(1)
    def edit_person_form(self) -> None:
        if not self.mine:
            return self.create_person_api()
        person = random.choice(self.mine)
        url = f"/c/{SLUG}/people/{person}/edit/"
        with self.client.get(url, name="edit form", catch_response=True) as page:
            token = csrf_from(page)
        self._plain_http_cookies()
        with self.client.post(
            url,
            {
                "csrfmiddlewaretoken": token,
                "name": f"Soak edited {uuid.uuid4().hex[:8]}",
                "kind": "community",
                "preferred_language": "en",
            },
            headers={"Referer": self.host + url},
            allow_redirects=False,
            catch_response=True,
            name="edit person (form)",
        ) as response:
            if response.status_code != 302:
                response.failure(f"edit answered {response.status_code}")
        return None
