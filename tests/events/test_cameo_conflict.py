"""CAMEO-category coverage of the conflict PLOVER types (ACCUSE, REJECT, THREATEN, PROTEST,
SANCTION, MOBILIZE, COERCE, ASSAULT): for every CAMEO code that the CAMEO-to-PLOVER crosswalk
maps to one of these types, news-like sentences written for this test (none taken from GSR,
the codebook, PETRARCH or any corpus) must give an event of the expected PLOVER type, and of
the mode where the word fixes one. Other senses of the words these codes brought in must give
no such event.

Two codes follow the PLOVER codebook rather than the crosswalk line: 116 (found guilty) is
SANCTION mode convict, which the codebook defines for court verdicts, and 163 (embargo,
sanctions) is SANCTION, as the codebook's reductions of relations and the GSR's own imposed
sanctions are; the crosswalk draft lists them under ACCUSE and COERCE.
"""

import re

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow

OURS = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2024-05-14")
    return [(e.type, e.mode) for e in nlp(doc)._.events]


# (CAMEO code, sentence, PLOVER type, mode or None)
CASES = [
    # --- 09 investigate (ACCUSE investigate) ------------------------------------------------
    ("090", "The European Commission opened an investigation into the merger on Monday.", "ACCUSE", "investigate"),
    ("090", "Police launched a probe into the fire that gutted the market.", "ACCUSE", "investigate"),
    ("090", "IAEA inspectors inspected the reactor on Tuesday.", "ACCUSE", "investigate"),
    ("091", "The anti-corruption bureau is investigating the former minister over bribes.", "ACCUSE", "investigate"),
    ("091", "Federal prosecutors opened a criminal inquiry into the governor's campaign finances.", "ACCUSE", "investigate"),
    ("092", "A UN panel will investigate reports of torture in the country's prisons.", "ACCUSE", "investigate"),
    ("092", "UN investigators documented abuses against civilians in the occupied towns.", "ACCUSE", "investigate"),
    ("093", "The army said it was investigating the airstrike that killed 12 civilians.", "ACCUSE", "investigate"),
    ("093", "Ceasefire monitors are looking into reports of shelling near the line of contact.", "ACCUSE", "investigate"),
    ("094", "The International Criminal Court opened an investigation into alleged war crimes in Darfur.", "ACCUSE", "investigate"),
    ("094", "Prosecutors are gathering evidence against the former president.", "ACCUSE", "investigate"),
    # --- 11 disapprove, accuse, complain, sue (ACCUSE) --------------------------------------
    ("110", "The European Union expressed concern over the detention of the journalist.", "ACCUSE", "disapprove"),
    ("110", "Washington voiced displeasure with the court's decision.", "ACCUSE", "disapprove"),
    ("110", "The foreign minister said he was disappointed by the vote.", "ACCUSE", "disapprove"),
    ("110", "Beijing was angered by the visit of the Dalai Lama.", "ACCUSE", "disapprove"),
    ("110", "The EU said it was unhappy with the decision.", "ACCUSE", "disapprove"),
    ("110", "France disagreed with Washington's decision to withdraw.", "ACCUSE", "disapprove"),
    ("111", "The opposition leader sharply criticized the budget.", "ACCUSE", "disapprove"),
    ("111", "Moscow denounced the new sanctions as illegal.", "ACCUSE", "disapprove"),
    ("111", "The minister lashed out at Western governments for their silence.", "ACCUSE", "disapprove"),
    ("111", "The president lectured Beijing on human rights.", "ACCUSE", "disapprove"),
    ("111", "Paris took a dim view of the proposal.", "ACCUSE", "disapprove"),
    ("112", "Kyiv accused Moscow of shelling the nuclear plant.", "ACCUSE", "allege"),
    ("112", "The government blamed rebels for the bombing.", "ACCUSE", "allege"),
    ("112", "Kyiv attributed the bombing to Russian saboteurs.", "ACCUSE", "allege"),
    ("1121", "Opposition lawmakers accused the prime minister of corruption.", "ACCUSE", "allege"),
    ("1121", "The anti-graft agency charged the mayor with embezzlement.", "ACCUSE", "allege"),
    ("1122", "Amnesty International accused security forces of torturing detainees.", "ACCUSE", "allege"),
    ("1123", "Azerbaijan accused Armenia of provoking the border clashes.", "ACCUSE", "allege"),
    ("1123", "Seoul blamed Pyongyang for the sinking of the warship.", "ACCUSE", "allege"),
    ("1124", "Ukraine accused Russian troops of committing war crimes in Bucha.", "ACCUSE", "allege"),
    ("1124", "The tribunal indicted two generals for genocide.", "ACCUSE", "allege"),
    ("1125", "Iran accused the detained British national of spying for Israel.", "ACCUSE", "allege"),
    ("1125", "Prosecutors charged the colonel with treason.", "ACCUSE", "allege"),
    ("113", "The president sought to rally international opposition against the annexation.", "ACCUSE", "disapprove"),
    ("114", "Japan lodged a formal protest with China over the incursion.", "ACCUSE", "allege"),
    ("114", "Egypt filed a complaint with the UN Security Council over the dam.", "ACCUSE", "allege"),
    ("114", "The ministry summoned the Russian ambassador over the remarks.", "ACCUSE", "allege"),
    ("115", "The families of the victims sued the airline for negligence.", "ACCUSE", "allege"),
    ("115", "Gambia brought a case against Myanmar at the International Court of Justice.", "ACCUSE", "allege"),
    ("115", "The government opened a case against the newspaper.", "ACCUSE", "allege"),
    ("116", "The judge sentenced the former president to seven years in prison.", "SANCTION", "convict"),
    ("116", "A military court convicted the officers of murder.", "SANCTION", "convict"),
    # --- 12 reject (REJECT) -----------------------------------------------------------------
    ("120", "The government rejected the report's findings.", "REJECT", None),
    ("120", "Hamas turned down the proposal on Tuesday.", "REJECT", None),
    ("121", "Pakistan rejected a U.S. request to use its air bases.", "REJECT", None),
    ("121", "Hungary refused to join the joint military mission.", "REJECT", None),
    ("1211", "Greece rejected the terms of the bailout package.", "REJECT", None),
    ("1211", "The island nation declined to sign the trade agreement with Beijing.", "REJECT", None),
    ("1212", "Turkey refused to let U.S. troops use its territory for the invasion.", "REJECT", None),
    ("1212", "Germany rejected a proposal for a joint naval patrol in the Gulf.", "REJECT", None),
    ("1213", "Russia refused to extradite the suspects to Britain.", "REJECT", None),
    ("1214", "The agency refused to share intelligence on the bombing with its allies.", "REJECT", None),
    ("122", "The government turned down offers of foreign aid after the earthquake.", "REJECT", "assist"),
    ("1221", "The IMF rejected Argentina's request for a new loan.", "REJECT", "assist"),
    ("1222", "Washington rejected Kyiv's request for fighter jets.", "REJECT", None),
    ("1223", "The junta refused international humanitarian aid for cyclone victims.", "REJECT", "assist"),
    ("1224", "Khartoum refused to accept a UN peacekeeping force in Darfur.", "REJECT", None),
    ("123", "The king rejected demands for constitutional reform.", "REJECT", None),
    ("1231", "The president refused to step down despite mass protests.", "REJECT", None),
    ("1231", "The prime minister rejected calls for his resignation.", "REJECT", None),
    ("1232", "The ministry rejected calls to scrap the fuel tax.", "REJECT", None),
    ("1233", "Authorities rejected the opposition's demand for the right to assemble.", "REJECT", None),
    ("1234", "The military council rejected demands to hand power to a civilian government.", "REJECT", None),
    ("124", "The rebels refused to lay down their arms.", "REJECT", "yield"),
    ("124", "The prime minister stood firm against the union's demands.", "REJECT", "yield"),
    ("124", "The junta dug in its heels on the election timetable.", "REJECT", "yield"),
    ("124", "Beijing hardened its stance on Taiwan.", "REJECT", "yield"),
    ("1241", "Authorities declined to lift the curfew in the city.", "REJECT", "yield"),
    ("1242", "The protesters refused to end their sit-in outside parliament.", "REJECT", None),
    ("1243", "The kidnappers refused to free the hostages.", "REJECT", "yield"),
    ("1244", "Washington refused to lift sanctions on Havana.", "REJECT", "yield"),
    ("1245", "The government refused to allow UN inspectors into the country.", "REJECT", None),
    ("1246", "The rebels rejected the ceasefire.", "REJECT", "yield"),
    ("1246", "Russia refused to withdraw its troops from the border.", "REJECT", "yield"),
    ("125", "North Korea rejected Seoul's offer of talks.", "REJECT", "meet"),
    ("125", "The opposition boycotted the talks with the government.", "REJECT", "meet"),
    ("126", "Ethiopia rejected the African Union's offer to mediate.", "REJECT", None),
    ("127", "The Palestinians rejected the peace plan.", "REJECT", None),
    ("128", "Protesters defied the curfew on Saturday night.", "REJECT", "yield"),
    ("128", "The regime flouted the arms embargo.", "REJECT", "yield"),
    ("128", "North Korea evaded UN sanctions through ship-to-ship transfers.", "REJECT", "yield"),
    ("129", "Russia vetoed the Security Council resolution.", "REJECT", None),
    # --- 13 threaten (THREATEN) -------------------------------------------------------------
    ("130", "The militants threatened the villagers who refused to pay.", "THREATEN", None),
    ("131", "The union threatened legal action against the company.", "THREATEN", None),
    ("131", "Brussels warned Budapest of consequences if the law took effect.", "THREATEN", None),
    ("1311", "Washington threatened to cut aid to Egypt.", "THREATEN", None),
    ("1312", "The EU threatened to impose sanctions on Minsk.", "THREATEN", None),
    ("1312", "Washington threatened to slap tariffs on Chinese goods.", "THREATEN", None),
    ("1313", "Morocco threatened to sever ties with Berlin.", "THREATEN", None),
    ("132", "The government threatened to revoke the licences of broadcasters.", "THREATEN", None),
    ("1321", "The junta threatened to shut down newspapers that criticised it.", "THREATEN", None),
    ("1322", "The government threatened to ban the opposition party.", "THREATEN", "ban"),
    ("1323", "Authorities threatened to impose a curfew if the riots continued.", "THREATEN", None),
    ("1324", "The president threatened to declare martial law.", "THREATEN", None),
    ("1324", "The prime minister warned he would declare a state of emergency.", "THREATEN", None),
    ("133", "The unions threatened a general strike.", "THREATEN", None),
    ("133", "Opposition parties threatened to boycott the election.", "THREATEN", None),
    ("134", "The rebels threatened to pull out of the peace talks.", "THREATEN", None),
    ("135", "Qatar threatened to end its mediation between Israel and Hamas.", "THREATEN", None),
    ("136", "The government threatened to expel UN peacekeepers.", "THREATEN", "expel"),
    ("137", "The army threatened to crush the protests by force.", "THREATEN", None),
    ("137", "Police warned they would use force to disperse the demonstrators.", "THREATEN", "violence"),
    ("138", "China threatened military action against Taiwan.", "THREATEN", None),
    ("138", "Iran threatened to attack U.S. bases in the region.", "THREATEN", "violence"),
    ("138", "Iran said it would respond with force to any attack.", "THREATEN", "violence"),
    ("1381", "China threatened to blockade the island.", "THREATEN", None),
    ("1382", "Turkey threatened to occupy the border strip.", "THREATEN", "territory"),
    ("1383", "The militants threatened to kill the hostages.", "THREATEN", "violence"),
    ("1384", "Israel threatened to launch a ground offensive in Rafah.", "THREATEN", "violence"),
    ("1385", "The Kremlin threatened to use nuclear weapons.", "THREATEN", "violence"),
    ("139", "The army gave the rebels an ultimatum to surrender by Friday.", "THREATEN", None),
    ("139", "Serbia issued an ultimatum to Kosovo.", "THREATEN", None),
    # --- 14 protest (PROTEST) ---------------------------------------------------------------
    ("140", "Thousands of people protested against the new law.", "PROTEST", "demo"),
    ("140", "Hundreds of activists held a sit-in at the university.", "PROTEST", "demo"),
    ("141", "Supporters of the opposition rallied in the capital.", "PROTEST", "demo"),
    ("141", "Thousands of Kenyans joined the protests in Nairobi.", "PROTEST", "demo"),
    ("1411", "Protesters demonstrated in Colombo demanding the president's resignation.", "PROTEST", "demo"),
    ("1412", "Farmers rallied in Brussels against the EU's trade policy.", "PROTEST", "demo"),
    ("1413", "Women marched in Kabul to demand the right to work.", "PROTEST", "demo"),
    ("1414", "Students demonstrated for an end to military rule.", "PROTEST", "demo"),
    ("142", "The jailed activist went on hunger strike.", "PROTEST", "hunger"),
    ("1421", "Opposition leaders began a hunger strike demanding the resignation of the governor.", "PROTEST", "hunger"),
    ("1422", "Refugees at the camp staged a hunger strike against the deportation policy.", "PROTEST", "hunger"),
    ("1423", "Palestinian prisoners refused food for a week to demand access to lawyers.", "PROTEST", "hunger"),
    ("1424", "Activists went on a hunger strike to demand democratic elections.", "PROTEST", "hunger"),
    ("143", "Dock workers went on strike on Monday.", "PROTEST", "strike"),
    ("143", "The opposition boycotted the election.", "PROTEST", "boycott"),
    ("1431", "Nigerian teachers staged a strike to demand the education minister's resignation.", "PROTEST", "strike"),
    ("1432", "Dock workers walked off the job to protest a pay freeze.", "PROTEST", "strike"),
    ("1433", "Miners downed tools on Monday demanding the right to form unions.", "PROTEST", "strike"),
    ("1434", "Opposition parties boycotted parliament to demand a new constitution.", "PROTEST", "boycott"),
    ("144", "Protesters blocked the main highway.", "PROTEST", "obstruct"),
    ("144", "Farmers blockaded the border crossing with tractors.", "PROTEST", "obstruct"),
    ("1441", "Demonstrators blocked the main bridge in Karachi demanding that the governor quit.", "PROTEST", "obstruct"),
    ("1442", "Farmers blocked the motorway to protest cuts in subsidies.", "PROTEST", "obstruct"),
    ("1443", "Activists barricaded the entrance to the ministry demanding the right to vote.", "PROTEST", "obstruct"),
    ("1444", "Students barricaded the university gates demanding an end to military rule.", "PROTEST", "obstruct"),
    ("145", "Youths rioted in the suburbs for a third night.", "PROTEST", "riot"),
    ("1451", "Protesters rioted in the capital demanding the prime minister's resignation.", "PROTEST", "riot"),
    ("1452", "Crowds rioted over fuel price rises in Lagos.", "PROTEST", "riot"),
    ("1453", "Prisoners rioted to demand better conditions.", "PROTEST", "riot"),
    ("1454", "Demonstrators rioted demanding the abolition of the monarchy.", "PROTEST", "riot"),
    # --- 15 mobilize (MOBILIZE) -------------------------------------------------------------
    ("150", "The army staged a military parade near the border.", "MOBILIZE", "troops"),
    ("150", "Russia launched snap military exercises near the border.", "MOBILIZE", "troops"),
    ("150", "Iran flexed its military muscle in the Gulf.", "MOBILIZE", "troops"),
    ("150", "North Korea paraded its newest missiles through Pyongyang.", "MOBILIZE", None),
    ("151", "Kenyan police went on high alert ahead of the verdict.", "MOBILIZE", None),
    ("151", "Authorities beefed up security in the capital.", "MOBILIZE", None),
    ("152", "The army placed its troops on combat readiness.", "MOBILIZE", "troops"),
    ("152", "Seoul raised its military alert level after the launch.", "MOBILIZE", "troops"),
    ("153", "Authorities deployed thousands of riot police in the capital.", "MOBILIZE", "police"),
    ("153", "The government drafted in extra police officers for the summit.", "MOBILIZE", "police"),
    ("154", "Russia massed troops on the Ukrainian border.", "MOBILIZE", "troops"),
    ("154", "The government called up 300,000 reservists.", "MOBILIZE", "troops"),
    # --- 16 reduce relations (SANCTION) -----------------------------------------------------
    ("160", "Britain downgraded its relations with Iran.", "SANCTION", None),
    ("160", "Seoul called off the planned summit with Tokyo.", "SANCTION", None),
    ("161", "Bolivia severed diplomatic ties with Israel.", "SANCTION", "withdraw"),
    ("161", "Riyadh recalled its ambassador from Beirut.", "SANCTION", "withdraw"),
    ("161", "Canada closed its embassy in Tehran.", "SANCTION", "withdraw"),
    ("162", "The donors suspended aid to Uganda.", "SANCTION", "discontinue"),
    ("1621", "The World Bank froze loans to the country.", "SANCTION", "discontinue"),
    ("1621", "The IMF halted disbursements to Kyiv.", "SANCTION", "discontinue"),
    ("1622", "Washington suspended military aid to Pakistan.", "SANCTION", "discontinue"),
    ("1622", "The United States cut off arms sales to Indonesia.", "SANCTION", "discontinue"),
    ("1623", "The World Food Programme cut food rations for Rohingya refugees.", "SANCTION", "discontinue"),
    ("163", "Washington imposed sanctions on the Russian oligarch.", "SANCTION", None),
    ("163", "The Treasury blacklisted three Iranian banks.", "SANCTION", None),
    ("164", "The government suspended peace talks with the rebels.", "SANCTION", None),
    ("164", "The rebels broke off negotiations with the government.", "SANCTION", None),
    ("165", "Qatar suspended its mediation between Israel and Hamas.", "SANCTION", "discontinue"),
    ("165", "Norway ended its mediation between the government and the rebels.", "SANCTION", "discontinue"),
    ("166", "Russia expelled 20 Polish diplomats.", "SANCTION", "expel"),
    ("166", "Mali ordered the UN mission to leave the country.", "SANCTION", "expel"),
    ("1661", "Mali expelled the UN peacekeepers.", "SANCTION", "expel"),
    ("1662", "North Korea expelled the nuclear inspectors.", "SANCTION", "expel"),
    ("1663", "The government expelled aid agencies from Darfur.", "SANCTION", "expel"),
    ("1663", "The Taliban ordered foreign charities out of the country.", "SANCTION", "expel"),
    # --- 17 coerce, 191-192 blockade and occupation (COERCE) --------------------------------
    ("170", "Zimbabwean soldiers intimidated voters at polling stations.", "COERCE", None),
    ("170", "The government harassed opposition activists.", "COERCE", None),
    ("170", "The militia forced villagers to hand over their cattle.", "COERCE", None),
    ("171", "Soldiers seized farmland belonging to villagers.", "COERCE", "seize"),
    ("171", "Settlers grabbed Palestinian land near the village.", "COERCE", "seize"),
    ("1711", "Customs officers confiscated a shipment of weapons.", "COERCE", "seize"),
    ("1711", "Authorities seized the oligarch's yacht.", "COERCE", "seize"),
    ("1712", "Militiamen set fire to homes in the village.", "ASSAULT", None),
    ("1712", "Troops destroyed crops and livestock in the valley.", "ASSAULT", "destroy"),
    ("172", "The ministry revoked the licence of the independent broadcaster.", "COERCE", None),
    ("172", "Authorities froze the bank accounts of the charity.", "COERCE", None),
    ("172", "The government suspended the registration of the opposition party.", "COERCE", "restrict"),
    ("172", "The government stripped the dissident of his citizenship.", "COERCE", "restrict"),
    ("1721", "The government blocked Twitter ahead of the election.", "COERCE", "censor"),
    ("1721", "Authorities banned public gatherings of more than five people.", "COERCE", None),
    ("1721", "The government ordered the opposition newspaper to suspend publication.", "COERCE", "censor"),
    ("1722", "The electoral commission barred the opposition leader from running.", "COERCE", "ban"),
    ("1722", "The government suspended the opposition party.", "COERCE", "ban"),
    ("1722", "The court ordered the dissolution of the opposition party.", "COERCE", "ban"),
    ("1723", "The army imposed a curfew on the city.", "COERCE", "curfew"),
    ("1724", "Ecuador's president declared a state of emergency.", "COERCE", "curfew"),
    ("1724", "The government imposed martial law in the province.", "COERCE", "curfew"),
    ("173", "Police arrested 40 protesters in the capital.", "COERCE", "arrest"),
    ("173", "Police took the suspect into custody.", "COERCE", "arrest"),
    ("173", "Chinese authorities have held the activist in solitary confinement since 2020.", "COERCE", "arrest"),
    ("173", "Police seized four suspects in the raid.", "COERCE", "arrest"),
    ("174", "Germany deported 28 Afghan nationals.", "COERCE", "deport"),
    ("174", "Authorities expelled the foreign correspondent.", "COERCE", "deport"),
    ("191", "Israel imposed a blockade on Gaza.", "COERCE", "restrict"),
    ("191", "Troops sealed off the town.", "COERCE", "restrict"),
    ("192", "Troops occupied the airport.", "COERCE", "seize"),
    ("192", "The rebels wrested control of the town from the army.", "COERCE", "seize"),
    # --- 18 unconventional violence, 175 repression, 201 expulsion (ASSAULT) ----------------
    ("175", "Soldiers opened fire on the demonstrators, killing five.", "ASSAULT", None),
    ("175", "Police fired tear gas at the protesters.", "ASSAULT", "crowd-control"),
    ("201", "Serbian soldiers drove thousands of ethnic Albanians from their villages.", "ASSAULT", "cleansing"),
    ("201", "Myanmar's army forcibly expelled the Rohingya from the country.", "ASSAULT", "cleansing"),
    ("180", "Militants attacked a village, killing 20 people.", "ASSAULT", None),
    ("180", "Militants went on a killing spree in the village.", "ASSAULT", None),
    ("181", "Somali pirates hijacked a cargo ship off Somalia.", "ASSAULT", "abduct"),
    ("181", "Gunmen seized four foreign hostages.", "ASSAULT", "abduct"),
    ("182", "Police beat protesters with batons.", "ASSAULT", "beat"),
    ("182", "Police clubbed the demonstrators.", "ASSAULT", "beat"),
    ("1821", "Soldiers raped women during the raid.", "ASSAULT", "sexual"),
    ("1822", "Interrogators tortured the prisoners.", "ASSAULT", "torture"),
    ("1823", "A mob lynched two men accused of theft.", "ASSAULT", None),
    ("1823", "Villagers stoned the man to death.", "ASSAULT", None),
    ("183", "Militants detonated a bomb in the crowded market.", "ASSAULT", "explosives"),
    ("183", "Taliban militants set off a bomb near the checkpoint.", "ASSAULT", "explosives"),
    ("1831", "A suicide bomber blew himself up at a checkpoint.", "ASSAULT", "suicide-attack"),
    ("1832", "Insurgents detonated a car bomb near the embassy.", "ASSAULT", "explosives"),
    ("1833", "Taliban fighters planted a roadside bomb.", "ASSAULT", "explosives"),
    ("184", "The militants used civilians as human shields.", "ASSAULT", "abduct"),
    ("185", "Gunmen tried to assassinate the governor.", "ASSAULT", "assassinate"),
    ("185", "President Karzai survived an assassination attempt.", "ASSAULT", "assassinate"),
    ("186", "The opposition leader was assassinated in Beirut.", "ASSAULT", "assassinate"),
    # --- 19 conventional force (ASSAULT) ----------------------------------------------------
    ("190", "Government forces launched an offensive against the rebels.", "ASSAULT", None),
    ("190", "Government forces defeated the rebels near the border.", "ASSAULT", None),
    ("190", "The insurgents overran an army post.", "ASSAULT", None),
    ("190", "The army responded with artillery fire on the rebel positions.", "ASSAULT", None),
    ("193", "Soldiers and militants exchanged gunfire near the border.", "ASSAULT", "firearms"),
    ("193", "Gunmen opened fire on a police patrol.", "ASSAULT", "firearms"),
    ("194", "The army shelled the town.", "ASSAULT", "heavy-weapons"),
    ("194", "Hamas fired rockets into southern Israel.", "ASSAULT", "heavy-weapons"),
    ("195", "Israeli warplanes bombed the village.", "ASSAULT", "aerial"),
    ("195", "Russian jets dropped bombs on the market.", "ASSAULT", "aerial"),
    ("196", "Both sides violated the ceasefire.", "ASSAULT", None),
    ("196", "Rebels broke the truce hours after it took effect.", "ASSAULT", None),
    # --- 20 mass violence (ASSAULT) ---------------------------------------------------------
    ("200", "Militias massacred hundreds of civilians.", "ASSAULT", "massacre"),
    ("202", "The army carried out mass killings of civilians.", "ASSAULT", "massacre"),
    ("203", "The militia carried out ethnic cleansing in the region.", "ASSAULT", "cleansing"),
    ("204", "The regime used weapons of mass destruction against its own people.", "ASSAULT", "unconventional"),
    ("2041", "The Syrian army dropped chlorine gas on the town.", "ASSAULT", "unconventional"),
    ("2041", "Troops used chemical weapons against the rebels.", "ASSAULT", "unconventional"),
    ("2042", "The United States dropped an atomic bomb on Hiroshima.", "ASSAULT", "unconventional"),
]


