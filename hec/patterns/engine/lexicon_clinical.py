"""Clinical and screening register, English and Spanish: how clinic notes, social-needs
screeners and referrals name these pressures ("transportation insecurity", "food insecure",
"uninsured", "IPV", "LEP"), written from the ICD-10-CM Z-code titles, the Gravity Project's
domain names and the wording of common health-related social needs screeners (same syntax
as lexicon_en). Telegraphic notes ("No reliable transportation to dialysis.") carry few
everyday words, so the terms themselves must be cues."""

from __future__ import annotations

CATEGORIES_EN: dict[str, str] = {
    "work_conditions": """
3: !unemployed | !unemployment | underemploy* | job insecurity | !job loss | occupational exposure*
3: occupational hazard* | work related injury | workplace injury | work injury | shift work
3: physically demanding job | !lost employment | employment problem* | return to work
3: work restriction* | light duty | out of work | off work
""",
    "income_poverty": """
3: financial strain | financial hardship | financial insecurity | financial difficult*
3: !financial concerns | material hardship | low income | unable to pay ~ bills
3: utility insecurity | utilities shut off | utilities were shut off | utilities ~ shut off
3: medical debt | bankruptcy
""",
    "food_insecurity": """
3: !food insecur* | !food insufficien* | food access | food desert | !inadequate food
3: !insufficient food | !food needs | !food assistance | food pantr* | meals on wheels | wic
3: snap benefits | ran out of food | skips meals | skipping meals | !hunger | !hungry
""",
    "housing_instability": """
3: !housing instability | !housing insecur* | !unstably housed | !housing needs | rent burden*
3: behind on rent | eviction | !at risk of eviction | !at risk of homelessness | doubled up
3: housing assistance | section 8 | housing voucher* | multiple moves | frequent moves
""",
    "homelessness": """
3: !homeless* | !unhoused | !unsheltered | !lives in ~ car | !living in ~ vehicle
3: !sleeping in ~ car | !lives on the street* | !lives in a shelter | !staying at ~ shelter
3: !no fixed address | !no stable housing | !lack of housing | !street homeless
""",
    "housing_quality": """
3: !inadequate housing | substandard housing | !unsafe housing | housing conditions | !no heat
3: lead exposure | lead paint | pest infestation | !mold exposure | overcrowd*
""",
    "transportation": """
3: !transportation insecurity | !transportation barrier* | !transportation issue*
3: !transportation problem* | !transportation needs | !lack of transportation
3: !lacks transportation | !no transportation | !no reliable transportation
3: !unreliable transportation | !without transportation | !transportation to
3: due to transportation | because of transportation | medical transportation
2: transportation
""",
    "environment": """
3: environmental exposure* | air pollution | air quality | poor air | wildfire smoke
3: smoke exposure | heat exposure | water contamination | contaminated water | pesticide exposure
""",
    "safety_violence": """
3: !intimate partner violence | ipv | !domestic violence | !domestic abuse | !elder abuse
3: !feels unsafe | !feel unsafe | !unsafe at home | !physical abuse | !verbal abuse
3: !emotional abuse | !sexual abuse | !abuse by | !abusive | !assault* | gunshot wound
3: !community violence | !neighborhood violence | !exposure to violence | victim of
""",
    "education": """
3: !low health literacy | !limited literacy | illitera* | !cannot read | !unable to read
3: did not finish high school | did not complete high school | less than high school
3: no high school diploma | educational attainment | learning disabilit* | special education
3: iep | ged
""",
    "language_access": """
3: !limited english proficiency | lep | !non english speaking | spanish speaking only
3: !speaks only spanish | !interpreter | !language barrier* | !needs ~ interpreter
3: !no interpreter | preferred language | !does not speak english
""",
    "care_access": """
3: !uninsured | !underinsured | !no insurance | !lack of insurance | !lost ~ insurance
3: !no pcp | !no primary care | !cost related nonadherence | !unable to afford ~ medication*
3: !cannot afford ~ medication* | !cant afford ~ medication* | !copay* | !co pay*
3: ration* ~ insulin | ration* ~ medication* | !rationing | !unable to afford ~ care
3: !delayed care | !deferred care | prior authorization
3: medicaid | medicare | coverage gap | !cost of care | out of pocket
""",
    "discrimination": """
3: !perceived discrimination | !experienced discrimination | !racism | !racial discrimination
3: !treated differently | !treated unfairly | !bias | stigma* | !mistreat*
""",
    "isolation": """
3: !socially isolated | !social isolation | !lives alone | !lack of social support
3: !no social support | !limited social support | !lonel* | !no support system
3: !no family nearby | !no one to help
""",
    "immigration_legal": """
3: !incarcerat* | recently released | reentry | re entry | probation | parole | !legal problem*
3: !legal issue* | court date | !undocumented | immigration status | !fear of deportation
3: !deportation | detention center | immigration detention
""",
    "family_caregiving": """
3: !caregiver stress | !caregiver burden | !caregiver strain | primary caregiver | caregiving
3: !family conflict | !family stress | bereave* | !recent death | !childcare needs
3: !lack of childcare | !no childcare
""",
}

