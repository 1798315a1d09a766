"""Spanish lexicon, second part: colloquial and spoken phrasings (folded, same syntax)."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "work_conditions": """
3: me pagan en efectivo | por debajo del agua | talon de cheque | sin descanso | sin agua | sombra
3: calor en el campo | el rancho | la planta | la empacadora | la carniceria | la limpieza
3: limpio casas | limpio oficinas | de mesera | de cocinero | en la construccion | jardineria
3: !me corrieron | quede sin trabajo | sin trabajo | desemplead* | buscar trabajo
3: no encuentro trabajo
3: el encargado | la encargada | la agencia | la temporada | temporal | nos apuran
3: me lastime en el trabajo
2: yardas | techero | la linea | accidente | cheques | propinas | contratist* | jornaler*
""",
    "income_poverty": """
3: no alcanza el dinero | no me alcanza el cheque | debemos | casa de empeno | empen* | mal credito
3: cobrador* | me llaman para cobrar | los biles | pagar los biles | ayuda para la luz
3: me cortaron el telefono | cortaron el agua | cortaron el gas | todo esta caro
3: no tenemos dinero
3: sin dinero | escoger entre | o pagamos | manutencion | impuestos | taxes
2: la luz | el gas | el agua | el telefono | el internet | credito | ahorrar | discapacidad
""",
    "food_insecurity": """
3: nada que comer | no tenemos que comer | refri vacio | una vez al dia | porciones
3: cajas de comida
3: comida gratis | la iglesia da comida | desayuno en la escuela | comida barata | no hay tienda
3: cupones de comida | tarjeta ebt | formula para el bebe | solo comemos | no cenamos
2: refri | comida chatarra | comida saludable | la tienda | las compras | hambrientos
""",
    "housing_instability": """
3: renta ~ muy cara | no alcanza para la renta | atrasad* ~ renta | debemos ~ renta
3: !nos van a sacar | !nos sacaron | el sheriff | cambiaron la chapa | aviso de 30 dias
3: mudarnos otra vez | nos mudamos | vivimos con otra familia | dos familias | rentamos un cuarto
3: en la sala | el sofa | lista de espera para vivienda | vale de vivienda | no aceptan
3: nos negaron | la aplicacion | primer y ultimo mes | la duena | el dueno vendio | hipoteca
3: perder la casa | nos tenemos que salir | tenemos que mudarnos | nos quieren sacar
2: la administracion | la oficina | credito | el manager | contrato
""",
    "homelessness": """
3: durmiendo en la calle | dormimos afuera | dormir afuera | casa de campana
3: nos quitaron las cosas
3: vivimos en la troca | vivimos en el carro | no tenemos donde dormir | no tenemos a donde ir
3: vale de hotel | regaderas | sin donde vivir | sin lugar | en el parque | debajo del puente
2: las cosas | nuestras cosas | mis cosas | motel | hotel
""",
    "housing_quality": """
3: no sirve la calefaccion | no sirve el calenton | no sirve el calentador | no hay agua caliente
3: se tapa | se inunda | el techo se cae | hoyo* | agujero* | bichos | hormigas | pulgas
3: exterminador | huele a humedad | paredes mojadas | ventanas no cierran | la puerta no cierra
3: muy caliente adentro | dormimos en la sala | compartimos cuarto | inspector | quejas
3: le pedi al dueno | no arregla | no arreglan | nunca arreglan | el manager no
2: la estufa | el refrigerador | ventilador | piso | puerta | sucio | olor
""",
    "transportation": """
3: perdi el camion | el camion no paso | no pasa el camion | la parada | el pasaje | me dan raite
3: pedir raite | la aseguranza del carro | se descompuso | no tengo como llegar
3: no hay como llegar
3: una hora en el camion | dos horas en el camion | muy lejos | cuadras | camine
3: el metro | tranvia | el subte | colectivo | la combi | pesero | el micro
2: el pueblo | gasolina | manejando | llevar a
""",
    "environment": """
3: humo de los incendios | cielo anaranjado | purificador | cubrebocas
3: no podemos abrir las ventanas
3: caloron | golpe de calor | sin sombra | el trafico | la autopista | los aviones | ruido
3: olor a quimicos | huele feo | peste | basurero | quemas | avionetas | agua del pozo
3: hervir el agua | tormenta | la fabrica | la planta
2: el tren | camiones | smog | aire
""",
    "safety_violence": """