@pytest.mark.parametrize(
    "code, text, etype, mode", CASES, ids=[f"{c}-{i}" for i, (c, *_rest) in enumerate(CASES)]
)
def test_cameo_conflict_code(nlp, code, text, etype, mode):
    events = _events(nlp, text)
    if mode is None:
        assert etype in [t for t, _ in events], (code, text, events)
    else:
        assert (etype, mode) in events, (code, text, events)


def test_cameo_conflict_covers_every_crosswalk_code(shared):
    """Every CAMEO code the crosswalk maps to a conflict type has a sentence above."""
    table = shared("plover/CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    codes = {
        m.group(1)
        for m in re.finditer(r"^(\d{3,4}):\s*([A-Z]+)\s*,", table, re.M)
        if m.group(2) in OURS
    }
    assert len(codes) > 140
    assert codes - {c for c, *_ in CASES} == set()


# Other senses of the words brought in for these codes: (sentence, type that must be absent)
NEGATIVES = [
    ("The senator campaigned in Ohio.", "ACCUSE"),
    ("The minister inspected the troops at the parade.", "ACCUSE"),
    ("Officials inspected the damage after the storm.", "ACCUSE"),
    ("Farmers gathered the harvest.", "ACCUSE"),
    ("Analysts warned of rising prices.", "THREATEN"),
    ("The UN warned of famine in the region.", "THREATEN"),
    ("Israeli jets launched a strike on the base.", "PROTEST"),
    ("The United States joined the strikes against Islamic State.", "PROTEST"),
    ("The junta refused food aid from the United Nations.", "PROTEST"),
    ("Staff took part in a fire drill at the school.", "MOBILIZE"),
    ("The firm hired new lawyers.", "REJECT"),
    ("The court suspended the sentence.", "COERCE"),
    ("The army held a parade.", "COERCE"),
    ("Authorities took the children into care.", "COERCE"),
    ("The ship dropped anchor off the coast.", "ASSAULT"),
    ("The prosecutor dropped the charges.", "ASSAULT"),
    ("Biden defeated Trump in the election.", "ASSAULT"),
    ("Parliament rammed the bill through.", "ASSAULT"),
    ("Turkish forces expelled the militants from the town.", "SANCTION"),
    ("The opposition boycotted the election.", "REJECT"),
    ("Mugabe fired his vice president.", "ASSAULT"),
    ("The driver struck a pedestrian on the highway.", "ASSAULT"),
    ("NASA deployed a camera on the rover.", "MOBILIZE"),
    ("Many Muslims would also disagree with it.", "ACCUSE"),
    ("The editor ordered the newspaper staff to work late.", "COERCE"),
    ("The ministry responded with a statement.", "ASSAULT"),
    ("The president announced the dissolution of parliament.", "COERCE"),
    ("The U.S. has banned the supply of advanced chips to China.", "COERCE"),
]


@pytest.mark.parametrize("text, etype", NEGATIVES)
def test_cameo_conflict_other_senses(nlp, text, etype):
    events = _events(nlp, text)
    assert etype not in [t for t, _ in events], (text, events)


def test_cameo_conflict_military_strike_stays_assault(nlp):
    """The labour-strike senses ("went on strike", "staged a strike") leave air and missile
    strikes to ASSAULT."""
    assert "ASSAULT" in [t for t, _ in _events(nlp, "Israeli jets launched a strike on the base.")]
    assert ("ASSAULT", None) in _events(nlp, "Turkish forces expelled the militants from the town.")
