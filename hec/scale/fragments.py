"""Sentence fragments that generated stories and one-to-one notes are recombined from.

Each category and downstream effect has a few sentences in English and Spanish, so a
generated story's words agree with its codes (the pattern engine and search can be measured
on it). Written for the generator; not real stories.
"""

from __future__ import annotations

OPENERS = {
    "en": [
        "I've been meaning to say this at a meeting.",
        "It started last winter.",
        "Nobody asks about this, so I'll tell you.",
        "This is about my family.",
        "I don't usually talk about it.",
        "It's been a hard year.",
        "",
        "",
    ],
    "es": [
        "Esto lo quería decir en una reunión.",
        "Todo empezó el invierno pasado.",
        "Nadie pregunta por esto, así que se lo cuento.",
        "Esto es de mi familia.",
        "Casi no hablo de esto.",
        "Ha sido un año difícil.",
        "",
        "",
    ],
}

CATEGORY = {
    "work_conditions": {
        "en": [
            "There are no paid sick days at my job, so I work sick.",
            "They cut my hours and changed my shifts with a day's notice.",
            "My boss says if I miss a shift there are ten people waiting for it.",
        ],
        "es": [
            "En mi trabajo no pagan los días de enfermedad, así que trabajo enferma.",
            "Me cortaron las horas y me cambian el turno de un día para otro.",
            "El patrón dice que si falto hay diez esperando mi lugar.",
        ],
    },
    "income_poverty": {
        "en": [
            "By the end of the month the money is gone.",
            "The electric company sent a shut-off notice again.",
            "We're behind on three bills and the calls never stop.",
        ],
        "es": [
            "A fin de mes ya no queda nada de dinero.",
            "Otra vez nos llegó el aviso de que nos cortan la luz.",
            "Debemos tres recibos y no dejan de llamar.",
        ],
    },
    "food_insecurity": {
        "en": [
            "Some weeks we eat whatever the food bank has.",
            "I skip meals so the kids can eat.",
            "Fresh food costs too much, so it's noodles and bread.",
        ],
        "es": [
            "Hay semanas que comemos lo que nos dan en el banco de comida.",
            "Yo no como para que coman los niños.",
            "La comida fresca está carísima, así que es sopa y pan.",
        ],
    },
    "housing_instability": {
        "en": [
            "The rent went up again and we got a notice to leave.",
            "We moved three times in two years.",
            "Half of what I earn goes to rent.",
        ],
        "es": [
            "Subieron la renta otra vez y nos dieron aviso de desalojo.",
            "Nos hemos cambiado tres veces en dos años.",
            "La mitad de lo que gano se va en la renta.",
        ],
    },
    "homelessness": {
        "en": [
            "I've been sleeping in my car since the spring.",
            "They swept the camp and I lost my papers and my medicine.",
            "The shelter was full, so we stayed outside.",
        ],
        "es": [
            "Desde la primavera duermo en el carro.",
            "Levantaron el campamento y perdí mis papeles y mi medicina.",
            "El albergue estaba lleno y nos quedamos en la calle.",
        ],
    },
    "housing_quality": {
        "en": [
            "There's mold on the walls and the heat doesn't work.",
            "The landlord won't fix the leak or the mice.",
            "We're seven people in two rooms.",
        ],
        "es": [
            "Hay moho en las paredes y la calefacción no sirve.",
            "El dueño no arregla la gotera ni los ratones.",
            "Somos siete en dos cuartos.",
        ],
    },
    "transportation": {
        "en": [
            "The bus takes an hour and a half each way.",
            "My car broke down and I can't pay for the repair.",
            "There's no bus out where we live.",
        ],
        "es": [
            "El camión tarda hora y media de ida.",
            "Se me descompuso el carro y no tengo para arreglarlo.",
            "Donde vivimos no pasa el camión.",
        ],
    },
    "environment": {
        "en": [
            "When the wildfire smoke came we had no air filter.",
            "It was over a hundred degrees in the apartment.",
            "We live next to the freeway and the dust is everywhere.",
        ],
        "es": [
            "Cuando llegó el humo de los incendios no teníamos filtro de aire.",
            "En el apartamento hacía más de cien grados.",
            "Vivimos junto a la autopista y hay polvo por todos lados.",
        ],
    },
    "safety_violence": {
        "en": [
            "There was a shooting on our block.",
            "I don't let the kids play outside anymore.",
            "Someone broke into our place twice.",
        ],
        "es": [
            "Hubo balazos en nuestra cuadra.",
            "Ya no dejo que los niños jueguen afuera.",
            "Se metieron a robar a la casa dos veces.",
        ],
    },
    "education": {
        "en": [
            "My son is falling behind and the school doesn't explain why.",
            "I had to drop my classes to work more.",
            "I can't afford the books this term.",
        ],
        "es": [
            "Mi hijo se está atrasando y en la escuela no me explican por qué.",
            "Tuve que dejar las clases para trabajar más.",
            "Este semestre no me alcanza para los libros.",
        ],
    },
    "language_access": {
        "en": [
            "The prescription label was only in English.",
            "There was no interpreter, so my daughter translated.",
            "The papers from the clinic were in a language my mother can't read.",
        ],
        "es": [
            "La etiqueta de la medicina venía nomás en inglés.",
            "No había intérprete y mi hija tuvo que traducir.",
            "Los papeles de la clínica estaban en inglés y mi mamá no los entiende.",
        ],
    },
    "care_access": {
        "en": [
            "The clinic has a three-month wait.",
            "We don't have insurance, so we wait until it's bad.",
            "The medicine costs more than I make in a week.",
        ],
        "es": [
            "En la clínica hay que esperar tres meses.",
            "No tenemos aseguranza, así que esperamos hasta que está grave.",
            "La medicina cuesta más de lo que gano en una semana.",
        ],
    },
    "discrimination": {
        "en": [
            "They treated me differently because of how I look.",
            "The landlord stopped answering when he heard my accent.",
            "At work the hard jobs always go to people like us.",
        ],
        "es": [
            "Me trataron diferente por cómo me veo.",
            "El dueño ya no contestó cuando oyó mi acento.",
            "En el trabajo los trabajos pesados siempre son para nosotros.",
        ],
    },
    "isolation": {
        "en": [
            "I don't have anyone to call here.",
            "Since my husband died I barely leave the house.",
            "Most days I don't talk to anybody.",
        ],
        "es": [
            "Aquí no tengo a quién llamar.",
            "Desde que murió mi esposo casi no salgo de la casa.",
            "Hay días que no hablo con nadie.",
        ],
    },
    "immigration_legal": {
        "en": [
            "We're afraid to go to the clinic because of our papers.",
            "My brother was detained and we don't know where he is.",
            "With my record nobody will rent to me.",
        ],
        "es": [
            "Nos da miedo ir a la clínica por los papeles.",
            "Detuvieron a mi hermano y no sabemos dónde está.",
            "Con mis antecedentes nadie me quiere rentar.",
        ],
    },
    "family_caregiving": {
        "en": [
            "I take care of my mother and work nights.",
            "Childcare costs more than the rent.",
            "I'm raising my sister's kids now.",
        ],
        "es": [
            "Cuido a mi mamá y trabajo de noche.",
            "La guardería cuesta más que la renta.",
            "Ahora yo crío a los hijos de mi hermana.",
        ],
    },
}

