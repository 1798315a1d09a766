"""Facts the demo world is built from: affiliates, chapters, partners and name pools.

Affiliates, cities and institutions are real; the people are invented.
"""

from __future__ import annotations

from datetime import date

AFFILIATES = [
    # slug, name, city, region, website
    ("sound-alliance", "Sound Alliance", "Seattle", "Washington", "https://www.soundalliance.org"),
    (
        "spokane-alliance",
        "Spokane Alliance",
        "Spokane",
        "Washington",
        "https://spokanealliance.org",
    ),
    ("macg", "Metropolitan Alliance for Common Good", "Portland", "Oregon", "https://macg.org"),
]

CHAPTERS = [
    # slug, name, institution, city, affiliate slug, founded on
    ("uw-seattle", "HEC University of Washington", "University of Washington", "Seattle",
     "sound-alliance", date(2009, 9, 15)),
    ("seattle-u", "HEC Seattle University", "Seattle University", "Seattle",
     "sound-alliance", date(2016, 1, 20)),
    ("spokane", "HEC Spokane", "Washington State University Health Sciences Spokane", "Spokane",
     "spokane-alliance", date(2014, 10, 1)),
    ("ohsu-portland", "HEC OHSU", "Oregon Health & Science University", "Portland",
     "macg", date(2013, 2, 12)),
]  # fmt: skip

ORGANIZATIONS = [
    # name, kind, city
    ("St. Mark's Episcopal Cathedral", "congregation", "Seattle"),
    ("SEIU Healthcare 1199NW", "union", "Seattle"),
    ("International Community Health Services", "clinic", "Seattle"),
    ("Tenants Union of Washington State", "tenant_association", "Seattle"),
    ("Catholic Charities Spokane", "nonprofit", "Spokane"),
    ("Spokane Regional Labor Council", "union", "Spokane"),
    ("Spokane Public Schools", "school", "Spokane"),
    ("Unite HERE Local 8", "union", "Portland"),
    ("Latino Network", "nonprofit", "Portland"),
    ("Immigrant and Refugee Community Organization", "nonprofit", "Portland"),
    ("Ainsworth United Church of Christ", "congregation", "Portland"),
    ("Multnomah County Health Department", "government", "Portland"),
]

FIRST_NAMES = [
    "Amara", "Ben", "Carmen", "Dev", "Elena", "Farah", "Gabriel", "Hana", "Isaac", "Jasmine",
    "Kofi", "Lucía", "Malik", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Samuel", "Tuyet",
    "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe", "Ahmed", "Beatriz", "Chen", "Daniela",
    "Eli", "Fatima", "Grace", "Héctor", "Ines", "Jamal", "Kim", "Lena", "Mateo", "Ngozi",
]  # fmt: skip
LAST_NAMES = [
    "Abebe", "Becker", "Castillo", "Dang", "Espinoza", "Fraser", "García", "Hassan", "Ito",
    "Johnson", "Khan", "López", "Martínez", "Nguyen", "Okafor", "Park", "Quintero", "Ramírez",
    "Singh", "Tran", "Usman", "Vargas", "Williams", "Xu", "Yamamoto", "Zhang", "Ali", "Brown",
    "Cruz", "Diaz",
]  # fmt: skip
HOME_COMMUNITIES = {
    "Seattle": ["Rainier Valley", "White Center", "Central District", "Beacon Hill", "Lake City"],
    "Spokane": ["East Central", "West Central", "Hillyard", "Logan", "Peaceful Valley"],
    "Portland": ["Cully", "Lents", "St. Johns", "Rockwood", "Hazelwood"],
}

# Listening sessions (house meetings), a dozen across the chapters:
# chapter slug, title, partner organization (or ""), days ago, place, language, attendees
SESSIONS = [
    ("uw-seattle", "House meeting on encampments and sweeps", "St. Mark's Episcopal Cathedral",
     200, "St. Mark's Cathedral, Bloedel Hall", "en", 12),
    ("uw-seattle", "Reunión de escucha con familias de White Center",
     "International Community Health Services", 120, "ICHS, community room", "es", 9),
    ("uw-seattle", "Tenants' listening session: rent and repairs",
     "Tenants Union of Washington State", 45, "Rainier Valley community center", "en", 10),
    ("seattle-u", "Night-shift workers' house meeting", "SEIU Healthcare 1199NW", 150,
     "SEIU 1199NW union hall", "en", 8),
    ("seattle-u", "Students' listening session on housing and food", "", 30,
     "Student center, room 130", "en", 7),
    ("spokane", "Sick leave stories from the kitchen", "Spokane Regional Labor Council", 220,
     "Labor Temple", "en", 11),
    ("spokane", "Reunión de escucha en la parroquia", "Catholic Charities Spokane", 140,
     "St. Ann's parish hall", "es", 9),
    ("spokane", "Smoke season house meeting", "Spokane Public Schools", 60,
     "Hillyard school library", "en", 8),
    ("ohsu-portland", "Prescription labels listening session",
     "Immigrant and Refugee Community Organization", 210, "IRCO community room", "en", 12),
    ("ohsu-portland", "Reunión sobre la renta y los desalojos", "Latino Network", 100,
     "Latino Network office, Cully", "es", 10),
    ("ohsu-portland", "Hotel workers' house meeting", "Unite HERE Local 8", 50,
     "Unite HERE Local 8 hall", "en", 9),
    ("ohsu-portland", "Congregation listening session", "Ainsworth United Church of Christ", 15,
     "Ainsworth UCC fellowship hall", "en", 8),
]  # fmt: skip

