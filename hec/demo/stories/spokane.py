"""Spokane stories (Spokane Alliance; HEC Spokane). Many were told during and after the paid
sick and safe leave campaign."""

from __future__ import annotations

from functools import partial

from hec.demo.stories.base import story

en = partial(story, "Spokane", "en")
es = partial(story, "Spokane", "es")

# fmt: off
STORIES = (
    en("c", "work_conditions", "infection_spread", "30s, West Central", """
        I cook at a diner off Division. There are no sick days, so when I had strep I wore a
        mask and kept cooking. Two of the waitresses came down with it that same week."""),
    en("n", "work_conditions family_caregiving", "maternal_child mental_health",
       "20s, Hillyard", """
        When my son had a fever of a hundred and three, daycare sent him home in the middle of
        my shift at the call center. I left him with my neighbor, who's eighty. They docked me
        for leaving early anyway."""),
    en("c", "work_conditions income_poverty", "delayed_care chronic_disease",
       "40s, East Central", """
        I put off my mammogram for two years because the appointments are all during the day,
        and every hour off is an hour I don't get paid. They found a lump last spring."""),
    en("p", "environment", "respiratory emergency_use", "60s, Logan", """
        Last August the smoke was so thick you couldn't see across the river. My COPD got so
        bad I couldn't walk to the mailbox. I ended up at Sacred Heart on oxygen."""),
    en("c", "environment work_conditions", "respiratory", "", """
        I'm a roofer, and we worked straight through the smoke days. The boss handed out
        paper dust masks. I coughed up gray stuff for a week."""),
    en("c", "transportation care_access", "delayed_care chronic_disease", "60s, Airway Heights", """
        The bus out to Airway Heights comes once an hour if you're lucky. My dialysis is in
        town three days a week. I spend more time at bus stops than in the chair."""),
    en("n", "housing_quality", "maternal_child", "20s, East Central", """
        The house we rent was built in 1910 and the paint is peeling everywhere. My toddler's
        lead test came back high. The landlord says old paint isn't his problem."""),
    en("c", "homelessness environment", "injury respiratory", "40s, East Central", """
        At the camp we had smoke in the summer and ice in the winter. The man in the tent next
        to mine lost two fingers to frostbite in January. The warming center was full that
        night."""),
    en("c", "income_poverty care_access", "medication_problems respiratory",
       "70s, Nevada-Lidgerwood", """
        I'm on Social Security and my inhalers went up to sixty dollars apiece. I use the
        rescue one only when it's really bad. I know that's not how it's supposed to
        work."""),
    en("c", "isolation transportation", "mental_health", "80s, north county", """
        I live out past Deer Park and I stopped driving when my eyes went. My daughter comes
        on Sundays. The rest of the week it's me and the television."""),
    en("c", "work_conditions", "injury mental_health", "30s, Spokane Valley", """
        At the distribution center they time your picks to the second. If you're in the
        bathroom too long it shows up on your rate. I wrecked my back lifting too fast to make
        my numbers."""),
    en("c", "family_caregiving work_conditions", "mental_health", "", """
        My mom has dementia, and my wife and I take turns sleeping. I use my vacation days for
        her appointments. I haven't had an actual day off in two years."""),
    en("c", "food_insecurity income_poverty", "nutrition mental_health", "30s, Hillyard", """
        Our food benefits got cut after my hours went up by four a week. Four hours. Now we
        make too much for food stamps and not enough for food."""),
    en("c", "safety_violence", "mental_health maternal_child", "30s, West Central", """
        People sell right on our corner. I don't let my kids play outside anymore. They're on
        tablets all day and my son has put on a lot of weight."""),
    en("x", "care_access", "delayed_care mental_health", "", """
        There's a six-month wait for a counselor who takes Apple Health. My son's therapist
        went private pay. He's fifteen and he's been saying he doesn't want to be here
        anymore."""),
    en("c", "education income_poverty", "", "", """
        I'm a first-generation pre-nursing student at the community college. My aid doesn't
        cover books, and the anatomy text is two hundred eighty dollars. I've been taking
        photos of the library copy on my phone."""),
    en("c", "discrimination care_access", "delayed_care mental_health", "", """
        When I brought my daughter in with an ear infection, the doctor asked me how much we
        drink at home. I'm Native, from the Spokane Tribe. He never asked the white mom ahead
        of us anything like that."""),
    en("c", "housing_instability", "mental_health", "40s, Logan", """
        The duplex we rented for nine years was sold to an investor, and they gave us sixty
        days. Every place we looked at wanted first, last and a deposit. That's three months
        of rent before you've moved a box."""),
    en("p", "work_conditions family_caregiving", "infection_spread respiratory",
       "40s, Hillyard", """
        Before the sick leave ordinance I went to work with pneumonia. After it passed I took
        two days for my son's asthma and nobody could say a word. It's a small thing, but it
        felt like being treated like a person."""),
    en("n", "work_conditions", "infection_spread emergency_use", "50s, Spokane Valley", """
        I'm a home care aide. If I miss a visit I don't get paid, and my client doesn't eat. So
        I went in with the stomach flu. She caught it and ended up in the hospital."""),
    en("c", "transportation work_conditions", "mental_health", "20s, West Central", """
        My car broke down and the repair is twelve hundred dollars. Without it I can't get to
        my job in the Valley. I've missed a week and I think they're going to let me go."""),
    en("c", "environment family_caregiving", "maternal_child respiratory", "", """
        I was eight months pregnant during the smoke in 2021. The air quality stayed purple
        for days. My doctor told me to stay inside, but our apartment had no air conditioning
        and it was a hundred degrees in there."""),
    en("c", "isolation homelessness", "substance_use mental_health", "40s, Hillyard", """
        After I got back from Afghanistan I lived in my truck for a while. Drinking was the
        only thing that let me sleep. What finally helped was a guy from the VFW who called me
        every Tuesday, no matter what."""),
    en("n", "care_access transportation", "maternal_child delayed_care", "", """
        The birthing unit at our local hospital closed. Now the closest place to deliver is
        seventy miles away. My sister had her baby in the car on Highway 395."""),
    en("c", "immigration_legal care_access", "chronic_disease delayed_care", "", """
        I'm from the Marshall Islands. We can live and work here, but clinics keep asking for
        papers we don't have. My uncle's diabetes got so bad they took his foot."""),
    en("c", "income_poverty housing_quality", "respiratory", "60s, Hillyard", """
        In the winter our gas bill runs three hundred a month, so we keep the heat at
        fifty-eight and wear coats in the house. My grandson gets bronchitis every year."""),
    en("c", "language_access", "medication_problems chronic_disease", "", """
        My parents speak Russian. The label on my dad's heart medicine was only in English, so
        I read it to him over the phone every morning. The week I had COVID he didn't take it
        at all."""),
    en("c", "education care_access", "emergency_use", "30s, Nevada-Lidgerwood", """
        My daughter's school cut the nurse to two days a week, and my daughter has epilepsy.
        On the other three days the office secretary is the one who'd give her the rescue
        medicine."""),
    en("c", "work_conditions discrimination", "injury", "", """
        At the meat plant the Latino guys get the line and the white guys get the forklifts.
        The line is where you get cut. I've got the scars to show who stood where."""),
    en("n", "homelessness care_access", "infection_spread emergency_use", "50s, downtown", """
        They discharged me after surgery straight to the street. I had to keep a wound clean
        in a shelter with two hundred other people. It was infected in four days and I was
        back in the ER."""),
    en("c", "food_insecurity transportation", "nutrition chronic_disease", "70s, Hillyard", """
        Hillyard lost its grocery store and now it's dollar stores. My husband can't carry
        bags on the bus with his cane. We eat a lot out of cans, and his sodium is through the
        roof."""),
    en("c", "safety_violence isolation", "mental_health", "70s, Logan", """
        Somebody broke into my house twice last year. Now I don't open the door, and I don't
        go out after four. I haven't been to church since spring."""),
    en("c", "care_access income_poverty", "medication_problems", "", """
        I'm a pharmacy student, and on rotation I see it every day: people put half their
        prescriptions back on the counter. They ask me which one they can skip."""),
    en("c", "income_poverty family_caregiving", "mental_health maternal_child", "", """
        My ex stopped paying child support and the court date is four months out. Until then
        I'm choosing between daycare and rent."""),
    en("c", "work_conditions", "injury delayed_care", "20s, Browne's Addition", """
        I drive for a delivery app. No sick pay, no health insurance, and I pay for my own
        gas. When I broke my toe I taped it and kept driving."""),
    en("c", "environment family_caregiving work_conditions", "respiratory mental_health", "", """
        There were so many smoke days last summer that the kids' day camp closed for two
        weeks. They were stuck inside, and I lost two weeks of work watching them."""),
    en("c", "isolation", "mental_health", "", """
        I'm a medical student from out of state. I spend eighty hours a week at the hospital
        and I don't know one person here outside of it. Last winter I went weeks without
        talking to anyone about anything but patients."""),
    es("c", "work_conditions", "infection_spread", "30s, East Central", """
        En el restaurante donde trabajo no hay días de enfermedad pagados. Si faltas pierdes
        el día, y a veces hasta el trabajo. Me fui a trabajar con gripa y contagié a media
        cocina.""", en="""
        At the restaurant where I work there are no paid sick days. If you miss, you lose the
        day, and sometimes the job. I went to work with the flu and got half the kitchen
        sick."""),
    es("c", "work_conditions", "injury delayed_care", "40s, Spokane Valley", """
        Trabajo en la lechería y en invierno el frío es terrible. Una vaca me pateó y me
        lastimé la rodilla, pero el patrón nomás me dijo que descansara el fin de semana. Sigo
        cojeando."""),
    es("n", "environment work_conditions", "respiratory", "", """
        Cuando estaba el humo, en la huerta seguíamos piscando manzana. Nos dieron unas
        mascarillas que no servían para nada. En la noche me ardían los ojos y no podía
        respirar bien.""", en="""
        When the smoke was here, we kept picking apples in the orchard. They gave us masks
        that were good for nothing. At night my eyes burned and I couldn't breathe right."""),
    es("c", "transportation care_access", "maternal_child delayed_care", "20s, Hillyard", """
        Aquí si no tienes carro no eres nadie. Para ir a la clínica le tengo que pedir raite a
        mi comadre, y ella trabaja. Ya perdí dos citas del embarazo."""),
    es("n", "language_access care_access", "medication_problems", "", """
        En el hospital me dieron un papel en inglés con las instrucciones de la medicina de mi
        niño. Le di la dosis que yo entendí. Después la farmacéutica me explicó que le estaba
        dando el doble.""", en="""
        At the hospital they gave me a paper in English with the instructions for my boy's
        medicine. I gave him the dose I understood. Later the pharmacist explained that I'd
        been giving him double."""),
    es("c", "isolation language_access", "mental_health", "30s, Spokane Valley", """
        Aquí hay muy poquitos latinos y no hay misa en español cerca de la casa. Me siento
        sola, como encerrada. Mi esposo trabaja todo el día y yo no manejo."""),
    es("x", "family_caregiving immigration_legal education", "mental_health", "", """
        Desde que deportaron a mi hermano, yo me quedé con sus dos niños. Los quiero como si
        fueran míos, pero no tengo papeles de custodia y en la escuela no me dejan firmar
        nada."""),
    es("c", "housing_instability housing_quality", "mental_health", "30s, East Central", """
        Pagamos mil cuatrocientos de renta por un apartamento de una recámara, y somos cinco.
        Mi suegro duerme en la sala y los niños con nosotros en la cama."""),
    es("c", "food_insecurity income_poverty", "nutrition", "", """
        Cuando quitaron las horas extras en la empacadora empezamos a ir al banco de comida. Al
        principio me daba vergüenza. Ahora voy cada jueves y les llevo también a mis
        vecinas."""),
    es("c", "care_access immigration_legal", "delayed_care medication_problems", "", """
        Yo no tengo aseguranza porque no califico. Cuando me duele la muela me tomo pastillas
        de la tienda. Ya llevo meses así y se me hinchó la cara."""),
    es("c", "work_conditions discrimination", "injury", "40s, Spokane Valley", """
        En la construcción a los latinos nos ponen en lo más peligroso, en los techos y sin
        arnés. Un compañero se cayó el año pasado y la compañía dijo que fue su culpa."""),
    es("c", "environment housing_quality", "emergency_use chronic_disease", "", """
        El verano pasado hizo tanto calor que mi papá se desmayó en la traila. No tenemos aire
        acondicionado, nomás un abanico. Se lo llevaron al hospital en ambulancia.""", en="""
        Last summer it got so hot that my dad passed out in the trailer. We don't have air
        conditioning, just a fan. The ambulance took him to the hospital."""),
    es("c", "safety_violence", "mental_health maternal_child", "30s, West Central", """
        En el parque de la esquina hay jeringas tiradas por todos lados. No dejo que mis hijos
        jueguen ahí. Se quedan adentro con el celular todo el día."""),
    es("c", "education language_access", "mental_health", "", """
        Yo no terminé la primaria allá en Michoacán. Cuando la maestra manda notas, mi hija me
        las tiene que leer. Me da pena ir a las juntas."""),
    es("c", "family_caregiving work_conditions", "mental_health injury",
       "40s, Nevada-Lidgerwood", """
        Cuido a mi mamá, que tiene Alzheimer, y trabajo de noche limpiando oficinas. Duermo
        tres o cuatro horas. Un día me quedé dormida manejando y casi choco.""", en="""
        I take care of my mom, who has Alzheimer's, and I work nights cleaning offices. I sleep
        three or four hours. One day I fell asleep driving and nearly crashed."""),
    es("c", "discrimination immigration_legal", "mental_health delayed_care", "", """
        En la tienda el guardia me sigue por todos los pasillos. En la clínica me preguntan si
        tengo papeles antes de preguntarme qué me duele."""),
    es("c", "income_poverty family_caregiving", "mental_health", "", """
        Mi esposo se lastimó la espalda y ya no puede trabajar. Yo hago tamales para vender
        los fines de semana. Con eso y mi sueldo apenas sale para la renta y la luz."""),
    es("p", "work_conditions family_caregiving", "maternal_child infection_spread",
       "30s, Hillyard", """
        Ahora con los días de enfermedad pagados pude llevar a mi hijo al doctor sin perder el
        día. Antes ni lo pensaba, lo mandaba a la escuela con fiebre. Es poquito, pero sí se
        nota.""", en="""
        Now with paid sick days I could take my son to the doctor without losing the day.
        Before, I wouldn't even think about it, I'd send him to school with a fever. It's a
        little thing, but you notice it."""),
)
# fmt: on