3: tiroteo | navaja | cuchillo | me golpearon | nos asaltaron | se metieron a la casa | nos robaron
3: robaron el carro | agujas | cholos | da miedo | no hay luz en la calle | me golpea | mi pareja
3: mi ex | me amenaza | me amenazo | orden de restriccion | abuso sexual | violacion | me acosa
3: me siguio | bullying | nos molestan | me empujo | me pateo | me cacheteo
2: pleitos | peleas | policia | pandilleros | de noche | oscuridad
""",
    "education": """
3: reprob* | suspendieron | expulsaron | faltas | falto a la escuela | consejera | tutor* | kinder
3: beca* | clases de ingles | alfabetizacion | no se leer | no sabe leer | no sabe escribir
3: solo estudie | hasta tercero | hasta sexto | no termine | la universidad | la prepa
2: escuela | maestra | maestro | tarea | estudiar | libros
""",
    "language_access": """
3: no habia interprete | no hay interprete | interprete por telefono | mi hijo me traduce
3: mi hija me traduce | todo en ingles | solo en ingles | no hablo bien el ingles | poco ingles
3: no le entendi | no me explicaron | nadie me explico | firme sin entender | firmar papeles
3: el frasco | la etiqueta | las cartas | los avisos | no hablan espanol | oprima
3: lenguaje de senas
3: zapoteco | nahuatl | en mi idioma | hablo mixteco | hablo triqui | hablo mam | hablo kiche
2: papeles | firmar | la dosis | la receta | en espanol | la pagina
""",
    "care_access": """
3: se me acabo el seguro | perdi el seguro | la tarjeta medica | el copago | el deducible
3: los biles del hospital | deuda medica | me cobraron | la medicina esta cara | la insulina
3: no alcanza para la medicina | no hay citas | me dieron cita para | la lista de espera
3: el especialista | referido | las muelas | los dientes | lentes | clinica gratis
3: centro de salud
3: ayuda financiera | me negaron | no me quisieron atender | no me atendieron | sin seguro medico
2: esperar | espere | horas esperando | el dentista | la clinica | cerrada | descuento
""",
    "discrimination": """
3: nos discriminan | me discriminaron | por no hablar ingles | por ser indigena | por mi nombre
3: nos gritaron | regresate a tu pais | vayanse a su pais | nos ven feo | me trataron mal
3: nos tratan mal | nos tratan como | me humillaron | se burlaron | no me creyeron
3: nos ignoran | menosprecian | los gueros | los blancos | por ser mujer | por ser trans
3: por ser gay | por mi edad | por ser viejo | por mi discapacidad | por ser negro
2: gueros | blancos | raza | color | injusto | injusticia
""",
    "isolation": """
3: no tengo con quien hablar | no conozco a los vecinos | no salgo de la casa | nadie me habla
3: me siento aislada | me siento aislado | me siento excluida | no me invitan | recien llegad*
3: me siento muy sola | me siento muy solo | estoy sola | estoy solo | vivo sola | vivo solo
2: solita | solito | allá en | en mi pais | viuda | viudo | vecinos
""",
    "immigration_legal": """
3: mi estatus | el asilo | corte de inmigracion | deportaron | lo detuvieron | la detuvieron
3: reten | redadas | notario | miedo de aplicar | cruzar | cruce | numero de seguro social
3: manejar sin licencia | boleto* | orden de arresto | arrestaron | salio de la carcel
3: probatoria | libertad condicional | record | la corte | una multa | abogado
2: licencia | multa* | papeles | oficial
""",
    "family_caregiving": """
3: cuidar | cuido | cuidando | la cuido | lo cuido | los cuido | quien cuide a los ninos
3: quien me cuide | sola con los ninos | separacion | nos separamos | me dejo | nos dejo
3: perdi a mi | el velorio | mi mama esta enferma | mis papas | mis suegros | asilo de ancianos
3: peleas en la casa | pleitos en la casa | mis nietos | mi nieto | mi nieta
2: presion | estres | cansada | agotada | mis hijos | los ninos
""",
}
