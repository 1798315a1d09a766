"""Spanish SDOH lexicon (same syntax as lexicon_en), folded: no accents, n for ñ."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "work_conditions": """
3: dias de enfermedad | dia de enfermedad | incapacidad | horas extra* | doble turno
3: turno de noche
3: !me despidieron | !nos despidieron | !me corrieron del trabajo | despido* | !perdi mi trabajo
3: !perdi el trabajo
3: no me pagaron | no nos pagaron | robo de salario | no pagan las horas | compensacion laboral
3: me cortaron las horas | nos cortaron las horas | bajaron las horas | sin pago
3: accidente de trabajo
3: en el trabajo | mi trabajo | el trabajo | mi patron | el patron | mi jefe | el jefe | mayordomo
3: supervisor*
2: jefe | jefa | patron | patrona | trabajo | trabajos | chamba | empleo | empleador*
2: companeros de trabajo
2: turno* | horario* | salario* | sueldo | por hora | la hora | cuota | descanso* | sindicato
2: represalia*
2: campo | los files | la pizca | pizca* | cosecha* | fabrica | bodega | almacen | empacadora
2: lecheria
2: construccion | limpieza | limpiar casas | cocina del restaurante | restaurante | lavaplatos
2: techos
0.5: pagan | pago
1: trabajar | trabajando | trabaje | trabaja | horas | contrato* | quimicos | cargar
""",
    "income_poverty": """
3: no alcanza | no nos alcanza | no me alcanza | no le alcanza | deuda* | debo | prestamo*
3: prestado
3: cortaron la luz | corte de luz | nos cortaron | aviso de corte | recibo de luz | recibo del gas
3: biles | bills
3: tarjeta de credito | cobranza* | recargo* | cuenta de la luz | factura de la luz
3: servicios publicos
2: dinero | plata | pagar | pague | no puedo pagar | no podemos pagar | facturas | cuentas | gastos
2: cheque | ingreso* | beneficios | ayuda del gobierno | seguro social | desempleo | pobreza
2: pobre*
2: caro | cara | precios | todo sube | subio todo | ahorros | dos trabajos | quincena | luz | gas
2: agua
1: dolares | costo | cuesta | pago
""",
    "food_insecurity": """
3: banco de comida | banco de alimentos | despensa* | comedor | cupones | estampillas | snap | ebt
3: wic
3: !hambre | !hambrientos | no comer | sin comer | no comimos | no comemos | saltar ~ comida*
3: una comida al dia
3: se acaba la comida | se acabo la comida | no hay comida | no habia comida | falta comida
3: almuerzo escolar
2: comida | comer | comemos | comia | mandado | supermercado | frutas | verduras | carne | leche
2: formula
2: desayuno | almuerzo | cena | arroz | frijoles | tortillas | sopa | nevera | refrigerador
2: mercado
1: tienda | cocinar | dieta | nutricion
""",
    "housing_instability": """
3: desalojo* | desaloj* | !nos echaron | !me echaron | aviso de ~ dias | orden de desalojo
3: !nos corrieron
3: renta | alquiler | casero | casera | dueno de la casa | dueno del apartamento | arrendador*
3: propietario*
3: sub* ~ renta | vendio la casa | vendio el edificio | nos tenemos que ir | tenemos que salir
3: ayuda con la renta
3: subio la renta | subieron la renta | aumento de la renta | contrato de renta | seccion 8
3: vivienda publica
3: vivimos con | vivir con mi | vivir con mis | compartimos | un cuarto | rentamos un cuarto
3: en la sala de
1: apartamento | departamento
2: vivienda | mudar* | mudanza* | nos mudamos | deposito | traila* | trailer
2: nuevo dueno | nuevos duenos | administracion | la oficina | inquilino*
1: casa | hogar | cuarto | vivir
""",
    "homelessness": """
3: sin hogar | sin casa | sin techo | albergue* | refugio* | indigente* | desamparad* | en la calle
3: dormir en el carro | dormimos en el carro | dormia en el carro | vivimos en el carro
3: viviendo en el carro
3: durmiendo en el carro | en la troca | campamento* | casa de campana | carpa* | debajo del puente
0.5: carro | troca | coche
2: calle | motel* | estacionamiento | banos publicos | regaderas | afuera
""",
    "housing_quality": """