# One-to-ones: what people care about, the pressures they named (by city), what comes next.
INTERESTS = [
    "her kids' school and the PTA",
    "becoming a nurse practitioner and working in her own neighborhood",
    "his mosque's youth program",
    "tenant organizing in her building",
    "immigrant rights; volunteers at a legal clinic",
    "coaching youth soccer on weekends",
    "the union contract at the hospital",
    "air quality research for his thesis",
    "health care for people living outside",
    "the community garden at church",
    "mental health for first-generation students",
    "food access in the neighborhood",
    "workers' rights; wants to practice labor law",
    "staying in the community after graduating",
    "su parroquia y el grupo de jóvenes",
    "que sus hijos terminen la escuela",
]
PRESSURES = {
    "Seattle": [
        "rent up $300 on Beacon Hill",
        "a camp sweep near the bus stop",
        "two buses to get to the clinic",
        "no paid sick days at the restaurant",
        "heat in a top-floor apartment",
        "waiting for an interpreter at the clinic",
        "la renta y los turnos de noche",
    ],
    "Spokane": [
        "no paid sick leave at the diner",
        "wildfire smoke and no air filter",
        "the hourly bus to Airway Heights",
        "the gas bill in winter",
        "a six-month wait for counseling",
        "the grocery store that closed in Hillyard",
        "no hay días de enfermedad en la empacadora",
    ],
    "Portland": [
        "a no-cause eviction notice",
        "rent up the legal maximum again",
        "prescription labels only in English",
        "the long MAX ride from Rockwood",
        "fear of using OHP because of status",
        "mold in the apartment",
        "etiquetas de la farmacia en inglés",
    ],
}
FOLLOW_UPS = [
    "Invite to the next house meeting",
    "Send the sick-leave fact sheet",
    "Connect with the tenants' union organizer",
    "Ask her to host a listening session",
    "Bring him to the research action with the county",
    "Second one-to-one in a month",
    "Share the prescription-label testimony sign-up",
    "Introduce to the chapter's law students",
]
PRIVATE_NOTES = [
    "Going through a divorce; go easy on time commitments.",
    "Worried about a relative's status; keep her name off sign-in sheets.",
    "Strong potential leader; guarded at first, opened up about her brother.",
    "Said he has been feeling low; shared the counseling center's number, checked in next day.",
    "Asked that we never contact her at work.",
]
# Chapter codes under a standard category: chapter slug, category, label, words that apply it.
CHAPTER_CODES = [
    ("spokane", "work_conditions", "No paid sick leave", ("sick", "enfermedad")),
    ("ohsu-portland", "language_access", "Prescription labels", ("label", "etiqueta")),
    ("ohsu-portland", "housing_instability", "No-cause eviction", ("no-cause", "noventa días")),
    ("uw-seattle", "homelessness", "Encampment sweeps", ("swept", "sweep", "campamento")),
]

# What each session's stories were mostly about (a story joins a session on its theme).
SESSION_THEMES = {
    "House meeting on encampments and sweeps": (
        "homelessness", "safety_violence", "housing_quality", "isolation",
    ),
    "Reunión de escucha con familias de White Center": (
        "housing_instability", "income_poverty", "food_insecurity", "immigration_legal",
        "care_access", "language_access", "isolation", "education",
    ),
    "Tenants' listening session: rent and repairs": (
        "housing_instability", "housing_quality", "income_poverty", "discrimination",
        "environment", "food_insecurity",
    ),
    "Night-shift workers' house meeting": (
        "work_conditions", "transportation", "care_access", "family_caregiving", "safety_violence",
    ),
    "Students' listening session on housing and food": (
        "education", "food_insecurity", "housing_instability", "isolation", "discrimination",
        "immigration_legal", "language_access", "income_poverty", "care_access",
    ),
    "Sick leave stories from the kitchen": (
        "work_conditions", "family_caregiving", "income_poverty", "food_insecurity",
    ),
    "Reunión de escucha en la parroquia": (
        "work_conditions", "immigration_legal", "language_access", "isolation",
        "family_caregiving", "care_access", "transportation", "housing_instability",
        "food_insecurity", "discrimination", "education", "safety_violence", "income_poverty",
        "environment",
    ),
    "Smoke season house meeting": (
        "environment", "housing_quality", "safety_violence", "transportation", "isolation",
        "care_access", "education", "homelessness", "discrimination",
    ),
    "Prescription labels listening session": (
        "language_access", "care_access", "isolation", "immigration_legal",
    ),
    "Reunión sobre la renta y los desalojos": (
        "housing_instability", "income_poverty", "immigration_legal", "homelessness",
        "housing_quality", "language_access", "discrimination", "work_conditions",
        "food_insecurity", "transportation", "family_caregiving", "education", "care_access",
        "safety_violence", "isolation",
    ),
    "Hotel workers' house meeting": (
        "work_conditions", "family_caregiving", "transportation", "income_poverty",
    ),
    "Congregation listening session": (
        "isolation", "safety_violence", "discrimination", "food_insecurity", "environment",
        "education", "homelessness", "housing_instability",
    ),
}  # fmt: skip
