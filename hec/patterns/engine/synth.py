"""Synthetic stories for scale runs: our own sentence templates recombined at random.

Not a quality benchmark (the sentences are written to be easy); only for timing and
memory of theme discovery on large inputs.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

_EN: dict[str, list[str]] = {
    "work_conditions": [
        "My {boss} cut my hours again and I still have no sick leave.",
        "We work double shifts at the {plant} and nobody gets a real break.",
    ],
    "income_poverty": [
        "The {util} bill came with a shut off notice and I am behind on everything.",
        "I took a payday loan to cover the {util} bill and now I owe more.",
    ],
    "food_insecurity": [
        "By the end of the month we go to the food bank at the {place}.",
        "I skip lunch so the kids can eat, the SNAP runs out by the {day}.",
    ],
    "housing_instability": [
        "The landlord raised the rent and gave us a notice to vacate by {day}.",
        "We are staying with my {rel} since the eviction.",
    ],
    "homelessness": [
        "I have been sleeping in my car behind the {place} since spring.",
        "The shelter was full again so we slept outside near the {place}.",
    ],
    "housing_quality": [
        "There is mold in the {room} and the landlord will not fix the leak.",
        "No heat all winter, we use the oven and a space heater in the {room}.",
    ],
    "transportation": [
        "The bus to the {place} takes two transfers and an hour each way.",
        "My car broke down so I missed work and the {place} appointment.",
    ],
    "environment": [
        "The wildfire smoke gets in the {room} and the air quality is terrible.",
        "Diesel trucks from the {plant} go past all night and the air smells.",
    ],
    "safety_violence": [
        "There was another shooting by the {place} so the kids stay inside.",
        "I am afraid to walk home from the {place} after dark.",
    ],
    "education": [
        "My son was suspended from school and the teacher never called about his IEP.",
        "I dropped out of college when the financial aid stopped at the {place}.",
    ],
    "language_access": [
        "There was no interpreter at the {place} and the forms were only in English.",
        "The pharmacy label was in English so my {rel} guessed the dose.",
    ],
    "care_access": [
        "Without insurance the {place} visit cost more than my rent.",
        "The specialist has a waitlist of six months and the copay is too high.",
    ],
    "discrimination": [
        "The {boss} treated me differently because of my accent.",
        "They followed me around the store because I am {who}.",
    ],
    "isolation": [
        "Since my {rel} died I have no one to call and I feel so lonely.",
        "I do not know anyone here and I spend the weeks alone.",
    ],
    "immigration_legal": [
        "My {rel} was detained by immigration and we are afraid to go out.",
        "With a felony record nobody at the {place} will hire me.",
    ],
    "family_caregiving": [
        "I take care of my {rel} with dementia and also the kids at night.",
        "Daycare costs too much so my {rel} watches the baby while I work.",
    ],
}
_ES: dict[str, list[str]] = {
    "work_conditions": ["El mayordomo nos quitó las horas extra y no hay días de enfermedad."],
    "income_poverty": ["No nos alcanza para la luz y ya llegó el aviso de corte."],
    "food_insecurity": ["Vamos al banco de comida porque a fin de mes no hay comida."],
    "housing_instability": ["El casero subió la renta y nos dio aviso de desalojo."],
    "homelessness": ["Dormimos en el carro desde que nos sacaron, el albergue está lleno."],
    "housing_quality": ["Hay moho en el cuarto y cucarachas, el dueño no arregla nada."],
    "transportation": ["No tengo carro y el camión tarda dos horas para llegar a la clínica."],
    "environment": ["Cuando fumigan los campos el olor a pesticidas entra a la casa."],
    "safety_violence": ["Hubo una balacera en la esquina y ya no salimos de noche."],
    "education": ["Mi hija dejó la escuela y no hay clases de inglés en la tarde."],
    "language_access": ["En la clínica no había intérprete y no entendí las instrucciones."],
    "care_access": ["No tengo seguro médico y la cita con el especialista es muy cara."],
    "discrimination": ["Nos tratan diferente por ser latinos y por mi acento."],
    "isolation": ["Me siento sola, no conozco a nadie aquí y mi familia está lejos."],
    "immigration_legal": ["Tenemos miedo de la migra porque no tenemos papeles."],
    "family_caregiving": ["Cuido a mi mamá con demencia y a mis hijos, no hay guardería."],
}
_SLOTS = {
    "boss": ["boss", "manager", "supervisor", "foreman"],
    "plant": ["plant", "warehouse", "factory", "packing house", "refinery"],
    "util": ["electric", "water", "gas", "power"],
    "place": ["clinic", "library", "church", "school", "park", "store", "hospital", "station"],
    "day": ["Friday", "the 15th", "the end of the month", "Monday"],
    "rel": ["mother", "father", "sister", "brother", "cousin", "husband", "wife", "grandmother"],
    "room": ["bedroom", "kitchen", "basement", "living room", "bathroom"],
    "who": ["Black", "Latina", "Native", "Muslim", "trans", "disabled"],
}
_FILLER = [
    "It has been like this for a long time.",
    "I told the organizer at our meeting.",
    "We are tired but we keep going.",
    "Nobody seems to listen.",
    "Es lo mismo cada mes.",
    "Lo conté en la reunión del capítulo.",
]


def synth_stories(n: int, seed: int = 0) -> Iterator[dict[str, object]]:
    """Yield ``n`` stories {id, text, lang, categories} (categories are the generator's)."""
    rng = random.Random(seed)
    cats = sorted(_EN)
    for i in range(n):
        spanish = rng.random() < 0.15
        table = _ES if spanish else _EN
        chosen = [rng.choice(cats)]
        if rng.random() < 0.35:
            chosen.append(rng.choice([c for c in cats if c != chosen[0]]))
        parts = []
        for c in chosen:
            tpl = rng.choice(table[c])
            parts.append(tpl.format(**{k: rng.choice(v) for k, v in _SLOTS.items()}))
        if rng.random() < 0.5:
            parts.append(rng.choice(_FILLER))
        yield {
            "id": f"synth-{i:07d}",
            "text": " ".join(parts),
            "lang": "es" if spanish else "en",
            "categories": chosen,
        }