3: moho | humedad | hongo* | gotera* | gotea | filtra* | cucaracha* | rata* | raton* | chinche*
3: plaga*
3: calefaccion | sin calefaccion | calentador | calentones | agua caliente | pintura con plomo
3: plomo
3: reparacion* | arregl* | no arregla | no quiere arreglar | mantenimiento | tuberia* | drenaje
3: bano
3: detector de humo | detectores de humo | cables expuestos
3: aire acondicionado | ventana rota | ventanas rotas | techo | hacinad* | muchas personas
3: demasiada gente
2: frio | helado | calor adentro | paredes | alfombra | enchufe* | cables | escaleras | elevador
2: luz
1: casa | apartamento | cuarto | sotano | edificio
""",
    "transportation": """
3: camion | autobus | el bus | parada | transporte | tren | no tengo carro | sin carro
3: no tenemos carro
3: raite* | aventon | se descompuso el carro | carro descompuesto | transbord* | pasaje
3: tarjeta del bus
3: dos camiones | dos autobuses | horas de camino | una hora de ida | millas
2: carro | coche | manejar | licencia | gasolina | uber | taxi | caminar | camine | caminando
2: lejos
2: llegar | bicicleta | ida y vuelta
""",
    "environment": """
3: humo | incendio* | contaminacion | contaminad* | aire sucio | calidad del aire | polvo | ceniza
3: pesticida* | fumiga* | rocia* | quimicos | ola de calor | calor extremo | mucho calor
3: agua de la llave
3: refineria | fabrica | autopista | camiones de carga | diesel | olor* | apesta | inundacion*
2: calor | aire | agua | fuego | trailas | basurero
""",
    "safety_violence": """
3: me siguio | me siguieron | nos asaltaron
3: balacera* | balazo* | disparo* | pistola* | arma* | violencia | violent* | crimen | robo
3: robaron
3: asalt* | golpe* | me pegaba | me pega | le pegaba | maltrat* | abus* | pandilla* | amenaz*
3: acos*
3: inseguro | insegura | peligroso | peligrosa | orden de restriccion | violencia domestica
2: miedo de salir | miedo de caminar | policia | oscuro | drogas | pelea* | gritos | seguridad
2: miedo
1: barrio | colonia | noche | calle
""",
    "education": """
2: escuela* | maestr*
3: clase | clases | colegio | universidad | prepa | secundaria | primaria | ged
3: diploma | tarea* | no se leer | no se escribir | leer | escribir | dejar la escuela
3: deje la escuela
3: gradu* | estudi* | educacion especial | aprender | aprendiendo | clases de ingles | matricula
2: alumno* | estudiante* | director de la escuela | consejero | notas | calificaciones | kinder
2: libros | computadora | internet | programa | curso*
""",
    "language_access": """
3: interprete* | traduct* | traduc* | en ingles | solo ingles | solo en ingles | mi idioma
3: nuestro idioma
3: hablo ingles | habla ingles | hablamos ingles | no hablo ingles | no entiendo | no entendi
3: no entendia
3: entender | entendi | explic* | instrucciones | formulario* | papeles en ingles | etiqueta*
3: bilingue
3: en espanol | en mi lengua | idioma | lengua | mixteco | triqui | mam | kiche | zapoteco
3: purepecha
2: ingles | espanol | hablar | habla | hablan | receta | farmacia | dosis | carta* | letrero*
1: palabras | dijo | dijeron | preguntar | pregunte | telefono
""",
    "care_access": """
3: seguro medico | aseguranza | sin seguro | no tengo seguro | no tenemos seguro | medicaid
3: medicare
1: cita*
3: no hay citas | no me dan cita | deducible | copago* | cobertura | lista de espera
3: meses de espera | especialista* | referido
1: clinica*
2: dentista
3: factura* ~ hospital | cuenta del hospital | cobraron | no lo cubre | no cubre
1: doctor* | medico* | enferme* | hospital* | farmacia | receta* | medicina* | medicamento*
2: insulina | no puedo pagar la medicina | no alcanza para la medicina
2: seguro | pastillas | consulta | tratamiento | cirugia
1: emergencia* | sala de emergencia | urgencias
1: salud | enfermo | enferma | atencion
""",
    "discrimination": """
3: racis* | discrimin* | prejuicio* | por ser latin* | por ser mexican* | por ser indigena
3: por mi acento
3: por mi color | por el color | color de piel | nos tratan diferente | me trataron diferente
3: trato diferente
3: nos miran feo | me miran feo | nos miran mal | me ignoraron | nos ignoraron | humill*
3: menospreci*
2: latino | latina | mexicano | mexicana | indigena | negro | negra | inmigrantes | acento
2: respeto
2: nos tratan | me tratan | como si | mal trato | groser* | burla* | se burlan | transgenero | gay
1: diferente | mirada
""",
    "isolation": """
