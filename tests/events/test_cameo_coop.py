"""CAMEO coverage of the cooperative types (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE,
RETREAT, REQUEST): for every CAMEO code that ``../shared/plover/CAMEO2PLOVER-2021.txt`` maps to
one of these types, news-like sentences written for this test (none taken from the GSR, the
codebook, PETRARCH or any corpus) must give an event of the PLOVER type (and mode where the
word fixes it); other senses of the words added for these codes must give none."""

import re

import pytest

from detente.models import Article

TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST")

# Codes whose sentences detente codes with another type than the crosswalk, on purpose: easing a
# curfew or a state of emergency (0813, 0814) is CONCEDE, as the PLOVER gold-standard coders
# code it ("lifted a night curfew"), with the other administrative easings of 081.
CODED_AS = {"0813": "CONCEDE", "0814": "CONCEDE"}


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2024-06-03")
    return [(e.type, e.mode) for e in nlp(doc)._.events]


# (CAMEO code, PLOVER type, mode or None, sentence)
CASES = [
    # AGREE (CAMEO 030-039): intent to cooperate, to give aid, to reform, to yield, to meet, settle or mediate
    ('030', 'AGREE', None, 'Brazil said it was ready to work with the new government in Buenos Aires.'),
    ('030', 'AGREE', None, 'Seoul expressed its desire to improve relations with Tokyo.'),
    ('030', 'AGREE', None, 'Egypt extended an olive branch to Turkey.'),
    ('031', 'AGREE', None, 'Kenya and Ethiopia agreed to build a joint railway line.'),
    ('031', 'AGREE', None, 'Poland offered to host a new American base.'),
    ('0311', 'AGREE', None, 'Vietnam and Thailand agreed to expand trade between their countries.'),
    ('0311', 'AGREE', None, 'Chile pledged to invest $2 billion in Bolivian lithium projects.'),
    ('0312', 'AGREE', None, 'India and France agreed to hold joint naval exercises next year.'),
    ('0312', 'AGREE', None, 'Ankara and Baku vowed to deepen military cooperation.'),
    ('0313', 'AGREE', None, 'Spain promised to extradite the suspect to Morocco.'),
    ('0313', 'AGREE', None, 'Colombia offered to hand over the cartel leader to the United States.'),
    ('0314', 'AGREE', None, 'Jordan vowed to share intelligence with its Gulf allies.'),
    ('0314', 'AGREE', None, 'The interior ministers agreed to exchange information on terrorist financing.'),
    ('032', 'AGREE', None, "Lithuania promised to support Ukraine's bid for membership."),
    ('032', 'AGREE', None, "France said it would back Germany's bid for a permanent Security Council seat."),
    ('033', 'AGREE', None, 'Canada offered aid to the flood victims.'),
    ('033', 'AGREE', None, 'Tokyo promised to help Manila rebuild the typhoon-hit provinces.'),
    ('0331', 'AGREE', None, "Saudi Arabia pledged $3 billion to support Pakistan's economy."),
    ('0331', 'AGREE', None, 'Germany promised a 500 million euro loan to Tunisia.'),
    ('0332', 'AGREE', None, 'Britain offered to send tanks to Ukraine.'),
    ('0332', 'AGREE', None, 'Paris pledged military assistance to the Lebanese army.'),
    ('0333', 'AGREE', None, 'Japan pledged humanitarian aid for earthquake survivors in Turkey.'),
    ('0333', 'AGREE', None, 'The Emirates offered to send medical teams to Gaza.'),
    ('0334', 'AGREE', None, 'Rwanda offered to contribute troops to a peacekeeping force in Haiti.'),
    ('0334', 'AGREE', None, 'Bangladesh said it was ready to send peacekeepers to Darfur.'),
    ('034', 'AGREE', None, 'The military government promised to hold elections within two years.'),
    ('034', 'AGREE', None, 'The king vowed to introduce political reforms.'),
    ('0341', 'AGREE', None, 'The prime minister offered to step down if the coalition collapsed.'),
    ('0341', 'AGREE', None, 'The general vowed to transfer power to a civilian government.'),
    ('0342', 'AGREE', None, 'The finance minister pledged to reverse the pension cuts.'),
    ('0342', 'AGREE', None, 'The cabinet agreed to change the controversial land law.'),
    ('0343', 'AGREE', None, 'The junta promised to restore press freedom.'),
    ('0343', 'AGREE', None, 'The government pledged to allow opposition parties to register.'),
    ('0344', 'AGREE', None, 'The president vowed to rewrite the constitution.'),
    ('0344', 'AGREE', None, 'The ruling council pledged to create an independent electoral commission.'),
    ('035', 'AGREE', None, 'The rebels offered to make concessions.'),
    ('035', 'AGREE', None, 'Belgrade signalled its readiness to drop its objections.'),
    ('0351', 'AGREE', None, 'The government promised to lift the ban on the opposition newspaper.'),
    ('0351', 'AGREE', None, 'Authorities pledged to ease the curfew next week.'),
    ('0352', 'AGREE', None, 'The union offered to call off the strike.'),
    ('0352', 'AGREE', None, 'Protest leaders agreed to suspend their demonstrations.'),
    ('0353', 'AGREE', None, 'The militants offered to free the hostages in exchange for prisoners.'),
    ('0353', 'AGREE', None, 'Russia agreed to return the seized vessels.'),
    ('0354', 'AGREE', None, 'Washington signalled its readiness to lift sanctions on Caracas.'),
    ('0354', 'AGREE', None, 'Beijing agreed to remove tariffs on American soybeans.'),
    ('0355', 'AGREE', None, 'Myanmar agreed to allow aid workers into Rakhine state.'),
    ('0355', 'AGREE', None, 'Minsk offered to admit international observers.'),
    ('0356', 'AGREE', None, 'Moscow promised to scale back military operations near Kyiv.'),
    ('0356', 'AGREE', None, 'The rebels offered to withdraw from the city.'),
    ('036', 'AGREE', None, 'Pyongyang agreed to return to the negotiating table.'),
    ('036', 'AGREE', None, 'Seoul proposed talks with Pyongyang.'),
    ('037', 'AGREE', None, 'The two sides agreed to settle their border dispute peacefully.'),
    ('037', 'AGREE', None, 'Peru and Ecuador pledged to resolve their differences through dialogue.'),
    ('038', 'AGREE', None, "Ethiopia accepted the African Union's offer to mediate."),
    ('038', 'AGREE', None, 'Khartoum agreed to Saudi mediation.'),
    ('039', 'AGREE', None, 'Turkey offered to mediate between Russia and Ukraine.'),
    ('039', 'AGREE', None, 'Qatar offered to act as a mediator between the two sides.'),
    # CONSULT (CAMEO 040-046): meetings, telephone calls, visits made and hosted, third places, mediation, negotiation
    ('040', 'CONSULT', None, 'The foreign ministers met in Brussels on Tuesday.'),
    ('040', 'CONSULT', None, 'The envoy discussed the crisis with Saudi officials.'),
    ('041', 'CONSULT', 'phone', 'Macron phoned Putin to discuss the nuclear plant.'),
    ('041', 'CONSULT', 'phone', 'Scholz and Erdogan talked over the phone about the grain deal.'),
    ('041', 'CONSULT', 'phone', 'The Japanese prime minister called his Australian counterpart on Monday.'),
    ('041', 'CONSULT', 'phone', 'Scholz and Putin spoke in a video call on Tuesday.'),
    ('042', 'CONSULT', 'visit', 'Modi paid an official visit to Paris.'),
    ('042', 'CONSULT', 'visit', 'The Iranian foreign minister traveled to Riyadh.'),
    ('042', 'CONSULT', 'visit', 'A Hamas delegation went to Cairo for consultations.'),
    ('043', 'CONSULT', 'visit', 'Erdogan hosted the Swedish prime minister in Ankara.'),
    ('043', 'CONSULT', 'visit', 'The emir received the Iranian foreign minister in Doha.'),
    ('044', 'CONSULT', None, 'The leaders of Armenia and Azerbaijan met in Prague.'),
    ('044', 'CONSULT', None, "Delegations from Sudan's warring parties held talks in Jeddah."),
    ('045', 'CONSULT', 'third-party', 'Oman brokered talks between Tehran and Washington.'),
    ('045', 'CONSULT', 'third-party', 'Qatari diplomats shuttled between the two delegations.'),
    ('046', 'CONSULT', None, 'Iran and the United States held indirect negotiations in Oman.'),
    ('046', 'CONSULT', None, 'Israeli and Palestinian negotiators resumed talks on Monday.'),
    # SUPPORT (CAMEO 050-057): diplomatic cooperation, praise, verbal defence, rallying support,
    # recognition, apology, forgiveness, signing
    ('050', 'SUPPORT', None, 'Egypt and Turkey restored full diplomatic relations.'),
    ('050', 'SUPPORT', None, 'Greece and North Macedonia mended relations after years of dispute.'),
    ('051', 'SUPPORT', None, 'The Arab League endorsed the Egyptian peace plan.'),
    ('051', 'SUPPORT', None, 'Washington expressed confidence in the Iraqi government.'),
    ('052', 'SUPPORT', None, 'Beijing stood by its ally despite the criticism.'),
    ('052', 'SUPPORT', None, 'Beijing came to the defence of its ally.'),
    ('052', 'SUPPORT', None, 'The spokesman defended Pakistan against charges of harbouring militants.'),
    ('053', 'SUPPORT', None, "Zelensky rallied international support for Ukraine's reconstruction."),
    ('053', 'SUPPORT', None, 'France lobbied on behalf of Greece in Brussels.'),
    ('054', 'SUPPORT', None, "Honduras recognized the People's Republic of China."),
    ('054', 'SUPPORT', None, 'Bhutan granted diplomatic recognition to Kosovo.'),
    ('054', 'SUPPORT', None, 'Costa Rica switched diplomatic recognition from Taipei to Beijing.'),
    ('055', 'SUPPORT', None, 'Japan apologized to South Korea for wartime abuses.'),
    ('055', 'SUPPORT', None, 'The premier asked for forgiveness.'),
    ('056', 'SUPPORT', None, 'The widow said she had forgiven the gunman.'),
    ('056', 'SUPPORT', None, 'The Pope forgave the Turkish gunman.'),
    ('057', 'SUPPORT', None, 'The two countries inked a defence pact.'),
    ('057', 'SUPPORT', None, 'The leaders put their signatures on the peace accord.'),
    # COOPERATE (CAMEO 060-064): material, economic, military, judicial and intelligence cooperation
    ('060', 'COOPERATE', None, 'Kenyan and Somali forces cooperated in the operation.'),
    ('060', 'COOPERATE', None, 'Nigeria and Chad joined forces against the insurgents.'),
    ('061', 'COOPERATE', None, 'China and Pakistan launched a joint venture to build power plants.'),
    ('061', 'COOPERATE', None, 'Brazil exported record amounts of soy to China.'),
    ('062', 'COOPERATE', None, 'Russian and Chinese warships conducted joint patrols in the Pacific.'),
    ('062', 'COOPERATE', None, 'Polish soldiers have trained alongside American troops for years.'),
    ('063', 'COOPERATE', None, 'Spain extradited the drug lord to the United States.'),
    ('063', 'COOPERATE', None, 'Pakistan handed over the suspects to Afghan authorities.'),
    ('064', 'COOPERATE', None, 'Israel shared intelligence with Washington about the plot.'),
    ('064', 'COOPERATE', None, 'Ankara passed intelligence to Berlin about the cell.'),
    # AID (CAMEO 070-075): aid of every kind, money, arms, relief, protection, asylum
    ('070', 'AID', None, 'The United States provided aid to the flood victims.'),
    ('070', 'AID', None, 'Turkey came to the aid of the earthquake victims.'),
    ('071', 'AID', None, 'The IMF approved a $3 billion loan to Egypt.'),
    ('071', 'AID', None, "Saudi Arabia deposited $2 billion in Pakistan's central bank."),
    ('072', 'AID', None, 'Germany delivered Leopard tanks to Ukraine.'),
    ('072', 'AID', None, 'Iran supplied drones to Russia.'),
    ('073', 'AID', None, 'The Red Cross distributed food to displaced families.'),
    ('073', 'AID', None, 'Doctors Without Borders sent medical teams to Gaza.'),
    ('074', 'AID', None, 'The UN deployed peacekeepers to South Sudan.'),
    ('074', 'AID', None, 'Egyptian warships escorted the aid ships.'),
    ('075', 'AID', None, 'Ecuador granted asylum to the journalist.'),
    ('075', 'AID', None, 'The embassy sheltered the opposition leader for six years.'),
    # CONCEDE (CAMEO 080-083, and the curfews and emergencies of 0813/0814, see CODED_AS)
    ('080', 'CONCEDE', None, "The government gave in to the strikers' demands."),
    ('080', 'CONCEDE', None, 'The junta backed down on its plan to delay the election.'),
    ('081', 'CONCEDE', None, 'The government lifted the travel ban on opposition politicians.'),
    ('081', 'CONCEDE', None, 'Beijing relaxed restrictions on foreign journalists.'),
    ('0811', 'CONCEDE', None, 'The authorities unblocked access to social media.'),
    ('0811', 'CONCEDE', None, 'The regime eased censorship of the internet.'),
    ('0812', 'CONCEDE', None, 'The court lifted the ban on the Islamist party.'),
    ('0812', 'CONCEDE', None, 'The government legalized the Communist Party.'),
    ('082', 'CONCEDE', None, 'The union called off the general strike.'),
    ('082', 'CONCEDE', None, 'The students ended their hunger strike.'),
    ('083', 'CONCEDE', None, "The king agreed to the protesters' demands for a new constitution."),
    ('083', 'CONCEDE', None, 'The ruling party acceded to calls for electoral reform.'),
    ('0831', 'CONCEDE', None, 'The ruling party bowed to demands to replace the prime minister.'),
    ('0831', 'CONCEDE', None, 'The generals acceded to the demand for a civilian leader.'),
    ('0832', 'CONCEDE', None, 'The minister reversed the decision after the protests.'),
    ('0832', 'CONCEDE', None, 'Facing mass protests, the cabinet backtracked on the pension reform.'),
    ('0833', 'CONCEDE', None, 'The government granted the minority the right to education in its own language.'),
    ('0833', 'CONCEDE', None, 'Authorities acceded to demands for religious freedom.'),
    ('0834', 'CONCEDE', None, 'Parliament bowed to demands for a constitutional overhaul.'),
    ('0834', 'CONCEDE', None, 'The government conceded to opposition demands for an independent electoral commission.'),
    ('0813', 'CONCEDE', None, 'Authorities lifted the curfew in Leh.'),
    ('0813', 'CONCEDE', None, 'The army shortened the curfew by two hours.'),
    ('0814', 'CONCEDE', None, 'The government lifted the state of emergency.'),
    ('0814', 'CONCEDE', None, 'The president ended martial law in the province.'),
    # RETREAT (CAMEO 084-087): releases, returns, easing sanctions, access, de-escalation, truces,
    # blockades, disarming, retreat
    ('084', 'RETREAT', None, 'Iran released the British-flagged tanker.'),
    ('084', 'RETREAT', None, 'The rebels returned the seized equipment.'),
    ('0841', 'RETREAT', 'release', 'Kidnappers released the two aid workers.'),
    ('0841', 'RETREAT', 'release', 'The detained journalist was set free on Tuesday.'),
    ('0842', 'RETREAT', 'return', 'Russia handed back three Ukrainian ships.'),
    ('0842', 'RETREAT', 'return', 'France returned 26 looted artworks to Benin.'),
    ('085', 'RETREAT', None, 'Washington lifted sanctions on Venezuelan oil.'),
    ('085', 'RETREAT', None, 'Beijing removed tariffs on Australian wine.'),
    ('086', 'RETREAT', 'access', 'Venezuela allowed UN human rights monitors into the country.'),
    ('086', 'RETREAT', 'access', 'Belarus admitted international election observers.'),
    ('0861', 'RETREAT', 'access', 'Chad accepted the deployment of UN peacekeepers.'),
    ('0861', 'RETREAT', 'access', 'Mali welcomed the peacekeepers from Bangladesh.'),
    ('0862', 'RETREAT', 'access', 'Iraq granted the inspectors access to the palaces.'),
    ('0862', 'RETREAT', 'access', 'North Korea readmitted the nuclear inspectors.'),
    ('0863', 'RETREAT', 'access', 'Israel allowed aid trucks into Gaza.'),
    ('0863', 'RETREAT', 'access', 'Ethiopia granted aid agencies access to Tigray.'),
    ('087', 'RETREAT', None, 'The army scaled back its operations in the north.'),
    ('087', 'RETREAT', None, 'Israel halted its airstrikes.'),
    ('0871', 'RETREAT', 'ceasefire', 'The two sides observed a ceasefire on Sunday.'),
    ('0871', 'RETREAT', 'ceasefire', 'The warring parties implemented the truce.'),
    ('0872', 'RETREAT', None, "Saudi Arabia lifted its blockade of Yemen's ports."),
    ('0872', 'RETREAT', None, 'The army lifted the siege of the town.'),
    ('0873', 'RETREAT', 'disarm', 'The guerrillas handed in their weapons.'),
    ('0873', 'RETREAT', 'disarm', 'The government demobilized 5,000 fighters.'),
    ('0874', 'RETREAT', 'withdraw', 'Russian forces withdrew from Kherson.'),
    ('0874', 'RETREAT', 'disarm', 'The rebel commander surrendered to the army.'),
    ('0874', 'RETREAT', 'withdraw', 'Militants abandoned their positions in the hills.'),
    # REQUEST (CAMEO 100-108): demands for cooperation, aid, reform, yielding, meetings and mediation
    ('100', 'REQUEST', None, 'The opposition demanded a recount of the votes.'),
    ('100', 'REQUEST', None, 'The UN chief urged both sides to show restraint.'),
    ('101', 'REQUEST', None, 'Nigeria called on its neighbours to join a regional task force.'),
    ('101', 'REQUEST', None, 'The minister urged the Gulf states to cooperate with Egypt.'),
    ('1011', 'REQUEST', None, 'Argentina asked Brazil to open its market to Argentine beef.'),
    ('1011', 'REQUEST', None, 'The minister called for closer economic cooperation with the Gulf states.'),
    ('1012', 'REQUEST', None, 'Manila asked Washington to hold more joint patrols in the South China Sea.'),
    ('1012', 'REQUEST', None, 'Poland called for joint NATO exercises on its eastern border.'),
    ('1013', 'REQUEST', 'assist', 'Turkey demanded the extradition of the cleric from the United States.'),
    ('1013', 'REQUEST', None, 'France asked Algeria to hand over the suspects.'),
    ('1013', 'REQUEST', 'assist', 'Kyiv sought the extradition of the former mayor.'),
    ('1014', 'REQUEST', None, 'Kenya urged its neighbours to share intelligence on the militants.'),
    ('1014', 'REQUEST', None, 'The inquiry requested information from the Saudi government.'),
    ('102', 'REQUEST', None, 'The Palestinian president urged the EU to recognise a Palestinian state.'),
    ('102', 'REQUEST', None, 'Taiwan asked its allies to back its bid to join the WHO.'),
    ('103', 'REQUEST', 'assist', 'Lebanon appealed for international aid after the blast.'),
    ('103', 'REQUEST', None, 'Haiti asked the UN for help.'),
    ('1031', 'REQUEST', 'assist', 'Pakistan asked the IMF for a $6 billion bailout.'),
    ('1031', 'REQUEST', 'assist', 'Sri Lanka sought emergency loans from India.'),
    ('1032', 'REQUEST', 'assist', 'Kyiv requested air defence systems from Germany.'),
    ('1032', 'REQUEST', None, 'Taipei asked Washington to speed up arms deliveries.'),
    ('1033', 'REQUEST', 'assist', 'The Red Cross appealed for food and medicine for the besieged city.'),
    ('1033', 'REQUEST', 'assist', 'Somalia called for urgent humanitarian assistance.'),
    ('1034', 'REQUEST', None, 'Haiti asked the UN to send an international force.'),
    ('1034', 'REQUEST', None, 'The Congolese government requested the deployment of peacekeepers.'),
    ('104', 'REQUEST', 'change', 'The opposition called for constitutional reform.'),
    ('104', 'REQUEST', None, 'The EU urged Minsk to hold free elections.'),
    ('1041', 'REQUEST', 'change', 'The opposition demanded the resignation of the prime minister.'),
    ('1041', 'REQUEST', None, 'Lawmakers called on the president to step down.'),
    ('1042', 'REQUEST', None, 'Washington urged Beijing to change its currency policy.'),
    ('1042', 'REQUEST', None, 'Environmental groups pressed the government to abandon the dam project.'),
    ('1043', 'REQUEST', None, 'The UN called on Iran to respect the rights of women.'),
    ('1043', 'REQUEST', 'change', 'The Kurds demanded the right to education in their own language.'),
    ('1044', 'REQUEST', 'change', 'The separatists demanded independence for the region.'),
    ('1044', 'REQUEST', None, 'The Scottish leader called for a second independence referendum.'),
    ('105', 'REQUEST', None, 'Washington demanded that Moscow back down.'),
    ('105', 'REQUEST', None, 'The UN urged the junta to make concessions.'),
    ('1051', 'REQUEST', 'yield', "The journalists' union urged the government to lift the ban on the newspaper."),
    ('1051', 'REQUEST', 'yield', 'The opposition demanded an end to the state of emergency.'),
    ('1052', 'REQUEST', None, 'The president urged the strikers to return to work.'),
    ('1052', 'REQUEST', 'yield', 'The government called on the unions to call off the strike.'),
    ('1053', 'REQUEST', 'yield', 'The family demanded the release of the kidnapped journalist.'),
    ('1053', 'REQUEST', 'yield', 'Germany urged Iran to free the detained activists.'),
    ('1054', 'REQUEST', 'yield', 'Russia called for an easing of Western sanctions.'),
    ('1054', 'REQUEST', 'yield', 'Cuba urged the United States to end its embargo.'),
    ('1055', 'REQUEST', 'yield', 'The UN urged Damascus to allow inspectors into the sites.'),
    ('1055', 'REQUEST', 'yield', 'The IAEA demanded access to the nuclear facility.'),
    ('1056', 'REQUEST', 'yield', 'The UN called for an immediate ceasefire.'),
    ('1056', 'REQUEST', 'yield', 'NATO demanded that Russia withdraw its troops from the border.'),
    ('106', 'REQUEST', 'meet', 'Seoul called for talks with the North.'),
    ('106', 'REQUEST', 'meet', 'Pakistan asked India to resume dialogue.'),
    ('107', 'REQUEST', None, 'The UN urged the two countries to settle their border dispute peacefully.'),
    ('107', 'REQUEST', None, 'Beijing called for a political solution to the crisis.'),
    ('108', 'REQUEST', 'meet', 'Khartoum asked the African Union to mediate.'),
    ('108', 'REQUEST', 'meet', 'Kyiv sought Turkish mediation.'),
]

