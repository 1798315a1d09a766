"""Spanish lexicon, third part: the social-context categories and money strain, written
from the category definitions and everyday Latin American usage (folded: no accents,
n for ñ; same syntax as lexicon_en)."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "discrimination": """
3: discriminacion | discriminaron | discriminan | racismo | racista* | por ser inmigrante
3: por ser latino | por ser latina | por ser mexicano | por ser mexicana | por ser mujer
3: por no hablar ingles | porque no hablo ingles | porque hablamos espanol | por hablar espanol
3: por mi acento | por el color de | por mi color | por ser indio | por ser indigena
3: por ser negro | por ser negra | por ser gay | por ser trans | por mi discapacidad
3: por no tener papeles | como si fueramos | como animales | de segunda | como criminales
3: nos trataron mal | me trataron mal | nos tratan mal | me tratan mal | nos tratan como
3: me trataron como | se burlaron | se burlan | burlas | insulto* | nos insultaron | mojado*
3: frijolero* | nos atienden al final | atendieron primero | no nos quisieron atender
3: no me quisieron atender | no me quisieron rentar | no nos quisieron rentar | xenofob*
3: nos ignoran | me ignoran | nos ignoraron | me ignoraron | nos miraron feo | me miraron feo
3: nos pagan menos | me pagan menos | pagan menos a los | derechos civiles | derechos humanos
2: ignoran | ignoraron | indio | prieto* | discapacitad* | sin rampa | trato injusto | injust*
""",
    "safety_violence": """
3: balazos | tiros | disparos | asesin* | mataron | lo mataron | la mataron | homicidio*
3: nos asaltaron | me asaltaron | me golpea | me pega | nos pega | me pegaba | nos pegaba
3: violencia domestica | violencia familiar | violencia intrafamiliar | mi pareja me pega
3: mi esposo me pega | mi marido me pega | me maltrata | nos maltrata | no salimos de noche
3: da miedo salir | miedo de salir de noche | narcos | narcotrafic* | venden droga* | secuestr*
3: extors* | cobro de piso | mareros | la mara | vandalismo | sin alumbrado | calles oscuras
3: no hay luz en la calle | se metieron a la casa | se metieron a robar | entraron a robar
3: robaron el carro | nos robaron | me robaron | atropell* | acoso sexual | me manosearon
3: abuso sexual | violaron | violacion | trata de personas | pleitos en la calle
2: borrachos | grafiti | perros sueltos | lote baldio | casas abandonadas | inseguridad
2: vigilancia | patrullas | miedo por mis hijos | no dejo salir a mis hijos
""",
    "isolation": """
3: vivo sola | vivo solo | vive sola | vive solo | me siento sola | me siento solo
3: me siento muy sola | me siento muy solo | no tengo a nadie | no tengo con quien hablar
3: nadie me visita | nadie nos visita | nadie me llama | nadie nos llama | nadie me habla
3: extrano a mi familia | extrano a mis | lejos de mi familia | lejos de mis hijos
3: no conozco a nadie | no conocemos a nadie | encerrada en la casa | encerrado en la casa
3: aislamiento | me siento excluid* | excluid* | me dejaron de lado | no salgo de la casa
3: no tengo amigos | sin amigos | sin familia aqui | mi familia esta lejos | olvidad*
3: nadie se acuerda | nadie se preocupa | nadie pregunta por mi | no tengo con quien
2: abandonad* | apartad* | extrano | no salgo | sola todo el dia | solo todo el dia
""",
    "immigration_legal": """
3: migracion | la migra | sin papeles | no tengo papeles | no tenemos papeles | sin documentos
3: orden de deportacion | lo deportaron | la deportaron | los deportaron | deportado* | ice
3: agentes de inmigracion | oficiales de inmigracion | permiso de trabajo | tps | refugiad*
3: coyote | cruzamos | cruzar la frontera | se lo llevaron | se la llevaron | se los llevaron
3: cita en la corte | fianza | libertad condicional | antecedentes penales | grillete
3: numero de seguro social | sin seguro social | no tengo seguro social | miedo a la migra
3: cargo publico | carga publica | abogado de inmigracion | estatus migratorio | sin estatus
3: pedir asilo | solicitud de asilo | me detuvieron | lo detuvieron | la detuvieron | multas
3: infraccion* | me pararon | nos pararon | retén | reten | licencia suspendida
2: agentes | lo agarraron | la agarraron | me agarraron | deportar | documentado*
""",
    "income_poverty": """
3: no llegamos a fin de mes | no llego a fin de mes | apenas alcanza | apenas nos alcanza
3: sin dinero | no tenemos dinero | no tengo dinero | falta dinero | falta de dinero
3: atrasad* ~ pagos | pagar la luz | pagar los biles | embargo | embargaron | prestamista*
3: subieron los precios | todo esta caro | todo esta muy caro | pagar la renta o | comida o
3: o pagar | deudas | endeudad* | tarjetas de credito | nos cortaron la luz | nos cortaron el agua
3: me cortaron los beneficios | nos quitaron los cupones | nos cortaron los cupones
3: perdi los beneficios | cheque no alcanza | el sueldo no alcanza | no alcanza el dinero
2: fin de mes | apenas | cobro* | tanda | cuesta mucho | muy caro | ayuda economica
2: asistencia publica | ahorro | gastamos | gastos
""",
    "family_caregiving": """
3: mis hijos solos | los ninos solos | quien cuide a mis hijos | quien me cuide a los ninos
3: no tengo quien cuide | no tengo quien me cuide | cuidar a mis hijos | cuidar a mi mama
3: cuidar a mi papa | cuidar a mi esposo | cuidar a mi hijo | cuidar a mi hija | cuidarla
3: cuidarlo | cuidarlos | se separaron | separaron a mi familia | separacion familiar
3: pleitos en la casa | peleas en la casa | perdi a mi | mi hijo con discapacidad | autismo
3: autista | asilo de ancianos | hogar de ancianos | casa de ancianos | cuidados paliativos
3: faltar al trabajo para | falte al trabajo para | quedarme en casa con | me quede en casa con
2: peleamos | discutimos | discapacitado | criar | criando
1: mi suegra | mi suegro | mis papas | mis padres | mis nietos | mi nieto | mi nieta
1: familiares | pariente*
""",
}