3: !solita | !solito | me siento sola | me siento solo | soledad | aislad* | no conozco a nadie
3: no tengo a nadie | nadie me ayuda | nadie nos ayuda | nadie me visita | nadie me llama
3: sin amigos
3: extrano a mi familia | lejos de mi familia | encerrad* | no salgo | no tengo amigos
3: no tengo con quien
2: sola | solo | nadie | amigos | amigas | vecinos | comunidad | iglesia | familia lejos | viuda
2: viudo
1: dias | semanas | telefono | television
""",
    "immigration_legal": """
3: inmigracion | migra | deport* | indocumentad* | sin papeles | papeles | no tengo papeles | visa
3: asilo | daca | residencia | ciudadan* | frontera | detencion | detenid* | redada* | green card
3: carcel | prision | presa | preso | encarcelad* | libertad condicional | antecedentes
3: record criminal
3: arrest* | orden de arresto | corte | tribunal | abogad* | juez | carga publica | ice
2: estatus | legal | ilegal | documentos | licencia | policia | multa* | permiso de trabajo | caso
1: miedo | pais | mexico | guatemala | honduras | el salvador
""",
    "family_caregiving": """
3: cuidar a mi | cuido a mi | cuidando a mi | cuidadora | cuidador | guarderia | ninera
3: madre soltera
3: padre soltero | divorci* | custodia | separad* | fallecio | murio | muerte | funeral | luto
3: duelo
3: demencia | alzheimer | los cuida | la cuida | lo cuida
1: mi mama | mi madre | mi papa | mi padre | mi abuela | mi abuelo | mi suegra
1: mi esposo | mi esposa | mi marido | mi pareja | mi hijo | mi hija | mis hijos | mis ninos
1: mi bebe
1: familia | hijos | ninos | hermana | hermano | pleito* | pelea* | estres | cargo | nietos
1: hijo | hija | esposo | casa | ayuda
""",
}

DOWNSTREAM: dict[str, str] = {
    "delayed_care": """
3: no fui al doctor | no fui al medico | no he ido | deje de ir | cancel* ~ cita | perdi ~ cita
3: espere hasta
2: esperar meses | espera de meses | no pude ir | sin ir al doctor | lista de espera
""",
    "medication_problems": """
3: racion* | insulina | inhalador | receta* | medicina* | medicamento* | pastillas | dosis
3: farmacia
3: no tome | deje de tomar | la mitad de | etiqueta*
""",
    "chronic_disease": """
3: diabet* | azucar | presion alta | presion | corazon | rinon* | rinones | dialisis | cancer
3: cronic*
3: artritis | derrame | colesterol | epilepsia | convulsion*
""",
    "respiratory": """
3: asma | respirar | respiracion | tos | tosiendo | pulmon* | inhalador | nebulizador | neumonia
2: humo | moho | pecho
""",
    "infection_spread": """
3: covid | gripe | infeccion* | infectad* | contagi* | piojos | sarna | tuberculosis | virus
""",
    "mental_health": """
3: ansiedad | depresion | deprimid* | estres | estresad* | panico | no puedo dormir | no duermo
3: pesadillas | llorar | lloro | llore | llorando | angustia | nervios | desesperad* | salud mental
2: preocupad* | miedo | asustad* | verguenza | cansad* | agotad*
""",
    "injury": """
3: lastim* | herid* | me cai | se cayo | cayo | quemadura* | quem* | cortada | fractur*
3: dolor de espalda
3: espalda | muneca* | hombro* | rodilla* | golpe*
""",
    "emergency_use": """
3: sala de emergencia* | emergencia* | urgencias | ambulancia | 911
""",
    "maternal_child": """
3: embarazad* | embarazo | prenatal | parto | bebe | recien nacido | lactancia | amamantar
3: pediatra
3: formula | wic | aborto espontaneo | cesarea | dar a luz | lactante
1: mis hijos | mi hijo | mi hija | mis ninos
""",
    "substance_use": """
3: tomar | tomando | borracho | alcohol* | drogas | metanfetamina | cristal | fentanilo | heroina
3: sobredosis | recaida | adiccion | adicto | rehabilitacion
""",
    "nutrition": """
3: hambre | sin comer | una comida al dia | comida chatarra | peso | desnutri* | dieta
3: comida sana
3: verduras | frutas | banco de comida | sodas | azucar
""",
}
