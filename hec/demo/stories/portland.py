"""Portland stories (Metropolitan Alliance for Common Good; HEC at OHSU). Housing cost and
eviction, and prescription labels not in one's language, came up again and again."""

from __future__ import annotations

from functools import partial

from hec.demo.stories.base import story

en = partial(story, "Portland", "en")
es = partial(story, "Portland", "es")

# fmt: off
STORIES = (
    en("n", "housing_instability", "mental_health", "40s, Cully", """
        We got a ninety-day no-cause notice the week after I asked them to fix the heater.
        We'd lived there eight years. The relocation money covered the deposit, but we ended up
        in Gresham, an hour from the kids' school."""),
    en("c", "housing_instability family_caregiving", "mental_health maternal_child",
       "30s, Rockwood", """
        After the eviction we moved in with my mom. Three generations in a two-bedroom. My
        daughter started having panic attacks at school."""),
    en("c", "housing_instability income_poverty", "mental_health", "", """
        Rent is sixty-two percent of my paycheck. I'm a CNA at a nursing home. I take care of
        other people's parents all day and I can't afford a place anywhere near work."""),
    en("p", "language_access", "medication_problems emergency_use", "70s, Jade District", """
        My grandmother only reads Vietnamese, and the pharmacy labels were in English, so she
        sorted her pills by color. When the pharmacy switched brands the colors changed, and
        she took the wrong one for a week."""),
    en("c", "language_access", "medication_problems injury", "70s, Hazelwood", """
        My father reads Russian but the labels were English. He kept his eye drops and his ear
        drops in the same drawer. You can guess what happened."""),
    en("c", "language_access care_access", "medication_problems delayed_care", "", """
        The interpreter at the clinic spoke Arabic, but a very different dialect from ours. My
        mother nodded at everything and understood maybe half. She left with a prescription
        and no idea what it was for."""),
    en("p", "language_access", "", "60s, Jade District", """
        Now when I pick up my husband's medicine the label is in Chinese too. For the first
        time he reads it himself instead of waiting for our son to come over. It sounds like
        a little thing. It isn't."""),
    en("n", "homelessness care_access", "chronic_disease delayed_care", "50s, Lents", """
        I live in a tent along the Springwater Corridor. Every time they sweep, I lose my CPAP
        machine. I'm on my fourth one."""),
    en("c", "transportation safety_violence", "injury", "40s, Hazelwood", """
        The MAX doesn't go where I need to go out east. I walk twenty-five minutes to the bus
        on 122nd and half of it has no sidewalk. Last winter a truck mirror clipped my
        shoulder."""),
    en("c", "environment", "respiratory chronic_disease", "", """
        During the Eagle Creek fire there was ash on the cars like snow. My asthma never went
        back to normal after that summer."""),
    en("n", "environment housing_quality", "respiratory maternal_child", "30s, St. Johns", """
        The rail yard and the diesel trucks are right behind our apartments. My son's inhaler
        is practically part of his hand."""),
    en("c", "work_conditions care_access", "delayed_care", "", """
        I work nights stocking shelves at a big-box store. They keep all of us under thirty
        hours so nobody qualifies for benefits. I haven't had a checkup in four years."""),
    en("x", "immigration_legal care_access", "maternal_child delayed_care", "", """
        My wife is undocumented and she was afraid to sign our baby up for the Oregon Health
        Plan, even though he was born here. She thought it would count against her later. He
        missed his first vaccines."""),
    en("c", "food_insecurity transportation", "nutrition", "60s, Cully", """
        There used to be a little market near us. Now the closest grocery store is across
        Killingsworth and a long way down, and I don't drive. I buy a lot of my food at the
        gas station."""),
    en("c", "isolation immigration_legal", "mental_health", "50s, Gateway", """
        I came from Burma as a refugee. In Portland I have my church but nobody else. When my
        husband died I didn't know how to pay the bills or even who to call."""),
    en("c", "discrimination housing_instability", "mental_health", "", """
        When we said we had a Section 8 voucher, the leasing agent's smile just disappeared.
        Fifteen applications and seven hundred dollars in fees, and every one of them said
        no."""),
    en("c", "safety_violence", "chronic_disease mental_health", "40s, Lents", """
        Since the shootings on our street I sleep on the couch so I'm between the door and
        the kids. My blood pressure is the highest it's ever been."""),
    en("c", "care_access education", "delayed_care maternal_child", "", """
        I'm a dental student. On our outreach days we see kids with six or seven cavities
        because the family couldn't find a dentist that takes OHP within an hour of home.
        Some of them have never been to a dentist at all."""),
    en("x", "care_access", "emergency_use mental_health", "", """
        My brother was in crisis and we called for help. It took four hours for anyone to
        come. The ER kept him in a hallway for two days because there wasn't a psychiatric
        bed open in the state."""),
    en("c", "family_caregiving work_conditions", "delayed_care chronic_disease",
       "60s, Parkrose", """
        I take care of my husband since his stroke, my grandkids after school, and I work
        weekends. I had chest pains for three months before I went in, because there was
        never an hour free."""),
    en("c", "income_poverty housing_quality", "chronic_disease", "70s, Montavilla", """
        My heat got shut off in January because I owed four hundred dollars. I slept in my
        coat for a week. My arthritis flared so bad I couldn't close my hands."""),
    en("c", "housing_quality", "respiratory maternal_child", "30s, Hazelwood", """
        Our apartment has cockroaches no matter how much we clean. My daughter's eczema and
        her asthma are both worse. Management sprays once a year."""),
    en("n", "work_conditions environment", "maternal_child respiratory", "", """
        At the plant nursery we spray chemicals and nobody tells us what they are. I get
        headaches and rashes. My wife is pregnant, and I worry about what I bring home on my
        clothes."""),
    en("x", "homelessness", "substance_use emergency_use", "30s, Old Town", """
        I was in a tent downtown and started using fentanyl to stay awake so nobody would rob
        me. I overdosed twice in one month. The second time a stranger had Narcan."""),
    en("c", "transportation care_access", "delayed_care", "70s, Gresham", """
        The veterans hospital is up on the hill. Getting there from Gresham takes two hours
        and two transfers before you even reach the tram. I've skipped my last three
        follow-ups."""),
    en("c", "isolation education", "mental_health", "", """
        I'm a nursing student from Guam. My family is on the other side of the ocean, and
        with the time difference we barely talk. That first winter, with the dark afternoons
        and the rain, I just stopped going to class."""),
    en("c", "discrimination care_access", "delayed_care emergency_use", "", """
        I'm a big woman, and every complaint I bring to a doctor comes back to my weight. I
        had gallbladder attacks for a year before anybody ordered an ultrasound. It ended with
        emergency surgery."""),
    en("c", "housing_instability income_poverty", "mental_health", "30s, Lents", """
        My landlord raised the rent the most the state allows, two years in a row. Every time
        I think we're catching up, there's another letter taped to the door."""),
    en("c", "care_access", "medication_problems mental_health", "", """
        I'm on the Oregon Health Plan and the only psychiatrist taking new patients has a
        waitlist until next year. My prescription ran out and urgent care won't refill
        it."""),
    en("c", "food_insecurity education", "nutrition maternal_child", "30s, Rockwood", """
        When school lets out for the summer my kids lose breakfast and lunch. We stretch the
        food box and I eat last. By August I'm light-headed at work."""),
    en("c", "immigration_legal work_conditions", "injury delayed_care", "", """
        My cousin got hurt at a job site and was too afraid to file a claim. He's been working
        with a torn shoulder for a year."""),
    en("c", "immigration_legal housing_instability", "mental_health", "40s, Northeast Portland", """
        I got out of prison two years ago. With a felony on my record nobody will rent to me,
        and my parole officer needs an address. I've been on couches ever since."""),
    en("c", "safety_violence discrimination", "mental_health", "", """
        My son was stopped by police three times this year walking home from practice. He's
        fourteen. Now he doesn't want to go to practice."""),
    en("c", "income_poverty care_access", "delayed_care mental_health", "", """
        Our clinic bill went to collections while I was still paying on it. The calls come
        every day. I've stopped answering my phone, even when it's the doctor's office."""),
    en("c", "family_caregiving work_conditions", "maternal_child mental_health",
       "20s, St. Johns", """
        Childcare costs more than our rent. I work evenings and my husband works days so
        someone is always home. We hand the baby off in the parking lot."""),
    en("n", "environment isolation", "mental_health", "60s, Northeast Portland", """
        During the heat dome my neighbor died alone in his apartment. He was sixty-eight and
        didn't have air conditioning. Now every summer I knock on the old folks' doors on my
        floor, and I hardly sleep when it's hot."""),
    en("c", "education care_access", "respiratory mental_health", "", """
        My daughter has asthma and misses a lot of school. The school kept mailing truancy
        letters instead of asking why. She fell behind and now she's in summer school."""),
    es("n", "housing_instability education", "mental_health", "40s, Cully", """
        El dueño vendió el edificio y los nuevos nos dieron noventa días para salirnos.
        Llevábamos doce años ahí. Ahora vivimos en un sótano en Gresham y mis hijos se tuvieron
        que cambiar de escuela a medio año.""", en="""
        The owner sold the building and the new ones gave us ninety days to get out. We'd been
        there twelve years. Now we live in a basement in Gresham and my kids had to change
        schools in the middle of the year."""),
    es("c", "language_access", "medication_problems chronic_disease", "", """
        Las etiquetas de las medicinas de mi papá venían nomás en inglés. Se tomaba la pastilla
        de la presión en la noche y la del azúcar en la mañana, al revés. Andaba mareado todo
        el tiempo y nadie sabía por qué."""),
    es("p", "language_access", "", "50s, Cully", """
        Ahora en la farmacia ya me dan la etiqueta en español. Parece poca cosa, pero antes
        tenía que esperar a que mi hija llegara de la escuela para saber cuántas pastillas
        darle a mi esposo.""", en="""
        Now the pharmacy gives me the label in Spanish. It seems like a small thing, but before
        I had to wait for my daughter to get home from school to know how many pills to give
        my husband."""),
    es("c", "housing_instability income_poverty family_caregiving", "mental_health", "", """
        La renta subió otra vez y ya se nos va casi todo lo que gana mi esposo. Yo agarré un
        segundo trabajo limpiando oficinas en la noche. A los niños casi no los veo."""),
    es("c", "immigration_legal care_access", "delayed_care emergency_use", "", """
        Mi esposo no fue al doctor cuando le dolía el pecho porque oyó que si usas el OHP luego
        no te dan la residencia. Terminó en emergencias con un infarto."""),
    es("n", "work_conditions environment", "emergency_use", "30s, Woodburn", """
        En los viveros nos pagan por pieza y no hay sombra. El verano pasado una compañera se
        desmayó del calor y el mayordomo nomás le dijo que se sentara un rato. En la tarde la
        tuvieron que llevar a la clínica."""),
    es("c", "food_insecurity income_poverty", "nutrition maternal_child", "", """
        Cuando mi esposo perdió el trabajo empezamos a comer puro arroz con tortillas. En la
        cita de la niña el doctor me dijo que está baja de peso."""),
    es("c", "homelessness family_caregiving", "mental_health maternal_child", "30s, Rockwood", """
        Después del desalojo dormimos dos meses en la camioneta, en un estacionamiento. Mi
        hijo iba a la escuela sin bañarse y los otros niños se burlaban de él.""", en="""
        After the eviction we slept two months in the van, in a parking lot. My son went to
        school without a bath and the other kids made fun of him."""),
    es("c", "transportation work_conditions family_caregiving", "mental_health",
       "30s, Rockwood", """
        Vivo en Rockwood y trabajo en Hillsboro. Son dos horas de ida en el MAX. Salgo a las
        cinco de la mañana y regreso cuando los niños ya están dormidos."""),
    es("c", "discrimination housing_instability", "mental_health", "", """
        Cuando fui a ver un apartamento, el encargado me habló en inglés bien rápido, y cuando
        le pedí que repitiera me dijo que ya no había nada. Al otro día llamó mi amiga güera y
        sí había."""),
    es("x", "language_access isolation", "delayed_care mental_health", "20s, Lents", """
        Llegué de Guatemala hace un año y hablo mam, el español no tanto. En la clínica me
        ponen intérprete de español y no entiendo casi nada. Me siento perdida."""),
    es("c", "housing_quality", "respiratory maternal_child", "20s, Hazelwood", """
        En el apartamento hay humedad en todas las paredes y en el baño sale un moho negro. Mi
        bebé siempre anda con mocos y tos. El manager dice que es porque no abrimos las
        ventanas."""),
    es("c", "care_access income_poverty", "delayed_care", "", """
        Me cobraron ochocientos dólares por una visita a urgencias porque dijeron que mi
        aseguranza no estaba activa. Todavía la estoy pagando. Ahora mejor me aguanto el
        dolor."""),
    es("c", "safety_violence", "mental_health maternal_child", "30s, Lents", """
        Hubo balazos en el estacionamiento de los apartamentos. Desde entonces mis hijos
        duermen en el piso, lejos de la ventana. El más chiquito ya no quiere salir ni a la
        tienda."""),
    es("c", "education language_access", "mental_health", "", """
        Mi hijo se está atrasando en la escuela y nadie me explica en español qué pasa. Me
        mandan correos en inglés que no entiendo. Fui tres veces a la oficina y siempre me
        dicen que vuelva otro día."""),
    es("c", "family_caregiving", "mental_health", "40s, Gresham", """
        Mi suegra vive con nosotros y ya no puede caminar. Yo la baño, le doy de comer y sus
        medicinas, y además cuido a mis tres niños. Hay días que siento que ya no puedo
        más.""", en="""
        My mother-in-law lives with us and can't walk anymore. I bathe her, feed her, give her
        her medicines, and on top of that I look after my three kids. Some days I feel like I
        can't go on."""),
    es("c", "work_conditions", "infection_spread delayed_care", "", """
        Aunque la ley dice que tenemos días de enfermedad, en el hotel la supervisora pide nota
        del doctor para todo. Y la consulta cuesta más que el día de trabajo. Así que vamos
        enfermas."""),
    es("c", "immigration_legal transportation", "mental_health", "30s, Beaverton", """
        Me da miedo manejar porque no tengo licencia. Pero si no manejo no llego al trabajo.
        Cada vez que veo una patrulla se me acelera el corazón."""),
)
# fmt: on
