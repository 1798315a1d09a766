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
