"""English lexicon, second part: colloquial and spoken phrasings (same syntax)."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "work_conditions": """
3: !let me go | !let us go | !got let go | terminated | quit my job | lost the job | !laid me off
3: mandatory overtime | forced overtime | split shift* | on call | twelve hour* | 12 hour*
3: ten hour*
3: pay stub* | paystub* | time card | timecard | under the table | paid in cash | cash job
3: day labor
3: no water break* | no shade | without a break | no lunch | heat illness | safety gear | ppe
3: unemploy* | looking for work | cant find work | couldnt find work | job search | job hunting
2: tips | wage | raise | promotion | contractor | subcontract* | seasonal | farm | ranch | fields
2: assembly line | meat plant | poultry plant | slaughterhouse | cannery | greenhouse | dairy
2: janitor* | custodian | housekeeper | hotel | server | waitress | waiter | cook | retail
2: call center | customer service | trucker | truck driver | forklift | picker | packer | agency
2: home health aide | cna | nursing assistant | staffing | hiring | interview* | applications
1: coworker | office | store | restaurant | kitchen | rate
""",
    "income_poverty": """
3: cant pay | couldnt pay | pay the bills | no money | ran out of money | money is tight | short on
3: bad credit | credit score | bank fee* | garnish* | repo | repossess* | pawned | sold my
3: phone bill | internet bill | !phone got cut off | !cut off | lights off | energy assistance
3: lost my benefits | benefits ~ cut | cut ~ benefits | child support | every penny | every dollar
2: paycheck | check | tight | cheaper | coupon* | dollar store | thrift | taxes | tax refund
2: pension | retirement | disability | student loan* | car payment | either ~ or | choose between
1: price* | pay for | paying for | afford
""",
    "food_insecurity": """
3: nothing to eat | nothing in the fridge | fridge ~ empty | empty stomach | starving
3: one meal a day
3: once a day | smaller portions | water* down | food box* | commodities | meals on wheels
3: free meal* | school meal* | summer meal* | snap benefits | ebt card | wic checks | baby formula
3: no grocery store | grocery store ~ closed | corner store | convenience store | dollar menu
2: fast food | cheap food | healthy food | fresh food | snack* | portions | the fridge
""",
    "housing_instability": """
3: rent is due | late on rent | behind on ~ rent | back rent | owe ~ rent | rent is too high
3: cant afford ~ rent | couldnt afford ~ rent | rent hike | no cause | eviction court | sheriff
3: !locked us out | changed the locks | move out | moving again | moved ~ times | bounced around
3: on ~ couch | staying with | two families | rent a room | renting a room | rented a room
3: housing list | waitlist | wait list | source of income | application ~ denied | screening
3: first and last | move in costs | apartment hunting | nothing affordable | nothing available
3: new management | sold the building | renoviction | demolish* | space rent | property tax*
2: denied | applications | credit | first month | last month | owner | owners | month to month
""",
    "homelessness": """
3: living on the street* | sleeping rough | slept in the park | sleep* in ~ park
3: sleeping in a tent
3: car camping | safe parking | took my tent | threw away my | threw out my | our stuff | my stuff
3: shelter bed* | intake | rescue mission | the mission | warming shelter | laundry | showers
3: no place to go | nowhere to go | nowhere to sleep | no place to sleep | underpass | bus shelter
3: hotel voucher* | motel voucher* | towed | cleanup | clean up | camp cleanup | swept
2: belongings | bridge | address | mailing address | walk all night | stay up all night | beds
""",
    "housing_quality": """
3: heat* ~ doesnt work | heater ~ broken | broken heater | no heater | broken furnace | no water
3: pipes froze | frozen pipes | backed up | flooded basement | ceiling ~ collapsed | hole in the
3: asbestos | bugs | ants | fleas | vermin | exterminator | pest control | musty | condensation
3: wet walls | windows dont close | !door doesnt lock | locks broken | electrical | wires | sparks
3: fire hazard | smoke alarm | gas leak | oven for heat | too hot inside | no air conditioning
3: sleeping in the living room | share a bedroom | bunk bed* | code enforcement | inspector
3: inspection | habitab* | slumlord | repair request* | maintenance request* | complained to
2: stove | fridge | appliance* | floor | floors | door | doors | fan | fans | dirty | smell*
""",
    "transportation": """
3: missed the bus | bus was late | bus didnt come | bus never came | buses dont run | no bus
3: bus doesnt run | route* ~ cut | sunday service | bus fare | reduced fare | ride share | cab
3: dial a ride | wheelchair lift | tank of gas | car repair* | mechanic | tires | broke down
3: break down | no ride | needed a ride | need a ride | asked for a ride | rides from | stranded
3: hour on the bus | hours on the bus | across town | nearest | closest | out in the county
3: subway | metro | streetcar | trolley | commuter rail | shuttle | vanpool | transit card
3: bus card | fare card | metrocard
2: carpool
2: walked | walking | blocks | rural | downtown | scooter | registration | car insurance | gas
""",
    "environment": """
3: smoke from ~ fire* | smoke season | hazy | orange sky | air purifier | air filter* | n95
3: cant open ~ windows | keep ~ windows closed | record heat | heat stroke | heat exhaustion
3: smog | truck traffic | train tracks | airport | planes | noise | loud | smelter | chemical smell
3: rotten egg* | sewage plant | dump | burn pile | burning | drift | fields ~ sprayed | well water
3: nitrate* | arsenic | lead pipes | brown water | boil water | water notice | storm | power outage
2: degrees | summer | wildfires | masks | mask | pollen | trains | traffic
""",
    "safety_violence": """
