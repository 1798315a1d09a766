"""English SDOH lexicon, written from general domain knowledge.

Line syntax: ``weight: pattern | pattern | ...``.  Pattern tokens are folded words;
``word*`` matches any word starting with ``word``; ``~`` skips 0-3 words; a leading
``!`` marks a pattern that a preceding negation ("not", "never") cancels.
"""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "work_conditions": """
3: sick leave | sick day* | paid leave | paid time off | pto | wage theft | workers comp* | osha
3: overtime | double shift* | night shift* | graveyard shift | hours got cut | cut my hours
3: cut our hours
3: !laid off | !got fired | !fired me | !fired us | layoff* | !lost my job | !lost his job
3: !lost her job
3: unpaid wage* | didnt pay us | didnt pay me | never paid me | paycheck* ~ short | stole ~ tips
3: on the job | at work | my shift | our shift | the shift | shifts | my boss | our boss
3: supervisor* | foreman
3: hours ~ cut | cut ~ hours | on the clock | off the clock | unpaid | injured on the job
3: hurt on the job
1: manager
2: boss | employer* | coworker* | co worker* | crew | job | jobs | workplace | warehouse* | factory
2: minimum wage | piece rate | per hour | an hour | hourly | wages | quota* | productivity
2: scheduled me | schedule*
2: no breaks | bathroom break* | lunch break | breaks | retaliat* | union* | temp agency
2: staffing agency
2: harvest* | farmworker* | farm work* | orchard* | packing house | packing plant | meatpacking
2: processing plant
2: construction | roofing | landscaping | cleaning houses | housekeeping | line cook | dishwasher
2: cashier
2: deliver* ~ app | gig | doordash | instacart | rideshare | drive for uber | warehouse
2: fulfillment center
2: clock in | clocked in | clock out | punch in | written up | write me up | call in sick
2: called in sick
0.5: pay | paid
1: work* | working | hired | hire | paycheck* | shift | hours | employee* | contract*
1: lifting | on my feet | standing all day | heavy | injured at work | hurt at work | chemical*
""",
    "income_poverty": """
3: make ends meet | paycheck to paycheck | behind on bills | behind on ~ bill* | shut off notice
3: shutoff*
3: disconnect* | !shut off ~ power | !shut off ~ electric* | !shut off ~ gas | !shut off ~ water
3: !cut off ~ power
3: payday loan* | title loan* | debt* | in collections | collection agency | overdraft* | late fee*
3: electric bill* | power bill* | light bill* | gas bill* | water bill* | utility bill* | utilities
2: cant afford | couldnt afford | afford | bills | bill | broke | money | fixed income | budget*
2: ssi | ssdi | disability check* | social security | tanf | cash assistance | benefits
2: unemployment
2: loan* | borrow* | credit card* | pawn* | owe | owed | savings | second job | two jobs
2: three jobs
2: prices | cost of living | inflation | expensive | cheapest | income | poverty | poor
2: check came
1: pay | paying | paid | cost* | dollars | bucks | cash | rent ~ and ~ bills | choose between
1: stretch*
""",
    "food_insecurity": """
3: food bank* | food pantry | pantries | pantry | soup kitchen | food stamp* | snap | ebt | wic
3: !hungry | hunger | !skip* meal* | !skipped lunch | !skipped dinner | !skipped breakfast
3: go without eating
3: !ran out of food | run out of food | !no food | not enough food | empty fridge | food desert
3: free lunch
3: school lunch* | school breakfast | meals | eat less | ate less | eating less
3: went to bed hungry
3: !go hungry | !went hungry | !going hungry
2: groceries | grocery | food | eat | ate | eating | meal | lunch | dinner | breakfast
2: fresh vegetables
2: fruit* | vegetable* | produce | ramen | rice and beans | canned | cereal | milk | formula
2: supermarket
0.5: store
1: kitchen | cook | cooking | healthy food | diet | nutrition*
""",
    "housing_instability": """
3: !evicted | eviction* | evict* | notice to vacate | day notice | !kicked us out | !kicked me out
2: landlord*
3: rent | rents | lease | renew* ~ lease | rent went up | rent increase* | raised the rent
3: couch surf* | !doubled up | staying with | stay with my | sleeping on ~ couch | sleep on ~ couch
3: sleeping on ~ floor
3: section 8 | housing voucher* | voucher* | housing authority | public housing
3: affordable housing | waitlist ~ housing
3: foreclos* | mortgage* | security deposit | deposit | application fee* | credit check
3: background check ~ apartment
3: rent ~ went up | rent ~ goes up | rent ~ going up | rental assistance | rent assistance
3: have to move out | had to move out
1: apartment* | moved | move
2: housing | moving | new owner* | building ~ sold | property manag* | tenant*
2: roommate* | sublet | lease | priced out | gentrif* | displaced | mobile home | trailer park
2: lot rent
1: house | home | place to live | unit | bedroom
""",
    "homelessness": """
3: !homeless* | !unhoused | houseless | shelter* | encampment* | sweep* | tent | tents | camp
3: camping
3: living in ~ car | sleep* in ~ car | living in ~ van | sleep* in ~ van | living in ~ rv
3: in my car | in our car
3: sleeping outside | sleep outside | slept outside | on the street* | under ~ bridge | sidewalk
3: doorway*
3: transitional housing | navigation center | day center | warming center | cooling center
3: shelter bed*
2: motel* | camper | vehicle | parking lot | street | streets | outside | belongings | storage unit
2: showers | shower | locker | mail ~ address | no address | id card | rest area | woods
0.5: car | van | rv | park
""",
    "housing_quality": """
3: mold* | mildew | damp* | leak* | water damage | roach* | cockroach* | mice | mouse | rats | rat
3: rodent*
3: bedbug* | bed bug* | pests | pest | infest* | no heat | heater* | furnace | radiator*
3: space heater*
3: no hot water | hot water | lead paint | peeling paint | plumbing | toilet* | sewage | ceiling
3: broken window*
3: repair* | fix it | fix the | fixed | wont fix | didnt fix | never fixed | not ~ fix*
3: maintenance | work order*
3: air condition* | no ac | the ac | cooling | overcrowd* | crowded | too many people
3: carbon monoxide
2: cold | freezing | hot inside | apartment was | wiring | outlet* | smoke detector* | stairs
2: elevator | pipes
2: walls | window* | carpet | roof | insulation | drafty | utilities | electricity | power
2: electric | heat
1: house | apartment | building | unit | room | bedroom | basement | landlord
""",
    "transportation": """
3: bus | buses | bus stop* | bus route* | bus pass | transit | light rail | train | trains
3: max line
3: no car | dont have a car | didnt have a car | without a car | car broke* | car ~ broke down
3: car ~ died
3: ride | rides | get a ride | a ride | paratransit | medicaid ride* | medical transport*
3: transfer* | fare*
3: two buses | three buses | hour each way | hours each way | each way | round trip | miles away
3: miles to
2: car | drive | driving | drove | gas money | gas prices | tank | license | parking | uber | lyft
2: taxi
2: walk* | bike* | miles | far away | too far | no way to get | get there | get to | commute*
1: late | schedule | route | stop | far
""",
    "environment": """
3: smoke | smoky | wildfire* | fire season | air quality | aqi | pollut* | fumes | diesel | exhaust
3: refiner* | smokestack* | incinerator | landfill | chemical plant | rail yard | train yard
3: port trucks
3: pesticide* | spray* | crop dust* | heat wave* | heatwave* | extreme heat | heat dome | too hot
3: contaminat* | tap water | water ~ brown | water ~ smell* | lead in ~ water | dust | ash | flood*
2: freeway | highway | interstate | trucks | factory | plant | smell* | stink* | odor* | chemical*
2: heat | hot | degrees | fire | fires | burn* | haze | climate
1: air | outside | windows closed | neighborhood | trees | park
""",
    "safety_violence": """
3: shooting* | got shot | was shot | been shot | shot at | shot and | shots fired | gunshot* | gun*
3: violence | violent | crime* | robbed | robbery | mugged
3: assault* | attacked | stabbed | beat me | beat her | beat him | hit me | hit her | abuse*
3: abusive
3: domestic violence | restraining order | protective order | stalk* | threaten* | harass* | gang*
3: broke into | break in | break ins | burglar* | stolen | stole | unsafe | not safe | dangerous
3: jumped | followed me | carjack* | mugging | pepper spray
2: afraid to walk | scared to walk | afraid to go out | scared to go out | streetlight* | dark
2: police | cops
2: fight* | yelling | scream* | drugs | dealing | needles | overdos* | safe | safety | scared
2: afraid
1: neighborhood | street | at night | walk home | alley | corner
""",
    "education": """
2: school | schools | teacher*
3: classroom | class | classes | college | university | ged | diploma
3: tuition | financial aid | fafsa | homework | iep | special ed* | learning disabilit* | dyslex*
3: dropped out | drop out | dropout | graduat* | degree | semester | community college | esl class*
3: !read | reading | cant read | couldnt read | literacy | illitera* | write | writing | spell*
2: student* | principal | counselor | suspended | expelled | grades | kindergarten | preschool
2: head start
2: study | studying | learn* | course* | program | training | certificate | exam* | test*
1: kids | education | books | laptop | internet | wifi
""",
    "language_access": """
3: interpret* | translat* | in english | only english | english only | in my language
3: our language
3: speak english | speak ~ english | limited english | my english | broken english | in spanish
3: language line | language barrier | bilingual | my language | her language | his language
3: their language
3: understand | didnt understand | couldnt understand | dont understand | explain* | instructions
3: forms | paperwork | labels | label | letter* ~ english | the words | medical words | jargon
2: english | spanish | speak | spoke | language* | accent | vietnamese | cantonese | mandarin
2: somali
2: russian | ukrainian | arabic | tagalog | korean | mixteco | mam | quiche | amharic | tigrinya
2: dari | pashto
2: nobody explained | no one explained | sign* | read it | read the | pharmacy | prescription
2: dose | dosage
1: words | told me | said | asked | ask | phone
""",
    "care_access": """
3: insurance | insured | uninsured | medicaid | medicare | copay* | co pay* | deductible*
3: premium*
3: medical bill* | hospital bill* | er bill | ambulance bill | coverage | covered | not covered
3: denied
1: appointment*
3: waitlist | wait list | waiting list | months out | weeks out | booked | no openings
3: prior authorization | no dentist | no doctor | no clinic | cant get ~ appointment
3: couldnt get ~ appointment
2: referral* | specialist* | dentist* | dental
1: clinic* | urgent care
3: cant afford ~ medic* | cant afford ~ insulin | price of ~ insulin | cost of ~ medic* | ration*
1: doctor* | physician | nurse* | hospital* | pharmac* | prescription* | refill* | medication*
1: medicine*
2: insulin | inhaler | pills | copays | bill from | charged | out of pocket | free clinic
2: sliding scale
1: emergency room | er
2: checkup | check up | primary care | provider | therapist | counseling | care
1: health | sick | treatment | surgery | test results | visit
""",
    "discrimination": """
3: racis* | discriminat* | prejudice* | stereotyp* | profil* | slur* | bigot* | homophob*
3: transphob*
3: because im black | because im brown | because im latin* | because im mexican | because im native
3: because im trans | because im gay | because im a woman | because of my accent
3: because of my race
3: because of my skin | because of my color | color of my skin | because of my age
3: because of my weight
3: treated differently | treated ~ differently | treated ~ like | looked at me like | talked down
3: followed ~ around | didnt believe me | dont believe me | ignored me | ignored us | dismissed
2: black | latina | latino | latinx | hispanic | mexican | native | indigenous | immigrant* | asian
2: muslim | hijab | trans | transgender | gay | lesbian | queer | disabled | disability
2: wheelchair
2: race | skin | judged | judge | assum* | looked at | the way they | stare* | rude | disrespect*
2: respect | old | age | fat | weight | accent | women | woman | only one | only ~ on my crew
1: different | they think | like we | people like
""",
    "isolation": """
3: !lonely | loneliness | !isolated | isolation | !alone | all alone | by myself
2: on my own
3: no one to | nobody to | dont know anyone | didnt know anyone | no friends | no family here
3: !left out | excluded | shut in | stuck at home | stuck inside | nobody calls | nobody visits
3: havent talked to | no one talks | nobody talks | no one checks | nobody checks | miss my family
1: visit*
2: friends | nobody | no one | anyone | widow* | far from | back home | talk to | company
2: community | church | neighbors | know my neighbors | invite* | connection* | support
1: days | weeks | phone | quiet | tv
""",
    "immigration_legal": """
3: immigration | immigrant* | deport* | undocumented | papers | no papers | without papers | visa*
3: green card | asylum | daca | citizenship | citizen | border | detention | detained | raid*
3: jail | prison | incarcerat* | probation | parole | criminal record | record | felony | felon*
3: arrest* | warrant* | court | courts | lawyer* | attorney* | judge | public charge | la migra
3: migra
2: ice | status | legal | illegal | documents | license | id | police | cops | ticket* | fine
2: fines
2: reentry | released | convict* | charges | charged | sentence* | hearing* | case | uscis
2: work permit
1: scared | afraid | fear | country | mexico | guatemala | honduras | el salvador
""",
    "family_caregiving": """
3: caregiv* | caretak* | take care of my | taking care of my | care for my | caring for my
3: look after
3: childcare | child care | daycare | day care | babysit* | nanny | single mom | single mother
3: single dad
3: dementia | alzheimer* | divorc* | custody | separated | passed away | died | death | funeral
3: grief
1: my mom | my mother | my dad | my father | my grandma* | my grandmother | my grandfather
1: my grandpa
1: my husband | my wife | my partner | my son | my daughter | my kids | my children | my baby
1: my sister
1: my brother | my aunt | my uncle | my parents | family | kids | children | mother | father | baby
2: raising | grandkids | grandchildren | foster | cps | fight* | argu* | stress* | burden
2: bedridden
1: son | daughter | husband | wife | home | house | help
""",
}

