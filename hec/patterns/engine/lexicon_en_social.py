"""English lexicon, third part: the social-context categories and money strain, written
from the category definitions, the ICD-10-CM Z-code titles (Z60 social environment, Z65
psychosocial circumstances, Z63 family, Z59.86-87 financial insecurity and material
hardship) and everyday ways of telling these pressures (same syntax as lexicon_en)."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "discrimination": """
3: treated us like | treated me like | like dirt | second class | like animals | like a criminal
3: made fun of my | made fun of our | laughed at my | laughed at our | mocked | mocking
3: called me a | called us | racial slur | because of where im from | because we speak spanish
3: because i speak spanish | because i dont speak english | because im an immigrant
3: because im undocumented | because im poor | because of how i look | because of how we look
3: because of my last name | because of my religion | because of my disability
3: assumed i | assumed we | assumed that i | refused to serve | wouldnt rent to | wont rent to
3: refused to rent | stop and frisk | stopped and frisked | racial profiling | hate speech
3: served everyone else | helped the white | helped them first | skipped over me
3: not accessible | no ramp | inaccessible | no accommodation* | denied accommodation*
3: unequal treatment | equal treatment | civil rights | human rights | xenophob* | antisemit*
3: islamophob* | colorism | fair housing | housing discrimination | pay gap | paid less than
2: looked down | suspicious of me | suspicious of us | rolled her eyes | rolled his eyes | mock*
2: ignored me | accommodation* | ada | gender | sexual orientation | ethnicity | origin
3: because were black | because were brown | because were mexican | because were latino
3: because were immigrants | because were poor | because were indian | because were native
3: because were muslim | because were gay | because were trans | because were old
3: because she was black | because he was black | because she was brown | because he was brown
3: because of our race | because of our skin | because of our accent | because of our color
3: because of the color | because of their race | because of his race | because of her race
3: treated me different | treated us different | treat us different | treat me different
3: accused me | accused us | accused of stealing | thought i was stealing | thought we were stealing
3: called the cops on | called the police on | made us wait longer | waited longer than
3: made fun of me | made fun of us | laughed at me | laughed at us | dirty look* | gave us looks
3: you people | those people | our kind | your kind | go back home | go back where
3: double standard | unfairly | redlin* | steered us | microaggression* | tokenism
3: glass ceiling | passed over for | never promoted | not promoted | only black | only brown
3: only latino | only latina | only woman | only person of color | minorit* | lgbt*
3: nonbinary | gender identity | fat shaming | shamed me | looked at us like | look at us like
3: didnt want us there | dont want us here | not welcome here | denied because | rejected because
2: the way they treat | the way they looked | they treat us | treated us | unfair | not fair
2: injustice | ethnic | foreign name | foreign sounding | illegals | stereotype*
""",
    "safety_violence": """
3: gunpoint | crossfire | bullets | bullet holes | homicide* | murder* | was killed | got killed
3: were killed | someone broke in | broke into my | broke into our | car got broken into
3: porch pirate* | car was stolen | car got stolen | drug dealing | drug dealers | dealing drugs
3: kids cant play outside | dont let my kids outside | dont let the kids play | scared to let
3: hits me | hit us | he hits | she hits | he hit me | black eye | bruises | threatened to kill
3: police brutality | police violence | beaten by | hit by a car | speeding cars | no crosswalk
3: domestic abuse | intimate partner | abusive relationship | abusive partner | trafficking
3: sexual harassment | groped | exposed himself | fights outside | fights at school
3: lockdown | lock down | metal detector* | break ins | car break ins | fentanyl ~ street
2: speeding | crosswalk | loose dogs | pit bull* | unsafe streets | vacant lot* | abandoned house*
2: killed | shots | fear for my life | afraid for my kids | fentanyl | graffiti | crime scene
3: dont feel safe | didnt feel safe | never feel safe | feel unsafe | felt unsafe | unsafe walking
3: grabbed me | grabbed her | touched me | groped me | chased me | chased us | followed us
3: snatched | purse snatch* | phone stolen | stole my phone | stole my purse | held at gunpoint
3: afraid to wait | scared to wait | waiting ~ bus stop ~ night | bus stop ~ dark | dark ~ bus stop
3: walk ~ in the dark | walking ~ in the dark | bars on the windows | bars on our windows
3: gun violence | someone got shot | somebody got shot | police tape | shootout | gang violence
3: fights on the bus | harassed on the bus | harassed me | harassing me | catcalling | creepy
2: sketchy | shady | men hanging out | hanging out on the corner | sirens | helicopter*
2: worried about ~ safety | for our safety | for my safety | fear | fearful | terrified
""",
    "isolation": """
3: live alone | lives alone | living alone | all by myself | no visitors | dont have anyone
3: dont have anybody | no one comes | nobody comes | nobody to talk to | no one to turn to
3: nobody to turn to | miss my friends | nobody knows me | no one would notice | forgotten about
3: not included | dont fit in | never leave the house | cant leave the house | no one around
3: feel alone | felt alone | feel so alone | completely alone | social isolation | cut off from
3: no one to ask | nobody to ask | dont have friends | lost touch | without friends
2: forgotten | left behind | empty house | by myself all day | shut out | on our own | isolat*
""",
    "immigration_legal": """
3: ice agents | ice came | ice took | ice picked up | immigration agents | immigration officers
3: no social | no social security | without documents | no documents | out of status
3: expired visa | visa expired | refugee* | asylum seeker* | ankle monitor | bail | bond hearing
3: booked into | mugshot | county jail | jailed | background check* | removal order
3: order of removal | deportation order | deported | got deported | family was deported
3: afraid of immigration | scared of immigration | fear of deportation | citation* | arraign*
3: restitution | court fines | court costs | expungement | sealed record | immigration check
2: removal | sponsor | bond | legal status | police stop* | pulled over | lawyer fees
""",
    "income_poverty": """
3: overdrawn | no savings | money runs out | money ran out | until payday | barely get by
3: barely getting by | barely making it | struggling to pay | struggle to pay | cant keep up with
3: behind on payments | collections | in debt | into debt | food or medicine | rent or food
3: pay rent or | pay the rent or | gas or food | pay one bill | juggle ~ bills | stretch the money
3: make it to the end of the month | last until the end | run out before | runs out before
3: lost ~ benefits | cut ~ food stamps | benefits ~ stopped | cost of everything | prices went up
3: living on | can barely afford | cant afford anything | financial* | hardship
2: end of the month | payday | bank account | welfare | government assistance | assistance
2: choose between | afford ~ basics | struggling | struggle
""",
    "family_caregiving": """
3: my kids alone | kids home alone | latchkey | after school care | elder care | eldercare
3: hospice | guardianship | lost my husband | lost my wife | lost my son | lost my daughter
3: lost my mom | lost my mother | lost my dad | lost my father | my mom passed | my dad passed
3: separated from my kids | separated from my family | family separation | family separated
3: fights at home | fighting at home | yelling at home | home health | sick kid | sick child
3: take care of him | take care of her | take care of them | takes care of | care for him
3: care for her | care for them | caring for him | caring for her | my mother in law
3: my father in law | stay home with | stayed home with | miss work to | missed work to
2: parenting
1: mother in law | father in law | my grandkids | my grandson | my granddaughter | parent
1: parents | siblings | my niece | my nephew | relative* | family member*
""",
}
