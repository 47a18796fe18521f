"""Trigger lexicon for the hostile PLOVER types (ASSAULT, COERCE, MOBILIZE, SANCTION, PROTEST,
THREATEN): news-like sentences written for these tests, in active, passive, nominal and
phrasal forms, must give an event of the type (and mode where the word fixes it); other
senses of the same words must not."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2024-05-14")
    return [(e.type, e.mode) for e in nlp(doc)._.events]


def _check(nlp, text, etype, mode):
    events = _events(nlp, text)
    if mode is None:
        assert etype in [t for t, _ in events], (text, events)
    else:
        assert (etype, mode) in events, (text, events)


# --- ASSAULT ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Russian forces shelled the town of Kramatorsk overnight.", "heavy-weapons"),
        ("Artillery units pounded rebel positions outside the city.", "heavy-weapons"),
        ("Israeli jets bombed a Hamas compound in Gaza on Tuesday.", "aerial"),
        ("Government aircraft strafed a convoy of trucks near the border.", "aerial"),
        ("The junta's forces carried out airstrikes on villages in Sagaing.", "aerial"),
        ("U.S. warplanes conducted air raids on Houthi positions.", "aerial"),
        ("Ukraine launched a drone attack on the refinery.", "drone"),
        ("Houthi rebels fired missiles at a tanker in the Red Sea.", "heavy-weapons"),
        ("Militants lobbed mortar shells into the base.", "heavy-weapons"),
        ("Gunmen opened fire on worshippers at a mosque in Kano.", "firearms"),
        ("The two armies exchanged fire across the frontier.", "firearms"),
        ("A sniper shot two soldiers at the checkpoint.", "firearms"),
        ("The opposition leader was gunned down outside his home.", "firearms"),
        ("Police fired tear gas and rubber bullets at protesters in Nairobi.", "crowd-control"),
        ("Riot police used water cannon against the crowd.", "crowd-control"),
        ("Insurgents planted a bomb under the bridge.", "explosives"),
        ("Militants blew up a railway bridge near the border.", "explosives"),
        ("Two suicide bombers blew themselves up outside a police station.", "suicide-attack"),
        ("Government forces used chemical weapons against civilians in the suburb.", "unconventional"),
        ("The rebels kidnapped six aid workers in eastern Congo.", "abduct"),
        ("Militants hijacked a bus carrying 30 soldiers.", "abduct"),
        ("The gunmen took forty passengers hostage.", "abduct"),
        ("The gunmen used villagers as shields during the siege.", "abduct"),
        ("Soldiers beat up the detained students, witnesses said.", "beat"),
        ("Guards tortured the prisoners for weeks.", "torture"),
        ("Islamic State militants beheaded a captured soldier.", "execute"),
        ("The militia torched dozens of homes in the village.", "primitive"),
        ("Protesters set fire to the parliament building.", "primitive"),
        ("Protesters hurled rocks at the police.", "primitive"),
        ("Three police officers were stabbed in the attack.", "primitive"),
        ("The attackers were armed with knives and hacked the villagers to death.", "primitive"),
        ("Troops massacred dozens of villagers in central Mali.", "massacre"),
        ("Militiamen razed the village after the battle.", "destroy"),
        ("Retreating troops destroyed the bridge over the river.", "destroy"),
        ("The general was assassinated by a car bomb in Damascus.", "assassinate"),
        ("Soldiers raped women in the occupied villages, the report said.", "sexual"),
        ("Militias forced thousands of farmers out of the region.", "cleansing"),
    ],
)
def test_assault_with_mode(nlp, text, mode):
    _check(nlp, text, "ASSAULT", mode)


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents attacked an army post in the north on Sunday.",
        "The convoy was ambushed by militants near Gao.",
        "Ukrainian troops recaptured the village after heavy fighting.",
        "Russian missiles hit a power plant in Kharkiv.",
        "The rebels stormed the presidential palace.",
        "Government troops clashed with separatists in the east.",
        "A Christian militia fought back against the rebels.",
        "The army launched an offensive against the rebels in the north.",
        "Fighting between the army and the rebels erupted in the capital.",
        "Seven soldiers were killed when insurgents attacked their base.",
        "Five people were wounded in the attack on the market.",
        "Iran retaliated against Israel with a barrage of missiles.",
        "The two sides violated the ceasefire within hours.",
        "Rebels looted shops in the town.",
        "The army crushed the uprising in the south.",
        "The militants laid siege to a hotel in the capital.",
    ],
)
def test_assault(nlp, text):
    _check(nlp, text, "ASSAULT", None)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides struck a deal on grain exports.",
        "The singer struck a chord with young voters.",
        "The prime minister shot a campaign video in the studio.",
        "The film crew shot several scenes in Kyiv.",
        "The company fired two hundred workers in March.",
        "Brazil beat Argentina in the final on Sunday.",
        "The storm hit the city on Tuesday night.",
        "The minister suffered a heart attack last year.",
        "The new tax has killed the proposal.",
        "Inflation destroyed the savings of many families.",
        "Hackers hijacked the debate on social media.",
        "Rescuers battled the fire for hours.",
        "The company executed the plan on time.",
        "The opposition launched a campaign against corruption.",
        "The president declared war on drugs.",
    ],
)
def test_assault_other_senses(nlp, text):
    assert "ASSAULT" not in [t for t, _ in _events(nlp, text)], text


# --- COERCE -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Police arrested dozens of opposition supporters in Kampala.", "arrest"),
        ("The journalist was detained at the airport by security agents.", "arrest"),
        ("Security forces rounded up hundreds of young men.", "arrest"),
        ("Police placed the opposition leader under house arrest.", "arrest"),
        ("The court jailed the activist for three years.", "arrest"),
        ("Thailand deported 40 Uyghurs to China last month.", "deport"),
        ("The authorities expelled the foreign journalists.", "deport"),
        ("The government banned the opposition party on Friday.", "ban"),
        ("The regime shut down three independent newspapers.", "censor"),
        ("The government blocked several news websites.", "censor"),
        ("The authorities closed two television stations.", "censor"),
        ("The junta imposed martial law on six townships.", "curfew"),
        ("The army imposed a curfew on the city.", "curfew"),
        ("Police sealed off the area after the blast.", "restrict"),
        ("Police cordoned off the square before the rally.", "restrict"),
        ("Police cracked down on the demonstrators in Minsk.", "restrict"),
        ("Soldiers broke up the protest with batons.", "restrict"),
        ("The government closed the border with its neighbour.", "restrict"),
        ("Security forces raided the offices of the opposition newspaper.", "seize"),
        ("Customs officers seized two tons of cocaine at the port.", "seize"),
        ("The coast guard boarded a foreign fishing vessel.", "seize"),
        ("The authorities froze the newspaper's bank accounts.", "seize"),
        ("Israeli authorities demolished the homes of Palestinian families.", "seize"),
        ("The militia shut off the water supply to the besieged town.", "withhold"),
        ("The regime cut off internet access across the province.", "withhold"),
        ("The army blocked food deliveries to the region.", "withhold"),
        ("Russian hackers hacked into the ministry's computer network.", "cyber"),
        ("State media spread disinformation about the vaccine.", "misinformation"),
    ],
)
def test_coerce_with_mode(nlp, text, mode):
    _check(nlp, text, "COERCE", mode)


@pytest.mark.parametrize(
    "text",
    [
        "The police arrested the spread of the fire.",
        "The investors seized the opportunity to expand.",
        "The museum occupies a special place in the city.",
        "The hospital closed its doors at midnight.",
        "The company froze hiring for the summer.",
        "He took control of the conversation.",
        "The singer shut down rumours about her marriage.",
        "The law forbids smoking in restaurants.",
    ],
)
def test_coerce_other_senses(nlp, text):
    assert "COERCE" not in [t for t, _ in _events(nlp, text)], text


# --- MOBILIZE ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Russia deployed additional troops to the border with Ukraine.", "troops"),
        ("Hundreds of soldiers were deployed to the villages.", "troops"),
        ("China sent warships to the disputed waters.", "troops"),
        ("Moscow has massed tens of thousands of troops near the border.", "troops"),
        ("The ministry called up 300,000 reservists.", "troops"),
        ("The regional bloc activated its standby force.", "troops"),
        ("The army put its units on high alert.", "troops"),
        ("NATO bolstered its forces in the Baltic states.", "troops"),
        ("Taiwan scrambled jets to warn off the bombers.", "troops"),
        ("The government dispatched riot police to the capital.", "police"),
        ("North Korea test-fired two ballistic missiles on Thursday.", "weapons"),
        ("Pyongyang conducted a nuclear test in September.", "weapons"),
        ("Iran recruited fighters from Afghanistan to fight in Syria.", "militia"),
    ],
)
def test_mobilize_with_mode(nlp, text, mode):
    _check(nlp, text, "MOBILIZE", mode)


@pytest.mark.parametrize(
    "text",
    [
        "The party mobilized voters ahead of the election.",
        "The results reinforced the view that the economy is weak.",
        "The company deployed new software across its offices.",
        "The airline flies cargo to Nairobi.",
    ],
)
def test_mobilize_other_senses(nlp, text):
    assert "MOBILIZE" not in [t for t, _ in _events(nlp, text)], text


# --- SANCTION ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Mogadishu announced it was cutting ties with Nairobi.", "discontinue"),
        ("Iran cut off gas supplies to Turkey.", "discontinue"),
        ("Washington suspended military aid to Egypt.", "discontinue"),
        ("The EU froze aid to Niger after the coup.", "discontinue"),
        ("Beijing called off the talks with Washington.", "discontinue"),
        ("The president doubled the tariffs on Canadian aluminum.", "discontinue"),
        ("Ottawa imposed a 25% tariff on American electricity.", "discontinue"),
        ("Germany banned imports of Iranian oil.", "discontinue"),
        ("Russia downgraded diplomatic relations with Lithuania.", "withdraw"),
        ("Both countries recalled their ambassadors in 2018.", "withdraw"),
        ("The United States withdrew from the Paris climate agreement.", "withdraw"),
        ("Mali quit the regional bloc in January.", "withdraw"),
        ("Morocco closed its embassy in Tehran.", "withdraw"),
        ("Poland expelled 45 Russian diplomats on Thursday.", "expel"),
        ("The diplomat was declared persona non grata.", "expel"),
        ("A court sentenced the journalist to six years in prison.", "convict"),
        ("The former minister was found guilty of corruption.", "convict"),
    ],
)
def test_sanction_with_mode(nlp, text, mode):
    _check(nlp, text, "SANCTION", mode)


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed sanctions on Russian oligarchs.",
        "The EU sanctioned five Iranian officials over the crackdown.",
        "The US designated the militia a terrorist organization.",
        "Washington slapped new sanctions on Tehran.",
        "The Attorney General was sanctioned by the European Union.",
    ],
)
def test_sanction(nlp, text):
    _check(nlp, text, "SANCTION", None)


@pytest.mark.parametrize(
    "text",
    [
        "The bank cut interest rates by half a point.",
        "The minister left the meeting early.",
        "Shoppers paid tariffs on imported cars for years.",
        "The council suspended the meeting for lunch.",
        "He found the report interesting.",
    ],
)
def test_sanction_other_senses(nlp, text):
    assert "SANCTION" not in [t for t, _ in _events(nlp, text)], text


# --- PROTEST ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Thousands of people protested against the new law in Tbilisi.", "demo"),
        ("Protesters took to the streets in Tehran after her death.", "demo"),
        ("Students staged a sit-in outside the ministry.", "demo"),
        ("Demonstrators marched on the parliament building.", "demo"),
        ("Hundreds of people rallied in Istanbul against the raid.", "demo"),
        ("Protesters burned the American flag outside the embassy.", "demo"),
        ("Doctors began a nationwide strike on Monday.", "strike"),
        ("The union called a general strike for Thursday.", "strike"),
        ("British nurses struck over pay.", "strike"),
        ("The prisoners went on a hunger strike.", "hunger"),
        ("The opposition boycotted the parliamentary elections.", "boycott"),
        ("Farmers blocked roads with tractors across France.", "obstruct"),
        ("Youths rioted in the suburbs for a third night.", "riot"),
    ],
)
def test_protest_with_mode(nlp, text, mode):
    _check(nlp, text, "PROTEST", mode)


@pytest.mark.parametrize(
    "text",
    [
        "The candidate held a campaign rally in Ohio.",
        "Stocks staged a rally on Wall Street.",
        "The minister demonstrated the new system to reporters.",
        "Israeli jets struck targets in Lebanon.",
        "The general launched a missile strike on the base.",
    ],
)
def test_protest_other_senses(nlp, text):
    assert "PROTEST" not in [t for t, _ in _events(nlp, text)], text


# --- THREATEN ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Russia threatened to cut off gas supplies to Europe.", "relations"),
        ("The junta threatened to shut down the independent newspapers.", "rights"),
        ("The rebels threatened to break their ceasefire with the government.", "violence"),
        ("Washington gave Moscow an ultimatum to withdraw.", "relations"),
        ("Hamas vowed to retaliate for the killing.", "violence"),
        ("The army warned that it would crush any uprising.", "violence"),
        ("The president threatened to expel the diplomats.", "expel"),
    ],
)
def test_threaten_with_mode(nlp, text, mode):
    _check(nlp, text, "THREATEN", mode)


@pytest.mark.parametrize(
    "text",
    [
        "The president warned of serious consequences for the attackers.",
        "Iran issued a stern warning to Israel.",
        "The judge said he had been threatened by unnamed individuals.",
        "Trump threatened Canada with higher tariffs.",
        "The militia repeated its threat against the peacekeepers.",
    ],
)
def test_threaten(nlp, text):
    _check(nlp, text, "THREATEN", None)


@pytest.mark.parametrize(
    "text",
    [
        "The weather service issued a flood warning for the region.",
        "Experts warned of a shortage of nurses.",
        "The virus poses a threat to the elderly.",
    ],
)
def test_threaten_other_senses(nlp, text):
    assert "THREATEN" not in [t for t, _ in _events(nlp, text)], text
