"""Trigger lexicon for the speech acts ACCUSE, REJECT and REQUEST (triggers/ACCUSE.yaml,
REJECT.yaml, REQUEST.yaml): evaluation, rejection and request language as news writes it
(active, passive, nominal with a light verb, phrasal, object-constrained senses), and the
other senses of the same words that must not become these events. Sentences written for
these tests."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2023-03-01")
    return nlp(doc)._.events


def _found(nlp, text, etype, mode):
    got = [(e.type, e.mode) for e in _events(nlp, text)]
    return any(t == etype and (mode is None or m == mode) for t, m in got), got


@pytest.mark.parametrize(
    "text, mode",
    [
        # condemnation and criticism
        ("The foreign ministry condemned the missile strikes on the capital.", "disapprove"),
        ("Beijing sharply criticised the arms sale to Taiwan.", "disapprove"),
        ("The European Union criticized Hungary for blocking the aid package.", "disapprove"),
        ("Human rights groups denounced the execution of the four activists.", "disapprove"),
        ("The Security Council deplored the attack on the peacekeepers.", "disapprove"),
        ("The prime minister lambasted the opposition over its handling of the crisis.", "disapprove"),
        ("Ankara castigated Athens for its treatment of migrants.", "disapprove"),
        ("The senator rebuked the administration for its silence.", "disapprove"),
        ("Moscow ridiculed the new sanctions.", "disapprove"),
        ("The court regrets the decision of the government not to take part.", "disapprove"),
        ("The defence minister questioned the legitimacy of the election.", "disapprove"),
        ("The minister took issue with the report.", "disapprove"),
        # phrasal and figurative verbs with their object senses
        ("The minister lashed out at Western governments over the sanctions.", "disapprove"),
        ("The prime minister hit out at critics of the reform.", "disapprove"),
        ("The president railed against the tariffs in a televised speech.", "disapprove"),
        ("Rights groups slammed the decision to expel the journalists.", "disapprove"),
        ("The opposition leader attacked the budget as a betrayal of workers.", "disapprove"),
        ("The senator attacked the administration for its handling of the crisis.", "disapprove"),
        ("Opposition lawmakers called into question the legality of the strikes.", "disapprove"),
        # characterising: call / brand / label X an evaluative word
        ("He called the ruling arbitrary.", "disapprove"),
        ("The spokeswoman called the minister's remarks insulting.", "disapprove"),
        ("The foreign minister branded the accord illegal.", "disapprove"),
        ("Moscow labelled the sanctions an act of aggression.", "disapprove"),
        ("Beijing denounced the visit as a provocation.", "disapprove"),
        # expressed disapproval: noun with a light verb
        ("The United States has voiced concern over the arrests of the journalists.", "disapprove"),
        ("The European Union expressed deep concern about the crackdown on protesters.", "disapprove"),
        ("Germany expressed its outrage at the killing of the aid workers.", "disapprove"),
        ("The opposition voiced strong criticism of the new security law.", "disapprove"),
        ("The minister launched a scathing attack on the central bank.", "disapprove"),
        ("The opposition leader took a swipe at the government.", "disapprove"),
        ("Brussels expressed its displeasure with the Polish government.", "disapprove"),
        ("Washington expressed disappointment at the court's decision.", "disapprove"),
        # accusations, blame, legal accusation, official complaints
        ("Ukraine blamed Russia for the attack on the dam.", "allege"),
        ("Kyiv blamed the explosion on Russian saboteurs.", "allege"),
        ("Iran accused Israel of sabotaging its nuclear facility.", "allege"),
        ("The activist was accused of spying for a foreign government by the prosecutors.", "allege"),
        ("Prosecutors charged the former minister with corruption.", "allege"),
        ("A federal grand jury indicted the senator on bribery charges.", "allege"),
        ("The families sued the government over the deaths of their sons.", "allege"),
        ("The ministry summoned the Russian ambassador over the incident.", "allege"),
        ("China lodged a complaint with the World Trade Organization.", "allege"),
        ("The family filed a lawsuit against the police department.", "allege"),
        ("The government took legal action against the newspaper.", "allege"),
        ("Serbia lodged an official protest with Albania.", "allege"),
        ("The opposition levelled accusations of fraud against the ruling party.", "allege"),
        ("The president pointed the finger at foreign agents.", "allege"),
        ("Lawmakers voted to impeach the president.", "allege"),
        # investigations
        ("Prosecutors opened an investigation into the killing of the journalist.", "investigate"),
        ("The United Nations launched an inquiry into the massacre.", "investigate"),
        ("The ministry said it would look into the allegations.", "investigate"),
        ("Police are investigating the governor for fraud.", "investigate"),
        ("UN investigators will examine the allegations of torture.", "investigate"),
        ("The prosecutor reopened the case against the general.", "investigate"),
    ],
)
def test_accuse_found(nlp, text, mode):
    ok, got = _found(nlp, text, "ACCUSE", mode)
    assert ok, (text, got)


@pytest.mark.parametrize(
    "text, mode",
    [
        ("The European Union pressed for the release of the detained journalists.", "yield"),
        ("Rights groups called for the immediate release of the activists.", "yield"),
        ("The minister called on Russia to withdraw its troops.", "yield"),
        ("The opposition called on the corrupt government to resign.", "yield"),
        ("Rights groups called for the illegal detention to end.", None),
        ("The UN urged both sides to agree to a ceasefire.", "meet"),
        ("Washington pressed Israel to allow more aid into Gaza.", None),
        ("Kyiv appealed to its allies for more air defence systems.", None),
        ("Opposition leader Alexei Navalny appealed the verdict on Monday.", "change"),
        ("Ukraine has sought military assistance from NATO.", "assist"),
        ("Finland applied for NATO membership in May.", "assist"),
        ("Kenya filed several requests for the hearing to be delayed.", None),
        ("The prime minister renewed calls for a ceasefire.", "yield"),
        ("The Kremlin joined calls for a ceasefire in Gaza.", "yield"),
        ("The Red Cross issued an appeal for blood donors.", None),
        ("Germany put pressure on Hungary to lift its veto.", None),
        ("The United States stepped up pressure on Iran.", None),
        ("The families made a desperate plea for the release of the hostages.", "yield"),
        ("The opposition petitioned the court to annul the vote.", None),
        ("The president pleaded for international help.", None),
        ("Qatar encouraged the two sides to resume talks.", "meet"),
        ("The Pope implored the warring parties to lay down their arms.", None),
        ("The mayor begged the government for more money.", None),
        ("The envoy demanded the withdrawal of foreign forces.", "yield"),
        ("Britain asked the United States for help.", None),
        ("The senators lobbied the administration to lift the sanctions.", "yield"),
        ("The rebels sued for peace after the siege.", "meet"),
        ("The refugees sought asylum from Germany.", "assist"),
        ("Poland insisted on a change in the law.", None),
    ],
)
def test_request_found(nlp, text, mode):
    ok, got = _found(nlp, text, "REQUEST", mode)
    assert ok, (text, got)


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Hamas rejected the proposal.", None),
        ("Moscow ruled out talks with Kyiv.", "meet"),
        ("The government turned down the offer of aid.", "assist"),
        ("Israel dismissed the calls for a ceasefire.", "yield"),
        ("The junta ignored calls for the release of political prisoners.", "yield"),
        ("Iran brushed aside the criticism.", None),
        ("The Kremlin shrugged off the new sanctions.", None),
        ("Kyiv poured cold water on the proposal.", None),
        ("Israel closed the door on talks with Hamas.", "meet"),
        ("Moscow shot down the idea of talks.", None),
        # rejecting accusations
        ("Beijing denied the accusations.", None),
        ("The spokesman called the report baseless.", None),
        ("The ministry dismissed the claims as propaganda.", None),
        ("The ministry refuted the allegations.", None),
        # vetoes, blocking, defiance of norms
        ("Hungary vetoed the aid package.", "assist"),
        ("Russia cast a veto on the resolution.", None),
        ("Russia blocked the resolution at the Security Council.", None),
        ("North Korea defied the UN ban on missile tests.", "yield"),
        ("The army flouted the ceasefire order.", "yield"),
        ("Hungary withheld its approval of the sanctions.", None),
        # refusals, snubs, reluctance
        ("The prime minister balked at the demands.", None),
        ("Kenya declined the invitation to attend the hearing.", None),
        ("Israel rejected an invitation to attend the talks.", "meet"),
        ("Pyongyang snubbed the talks.", "meet"),
        ("The president reiterated his refusal to negotiate.", "meet"),
        ("The government repudiated the agreement.", None),
        ("The rebels spurned the offer.", None),
        ("Moscow rebuffed the overture from Washington.", None),
        ("The coalition backed out of the deal.", None),
        ("The Kremlin signalled its reluctance to endorse the plan.", "assist"),
    ],
)
def test_reject_found(nlp, text, mode):
    ok, got = _found(nlp, text, "REJECT", mode)
    assert ok, (text, got)


@pytest.mark.parametrize(
    "text, etype, code",
    [
        ("Kyiv blamed the explosion on Russian saboteurs.", "ACCUSE", "RUS"),
        ("Lebanon complained to the United Nations about Israeli overflights.", "ACCUSE", "UN"),
        ("Moscow ruled out talks with Kyiv.", "REJECT", "UKR"),
        ("Washington pressed Israel to allow more aid into Gaza.", "REQUEST", "ISR"),
        ("North Korea defied the UN ban on missile tests.", "REJECT", "UN"),
        ("Germany put pressure on Hungary to lift its veto.", "REQUEST", "HUN"),
    ],
)
def test_target_of_speech_act(nlp, text, etype, code):
    targets = [c for e in _events(nlp, text) if e.type == etype for c in e.target_codes]
    assert any(c.split(".")[0] == code for c in targets), (text, targets)


@pytest.mark.parametrize(
    "text, etype",
    [
        # violent and physical senses of verbal-attack words
        ("Rebels attacked the town over the weekend.", "ACCUSE"),
        ("The rebels attacked villages for supplies.", "ACCUSE"),
        ("Russian forces attacked Ukraine for the third day.", "ACCUSE"),
        ("A car slammed into a crowd of shoppers.", "ACCUSE"),
        ("She slammed the door and left.", "ACCUSE"),
        ("Police charged at the crowd with batons.", "ACCUSE"),
        ("The company charged customers a higher fee.", "ACCUSE"),
        ("Russia shot down a drone over Crimea.", "REJECT"),
        # naming, holding, looking, examining without a wrong to judge
        ("They called the new party Forward.", "ACCUSE"),
        ("The bank will hold interest rates steady.", "ACCUSE"),
        ("Scientists questioned whether the vaccine works.", "ACCUSE"),
        ("The team will look into the future of the program.", "ACCUSE"),
        ("Analysts examined the data from the survey.", "ACCUSE"),
        ("The committee will review the budget next week.", "ACCUSE"),
        ("They are considered terrorists under the law.", "ACCUSE"),
        # feelings and warnings that are no disapproval
        ("Investors expressed interest in the project.", "ACCUSE"),
        ("Officials raised the alarm after the dam burst.", "ACCUSE"),
        ("The president expressed his condolences to the families.", "ACCUSE"),
        # trials and cases that are not prosecutions
        ("The vaccine trial began last year.", "ACCUSE"),
        ("The prosecution rested its case.", "ACCUSE"),
        # demand, appeal, pressing, pushing, seeking in their other senses
        ("He called the minister on Tuesday.", "REQUEST"),
        ("Demand for oil rose sharply in March.", "REQUEST"),
        ("The city has a broad appeal for tourists.", "REQUEST"),
        ("He pressed the button and the door opened.", "REQUEST"),
        ("Troops pressed ahead with the offensive.", "REQUEST"),
        ("Ukrainian forces pushed back Russian troops near Kharkiv.", "REQUEST"),
        ("Ukrainian forces pushed back Russian troops near Kharkiv.", "REJECT"),
        ("He sought to calm the markets.", "REQUEST"),
        ("The campaign for president began in June.", "REQUEST"),
        ("We are encouraged by the progress.", "REQUEST"),
        ("The White House did not reply to an email requesting comment.", "REQUEST"),
        ("The officials asked for anonymity.", "REQUEST"),
        # ruling out causes, defying odds, declining to comment
        ("Police ruled out foul play in the death.", "REJECT"),
        ("The team has ruled out contamination of the samples.", "REJECT"),
        ("The demonstrators defied the odds.", "REJECT"),
        ("The minister declined to comment.", "REJECT"),
    ],
)
def test_other_sense_no_event(nlp, text, etype):
    assert etype not in [e.type for e in _events(nlp, text)], text