CATEGORIES_ES: dict[str, str] = {
    "work_conditions": """
3: !desemplead* | !desempleo | !sin empleo | !sin trabajo | accidente laboral
3: accidente de trabajo | lesion laboral | riesgo laboral | exposicion laboral
""",
    "income_poverty": """
3: !inseguridad financiera | !dificultad* economica* | !problemas economicos | bajos ingresos
3: deuda medica | le cortaron ~ luz | le cortaron ~ agua | le cortaron ~ gas
""",
    "food_insecurity": """
3: !inseguridad alimentaria | !falta de alimentos | !falta de comida | banco de alimentos
3: cupones de comida | estampillas | se salta ~ comidas | !pasa hambre
2: despensa
""",
    "housing_instability": """
3: !inestabilidad de vivienda | !inseguridad de vivienda | !riesgo de desalojo | desalojo
3: atrasad* ~ renta | atrasad* ~ alquiler | !riesgo de perder ~ vivienda
""",
    "homelessness": """
3: !sin hogar | !sin techo | !situacion de calle | !vive en la calle | !sin vivienda
3: !viv* en ~ carro | !viv* en ~ coche | !viv* en ~ auto | !viv* en ~ troca | !viv* en ~ camioneta
3: !duerm* en ~ carro | !duerm* en ~ coche | !duerm* en ~ auto | !duerm* en ~ troca
3: !albergue | !refugio
""",
    "housing_quality": """
3: !vivienda inadecuada | !condiciones de vivienda | hacinamiento | moho
2: humedad
""",
    "transportation": """
3: !falta de transporte | !sin transporte | !no tiene transporte | !problemas de transporte
3: !barrera* de transporte | !inseguridad de transporte | por falta de transporte
""",
    "environment": """
3: contaminacion | calidad del aire | humo de ~ incendio* | exposicion a pesticidas
""",
    "safety_violence": """
3: !violencia de pareja | !violencia domestica | !violencia intrafamiliar | !maltrato
3: !abuso fisico | !abuso verbal | !abuso sexual | !se siente insegur* | !agresion
""",
    "education": """
3: !analfabet* | !no sabe leer | !baja alfabetizacion | !no termino ~ primaria
3: !no termino ~ secundaria | !no termino ~ preparatoria | !sin estudios | escolaridad
""",
    "language_access": """
3: !dominio limitado del ingles | !no habla ingles | !solo habla espanol | !interprete
3: !barrera* del idioma | !barrera* linguistica* | idioma preferido
""",
    "care_access": """
3: !sin seguro | !no tiene seguro | !falta de seguro | !sin aseguranza | !no puede pagar ~ medicina*
3: !no alcanza ~ medicina* | !raciona* | !copago*
3: medicaid | medicare | !sin medico de cabecera | gastos medicos
""",
    "discrimination": """
3: !discriminacion | !discriminad* | !racismo | !trato desigual | !la trataron diferente
3: !lo trataron diferente | estigma*
""",
    "isolation": """
3: !aislamiento social | !aislad* | !vive sol* | !falta de apoyo | !sin apoyo | !soledad
3: !no tiene familia
""",
    "immigration_legal": """
3: !encarcelad* | !encarcelamiento | recien liberad* | libertad condicional | !problemas legales
3: !indocumentad* | estatus migratorio | !miedo a ~ deportacion | !deportacion | detencion
""",
    "family_caregiving": """
3: !estres del cuidador | !sobrecarga del cuidador | cuidador* principal | cuidadora principal
3: !conflicto* familiar* | duelo | !falta de guarderia
""",
}
