"""Trigger lexicon for the cooperative types (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE,
RETREAT): news sentences of each kind (phone calls and hosted talks, statements of
readiness, support by evaluation, aid by what is sent, easing and concessions, material
retreats) find an event of the type, and other senses of the same words find none."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2023-03-01")
    return [(e.type, e.mode) for e in nlp(doc)._.events]


# AGREE: willingness, commitments, settlements reached, invitations
AGREE = [
    ('Moscow reiterated its readiness to resume negotiations with Kyiv.', None),
    ('The Taliban voiced willingness to hold talks with the opposition.', None),
    ('Japan pledged $500 million in aid to Ukraine.', None),
    ('The rebels have agreed to a ceasefire in the north.', None),
    ('Iran expressed its openness to talks with Washington.', None),
    ('The two governments hammered out a power-sharing deal on Friday.', None),
    ('Serbia and Kosovo settled their border dispute.', None),
    ('The negotiators reached a compromise on the final text.', None),
    ('Qatar extended an invitation to the Afghan delegation.', None),
    ('Beijing said it was prepared to mediate between the two sides.', None),
    ('The prime minister promised to release the detained activists.', None),
    ('Tehran signalled its willingness to return to the nuclear talks.', None),
    ('The junta is open to dialogue with the opposition.', None),
    ('The two leaders agreed on the need to restore calm.', None),
    ('Both sides committed themselves to a lasting truce.', None),
    ('The government offered to hold talks with the strikers.', None),
    ('The allies agreed to boost cooperation with Kyiv.', None),
    ('The two sides set aside their differences and signed the accord.', None),
    ('Iran and the agency ironed out their differences over inspections.', None),
    ('Hamas gave its consent to the exchange.', None),
    ('The Kremlin says it is willing to negotiate with Kyiv.', None),
    ('The ministers resolved to deepen cooperation.', None),
    ('North Korea pledged to denuclearize the peninsula.', None),
    ('The two sides agreed on a road map for talks.', None),
]

# CONSULT: meetings, telephone and video calls, hosting and receiving visitors, mediation
CONSULT = [
    ('President Erdogan held a phone conversation with Vladimir Putin on Tuesday.', 'phone'),
    ('Macron talked by telephone with Zelensky about the grain corridor.', 'phone'),
    ('Turkey hosted the Russian and Ukrainian delegations in Istanbul.', 'visit'),
    ('The Qatari emir mediated between Hamas and Israel.', 'third-party'),
    ('King Abdullah received the American envoy at the palace.', 'visit'),
    ('The two sides exchanged views on the crisis.', None),
    ('Blinken spoke with his Chinese counterpart about Taiwan.', None),
    ('Blinken spoke by phone to Wang Yi on Sunday.', 'phone'),
    ('Egypt hosted talks between Israel and Hamas.', 'third-party'),
    ('The Saudi crown prince welcomed the Ukrainian delegation in Jeddah.', 'visit'),
    ('Lavrov flew to Ankara for talks with Cavusoglu.', 'visit'),
    ('Modi paid a state visit to Washington.', 'visit'),
    ('The two leaders held a video call on Wednesday.', 'phone'),
    ('Rebel leaders sat down with government negotiators in Doha.', None),
    ('French officials consulted with their allies.', None),
    ('Putin received Kim Jong Un in Vladivostok.', None),
    ('The envoy held consultations with Iranian officials in Muscat.', None),
    ('Pakistan brokered a meeting between the rivals.', 'third-party'),
    ('The foreign ministers convened in Brussels to discuss the crisis.', None),
    ('Colombian negotiators resumed talks with the rebels in Havana.', None),
    ('Ukraine and Russia restarted talks in Istanbul.', None),
    ('Georgia entered talks with the separatists.', None),
    ('The rebels joined the peace talks in Nairobi.', None),
    ('The NATO allies held a roundtable in Vilnius.', None),
    ('Blinken left for Beijing on Sunday.', 'visit'),
    ('President Macron embarked on a tour of West Africa.', 'visit'),
    ('The two sides wrapped up talks in Doha.', None),
]

# SUPPORT: praise, thanks, approval, standing by, recognition, signing, diplomatic ties
SUPPORT = [
    ('The Kremlin welcomed the decision to reopen the port.', None),
    ('Zelensky thanked Britain for its military support.', None),
    ('The foreign minister commended Egypt for its mediation efforts.', None),
    ('The United States stood by Israel after the attack.', None),
    ('The G7 affirmed its unwavering support for Ukraine.', None),
    ('India and Mauritius upgraded their ties to a strategic partnership.', None),
    ('Saudi Arabia and Iran restored diplomatic relations in March.', None),
    ('Canada apologized to India for the remarks.', None),
    ('The ministers signed a memorandum on energy cooperation.', None),
    ('Germany expressed solidarity with the victims.', None),
    ('The spokesman defended the decision to close the border.', None),
    ('All the ministers agreed with the proposal.', None),
    ('Russia recognized the independence of the two regions.', None),
    ('Azerbaijan opened an embassy in Tel Aviv.', None),
    ('The cabinet approved the ceasefire deal.', None),
    ('Hungary sided with Moscow in the dispute.', None),
    ('Washington lauded Kenya for leading the mission.', None),
    ('The African Union hailed the agreement as a breakthrough.', None),
    ('Turkey and Egypt normalised relations after a decade of tension.', None),
    ('The two countries inked a defence pact in Manila.', None),
    ('Parliament green-lighted the treaty with Japan.', None),
    ('Bahrain and Israel opened diplomatic relations last year.', None),
    ('The council gave its blessing to the truce.', None),
    ('Washington gave the green light to the deal.', None),
    ('The Pope paid tribute to the peacekeepers.', None),
]

# COOPERATE: joint exercises, judicial cooperation, shared intelligence, trade and arms sales
COOPERATE = [
    ('China and Russia held joint naval exercises in the Sea of Japan.', None),
    ('Zambia extradited the suspect to Britain.', None),
    ('The two agencies share intelligence with each other.', None),
    ('Pakistan handed over the suspects to Afghan authorities.', None),
    ('Russia exports gas to China.', None),
    ('Kenya cooperated with Ethiopia on border security.', None),
    ('The two armies have teamed up against the insurgents.', None),
    ('India and France conducted a joint military exercise in Rajasthan.', None),
    ('Poland hosts a US military base near the border.', None),
    ('The police worked with Interpol to track the fugitives.', None),
    ('Ankara bought the S-400 system from Russia.', None),
    ('France sold Rafale jets to India.', None),
    ('The two navies joined forces against the pirates.', None),
    ('Mauritius leased the island to Britain.', None),
    ('The allies began joint training in Poland.', None),
]

# AID: aid by what is sent, money and credit, arms, rescue and shelter
AID = [
    ('The United States shipped food to Somalia.', None),
    ('Germany sent tanks to Ukraine.', None),
    ('Japan provided Ukraine with generators.', None),
    ('The World Food Programme distributed food to two million people.', None),
    ('Peru granted asylum to the former minister.', None),
    ('The IMF approved a $3 billion loan for Egypt.', None),
    ('Britain delivered air defence systems to Kyiv.', None),
    ('Qatar donated medical supplies to Lebanon.', None),
    ('The Red Cross airlifted medicine to the besieged city.', None),
    ('China lent Sri Lanka $1 billion.', None),
    ('Paris cancelled the debt of several African states.', None),
    ('Iran has armed the Houthi rebels for years.', None),
    ('The army rescued 40 hostages from the compound.', None),
    ('Jordan hosts more than 600,000 Syrian refugees.', None),
    ('The UN launched a rescue operation after the floods.', None),
    ('The European Union disbursed the second tranche of the loan to Ukraine.', None),
    ('The army began a search-and-rescue operation after the quake.', None),
    ("Saudi Arabia poured billions into Egypt's economy.", None),
    ('Lebanon accommodates more than a million refugees.', None),
    ('The Gulf states guaranteed the loan for Pakistan.', None),
    ('The IMF extended a $2 billion loan to Pakistan.', None),
    ('Canada granted refugee status to the dissidents.', None),
]

# CONCEDE: declared truces, easing restrictions, giving in, dropping demands, calling off protests
CONCEDE = [
    ('The rebels announced a truce for the holiday.', None),
    ('The police allowed the march through the city centre.', None),
    ('The army lifted the curfew in the capital.', None),
    ("The government finally gave in to the protesters' demands.", None),
    ('The union called off the strike.', None),
    ('The junta eased restrictions on political parties.', None),
    ('The president bowed to pressure and dismissed the minister.', None),
    ('The opposition dropped its demand for early elections.', None),
    ('The government accepted the demands of the protesters.', None),
    ('The militants declared a unilateral ceasefire on Sunday.', None),
    ('The authorities relaxed the ban on public gatherings.', None),
    ('The regime backed down after days of protests.', None),
    ('The miners suspended their strike on Monday.', None),
    ('The rebels declared a cease-fire on Sunday.', None),
    ('The president called early elections after the protests.', None),
    ('The government walked back its threat to ban the party.', None),
    ('The parliament shelved the bill after the protests.', None),
    ('The ruling party withdrew the controversial bill.', None),
    ('The regime granted autonomy to the region.', None),
    ('The army agreed to early elections.', None),
    ('The governor suspended the curfew on Friday.', None),
]

# RETREAT: withdrawals, halting attacks, easing blockades and economic sanctions, releases, judicial relief, disarming, access, resignations
RETREAT = [
    ('Russia scaled back military operations around Kyiv.', 'disarm'),
    ('Ukrainian forces pulled back from the eastern town.', 'withdraw'),
    ('Israel eased the blockade of Gaza on Sunday.', 'withdraw'),
    ('Washington lifted sanctions on Venezuelan oil.', None),
    ('The White House delayed the tariffs on Mexican goods for a month.', None),
    ('Hamas released three hostages on Saturday.', 'release'),
    ('Russia and Ukraine exchanged prisoners of war.', 'release'),
    ('An appeals court overturned his conviction.', None),
    ('The militants laid down their arms.', 'disarm'),
    ('Kyiv observed the ceasefire overnight.', 'ceasefire'),
    ('The army halted its offensive in the north.', 'ceasefire'),
    ('The rebels have simply retreated.', 'withdraw'),
    ('The minister resigned on Friday.', 'resign'),
    ('The regime granted humanitarian access to the besieged city.', 'access'),
    ('Ukraine returned the bodies of fallen soldiers to Russia.', 'return'),
    ('The court granted him house arrest in October.', 'release'),
    ('The Pentagon completed the drawdown of troops from Iraq.', 'withdraw'),
    ('Iran allowed UN inspectors into the enrichment plant.', 'access'),
    ('The prime minister stepped down after the vote.', 'resign'),
    ('The rebel group disbanded its armed wing last year.', 'disarm'),
    ('The army withdrew its troops from the buffer zone.', 'withdraw'),
    ('Both sides observed the cease-fire overnight.', 'ceasefire'),
    ('The guerrillas handed in their weapons to the monitors.', 'disarm'),
    ('The rebels gave up their weapons.', 'disarm'),
    ('The government commuted the death sentences of the activists.', None),
    ('The militias ceased hostilities on Friday.', 'ceasefire'),
    ('Washington unfroze Iranian assets held in Qatar.', None),
    ('The leader stood aside after the vote.', 'resign'),
    ('The Pentagon recalled the troops from the border.', 'withdraw'),
    ('Israel reopened the port to foreign ships.', 'access'),
    ('The Pentagon sent the troops home in December.', 'withdraw'),
    ('The army handed over the base to local forces.', 'withdraw'),
]


@pytest.mark.parametrize(
    "etype, text, mode",
    [(etype, text, mode) for etype, cases in (
        ("AGREE", AGREE), ("CONSULT", CONSULT), ("SUPPORT", SUPPORT), ("COOPERATE", COOPERATE),
        ("AID", AID), ("CONCEDE", CONCEDE), ("RETREAT", RETREAT)) for text, mode in cases],
)
def test_triggers_coop_find_the_event(nlp, etype, text, mode):
    events = _events(nlp, text)
    assert any(t == etype and (mode is None or m == mode) for t, m in events), events


@pytest.mark.parametrize(
    "text, etype",
    [
        ('The mayor met the deadline for the report.', 'CONSULT'),
        ('The plan met with fierce criticism from the opposition.', 'CONSULT'),
        ('The company will host a dinner for investors.', 'CONSULT'),
        ('She visited the website to check the results.', 'CONSULT'),
        ('Scholz spoke to reporters in Berlin.', 'CONSULT'),
        ('Biden called Putin a war criminal.', 'CONSULT'),
        ('The senator committed fraud.', 'AGREE'),
        ('The minister offered condolences to the families.', 'AGREE'),
        ('The constitution guarantees the right to free speech.', 'AGREE'),
        ('He welcomed everyone to the ceremony.', 'SUPPORT'),
        ('Thank you for joining us today.', 'SUPPORT'),
        ('The troops defended their positions overnight.', 'SUPPORT'),
        ('People share their experiences online.', 'COOPERATE'),
        ('The two countries traded accusations over the attack.', 'COOPERATE'),
        ('The factory shipped 200 cars to Germany.', 'AID'),
        ('Hundreds of residents donated blood for the injured.', 'AID'),
        ('The president gave speeches in three cities.', 'CONCEDE'),
        ('The minister conceded that mistakes were made.', 'CONCEDE'),
        ('The investment yielded good returns.', 'CONCEDE'),
        ('Students released balloons over the square.', 'RETREAT'),
        ('The court released the video on Monday.', 'RETREAT'),
        ('The company pulled out of the Russian market.', 'RETREAT'),
        ('The exiles hope to return to the islands one day.', 'RETREAT'),
        ('Stocks retreated on Wall Street on Friday.', 'RETREAT'),
        ('The special forces ended the siege of the hotel.', 'RETREAT'),
        ('The new system allows an opposition party.', 'CONCEDE'),
        ('The government disbanded the task force.', 'RETREAT'),
        ('The ministry issued a press release on Friday.', 'RETREAT'),
        ('His family did not accept him at first.', 'AGREE'),
        ('The president spoke to the nation on Sunday.', 'CONSULT'),
        ('The new rules were met with protests.', 'CONSULT'),
    ],
)
def test_triggers_coop_other_senses_find_none(nlp, text, etype):
    assert etype not in [t for t, _ in _events(nlp, text)]