# Other senses of the words these codes brought in: no event of the type.
OTHER_SENSES = [
    ('The junta backed the plan to delay the election.', 'CONCEDE'),
    ('The army backed down on its plan.', 'SUPPORT'),
    ('The bank backed the loan with gold.', 'SUPPORT'),
    ('Stocks rallied on Friday.', 'SUPPORT'),
    ('He spoke highly technical language.', 'SUPPORT'),
    ('The president called the minister a liar.', 'CONSULT'),
    ('The president called his counterpart a liar.', 'CONSULT'),
    ('The judge called the witness.', 'CONSULT'),
    ('The president went to the hospital.', 'CONSULT'),
    ('Prices went to record highs.', 'CONSULT'),
    ('The coach talked on the radio about the match.', 'CONSULT'),
    ('The senator spoke on the line about taxes.', 'CONSULT'),
    ('The president spoke in the call for unity.', 'CONSULT'),
    ('He served as a minister in the previous government.', 'CONSULT'),
    ('She acted as a spokeswoman for the company.', 'CONSULT'),
    ('The committee proposed a new budget.', 'AGREE'),
    ('The ministry proposed a ban on plastic bags.', 'AGREE'),
    ('The tree lost a branch in the storm.', 'AGREE'),
    ('The company reaffirmed its commitment to shareholders.', 'SUPPORT'),
    ('Investors lost confidence in the bank.', 'SUPPORT'),
    ('Ukrainian troops defended Bakhmut against Russian assaults.', 'SUPPORT'),
    ('The general defended the town against the attack.', 'SUPPORT'),
    ('The senator defended her thesis against critics.', 'SUPPORT'),
    ('The lawyer asked for a pardon for his client.', 'SUPPORT'),
    ('He asked for directions.', 'SUPPORT'),
    ('He came to the conclusion that the plan was flawed.', 'SUPPORT'),
    ('The president asked for forgiveness.', 'REQUEST'),
    ('The bill passed the Senate.', 'COOPERATE'),
    ('He passed the information to his lawyer.', 'COOPERATE'),
    ('Traders swapped shares on Monday.', 'COOPERATE'),
    ('The athlete trained alongside the river.', 'COOPERATE'),
    ('The company passed the test.', 'COOPERATE'),
    ('The company supplied cars to dealers.', 'AID'),
    ('He deposited the check in his account.', 'AID'),
    ('The team came to the rescue of the club\'s season.', 'AID'),
    ('Police guarded the stadium.', 'AID'),
    ('The law protects free speech.', 'AID'),
    ('Volunteers pulled the boat ashore.', 'AID'),
    ('The council legalized parking on the street.', 'CONCEDE'),
    ('The bridge buckled under the weight of the trucks.', 'CONCEDE'),
    ('The patient succumbed to his injuries.', 'CONCEDE'),
    ('The team abandoned the match because of rain.', 'CONCEDE'),
    ('Protesters set up police-free zones.', 'RETREAT'),
    ('The program set free software standards.', 'RETREAT'),
    ('The company removed the product from its shelves.', 'RETREAT'),
    ('The fishermen returned to their boats at dawn.', 'RETREAT'),
    ('The factory released toxic gas.', 'RETREAT'),
    ('Demand for oil rose sharply.', 'REQUEST'),
]


