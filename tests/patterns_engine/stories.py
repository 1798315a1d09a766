"""Small hand-written stories for the engine's tests (not from any data set)."""

from __future__ import annotations

EN = {
    "housing_quality": "The landlord still hasn't fixed the leak and there's black mold on the "
    "bedroom wall. My son's asthma gets worse every week.",
    "work_conditions": "My boss cut my hours again and there is no sick leave, so I go to the "
    "warehouse sick or I lose the shift.",
    "food_insecurity": "By the 20th the food stamps run out and we go to the food pantry at "
    "church. I skip dinner so the kids can eat.",
    "transportation": "I don't have a car and the bus to the clinic takes two transfers, "
    "an hour each way.",
    "language_access": "At the hospital there was no interpreter and they gave my mother the "
    "discharge instructions only in English.",
    "homelessness": "We've been sleeping in our car since March because the shelter is "
    "always full.",
    "immigration_legal": "My uncle was detained by immigration last month and now we are "
    "afraid to drive anywhere without papers.",
}
ES = {
    "housing_instability": "El casero nos subió la renta otra vez y ahora nos dio un aviso "
    "de desalojo para el fin de mes.",
    "language_access": "En la farmacia las etiquetas estaban en inglés y no había intérprete, "
    "no entendí cómo tomar la medicina.",
    "immigration_legal": "Tenemos miedo de salir porque no tenemos papeles y dicen que la "
    "migra anda cerca del trabajo.",
    "food_insecurity": "A fin de mes no hay comida en la casa y vamos al banco de comida "
    "de la iglesia.",
    "housing_quality": "Hay moho en las paredes y cucarachas en la cocina, y el dueño no "
    "quiere arreglar nada.",
}
FRENCH = (
    "Mon propriétaire refuse de réparer le chauffage et nous avons froid tout "
    "l'hiver avec les enfants."
)
CHINESE = "房东一直不修暖气，我们整个冬天都很冷，孩子也生病了。"