EFFECT = {
    "delayed_care": {
        "en": ["I keep putting off the doctor.", "I missed my appointments."],
        "es": ["Sigo dejando la cita del doctor para después.", "Perdí mis citas."],
    },
    "medication_problems": {
        "en": ["I cut my pills in half to make them last.", "I ran out of my medicine."],
        "es": ["Parto las pastillas a la mitad para que me duren.", "Se me acabó la medicina."],
    },
    "chronic_disease": {
        "en": ["My diabetes is out of control.", "My blood pressure keeps going up."],
        "es": ["Tengo el azúcar descontrolada.", "La presión no me baja."],
    },
    "respiratory": {
        "en": ["My son's asthma got worse.", "I've had a cough for weeks."],
        "es": ["Al niño le empeoró el asma.", "Traigo tos desde hace semanas."],
    },
    "infection_spread": {
        "en": ["The whole shift got sick.", "The kids passed it to everyone."],
        "es": ["Se enfermó todo el turno.", "Los niños se lo pegaron a todos."],
    },
    "mental_health": {
        "en": ["I can't sleep from the worry.", "I feel anxious all the time."],
        "es": ["No duermo de la preocupación.", "Ando con nervios todo el tiempo."],
    },
    "injury": {
        "en": ["I hurt my back and kept working.", "I fell and nobody checked on it."],
        "es": ["Me lastimé la espalda y seguí trabajando.", "Me caí y nadie me revisó."],
    },
    "emergency_use": {
        "en": ["We ended up in the emergency room.", "The ambulance came at night."],
        "es": ["Terminamos en emergencias.", "En la noche tuvo que venir la ambulancia."],
    },
    "maternal_child": {
        "en": ["I missed my prenatal visits.", "The baby is always sick."],
        "es": ["Perdí las citas del embarazo.", "El bebé siempre anda enfermo."],
    },
    "substance_use": {
        "en": ["Drinking is the only thing that helps me sleep.", "I started using again."],
        "es": ["Tomar es lo único que me deja dormir.", "Volví a tomar."],
    },
    "nutrition": {
        "en": ["The kids are eating mostly chips.", "The doctor says my daughter is underweight."],
        "es": ["Los niños comen puras papitas.", "El doctor dice que la niña está baja de peso."],
    },
}

CLOSERS = {
    "en": [
        "I want the people who decide this to hear it.",
        "I'm not the only one on my street.",
        "I'd come to a meeting about it.",
        "",
        "",
    ],
    "es": [
        "Quiero que lo oigan los que deciden.",
        "No soy la única en mi calle.",
        "Yo iría a una reunión sobre esto.",
        "",
        "",
    ],
}

INTERESTS = [
    "her kids' school",
    "his congregation's food pantry",
    "becoming a nurse practitioner",
    "affordable housing near campus",
    "immigrant rights",
    "paid sick leave",
    "clean air in the valley",
    "mental health for students",
    "the tenants' association",
    "bus service to the clinic",
    "language access at the pharmacy",
    "coaching youth soccer",
    "a community garden",
    "the union contract",
    "her aging parents",
]

PRESSURES = [
    "rent going up",
    "no sick days",
    "long bus rides",
    "wildfire smoke",
    "clinic wait times",
    "cost of insulin",
    "childcare",
    "eviction notices",
    "labels not in her language",
    "loneliness",
    "student debt",
    "unsafe streets",
]

FOLLOW_UPS = [
    "Invite to the house meeting",
    "Send the sick-leave fact sheet",
    "Introduce to the tenants' association",
    "Ask to host a listening session",
    "Bring to the research action",
    "Second one-to-one in a month",
]

PRIVATE_NOTES = [
    "Going through a divorce; don't push on time commitments.",
    "Worried about her status; keep her name off lists.",
    "Strong potential leader, a bit guarded at first.",
    "Mentioned depression; shared the counseling center's number.",
]