DOWNSTREAM: dict[str, str] = {
    "delayed_care": """
3: put off | putting off | postpon* | skip* ~ appointment* | miss* ~ appointment*
3: cancel* ~ appointment*
3: didnt go to the doctor | never went to the doctor | havent seen a doctor | waited until
3: waited too long
2: wait* ~ months | wait* ~ weeks | waitlist | couldnt get in | cant get in | missed | skipped
2: no appointment
""",
    "medication_problems": """
3: ration* | skip* ~ dose* | half ~ pill* | cut ~ pills | insulin | inhaler | refill*
3: prescription*
3: medication* | medicine* | meds | pills | pharmacy | dosage | dose* | wrong dose | label*
""",
    "chronic_disease": """
3: diabet* | blood pressure | hypertension | blood sugar | a1c | heart | kidney* | dialysis
3: cancer
3: chronic | copd | arthritis | stroke | cholesterol | epilep* | seizure* | sickle cell | hiv
""",
    "respiratory": """
3: asthma* | breath* | cough* | wheez* | lung* | inhaler | nebulizer | copd | pneumonia
3: bronchitis
2: smoke | mold* | air quality | chest
""",
    "infection_spread": """
3: covid | flu | infection* | infected | contagious | spread* | outbreak | lice | scabies | tb
3: tuberculosis | virus | germs | strep | sick coworker* | came in sick | work sick | bed bug*
""",
    "mental_health": """
3: anxiety | anxious | depress* | panic | stress* | cant sleep | couldnt sleep | nightmare* | ptsd
3: suicid* | therapist | counsel* | mental health | crying | cry | cried | breakdown
3: scared all the time
2: worry | worried | afraid | fear | scared | overwhelm* | exhausted | hopeless | ashamed | shame
2: lonely
""",
    "injury": """
3: injur* | hurt | broke my | broken ~ arm | broken ~ leg | fell | fall | burn* | cut my | sprain*
3: back pain | wrist* | shoulder* | knee* | bleeding | stitches | concussion | bruise*
""",
    "emergency_use": """
3: emergency room | er | ambulance | 911 | urgent care | ed visit | the emergency
""",
    "maternal_child": """
3: pregnan* | prenatal | postpartum | newborn* | baby | infant | breastfe* | nursing | birth
3: midwife
3: toddler | pediatrician | formula | wic | miscarriage | stillbirth | c section
3: labor and delivery
1: my kids | my son | my daughter | kids | children
""",
    "substance_use": """
3: drink* | drunk | alcohol* | drugs | meth | fentanyl | heroin | opioid* | overdos* | relaps*
3: sober
3: using again | addiction | addict* | rehab | detox | weed | marijuana
""",
    "nutrition": """
3: hungry | hunger | skip* meal* | junk food | weight | malnutrition | malnourish* | diet
3: healthy food
3: fresh food | vegetables | fruit | food bank | eat less | processed | sugar | soda
""",
}
