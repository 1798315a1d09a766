"""Words with several everyday senses: caps on their weight as single-word cues.

``weight: word | word`` caps a one-word cue (same spelling as in the lexicons) at that
weight in every category.  Phrases that contain the word are not capped ("fixed income",
"aviso de corte").  Each word is here because of a common reading unrelated to the
category it is listed under, e.g. English "fine" (I'm fine), "of course", "inside", "the
company", "blood pressure", "black mold", "old" (a 45 year old, my old car); Spanish "solo"
(only), "cara" (face), "seguro" (sure), "boleto" (bus ticket), "estudio" (studio flat),
"helado" (ice cream).
"""

from __future__ import annotations

CAPS: dict[str, str] = {
    "en": """
0.5: fine | inside | course* | program | app | company | record | laundry | memory | fixed | old
1: read | write | writing | spell* | test* | training | learn* | study | letter | notice
1: pharmacy | prescription | sign* | id | case | license | released | background | jumped
1: kicked | domestic | covered | care | wait | power | outside | street | streets | address
1: pressure | stress* | fight* | name | age | weight | black | white | server | cook
1: raise | hotel | agency | applications | check | tight | broke | miss | missing | support
1: nobody | anyone | plant | hot | fire | summer | traffic | burn* | lunch | dinner
1: breakfast | eat | ate | nearest | closest
2: class | understand | forms | explain* | judge | papers | crossed | ride | train | denied
2: booked | stole | stolen | dangerous | neglect | controlling | threaten* | harass* | repair*
2: ceiling | inspection | intake | camping | camp | cleanup | towed | showers | separated
2: degree | detention
""",
    "es": """
0.5: solo | cara | seguro | programa | helado | boleto* | record
1: notas | computadora | internet | licencia | caso | oficial | papeles | farmacia | receta
1: carta* | habla | hablan | hablar | firmar | miedo | esperar | espere | cerrada | luz | agua
1: gas | aire | lejos | llegar | calle | afuera | sola | nadie | iglesia | presion | estres
1: cansada | color | negro | negra | latino | latina
2: aprender | escribir | leer | clase | estudi* | corte | cruce | presa | entender | arregl*
2: bano | techo | quejas | camion | olor* | peste | fabrica | residencia
""",
}


def caps() -> dict[tuple[str, str], float]:
    """``(lang, word) -> maximum weight`` for single-word cues."""
    out: dict[tuple[str, str], float] = {}
    for lang, block in CAPS.items():
        for line in block.strip().splitlines():
            weight, _, rest = line.partition(":")
            for word in rest.split("|"):
                if word.strip():
                    out[(lang, word.strip())] = float(weight)
    return out