@pytest.mark.slow
@pytest.mark.parametrize("code, etype, mode, text", CASES,
                         ids=[f"{c}-{t}-{i}" for i, (c, t, _, _) in enumerate(CASES)])
def test_cameo_coop_code_gives_its_type(nlp, code, etype, mode, text):
    events = _events(nlp, text)
    assert any(t == etype and (mode is None or m == mode) for t, m in events), (code, text, events)


@pytest.mark.slow
@pytest.mark.parametrize("text, etype", OTHER_SENSES)
def test_cameo_coop_other_senses_give_none(nlp, text, etype):
    assert etype not in [t for t, _ in _events(nlp, text)], text


def _crosswalk(path):
    """CAMEO code -> PLOVER type for the codes the crosswalk maps to TYPES."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,", line)
        if m and m.group(2) in TYPES:
            out[m.group(1)] = m.group(2)
    return out


def test_cameo_coop_cases_cover_every_code_of_the_types(shared):
    crosswalk = _crosswalk(shared("plover/CAMEO2PLOVER-2021.txt"))
    assert len(crosswalk) > 100  # the table was read
    asserted = {}
    for code, etype, _, _ in CASES:
        asserted.setdefault(code, set()).add(etype)
    assert sorted(set(crosswalk) - set(asserted)) == []
    assert sorted(set(asserted) - set(crosswalk)) == []
    wrong = {c: sorted(asserted[c]) for c, t in crosswalk.items() if CODED_AS.get(c, t) not in asserted[c]}
    assert wrong == {}