3: gunfire | stray bullet* | drive by | stabbing | knife | brawl | beaten | beat up | held up
3: catalytic converter* | package theft | vandal* | needles | syringes | dealers | drug deal*
3: lock the doors | streetlights out | no lights | choked | strangled | controlling | my ex
3: restraining | protection order | domestic | sexual assault | rape | raped | catcall* | stalker
3: elder abuse | neglect | bully* | bullied | hate crime | punched | kicked | slapped | pushed me
2: scary | patrol | security | alone at night | walk at night | boyfriend | husband | partner
""",
    "education": """
3: failing | flunk* | held back | detention | truan* | absences | missed school | school district
3: 504 | sped | tutor* | after school | remote learning | online school | zoom class*
3: quit school | high school | adult education | adult ed | english classes | reading level
3: scholarship* | apprenticeship | training program | student loan* | chromebook | grade
2: absent | report card | school bus | books | library | studying | learning | teachers
""",
    "language_access": """
3: no interpreter | no translator | phone interpreter | video interpreter | interpreter ~ didnt
3: interprets for | translates for | translating for | translated for | all in english
3: written in english | spanish speaker | spanish speaking | speaks spanish | only spanish
3: doesnt speak english | dont speak english | didnt speak english | little english
3: medical terms | big words | discharge papers | consent form | sign* ~ papers | pill bottle
3: prescription label | automated | press 1 | website ~ english | portal | mychart
3: letters in english | notices in english | cant read english | sign language | asl | deaf
3: indigenous language | zapotec | chuj | qanjobal | kiche | oromo | swahili | marshallese
3: chuukese | tongan | samoan | hmong | khmer | lao | burmese | karen | nepali | farsi
3: haitian creole | portuguese | punjabi | hindi | chinese | korean
2: confusing | confused | explained | directions | voicemail | website | app | letter | notice
""",
    "care_access": """
3: no insurance | lost my insurance | lost coverage | underinsured | obamacare | marketplace
3: out of pocket | coinsurance | medical debt | surprise bill | claim* ~ denied | in network
3: out of network | formulary | epipen | cant afford ~ meds | couldnt afford ~ meds
3: next available
3: no appointments | not accepting new patients | no primary care | pcp | toothache | tooth | teeth
3: eye exam | glasses | hearing aid* | psychiatrist | clinic ~ closed | after hours | turned away
3: charity care | financial assistance | health center | community clinic | sliding fee
2: generic | price | billing | bills | telehealth | nurse line | rushed | minutes with the doctor
2: mental health care | vision | dental care | wait | waiting | waited | hours in the waiting room
""",
    "discrimination": """
3: racial | bias | biased | n word | go back to | where you came from | this is america
3: told me to speak english | because of my name | because of my hijab | because of my religion
3: because im muslim | because im asian | because im indian | because im queer | because im old
3: because im disabled | because im in a wheelchair | because im fat | because im pregnant
3: because im homeless | because i have a record | treated like a criminal | drug seeker
3: drug seeking | didnt believe my pain | didnt take me seriously | looked down on | condescend*
3: disrespected | humiliat* | embarrassed me | security followed | denied service | refused service
3: passed over | not hired because | white coworkers | white people | people of color | bipoc
3: misgender* | deadname* | pronouns | ableis* | ageis* | sexis* | too old
2: ignored | watched me | stared | unequal | unfair | white | religion | culture | name
""",
    "isolation": """
3: no support | no one to talk to | no one to call | no one to help | nobody to help
3: havent seen anyone | havent left the house | dont leave the house | housebound | homebound
3: kids dont call | family back home | new here | dont know my neighbors | not welcome
3: dont belong | invisible | no community | senior center | lost my friends | talk to myself
3: weeks without talking | days without talking | only one i talk to | nobody cares
2: strangers | miss | missing | church | by ourselves | no family | family is far
""",
    "immigration_legal": """
3: immigration status | mixed status | overstay* | work permit | tps | asylum case | deportation
3: immigration court | checkpoint | immigration lawyer | notario | afraid to apply
3: scared to sign up | crossed | naturaliz* | social security number | ssn | itin
3: no license | driving without a license | court date | court fee* | locked up | got out
3: parole officer | expunge* | halfway house | public defender | legal aid | sued | lawsuit
3: small claims | conviction | convicted | inside | served time | doing time | pending case
2: tickets | fees | ticket | paperwork | background | officer | police
""",
    "family_caregiving": """
3: taking care of | take care of | care of my | watch my | watching my | raising my | kinship
3: child protective | sitter | no one to watch | nobody to watch | school pickup | single parent
3: split up | breakup | left us | walked out | lost my | grieving | mourning | memory
3: disabled son | disabled daughter | special needs | autism | autistic | bedbound | bathing
3: diapers | nursing home | assisted living | respite | in home care | family fights | stepdad
3: stepmom | in laws | teenager | both my parents | sick mother | sick mom | aging parents
3: elderly mother | elderly father | my elderly | burn* out | sandwich generation
2: fighting | arguing | toxic | pressure | exhausted | elderly | my teen | grandson | granddaughter
""",
}
