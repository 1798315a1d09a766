"""Seattle stories (Sound Alliance; HEC at the University of Washington and Seattle U)."""

from __future__ import annotations

from functools import partial

from hec.demo.stories.base import story

en = partial(story, "Seattle", "en")
es = partial(story, "Seattle", "es")

# fmt: off
STORIES = (
    en("c", "homelessness care_access", "infection_spread delayed_care", "50s, SODO", """
        I've been in a tent under the freeway since March. When my foot got infected there was
        nowhere to wash it, and by the time I walked to the clinic it was swollen up to the
        ankle. The nurse said two more days and I'd have lost toes."""),
    en("n", "homelessness safety_violence", "mental_health medication_problems",
       "40s, Georgetown", """
        They swept our camp at six in the morning and I lost my meds, my ID and the only
        picture I had of my daughter. Every sweep you start over from nothing. I don't really
        sleep anymore, I just wait for the next one."""),
    en("c", "homelessness family_caregiving", "maternal_child delayed_care", "20s, Lake City", """
        I was pregnant and living in my car off Lake City Way. The prenatal appointments were
        always in the morning, and if I moved the car I'd lose the spot where nobody bothered
        me. I missed four of them."""),
    en("c", "homelessness work_conditions", "injury mental_health", "", """
        I work full time at a warehouse in Kent and I still sleep in the van. People don't
        believe that. I shower at the gym, and I'm so tired on the forklift that it scares
        me."""),
    en("c", "housing_instability income_poverty", "mental_health", "30s, Beacon Hill", """
        Our rent went up three hundred dollars in one letter. My husband picked up weekend
        shifts and now we barely see each other. The kids keep asking why dad is always
        asleep."""),
    en("n", "housing_quality", "respiratory emergency_use", "30s, Delridge", """
        There's black mold behind the bathroom wall in our apartment. My son's asthma got so
        bad we were in the ER three times this winter. The manager painted over it and called
        it fixed."""),
    en("c", "transportation care_access", "delayed_care", "60s, White Center", """
        The specialist is on First Hill, and from White Center that's two buses and a
        transfer. With my knee it's an hour and a half each way. I rescheduled physical
        therapy so many times they took me off the list."""),
    en("c", "work_conditions", "infection_spread", "", """
        At the restaurant, if you call in sick you lose the shift and maybe the next few too.
        So we come in with fevers. Last winter half the kitchen had the same flu in one
        week."""),
    en("n", "care_access income_poverty", "medication_problems chronic_disease",
       "50s, Rainier Valley", """
        My insulin costs more than my phone and my electric bill put together. I stretch it by
        skipping doses at the end of the month. My numbers went up and the doctor lectured me
        like I didn't already know."""),
    en("c", "isolation", "mental_health", "70s, Lake City", """
        Since my wife passed I don't talk to anybody most days. The senior center closed
        during COVID and never really came back. Some weeks the pharmacist is the only person
        who asks how I'm doing."""),
    en("c", "discrimination care_access", "delayed_care mental_health", "", """
        I told the nurse my pain was a nine and she looked at me like I was there for pills.
        I'm Black and I've had sickle cell my whole life. I waited seven hours and went home
        with nothing."""),
    en("p", "environment housing_quality", "respiratory", "60s, Georgetown", """
        In September the smoke came down from the fires and the sky over Georgetown turned
        orange. We don't have AC or an air filter, so we taped plastic over the windows. My
        grandmother coughed for two weeks after."""),
    en("c", "environment housing_quality", "chronic_disease emergency_use", "", """
        During the heat dome our top-floor unit hit a hundred and four. My dad has heart
        failure and his legs swelled up like balloons. We ended up sleeping in the car with
        the engine running for the air conditioning."""),
    en("c", "safety_violence family_caregiving", "mental_health", "30s, Rainier Beach", """
        There was a shooting at the bus stop by our building. Now my kids won't walk to
        school, so I drive them before my shift and I'm late to work. My boss has already
        written me up twice."""),
    en("c", "family_caregiving education", "mental_health", "", """
        I'm in my second year of nursing school, and when my mom got sick I became the one who
        drives her to dialysis three times a week. I failed pharmacology because I kept
        missing labs. I might have to sit out a year."""),
    en("c", "food_insecurity income_poverty", "nutrition maternal_child", "30s, South Park", """
        By the last week of the month we're eating rice and whatever the food bank had. My
        daughter's teacher told me she falls asleep in class. School breakfast is the only
        real meal she gets some days."""),
    en("x", "immigration_legal care_access", "delayed_care emergency_use", "", """
        My cousin had chest pain for two days and wouldn't go to Harborview because he thought
        they'd ask for papers. By the time we made him go, it was a heart attack."""),
    en("n", "language_access care_access", "medication_problems emergency_use", "", """
        The discharge papers were all in English, and my father speaks Tigrinya. He took the
        blood thinner twice a day instead of once, because that's what he understood from the
        little drawing. He was back in the hospital with a bleed two weeks later."""),
    en("c", "work_conditions immigration_legal", "injury delayed_care", "40s, Burien", """
        I do roofing. When I fell and broke my wrist, the boss gave me two hundred dollars and
        told me not to say it happened at work. No workers' comp, no follow-up visit. It healed
        crooked and I still can't grip a hammer right."""),
    en("c", "housing_instability family_caregiving", "mental_health maternal_child",
       "30s, Rainier Valley", """
        We're four adults and three kids in a two-bedroom because my sister got evicted.
        Nobody sleeps well. My youngest has started wetting the bed again."""),
    en("p", "homelessness isolation", "substance_use mental_health", "40s, Interbay", """
        Outside, every night is cold and loud and you're scared. A lot of people use just to
        get through it. I got clean in the tiny house village because for the first time in
        years I had a door that locked."""),
    en("c", "care_access", "delayed_care", "", """
        I'm a grad student on the university plan and it doesn't cover dental. I walked around
        with a cracked molar for six months. I finally went to the dental school clinic when
        half my face swelled up."""),
    en("c", "transportation income_poverty", "nutrition", "", """
        The night buses stop before my shift ends at the hospital laundry. A rideshare home is
        twenty-two dollars, almost two hours of my pay. Most nights I skip dinner to cover
        it."""),
    en("c", "discrimination housing_instability", "mental_health", "20s, Central District", """
        The landlord said the unit was available until he heard my accent on the phone. Then
        it was suddenly rented. That happened three times in one month."""),
    en("c", "isolation language_access", "delayed_care maternal_child", "30s, Tukwila", """
        I'm from Somalia, and in my building nobody speaks my language. My children interpret
        for me at the doctor, even for women's health. I stopped going because I was
        ashamed."""),
    en("c", "family_caregiving work_conditions care_access", "mental_health delayed_care", "", """
        I take care of my brother since his stroke. I had to drop to part-time and I lost my
        health insurance with it. Now I'm the one who needs a doctor and can't afford one."""),
    en("n", "safety_violence homelessness", "injury infection_spread", "30s, Interbay", """
        Someone set fire to the tent next to mine. I burned both arms pulling my dog out. At
        the ER they cleaned me up and sent me right back outside with the bandages, and the
        burns got infected."""),
    en("c", "income_poverty care_access", "medication_problems chronic_disease", "", """
        I make about three hundred dollars a month too much for Apple Health. So I pay cash
        for my blood pressure pills, and I cut them in half to make them last."""),
    en("c", "education language_access", "mental_health", "40s, Beacon Hill", """
        My son's school sends everything home in English, and the parent portal is English
        too. I didn't know about his IEP meeting until it was already over. He's been
        struggling for two years without the help he's supposed to get."""),
    en("n", "environment", "respiratory maternal_child", "30s, Beacon Hill", """
        We live right against the freeway. Every kid on our floor has an inhaler. The window
        sills are black with soot a week after you wipe them."""),
    en("c", "work_conditions", "injury medication_problems", "50s, SeaTac", """
        I clean hotel rooms, sixteen a shift now when it used to be twelve. My shoulders are
        shot. I take ibuprofen every morning like vitamins."""),
    en("c", "homelessness care_access", "chronic_disease emergency_use", "", """
        Insulin has to stay cold, and when you live outside you don't have a fridge. I've been
        taken to the ER twice with my sugar over five hundred."""),
    en("c", "food_insecurity transportation", "nutrition chronic_disease", "50s, South Park", """
        The closest real grocery store is forty minutes by bus. The corner store has chips and
        soda. My doctor tells me to eat more vegetables like it's a choice I'm not making."""),
    en("x", "isolation discrimination housing_instability", "mental_health medication_problems",
       "", """
        I'm trans, and after I came out my family stopped calling. Student housing was the
        only home I had. When the dorms closed for the summer I couch-surfed and ran out of
        my hormones and my antidepressant."""),
    en("x", "immigration_legal family_caregiving", "mental_health maternal_child", "", """
        My husband was detained after a traffic stop in Burien. I'm alone with three kids and
        I'm afraid to go anywhere. My daughter hardly eats and she wakes up screaming."""),
    en("c", "care_access", "delayed_care chronic_disease emergency_use", "", """
        As a medical student I see people wait until it's an emergency because the clinic has
        a three-month wait for new patients. Last week a man came in with a foot ulcer that
        started as a blister in July."""),
    en("c", "homelessness education", "mental_health", "late teens, University District", """
        I'm nineteen and finishing my GED while staying at a youth shelter. The shelter puts
        you out at seven, and the library doesn't open until ten. I'm always wet and always
        tired, and I still show up to class."""),
    es("c", "housing_instability income_poverty", "mental_health", "30s, White Center", """
        Nos subieron la renta otra vez y ya no alcanza. Mi esposo trabaja en la construcción y
        yo limpio casas, y aun así al final del mes estamos contando las monedas. Ya ni duermo
        de tanta preocupación.""", en="""
        They raised our rent again and it's not enough anymore. My husband works construction
        and I clean houses, and still at the end of the month we're counting coins. I can't
        even sleep from all the worry."""),
    es("c", "work_conditions immigration_legal", "injury", "40s, Ballard", """
        En la planta de pescado hace un frío que cala los huesos y no nos dan guantes buenos.
        Se me entumen las manos y ya me corté dos veces. El supervisor dice que si no me gusta,
        hay muchos esperando mi lugar."""),
    es("c", "language_access care_access", "delayed_care", "", """
        Cuando llamo a la clínica me ponen en espera para el intérprete y a los veinte minutos
        se corta la llamada. Así que mejor ya no llamo. Llevo meses con un dolor en el
        estómago que nadie me ha revisado."""),
    es("n", "homelessness family_caregiving", "maternal_child mental_health", "20s, Burien", """
        Estuvimos tres semanas durmiendo en el carro con mis dos niños después de que nos
        sacaron del apartamento. Los bañaba en el baño de una gasolinera. Al más chiquito le
        dio infección de oídos y no sabíamos ni a dónde llevarlo.""", en="""
        We spent three weeks sleeping in the car with my two kids after they put us out of the
        apartment. I washed them in a gas station bathroom. The little one got an ear infection
        and we didn't even know where to take him."""),
    es("c", "food_insecurity", "nutrition maternal_child", "", """
        En la despensa de la iglesia nos dan mucho pan y latas, pero casi nada de fruta. Mis
        hijos ya no quieren ni ver los frijoles. Yo me como lo que sobra."""),
    es("c", "transportation work_conditions", "mental_health", "30s, SeaTac", """
        Para llegar a mi trabajo en el aeropuerto agarro dos camiones y el tren. Si se atrasa
        uno, llego tarde y me descuentan. Salgo de la casa a las cuatro de la mañana y regreso
        ya de noche."""),
    es("c", "immigration_legal care_access", "chronic_disease emergency_use", "", """
        Mi mamá tiene la presión alta pero no quiere ir al doctor porque dice que ahí revisan
        los papeles. Se toma unas hierbas que le manda mi tía de México. La semana pasada se
        desmayó en la cocina y tuvimos que llamar a la ambulancia."""),
    es("c", "discrimination work_conditions", "mental_health", "20s, Capitol Hill", """
        En el restaurante a los meseros güeros les dan las mesas buenas y a nosotros nos
        mandan a la cocina. Si nos quejamos, nos quitan horas. Uno termina sintiendo que no
        vale nada."""),
    es("c", "isolation", "mental_health", "20s, Lake City", """
        Me vine sola hace dos años y aquí no conozco a nadie más que a la gente del trabajo.
        Los domingos son los peores. Le hablo a mi mamá por WhatsApp y lloro cuando
        colgamos.""", en="""
        I came alone two years ago and I don't know anyone here except the people from work.
        Sundays are the worst. I talk to my mom on WhatsApp and I cry when we hang up."""),
    es("n", "environment housing_quality", "respiratory emergency_use", "30s, South Park", """
        Cuando llegó el humo de los incendios, el aire en nuestro sótano estaba pesadísimo y
        no teníamos ni ventilador. A mi niña le dio un ataque de asma y la tuvimos que llevar
        a emergencias a medianoche."""),
    es("c", "care_access income_poverty", "medication_problems chronic_disease", "", """
        Tengo diabetes y la aseguranza no me cubre las tiras para medirme el azúcar. Me mido
        una vez a la semana, cuando me acuerdo. El doctor dice que así no se puede controlar,
        pero no me dice de dónde saco el dinero."""),
    es("p", "homelessness safety_violence", "injury mental_health",
       "50s, Chinatown-International District", """
        En el campamento nos robaban todo en la noche. A mi compañero lo golpearon por una
        cobija. Cuando abrieron las casitas fue la primera vez en un año que dormí de
        corrido.""", en="""
        At the camp they stole everything from us at night. My partner got beaten over a
        blanket. When the tiny houses opened it was the first time in a year I slept through
        the night."""),
    es("c", "education family_caregiving income_poverty", "mental_health", "", """
        Mi hija es la primera de la familia en ir a la universidad, pero tiene que trabajar
        para ayudarnos con la renta. Se duerme en clase y le bajaron las calificaciones. Me
        siento culpable cada vez que le pido dinero."""),
    es("x", "safety_violence immigration_legal family_caregiving", "mental_health injury", "", """
        Mi vecina aguanta los golpes de su esposo porque él es el que tiene papeles y la
        amenaza con quitarle a los niños. Yo oigo los gritos por la pared. Ella no sabe a
        quién pedir ayuda sin que la deporten."""),
    es("c", "work_conditions", "infection_spread delayed_care", "40s, Kent", """
        En la bodega no pagan los días de enfermedad, así que todos vamos enfermos. Yo tuve
        COVID y trabajé tres días con fiebre porque no tenía para la renta."""),
    es("c", "housing_quality", "respiratory", "30s, Delridge", """
        El calentón del apartamento está descompuesto desde noviembre. Prendemos el horno para
        calentar la cocina y ponemos cobijas en las ventanas. Mi esposo tiene tos desde
        entonces, y el manager siempre dice que mañana viene el técnico."""),
    es("c", "language_access education", "", "", """
        En la junta de la escuela había intérprete de español, pero era una muchacha de
        secundaria que no entendía las palabras difíciles. No supe que a mi hijo lo iban a
        cambiar de grupo hasta que él me lo dijo."""),
    es("c", "income_poverty food_insecurity", "nutrition mental_health", "30s, Rainier Valley", """
        Con lo que gano cuidando niños no me alcanza. Pago primero la renta, luego la luz, y lo
        que queda es para comida. Hay semanas que yo nomás tomo café para que coman
        ellos."""),
)
# fmt: on
