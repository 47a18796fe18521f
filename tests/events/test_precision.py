"""Precision rules for false positives seen on real news: other senses of trigger words
(by object type), accidents and disasters, cameras, questions, loose obligations, civilian
"weapons tests". Each rule: sentences it must drop, and a sentence it must keep."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _types(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2023-03-01")
    return [(e.type, e.mode) for e in nlp(doc)._.events]


@pytest.mark.parametrize(
    "text, etype",
    [
        # release: information, documents and substances are not prisoners
        ("The airline did not release any details about the crash.", "RETREAT"),
        ("A team of scientists released new findings on Tuesday.", "RETREAT"),
        ("The ministry released a statement on Friday.", "RETREAT"),
        # accidents, disasters and civilian vehicles
        ("A fire in the market killed twelve people.", "ASSAULT"),
        ("Seven workers were killed in a road accident near Lagos.", "ASSAULT"),
        ("The plane overran the runway in heavy rain.", "ASSAULT"),
        ("A truck struck pedestrians on the highway.", "ASSAULT"),
        # cameras capture images, not towns
        ("Security cameras captured the moment of the explosion.", "ASSAULT"),
        ("A news crew captured the protesters on film.", "ASSAULT"),
        # flying cargo, or being flown somewhere, is no visit
        ("The airline flies weapons and cargo to Damascus.", "CONSULT"),
        ("The injured girl was rescued and flown to Paris for treatment.", "CONSULT"),
        # interview questions are no requests
        ("The reporter asked the mayor whether he would run again.", "REQUEST"),
        ("The journalist asked Minister Lavrov a question about grain.", "REQUEST"),
        # naming, not calling on
        ("We call it the northern route on our maps.", "REQUEST"),
        # show, not protest
        ("Exports have grown, as the minister convincingly demonstrated.", "PROTEST"),
        ("The governor demonstrated that the plan works.", "PROTEST"),
        # losing a job is no rejection
        ("The police chief was dismissed in March.", "REJECT"),
        # offers and acceptances of courtesies
        ("Prime Minister Albanese offered condolences to the families.", "AGREE"),
        ("Please accept my congratulations on your election.", "AGREE"),
        ("The company accepted responsibility for the spill.", "AGREE"),
        # greetings are not endorsements
        ("President Ramaphosa welcomed all participants of the summit.", "SUPPORT"),
        # perception and heritage are not diplomatic recognition
        ("The site has been recognized by UNESCO as a heritage site.", "SUPPORT"),
        ("You would not recognise it today.", "SUPPORT"),
        # metaphor and abstract objects
        ("The forum occupies a prominent place among economic meetings.", "COERCE"),
        ("Businesses should seize the opportunities of the new market.", "COERCE"),
        ("The sanctions aimed to destroy supply chains.", "ASSAULT"),
        ("Hundreds of residents donated blood for the injured.", "AID"),
        ("Engineers are investigating the cause of the outage.", "ACCUSE"),
        # a law is no martial law
        ("The archbishop imposed a law requiring priests to report abuse.", "COERCE"),
        # a potential threat is no threat made
        ("The navy is preparing for potential threats from the sea.", "THREATEN"),
        # obligations that ask no one
        ("The bishop said people must know the truth.", "REQUEST"),
        ("Analysts say perhaps the central bank should raise rates.", "REQUEST"),
        ("Critics said the government should have acted earlier.", "REQUEST"),
        # companies do not test weapons as states do
        ("SpaceX tested its Starship rocket in Texas.", "MOBILIZE"),
    ],
)
def test_false_positive_dropped(nlp, text, etype):
    assert etype not in [t for t, _ in _types(nlp, text)], text


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Hamas released two Israeli hostages on Friday.", "RETREAT"),
        ("Russian shelling killed twelve people in Kherson.", "ASSAULT"),
        ("Russian troops captured the town of Soledar.", "ASSAULT"),
        ("Russian planes struck a market in Idlib.", "ASSAULT"),
        ("President Macron flew to Kyiv on Friday.", "CONSULT"),
        ("The European Union asked Russia to withdraw its troops.", "REQUEST"),
        ("The UN called on all parties to stop the fighting.", "REQUEST"),
        ("Thousands of students demonstrated in Tehran against the government.", "PROTEST"),
        ("The Kremlin dismissed the accusations.", "REJECT"),
        ("Turkey offered to mediate between Russia and Ukraine.", "AGREE"),
        ("Israel accepted the ceasefire proposal from Egypt.", "AGREE"),
        ("The European Union welcomed the decision of the court.", "SUPPORT"),
        ("Russia recognised the independence of Abkhazia.", "SUPPORT"),
        ("Russian troops occupied the city of Kherson.", "COERCE"),
        ("Police seized weapons at the border.", "COERCE"),
        ("Russian artillery destroyed the bridge in Izium.", "ASSAULT"),
        ("Japan donated fifty ambulances to Ukraine.", "AID"),
        ("Prosecutors are investigating the mayor for corruption.", "ACCUSE"),
        ("The army imposed martial law in the province.", "COERCE"),
        ("Russia made threats against Lithuania.", "THREATEN"),
        ("The EU said Russia must withdraw its troops from Ukraine.", "REQUEST"),
        ("North Korea tested a ballistic missile on Sunday.", "MOBILIZE"),
    ],
)
def test_true_event_kept(nlp, text, etype):
    assert etype in [t for t, _ in _types(nlp, text)], text
