"""Demo questionnaire for the lokale vrijetijdsmonitor, werkjaar 2025.

Plain data only (no Django imports): a list of definitions and one campaign with eight
rubrics, their themes and questions. A loader command turns this into Wagtail pages and
snippets. All texts are our own wording.
"""

from typing import Any

DEFINITIONS = [
    {
        "term": "Werkjaar",
        "explanation": (
            "Het kalenderjaar waarover u rapporteert: voor deze ronde is dat 1 januari tot en "
            "met 31 december 2025. Vraagt een vraag naar de toestand 'op 31 december', dan "
            "gaat het om de laatste dag van dat jaar."
        ),
        "example": "",
    },
    {
        "term": "Activiteit",
        "explanation": (
            "Een afgebakend aanbod voor het publiek waarvan de gemeente organisator of "
            "mede-organisator is. Een reeks samenhangende sessies voor dezelfde groep "
            "deelnemers telt als één activiteit."
        ),
        "example": (
            "Een cursus van tien lessen seniorenyoga telt als 1 activiteit. Een dorpsfeest met "
            "drie podia op één dag telt ook als 1 activiteit."
        ),
    },
    {
        "term": "Erkende vereniging",
        "explanation": (
            "Een vereniging die voldoet aan de voorwaarden van een gemeentelijk "
            "erkenningsreglement en die het college of de gemeenteraad formeel erkend heeft."
        ),
        "example": "",
    },
    {
        "term": "Sportclub",
        "explanation": (
            "Een vereniging met sport als hoofdactiviteit die haar leden georganiseerd laat "
            "sporten. Een club hoort bij de gemeente waar ze haar sportinfrastructuur "
            "gebruikt; lukt dat niet, dan bij de gemeente van haar correspondentieadres en "
            "anders bij die van haar zetel."
        ),
        "example": "",
    },
    {
        "term": "Jeugdwerkinitiatief",
        "explanation": (
            "Een groepswerking die met en voor kinderen en jongeren vrijetijdsactiviteiten "
            "organiseert onder educatieve begeleiding, zoals een jeugdbeweging, een jeugdhuis "
            "of een speelpleinwerking."
        ),
        "example": "",
    },
    {
        "term": "Speelpleinwerking",
        "explanation": (
            "Een georganiseerde, open speelwerking tijdens de schoolvakanties. Kinderen kunnen "
            "zonder vast programma komen spelen onder begeleiding van animatoren."
        ),
        "example": "",
    },
    {
        "term": "Speeldag",
        "explanation": (
            "Een dag waarop de vakantiewerking open is voor kinderen, ongeacht het aantal "
            "groepen of locaties die dag."
        ),
        "example": (
            "Een speelplein dat zes weken lang van maandag tot vrijdag open is, telt 30 speeldagen."
        ),
    },
    {
        "term": "Sportkampdag",
        "explanation": (
            "Eén dag van een sportkamp. Tel de dagen van elk kamp afzonderlijk en maak daarvan "
            "de som."
        ),
        "example": (
            "Twee kampen van vijf dagen die in dezelfde week lopen, tellen samen 10 sportkampdagen."
        ),
    },
    {
        "term": "UiTPAS",
        "explanation": (
            "De vrijetijdspas waarmee deelnemers punten sparen bij vrijetijdsactiviteiten in "
            "de deelnemende gemeenten. Mensen in armoede krijgen met dezelfde pas een "
            "kansentarief."
        ),
        "example": "",
    },
    {
        "term": "Kansentarief",
        "explanation": (
            "Een sterk verlaagde prijs voor vrijetijdsactiviteiten voor mensen in een "
            "kwetsbare financiële situatie. De gemeente of een partner betaalt het verschil "
            "met de gewone prijs."
        ),
        "example": "",
    },
    {
        "term": "UiTdatabank",
        "explanation": (
            "De centrale databank waarin organisatoren hun vrijetijdsactiviteiten invoeren. "
            "Wat daar staat, verschijnt automatisch in UiTinVlaanderen en in lokale en "
            "regionale agenda's."
        ),
        "example": "",
    },
    {
        "term": "Kansengroep",
        "explanation": (
            "Een groep inwoners die minder vanzelfsprekend deelneemt aan het vrijetijdsaanbod, "
            "bijvoorbeeld mensen in armoede, personen met een beperking of nieuwkomers."
        ),
        "example": "",
    },
    {
        "term": "Unieke deelnemer",
        "explanation": (
            "Een persoon die minstens één keer deelnam. Wie vaker komt, telt u maar één keer."
        ),
        "example": (
            "Een kind dat drie weken naar het speelplein komt, telt als 1 unieke deelnemer."
        ),
    },
    {
        "term": "Bezoeker",
        "explanation": (
            "Elke aanwezigheid van een persoon op een voorstelling, evenement of activiteit. "
            "Wie meerdere keren komt, telt u meerdere keren."
        ),
        "example": "Iemand die twee voorstellingen bijwoont, telt als 2 bezoekers.",
    },
    {
        "term": "Voorstelling",
        "explanation": (
            "Eén opvoering of vertoning voor publiek, zoals theater, dans, muziek, film of "
            "comedy. Speelt een gezelschap twee avonden, dan zijn dat twee voorstellingen."
        ),
        "example": "",
    },
    {
        "term": "Actieve ontlener",
        "explanation": (
            "Een ingeschreven lid van de openbare bibliotheek dat in het werkjaar minstens één "
            "item geleend heeft."
        ),
        "example": "",
    },
    {
        "term": "Zwembeurt",
        "explanation": (
            "Eén toegang tot het zwembad door één persoon, ongeacht hoe lang die blijft. Tel "
            "individuele zwemmers, leerlingen van scholen en leden van clubs mee."
        ),
        "example": "",
    },
    {
        "term": "VTE",
        "explanation": (
            "Voltijds equivalent: de omvang van een tewerkstelling uitgedrukt in voltijdse "
            "banen. Een voltijdse medewerker telt als 1, een halftijdse als 0,5. Tel "
            "prestaties in dagen om naar een breuk van een volledig jaar."
        ),
        "example": (
            "Drie voltijdse medewerkers, twee halftijdse en iemand die 165 dagen werkte, geven "
            "3 + 1 + 0,75 = 4,75 VTE."
        ),
    },
    {
        "term": "Personeelslid",
        "explanation": (
            "Een persoon met een arbeidsovereenkomst of een statutaire benoeming bij de "
            "gemeente. U telt personen (koppen), los van hun tewerkstellingsbreuk."
        ),
        "example": ("Twee halftijdse medewerkers tellen als 2 personeelsleden en samen als 1 VTE."),
    },
    {
        "term": "Vrijwilliger",
        "explanation": (
            "Iemand die onbetaald en onverplicht taken opneemt voor de gemeente, zonder "
            "arbeidsovereenkomst. Leden van adviesraden en andere inspraakorganen tellen hier "
            "niet mee."
        ),
        "example": (
            "Een vrijwilliger die zowel bij de jeugddienst als bij de sportdienst helpt, telt "
            "u bij elke sector één keer, maar in het totaal van de gemeente maar één keer."
        ),
    },
    {
        "term": "Forfaitaire onkostenvergoeding",
        "explanation": (
            "Een vast bedrag per dag of per prestatie dat de vrijwilliger krijgt zonder "
            "bewijsstukken voor te leggen, binnen de wettelijke maxima."
        ),
        "example": "",
    },
    {
        "term": "Reële onkostenvergoeding",
        "explanation": (
            "Een terugbetaling van de kosten die de vrijwilliger werkelijk maakte, op basis "
            "van bewijsstukken zoals tickets of kilometerstaten."
        ),
        "example": "",
    },
    {
        "term": "Jobstudent",
        "explanation": (
            "Een student die met een studentenovereenkomst tijdelijk bij de gemeente werkt, "
            "bijvoorbeeld als monitor tijdens de vakantiewerking."
        ),
        "example": "",
    },
    {
        "term": "Adviesraad",
        "explanation": (
            "Een door de gemeenteraad opgericht orgaan dat het bestuur op eigen initiatief of "
            "op vraag advies geeft over een beleidsdomein, zoals cultuur, jeugd of sport."
        ),
        "example": "",
    },
    {
        "term": "Advies",
        "explanation": (
            "Een schriftelijk standpunt dat een adviesraad formeel aan het college of de "
            "gemeenteraad bezorgt. Een gevraagd advies volgt op een vraag van het bestuur, een "
            "ongevraagd advies komt er op initiatief van de raad."
        ),
        "example": "",
    },
    {
        "term": "Cultuurpact",
        "explanation": (
            "De Cultuurpactwet van 1973 beschermt ideologische en filosofische strekkingen in "
            "het cultuurbeleid. Gemeenten betrekken gebruikers en strekkingen daarom bij dat "
            "beleid, meestal via een erkende cultuurraad."
        ),
        "example": "",
    },
    {
        "term": "Inspraak",
        "explanation": (
            "Elke manier waarop inwoners, gebruikers of verenigingen hun mening kunnen geven "
            "voordat het bestuur een beslissing neemt."
        ),
        "example": "",
    },
    {
        "term": "Kindergemeenteraad",
        "explanation": (
            "Een inspraakorgaan waarin kinderen, meestal uit de lagere school, het bestuur "
            "adviseren over onderwerpen die hen aanbelangen."
        ),
        "example": "",
    },
    {
        "term": "Autonome dienst",
        "explanation": (
            "Een aparte dienst met een eigen diensthoofd, die rechtstreeks rapporteert aan de "
            "algemeen directeur. Het diensthoofd maakt deel uit van het managementteam."
        ),
        "example": "",
    },
    {
        "term": "Geïntegreerde vrijetijdsdienst",
        "explanation": (
            "Eén dienst die meerdere vrijetijdssectoren onder één leiding samenbrengt, zoals "
            "cultuur, jeugd en sport, vaak aangevuld met erfgoed, toerisme of de bibliotheek."
        ),
        "example": "",
    },
    {
        "term": "Vrijetijdsloket",
        "explanation": (
            "Eén fysiek aanspreekpunt waar inwoners en verenigingen terechtkunnen met al hun "
            "vragen over vrije tijd, bijvoorbeeld voor inschrijvingen, zaalreservaties of "
            "tickets."
        ),
        "example": "",
    },
    {
        "term": "Front office en back office",
        "explanation": (
            "In de front office beantwoorden baliemedewerkers de meeste vragen meteen. "
            "Specifieke vragen gaan door naar de back office, waar vakspecialisten zoals de "
            "jeugdconsulent of de sportfunctionaris werken."
        ),
        "example": "",
    },
    {
        "term": "AGB",
        "explanation": (
            "Een autonoom gemeentebedrijf: een verzelfstandigde organisatie met eigen "
            "rechtspersoonlijkheid die in opdracht van de gemeente beleid uitvoert, volgens "
            "een beheersovereenkomst per legislatuur."
        ),
        "example": "",
    },
    {
        "term": "Intergemeentelijke samenwerking",
        "explanation": (
            "Een formeel samenwerkingsverband tussen twee of meer gemeenten, met of zonder "
            "eigen rechtspersoonlijkheid, bijvoorbeeld een projectvereniging of een "
            "interlokale vereniging."
        ),
        "example": "",
    },
    {
        "term": "Tevredenheidsmeting",
        "explanation": (
            "Een systematische bevraging van gebruikers met een vaste methode, waarvan de "
            "resultaten worden bijgehouden. Losse reacties of een gastenboek tellen niet mee."
        ),
        "example": "",
    },
    {
        "term": "Klacht",
        "explanation": (
            "Een melding van ongenoegen over een handeling of dienst van de gemeente, die "
            "volgens de klachtenprocedure werd geregistreerd. Vragen, meldingen van defecten "
            "en suggesties zijn geen klachten."
        ),
        "example": "",
    },
    {
        "term": "Exploitatie-uitgaven",
        "explanation": (
            "De uitgaven voor de dagelijkse werking volgens de jaarrekening: personeel, "
            "werking en toegekende werkingssubsidies. Afschrijvingen en investeringen horen er "
            "niet bij."
        ),
        "example": "",
    },
    {
        "term": "Investeringsuitgaven",
        "explanation": (
            "Uitgaven voor goederen die meerdere jaren meegaan, zoals gebouwen, terreinen en "
            "grote uitrusting, volgens de investeringsrekening van de jaarrekening."
        ),
        "example": "",
    },
    {
        "term": "Werkingssubsidie",
        "explanation": (
            "Een jaarlijkse subsidie voor de gewone werking van een vereniging, meestal "
            "verdeeld volgens een reglement met criteria of punten."
        ),
        "example": "",
    },
    {
        "term": "Projectsubsidie",
        "explanation": (
            "Een eenmalige subsidie voor een afgebakend project met een begin en een einde."
        ),
        "example": "",
    },
    {
        "term": "Infrastructuursubsidie",
        "explanation": (
            "Een subsidie voor de bouw, aankoop, renovatie, huur of inrichting van een lokaal, "
            "terrein of ander gebouw van een vereniging."
        ),
        "example": "",
    },
    {
        "term": "Convenant",
        "explanation": (
            "Een overeenkomst waarin de gemeente en een organisatie voor meerdere jaren "
            "afspraken maken over doelen, opdrachten en middelen."
        ),
        "example": "",
    },
    {
        "term": "Retributie",
        "explanation": (
            "Een vergoeding die de gemeente vraagt voor een dienst die ze levert, zoals "
            "zaalhuur, een inschrijving of de toegang tot het zwembad."
        ),
        "example": "",
    },
    {
        "term": "Uitleendienst",
        "explanation": (
            "Een gemeentelijke dienst die materiaal uitleent aan verenigingen en inwoners, "
            "zoals tenten, podiumelementen, tafels of geluidsinstallaties."
        ),
        "example": "",
    },
    {
        "term": "Lokaal netwerk vrijetijdsparticipatie",
        "explanation": (
            "Een samenwerking tussen de gemeente, de sociale dienst en vrijetijds- en "
            "welzijnspartners om vrije tijd bereikbaar te maken voor mensen in armoede."
        ),
        "example": "",
    },
    {
        "term": "Sporthal",
        "explanation": (
            "Een overdekte sportruimte die groot genoeg is voor competitie in minstens één "
            "zaalsport, zoals volleybal, basketbal of zaalvoetbal."
        ),
        "example": "",
    },
    {
        "term": "Sportzaal",
        "explanation": (
            "Een kleinere overdekte sportruimte, zoals een turnzaal, danszaal of "
            "gevechtssportzaal, die niet geschikt is voor competitie in de grote zaalsporten."
        ),
        "example": "",
    },
    {
        "term": "Kunstgrasveld",
        "explanation": (
            "Een buitensportveld met een kunstgrasmat, bijvoorbeeld voor voetbal of hockey."
        ),
        "example": (
            "Een veld dat in twee trainingshelften verdeeld kan worden, telt als 1 kunstgrasveld."
        ),
    },
    {
        "term": "Jeugdlokaal",
        "explanation": (
            "Een gebouw of ruimte die een jeugdwerkinitiatief (bijna) uitsluitend gebruikt "
            "voor de eigen werking."
        ),
        "example": "",
    },
    {
        "term": "Jeugdverblijf",
        "explanation": (
            "Een groepsaccommodatie met overnachtingsmogelijkheid, bedoeld voor jeugdgroepen "
            "op kamp of weekend."
        ),
        "example": "",
    },
    {
        "term": "Publieke speelruimte",
        "explanation": (
            "Vrij toegankelijke ruimte die ingericht is om te spelen, zoals speelterreinen, "
            "speelbossen, speelweefsels en avontuurlijke speelzones."
        ),
        "example": "",
    },
    {
        "term": "Bibliotheekvestiging",
        "explanation": (
            "Elke plaats met vaste openingsuren waar de openbare bibliotheek uitleent: de "
            "hoofdbibliotheek, een filiaal of een uitleenpost."
        ),
        "example": "",
    },
    {
        "term": "Cultuurcentrum",
        "explanation": (
            "Een gebouw met een professionele programmatie in meerdere disciplines, minstens "
            "één theaterzaal en een vaste ploeg medewerkers."
        ),
        "example": "",
    },
    {
        "term": "Gemeenschapscentrum",
        "explanation": (
            "Een multifunctioneel gebouw waar verenigingen en inwoners zalen kunnen gebruiken, "
            "met hooguit een beperkte eigen programmatie."
        ),
        "example": "",
    },
]

CAMPAIGN: dict[str, Any] = {
    "werkjaar": 2025,
    "title": "Vrijetijdsmonitor werkjaar 2025",
    "intro": (
        "<p>Met deze bevraging verzamelt de lokale vrijetijdsmonitor gegevens over het "
        "cultuur-, jeugd- en sportbeleid van uw gemeente in 2025. U vult acht rubrieken in, "
        "elk opgedeeld in enkele thema's. Uw antwoorden vormen samen met gegevens uit andere "
        "bronnen de basis voor de rapporten en vergelijkingen op het rapporteringsplatform.</p>"
    ),
    "rubrics": [
        {
            "code": "AAN",
            "title": "Aanbod",
            "slug": "aanbod",
            "intro": (
                "<p>Deze rubriek brengt in kaart wat de gemeente zelf aanbiedt aan "
                "activiteiten, hoe het verenigingsleven eruitziet en hoe het aanbod de "
                "inwoners bereikt.</p>"
            ),
            "themes": [
                {
                    "title": "Eigen activiteiten",
                    "slug": "eigen-activiteiten",
                    "intro": (
                        "<p>Vragen over de activiteiten die de gemeente zelf of samen met "
                        "partners organiseerde.</p>"
                    ),
                    "questions": [
                        {
                            "type": "table",
                            "code": "AAN-01",
                            "text": (
                                "Hoeveel activiteiten organiseerde het gemeentebestuur in het "
                                "werkjaar, alleen of samen met partners?"
                            ),
                            "help_text": (
                                "Tel elke activiteit één keer, bij de sector die de activiteit "
                                "trok. Kan uw geïntegreerde vrijetijdsdienst de cijfers niet "
                                "per sector opsplitsen? Vul dan het totaal in bij "
                                "'Geïntegreerde vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("aantal", "Aantal")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Activiteit", "Werkjaar"],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "AAN-02",
                            "text": (
                                "Voor welke doelgroepen had de gemeente een specifiek aanbod?"
                            ),
                            "help_text": (
                                "Duid enkel doelgroepen aan waarvoor een activiteit "
                                "uitdrukkelijk bedoeld was."
                            ),
                            "options": [
                                ("kleuters", "Kleuters"),
                                ("lagere_school", "Kinderen van de lagere school"),
                                ("tieners", "Tieners"),
                                ("jongvolwassenen", "Jongvolwassenen"),
                                ("senioren", "Senioren"),
                                ("beperking", "Personen met een beperking"),
                                ("armoede", "Mensen in armoede"),
                                ("nieuwkomers", "Nieuwkomers"),
                                ("geen", "Geen specifiek doelgroepenaanbod"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Kansengroep"],
                            "condition": None,
                        },
                        {
                            "type": "long_text",
                            "code": "AAN-03",
                            "text": "Beschrijf kort het aanbod voor mensen in armoede.",
                            "help_text": (
                                "Bijvoorbeeld welke activiteiten, met welke partners en hoe u "
                                "de deelnemers bereikte."
                            ),
                            "max_length": 2000,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "AAN-02",
                                "operator": "contains",
                                "value": "armoede",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "AAN-04",
                            "text": "Hoeveel sportkampdagen bood de sportdienst aan?",
                            "help_text": "",
                            "unit": "dagen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": True,
                            "definitions": ["Sportkampdag"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "AAN-05",
                            "text": (
                                "Hoeveel lessenreeksen en cursussen liepen er onder regie van "
                                "de gemeente?"
                            ),
                            "help_text": (
                                "Denk aan sportinitiaties, creatieve ateliers en taal- of "
                                "computercursussen. Een reeks telt als één."
                            ),
                            "unit": "reeksen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "AAN-06",
                            "text": ("Had de gemeente een eigen programmatie van voorstellingen?"),
                            "help_text": (
                                "Antwoord ja als de gemeente zelf voorstellingen koos en "
                                "boekte, ook als dat via een cultuurcentrum of "
                                "gemeenschapscentrum liep."
                            ),
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "AAN-07",
                            "text": "Hoeveel voorstellingen stonden er op die programmatie?",
                            "help_text": "",
                            "unit": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Voorstelling"],
                            "condition": {
                                "question": "AAN-06",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                    ],
                },
                {
                    "title": "Verenigingsleven",
                    "slug": "verenigingsleven",
                    "intro": ("<p>Vragen over de verenigingen die in uw gemeente actief zijn.</p>"),
                    "questions": [
                        {
                            "type": "table",
                            "code": "AAN-08",
                            "text": (
                                "Hoeveel erkende verenigingen telde de gemeente op 31 december?"
                            ),
                            "help_text": (
                                "Een vereniging die in meerdere sectoren erkend is, telt u bij "
                                "de sector van haar hoofdactiviteit."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("andere", "Andere vrijetijdsverenigingen"),
                            ],
                            "columns": [("aantal", "Aantal")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Erkende vereniging"],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "AAN-09",
                            "may_take_over": True,
                            "text": (
                                "Heeft de gemeente een erkenningsreglement voor verenigingen?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "date",
                            "code": "AAN-10",
                            "text": (
                                "Wanneer keurde de gemeenteraad het huidige "
                                "erkenningsreglement goed?"
                            ),
                            "help_text": (
                                "Gelden er verschillende reglementen per sector, geef dan de "
                                "datum van het meest recente."
                            ),
                            "min_date": None,
                            "max_date": "2025-12-31",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "AAN-09",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "AAN-11",
                            "text": (
                                "Hoeveel sportclubs zijn actief op het grondgebied van de gemeente?"
                            ),
                            "help_text": (
                                "Tel ook clubs mee die de gemeente niet erkend heeft, voor "
                                "zover u ze kent."
                            ),
                            "unit": "clubs",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Sportclub"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "AAN-12",
                            "text": "Hoeveel jeugdwerkinitiatieven zijn actief in de gemeente?",
                            "help_text": "",
                            "unit": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Jeugdwerkinitiatief"],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Vakantiewerking",
                    "slug": "vakantiewerking",
                    "intro": (
                        "<p>Vragen over het aanbod voor kinderen en jongeren tijdens de "
                        "schoolvakanties.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "AAN-13",
                            "text": (
                                "Bood de gemeente in het werkjaar een speelpleinwerking of een "
                                "andere vakantiewerking aan?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Speelpleinwerking"],
                            "condition": None,
                        },
                        {
                            "type": "single_choice",
                            "code": "AAN-14",
                            "text": "Wie organiseert de speelpleinwerking?",
                            "help_text": "",
                            "options": [
                                ("gemeente", "De gemeente zelf"),
                                ("vzw", "Een vzw met een gemeentelijke subsidie"),
                                (
                                    "intergemeentelijk",
                                    "Een intergemeentelijk samenwerkingsverband",
                                ),
                                ("andere", "Een andere organisatie"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "AAN-13",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "short_text",
                            "code": "AAN-15",
                            "text": "Welke organisatie staat in voor de speelpleinwerking?",
                            "help_text": "",
                            "max_length": 255,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "AAN-14",
                                "operator": "equals",
                                "value": "andere",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "AAN-16",
                            "text": "Hoeveel speeldagen telde de vakantiewerking?",
                            "help_text": "",
                            "unit": "dagen",
                            "min_value": 0,
                            "max_value": 366,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Speeldag"],
                            "condition": {
                                "question": "AAN-13",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "code": "AAN-17",
                            "text": "In welke schoolvakanties was er vakantiewerking?",
                            "help_text": "",
                            "options": [
                                ("herfst", "Herfstvakantie"),
                                ("kerst", "Kerstvakantie"),
                                ("krokus", "Krokusvakantie"),
                                ("paas", "Paasvakantie"),
                                ("zomer", "Zomervakantie"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "AAN-13",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "date",
                            "code": "AAN-18",
                            "text": "Op welke dag startte de zomerwerking?",
                            "help_text": "",
                            "min_date": "2025-06-01",
                            "max_date": "2025-09-30",
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "AAN-13",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                    ],
                },
                {
                    "title": "UiTPAS en communicatie",
                    "slug": "uitpas-en-communicatie",
                    "intro": (
                        "<p>Vragen over UiTPAS, UiTdatabank en de manier waarop inwoners het "
                        "aanbod leren kennen.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "AAN-19",
                            "may_take_over": True,
                            "text": "Neemt de gemeente deel aan UiTPAS?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["UiTPAS"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "AAN-20",
                            "may_take_over": True,
                            "text": "Sinds welk jaar is de gemeente UiTPAS-partner?",
                            "help_text": "Vul een jaartal in, bijvoorbeeld 2019.",
                            "unit": "",
                            "min_value": 2008,
                            "max_value": 2025,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "AAN-19",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "single_choice",
                            "code": "AAN-21",
                            "text": (
                                "Welk deel van de eigen activiteiten voerde de gemeente in "
                                "UiTdatabank in?"
                            ),
                            "help_text": "",
                            "options": [
                                ("alle", "Alle activiteiten"),
                                ("meer_dan_helft", "Meer dan de helft"),
                                ("minder_dan_helft", "Minder dan de helft"),
                                ("geen", "Geen"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["UiTdatabank"],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "AAN-22",
                            "text": (
                                "Via welke kanalen maakte de gemeente het vrijetijdsaanbod bekend?"
                            ),
                            "help_text": "",
                            "options": [
                                ("infoblad", "Gemeentelijk infoblad"),
                                ("website", "Website"),
                                ("sociale_media", "Sociale media"),
                                ("nieuwsbrief", "Digitale nieuwsbrief"),
                                ("affiches", "Affiches en folders"),
                                ("app", "Gemeentelijke app"),
                                ("scholen", "Verspreiding via scholen"),
                            ],
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "percentage",
                            "code": "AAN-23",
                            "text": (
                                "Welk aandeel van de eigen activiteiten was toegankelijk voor "
                                "personen met een motorische beperking?"
                            ),
                            "help_text": (
                                "Een schatting volstaat. Kies 'onbekend' als u dit niet bijhoudt."
                            ),
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
            ],
        },
        {
            "code": "PAR",
            "title": "Participatie",
            "slug": "participatie",
            "intro": (
                "<p>Deze rubriek gaat over wie deelneemt aan het vrijetijdsaanbod: hoeveel "
                "mensen, welke groepen, en wat de gemeente doet om drempels weg te werken.</p>"
            ),
            "themes": [
                {
                    "title": "Deelnemers en bezoekers",
                    "slug": "deelnemers-en-bezoekers",
                    "intro": (
                        "<p>Vragen over het aantal deelnemers en bezoekers van het "
                        "gemeentelijke aanbod.</p>"
                    ),
                    "questions": [
                        {
                            "type": "integer",
                            "code": "PAR-01",
                            "text": (
                                "Hoeveel unieke kinderen namen deel aan het gemeentelijke "
                                "vakantieaanbod?"
                            ),
                            "help_text": "",
                            "unit": "kinderen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Unieke deelnemer"],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "PAR-02",
                            "text": (
                                "Hoeveel bezoekers telden de voorstellingen en evenementen die "
                                "de gemeente programmeerde?"
                            ),
                            "help_text": (
                                "Tel bij Jeugd de jeugd- en familievoorstellingen. Kan uw "
                                "geïntegreerde vrijetijdsdienst de cijfers niet per sector "
                                "opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("bezoekers", "Bezoekers")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Bezoeker"],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "PAR-03",
                            "text": (
                                "Houdt de gemeente kenmerken bij van de deelnemers aan haar "
                                "activiteiten?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "PAR-04",
                            "text": "Welke kenmerken houdt de gemeente bij?",
                            "help_text": "",
                            "options": [
                                ("leeftijd", "Leeftijd"),
                                ("woonplaats", "Woonplaats"),
                                ("geslacht", "Geslacht"),
                                ("kansentarief", "Gebruik van een kansentarief"),
                                ("andere", "Andere kenmerken"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "PAR-03",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "percentage",
                            "code": "PAR-05",
                            "text": ("Welk aandeel van de deelnemers woonde in de eigen gemeente?"),
                            "help_text": "",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "PAR-04",
                                "operator": "contains",
                                "value": "woonplaats",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "PAR-06",
                            "text": (
                                "Hoeveel bezoekers telde het grootste evenement dat de "
                                "gemeente organiseerde of mee organiseerde?"
                            ),
                            "help_text": "Een schatting volstaat.",
                            "unit": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": ["Bezoeker"],
                            "condition": None,
                        },
                        {
                            "type": "short_text",
                            "code": "PAR-07",
                            "text": "Welk evenement was dat?",
                            "help_text": "",
                            "max_length": 255,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Drempels verlagen",
                    "slug": "drempels-verlagen",
                    "intro": (
                        "<p>Vragen over maatregelen die het aanbod toegankelijker maken, "
                        "vooral voor kansengroepen.</p>"
                    ),
                    "questions": [
                        {
                            "type": "percentage",
                            "code": "PAR-08",
                            "text": ("Welk aandeel van de deelnemers gebruikte een kansentarief?"),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": ["Kansentarief"],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "PAR-09",
                            "text": ("Welke drempelverlagende maatregelen paste de gemeente toe?"),
                            "help_text": "",
                            "options": [
                                ("korting", "Korting op de deelnameprijs"),
                                ("vervoer", "Gratis of goedkoop vervoer"),
                                ("opvang", "Kinderopvang tijdens activiteiten"),
                                ("communicatie", "Toegankelijke communicatie"),
                                ("toeleiding", "Toeleiding via welzijnspartners"),
                                ("geen", "Geen van deze maatregelen"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Kansengroep"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "PAR-10",
                            "text": (
                                "Hoeveel personen vonden via welzijnspartners de weg naar het "
                                "vrijetijdsaanbod?"
                            ),
                            "help_text": "",
                            "unit": "personen",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "PAR-09",
                                "operator": "contains",
                                "value": "toeleiding",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "PAR-11",
                            "text": (
                                "Hoeveel inwoners hadden op 31 december een UiTPAS met "
                                "kansentarief?"
                            ),
                            "help_text": "",
                            "unit": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": ["UiTPAS", "Kansentarief"],
                            "condition": None,
                        },
                        {
                            "type": "euro",
                            "code": "PAR-12",
                            "text": (
                                "Hoeveel korting kende de gemeente in totaal toe via "
                                "kansentarieven?"
                            ),
                            "help_text": (
                                "Tel het verschil tussen de gewone prijs en het kansentarief, "
                                "over alle activiteiten samen."
                            ),
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "long_text",
                            "code": "PAR-13",
                            "text": (
                                "Welke maatregel om drempels te verlagen werkte volgens u het "
                                "best, en waarom?"
                            ),
                            "help_text": "",
                            "max_length": 2000,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Bibliotheek en jeugdwerk",
                    "slug": "bibliotheek-en-jeugdwerk",
                    "intro": (
                        "<p>Vragen over het gebruik van de openbare bibliotheek en het bereik "
                        "van het jeugdwerk.</p>"
                    ),
                    "questions": [
                        {
                            "type": "table",
                            "code": "PAR-14",
                            "text": "Hoeveel actieve ontleners telde de openbare bibliotheek?",
                            "help_text": "De leeftijd op 31 december van het werkjaar telt.",
                            "rows": [
                                ("jonger_30", "Jonger dan 30 jaar"),
                                ("vanaf_30", "30 jaar en ouder"),
                            ],
                            "columns": [("aantal", "Aantal")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Actieve ontlener"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "PAR-15",
                            "text": "Hoeveel uitleningen registreerde de bibliotheek?",
                            "help_text": "Verlengingen tellen niet als nieuwe uitlening.",
                            "unit": "uitleningen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "PAR-16",
                            "text": ("Hoeveel bezoeken kreeg de bibliotheek in haar vestigingen?"),
                            "help_text": (
                                "Gebruik de cijfers van de bezoekerstellers als u die hebt."
                            ),
                            "unit": "bezoeken",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "PAR-17",
                            "text": "Hoeveel klasbezoeken ontving de bibliotheek?",
                            "help_text": "",
                            "unit": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "PAR-18",
                            "text": (
                                "Hoeveel leden telden de erkende jeugdwerkinitiatieven samen?"
                            ),
                            "help_text": "Tel zowel de deelnemers als de leiding.",
                            "unit": "leden",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Jeugdwerkinitiatief"],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Sportdeelname",
                    "slug": "sportdeelname",
                    "intro": (
                        "<p>Vragen over de deelname aan het sportaanbod van de gemeente.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "PAR-19",
                            "text": (
                                "Was er in het werkjaar een gemeentelijk zwembad open voor het "
                                "publiek?"
                            ),
                            "help_text": "Ook een zwembad dat een AGB uitbaat, telt mee.",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "PAR-20",
                            "text": "Hoeveel zwembeurten telde het gemeentelijke zwembad?",
                            "help_text": "",
                            "unit": "zwembeurten",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Zwembeurt"],
                            "condition": {
                                "question": "PAR-19",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "PAR-21",
                            "text": (
                                "Hoeveel deelnemers telden de sportkampen van de sportdienst?"
                            ),
                            "help_text": "Een kind dat twee kampen volgt, telt twee keer.",
                            "unit": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "PAR-22",
                            "text": (
                                "Hoeveel deelnemers telden de sportinitiaties, per leeftijdsgroep?"
                            ),
                            "help_text": "",
                            "rows": [
                                ("kinderen", "Kinderen tot 12 jaar"),
                                ("jongeren", "Jongeren van 12 tot 25 jaar"),
                                ("volwassenen", "Volwassenen van 26 tot 54 jaar"),
                                ("senioren", "55-plussers"),
                            ],
                            "columns": [("deelnemers", "Deelnemers")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "PAR-23",
                            "text": ("Hoeveel sportcheques of sportwaardebonnen werden ingeruild?"),
                            "help_text": "",
                            "unit": "cheques",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
            ],
        },
        {
            "code": "MED",
            "title": "Medewerkers",
            "slug": "medewerkers",
            "intro": (
                "<p>Deze rubriek gaat over de mensen die het vrijetijdsbeleid dragen: het "
                "personeel, de sleutelfuncties en de vrijwilligers.</p>"
            ),
            "themes": [
                {
                    "title": "Personeel",
                    "slug": "personeel",
                    "intro": (
                        "<p>Vragen over het aantal medewerkers van de vrijetijdsdiensten op 31 "
                        "december van het werkjaar.</p>"
                    ),
                    "questions": [
                        {
                            "type": "table",
                            "code": "MED-01",
                            "text": "Hoeveel VTE telde elke dienst op 31 december?",
                            "help_text": (
                                "Reken tijdelijke contracten mee naar hun aandeel. Kan uw "
                                "geïntegreerde vrijetijdsdienst de cijfers niet per sector "
                                "opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("vte", "VTE")],
                            "cell_type": "decimal",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["VTE"],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "MED-02",
                            "text": "Hoeveel personeelsleden telde elke dienst op 31 december?",
                            "help_text": (
                                "Kan uw geïntegreerde vrijetijdsdienst de cijfers niet per "
                                "sector opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("aantal", "Aantal")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Personeelslid"],
                            "condition": None,
                        },
                        {
                            "type": "decimal",
                            "code": "MED-03",
                            "text": "Hoeveel VTE werkten in de openbare bibliotheek?",
                            "help_text": "",
                            "unit": "VTE",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["VTE"],
                            "condition": None,
                        },
                        {
                            "type": "decimal",
                            "code": "MED-04",
                            "text": (
                                "Hoeveel VTE zette een AGB of een andere externe beheerder in "
                                "voor de vrijetijdsinfrastructuur?"
                            ),
                            "help_text": "",
                            "unit": "VTE",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": ["VTE", "AGB"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "MED-05",
                            "text": (
                                "Hoeveel personeelsleden begonnen in het werkjaar bij een "
                                "vrijetijdsdienst?"
                            ),
                            "help_text": "",
                            "unit": "personen",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Sleutelfuncties",
                    "slug": "sleutelfuncties",
                    "intro": (
                        "<p>Vragen over de functies die het vrijetijdsbeleid coördineren.</p>"
                    ),
                    "questions": [
                        {
                            "type": "multiple_choice",
                            "code": "MED-06",
                            "text": "Welke sleutelfuncties waren op 31 december ingevuld?",
                            "help_text": "",
                            "options": [
                                ("cultuurbeleidscoordinator", "Cultuurbeleidscoördinator"),
                                ("jeugdconsulent", "Jeugdconsulent"),
                                ("sportfunctionaris", "Sportfunctionaris"),
                                ("diensthoofd_vrije_tijd", "Diensthoofd vrije tijd"),
                                ("erfgoedconsulent", "Erfgoedconsulent"),
                                ("geen", "Geen van deze functies"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "single_choice",
                            "code": "MED-07",
                            "text": (
                                "Aan wie rapporteert het diensthoofd vrije tijd rechtstreeks?"
                            ),
                            "help_text": "",
                            "options": [
                                ("algemeen_directeur", "De algemeen directeur"),
                                ("departementshoofd", "Een departements- of clusterhoofd"),
                                ("andere", "Iemand anders"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "MED-06",
                                "operator": "contains",
                                "value": "diensthoofd_vrije_tijd",
                            },
                        },
                        {
                            "type": "yes_no",
                            "code": "MED-08",
                            "may_take_over": True,
                            "text": "Zetelt het diensthoofd vrije tijd in het managementteam?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "MED-06",
                                "operator": "contains",
                                "value": "diensthoofd_vrije_tijd",
                            },
                        },
                        {
                            "type": "yes_no",
                            "code": "MED-09",
                            "text": (
                                "Deelt de gemeente een of meer sleutelfuncties met een andere "
                                "gemeente?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "short_text",
                            "code": "MED-10",
                            "text": "Welke functie deelt de gemeente, en met welke gemeenten?",
                            "help_text": "",
                            "max_length": 255,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "MED-09",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                    ],
                },
                {
                    "title": "Vrijwilligers",
                    "slug": "vrijwilligers",
                    "intro": (
                        "<p>Vragen over de vrijwilligers die de gemeente zelf inzet, niet over "
                        "vrijwilligers van verenigingen.</p>"
                    ),
                    "questions": [
                        {
                            "type": "table",
                            "code": "MED-11",
                            "text": (
                                "Hoeveel unieke vrijwilligers zette de gemeente in, per sector?"
                            ),
                            "help_text": (
                                "Kan uw geïntegreerde vrijetijdsdienst de cijfers niet per "
                                "sector opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("aantal", "Aantal")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Vrijwilliger"],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "MED-12",
                            "text": "Hoeveel vrijwilligers waren actief per soort taak?",
                            "help_text": (
                                "Iemand die meerdere soorten taken opneemt, telt u bij de taak "
                                "waaraan hij of zij de meeste tijd besteedde."
                            ),
                            "rows": [
                                ("administratief", "Administratieve en logistieke taken"),
                                (
                                    "inhoudelijk",
                                    "Inhoudelijke taken en begeleiding van activiteiten",
                                ),
                                ("sporttechnisch", "Sporttechnische taken"),
                                ("infrastructuur", "Uitbating van infrastructuur"),
                                ("andere", "Andere taken"),
                            ],
                            "columns": [("aantal", "Aantal")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Vrijwilliger"],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "MED-13",
                            "text": "Welke vergoeding kregen de vrijwilligers?",
                            "help_text": "",
                            "options": [
                                ("forfaitair", "Forfaitaire onkostenvergoeding"),
                                ("reeel", "Reële onkostenvergoeding"),
                                ("incentive", "Een attentie, zoals een sportcheque of ticket"),
                                ("geen", "Geen vergoeding"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [
                                "Forfaitaire onkostenvergoeding",
                                "Reële onkostenvergoeding",
                            ],
                            "condition": None,
                        },
                        {
                            "type": "euro",
                            "code": "MED-14",
                            "text": (
                                "Hoeveel betaalde de gemeente in totaal uit aan forfaitaire "
                                "vergoedingen?"
                            ),
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "MED-13",
                                "operator": "contains",
                                "value": "forfaitair",
                            },
                        },
                        {
                            "type": "yes_no",
                            "code": "MED-15",
                            "text": "Heeft de gemeente een uitgeschreven vrijwilligersbeleid?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "long_text",
                            "code": "MED-16",
                            "text": (
                                "Omschrijf kort het vrijwilligersbeleid of geef een link naar "
                                "het document."
                            ),
                            "help_text": "",
                            "max_length": 2000,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "MED-15",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "date",
                            "code": "MED-17",
                            "text": "Wanneer werd het vrijwilligersbeleid het laatst herzien?",
                            "help_text": "",
                            "min_date": None,
                            "max_date": "2025-12-31",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "MED-15",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "yes_no",
                            "code": "MED-18",
                            "text": (
                                "Heeft de gemeente een verzekering afgesloten voor haar "
                                "vrijwilligers?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Jobstudenten en vorming",
                    "slug": "jobstudenten-en-vorming",
                    "intro": (
                        "<p>Vragen over tijdelijke krachten en over de vorming van medewerkers "
                        "en vrijwilligers.</p>"
                    ),
                    "questions": [
                        {
                            "type": "integer",
                            "code": "MED-19",
                            "text": "Hoeveel jobstudenten werkten in de vakantiewerking?",
                            "help_text": "",
                            "unit": "studenten",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": True,
                            "definitions": ["Jobstudent"],
                            "condition": None,
                        },
                        {
                            "type": "decimal",
                            "code": "MED-20",
                            "text": (
                                "Hoeveel VTE vertegenwoordigden die jobstudenten samen, over "
                                "het hele werkjaar?"
                            ),
                            "help_text": "",
                            "unit": "VTE",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["VTE", "Jobstudent"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "MED-21",
                            "text": (
                                "Hoeveel uren vorming volgden de vrijetijdsmedewerkers samen?"
                            ),
                            "help_text": "",
                            "unit": "uren",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "euro",
                            "code": "MED-22",
                            "text": (
                                "Hoeveel gaf de gemeente uit aan vorming van "
                                "vrijetijdsmedewerkers en vrijwilligers?"
                            ),
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "percentage",
                            "code": "MED-23",
                            "text": (
                                "Welk aandeel van de vrijetijdsmedewerkers volgde minstens één "
                                "vorming?"
                            ),
                            "help_text": "",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
            ],
        },
        {
            "code": "INS",
            "title": "Inspraak",
            "slug": "inspraak",
            "intro": (
                "<p>Deze rubriek gaat over de manieren waarop inwoners, verenigingen en "
                "gebruikers mee het vrijetijdsbeleid vormgeven.</p>"
            ),
            "themes": [
                {
                    "title": "Adviesraden",
                    "slug": "adviesraden",
                    "intro": ("<p>Vragen over de adviesraden voor vrije tijd en hun werking.</p>"),
                    "questions": [
                        {
                            "type": "multiple_choice",
                            "code": "INS-01",
                            "text": "Welke adviesraden heeft de gemeente?",
                            "help_text": "",
                            "options": [
                                ("cultuurraad", "Cultuurraad"),
                                ("jeugdraad", "Jeugdraad"),
                                ("sportraad", "Sportraad"),
                                ("vrijetijdsraad", "Geïntegreerde vrijetijdsraad"),
                                ("erfgoedraad", "Erfgoedraad"),
                                ("seniorenraad", "Seniorenraad"),
                                ("andere", "Andere adviesraad"),
                                ("geen", "Geen adviesraad"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Adviesraad"],
                            "condition": None,
                        },
                        {
                            "type": "short_text",
                            "code": "INS-02",
                            "text": "Welke andere adviesraad heeft de gemeente?",
                            "help_text": "",
                            "max_length": 255,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INS-01",
                                "operator": "contains",
                                "value": "andere",
                            },
                        },
                        {
                            "type": "yes_no",
                            "code": "INS-03",
                            "text": (
                                "Is de cultuurraad erkend volgens de regels van het Cultuurpact?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Cultuurpact"],
                            "condition": {
                                "question": "INS-01",
                                "operator": "contains",
                                "value": "cultuurraad",
                            },
                        },
                        {
                            "type": "table",
                            "code": "INS-04",
                            "text": "Hoe vaak vergaderde elke adviesraad in het werkjaar?",
                            "help_text": (
                                "Tel enkel vergaderingen van de algemene vergadering of het "
                                "bestuur, geen werkgroepen."
                            ),
                            "rows": [
                                ("cultuurraad", "Cultuurraad"),
                                ("jeugdraad", "Jeugdraad"),
                                ("sportraad", "Sportraad"),
                                ("vrijetijdsraad", "Geïntegreerde vrijetijdsraad"),
                                ("erfgoedraad", "Erfgoedraad"),
                            ],
                            "columns": [("vergaderingen", "Vergaderingen")],
                            "cell_type": "integer",
                            "show_totals": False,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "INS-05",
                            "text": "Hoeveel leden telde de jeugdraad op 31 december?",
                            "help_text": "",
                            "unit": "leden",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": {
                                "question": "INS-01",
                                "operator": "contains",
                                "value": "jeugdraad",
                            },
                        },
                        {
                            "type": "date",
                            "code": "INS-06",
                            "text": (
                                "Wanneer werden de adviesraden na de gemeenteraadsverkiezingen "
                                "opnieuw samengesteld?"
                            ),
                            "help_text": (
                                "Geef de datum van de eerste adviesraad die opnieuw werd "
                                "samengesteld."
                            ),
                            "min_date": "2024-10-14",
                            "max_date": "2025-12-31",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Andere inspraakvormen",
                    "slug": "andere-inspraakvormen",
                    "intro": "<p>Vragen over inspraak buiten de adviesraden om.</p>",
                    "questions": [
                        {
                            "type": "multiple_choice",
                            "code": "INS-07",
                            "text": (
                                "Welke andere vormen van inspraak gebruikte de gemeente in het "
                                "werkjaar?"
                            ),
                            "help_text": "",
                            "options": [
                                ("peiling", "Periodieke bevraging van inwoners"),
                                ("consultatie", "Online of schriftelijke consultatie"),
                                ("forum", "Thematisch forum"),
                                ("focusgroep", "Focusgroep"),
                                ("wijkgesprek", "Wijk- of dorpsgesprek"),
                                ("hoorzitting", "Openbare hoorzitting"),
                                ("referendum", "Volksraadpleging"),
                                ("ambassadeurs", "Ambassadeurs of vertegenwoordigers"),
                                ("geen", "Geen andere inspraakvormen"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Inspraak"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "INS-08",
                            "text": (
                                "Hoeveel reacties kwamen binnen via online of schriftelijke "
                                "consultaties?"
                            ),
                            "help_text": "",
                            "unit": "reacties",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INS-07",
                                "operator": "contains",
                                "value": "consultatie",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "INS-09",
                            "text": (
                                "Hoeveel wijk- of dorpsgesprekken gingen (mee) over vrije tijd?"
                            ),
                            "help_text": "",
                            "unit": "gesprekken",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INS-07",
                                "operator": "contains",
                                "value": "wijkgesprek",
                            },
                        },
                        {
                            "type": "long_text",
                            "code": "INS-10",
                            "text": (
                                "Beschrijf een inspraaktraject over vrije tijd dat tot een "
                                "concrete beslissing leidde."
                            ),
                            "help_text": (
                                "Vertel kort wie er betrokken was, hoe het verliep en wat er "
                                "beslist werd."
                            ),
                            "max_length": 2000,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Kinderen en jongeren",
                    "slug": "kinderen-en-jongeren",
                    "intro": (
                        "<p>Vragen over de manier waarop kinderen en jongeren hun stem kunnen "
                        "laten horen.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "INS-11",
                            "may_take_over": True,
                            "text": "Heeft de gemeente een kindergemeenteraad?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Kindergemeenteraad"],
                            "condition": None,
                        },
                        {
                            "type": "single_choice",
                            "code": "INS-12",
                            "text": ("Voor welke leeftijdsgroep is de kindergemeenteraad bedoeld?"),
                            "help_text": "",
                            "options": [
                                ("8_12", "8 tot 12 jaar"),
                                ("10_14", "10 tot 14 jaar"),
                                ("andere", "Een andere leeftijdsgroep"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INS-11",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "INS-13",
                            "text": "Hoeveel kinderen zetelden in de kindergemeenteraad?",
                            "help_text": "",
                            "unit": "kinderen",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INS-11",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "single_choice",
                            "code": "INS-14",
                            "text": (
                                "Betrekt de gemeente kinderen bij de inrichting van publieke "
                                "speelruimte?"
                            ),
                            "help_text": "",
                            "options": [
                                ("altijd", "Altijd"),
                                ("soms", "Soms"),
                                ("nooit", "Nooit"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Publieke speelruimte"],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "INS-15",
                            "text": (
                                "Toetst de gemeente beslissingen die jongeren raken vooraf aan "
                                "hun belangen, bijvoorbeeld met een jeugdtoets?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Opvolging van adviezen",
                    "slug": "opvolging-van-adviezen",
                    "intro": "<p>Vragen over wat het bestuur met adviezen doet.</p>",
                    "questions": [
                        {
                            "type": "table",
                            "code": "INS-16",
                            "text": "Hoeveel adviezen brachten de adviesraden uit?",
                            "help_text": (
                                "Tel adviezen van een geïntegreerde vrijetijdsraad in de "
                                "laatste rij."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("gevraagd", "Gevraagd"), ("ongevraagd", "Ongevraagd")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Advies"],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "INS-17",
                            "text": (
                                "Antwoordt het college schriftelijk en gemotiveerd op elk advies?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "INS-18",
                            "text": (
                                "Na hoeveel dagen antwoordt het college gemiddeld op een advies?"
                            ),
                            "help_text": "",
                            "unit": "dagen",
                            "min_value": 0,
                            "max_value": 365,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INS-17",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "percentage",
                            "code": "INS-19",
                            "text": (
                                "Welk aandeel van de adviezen volgde het college volledig of "
                                "gedeeltelijk?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "euro",
                            "code": "INS-20",
                            "text": "Over welk werkingsbudget beschikten de adviesraden samen?",
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "date",
                            "code": "INS-21",
                            "text": (
                                "Wanneer keurde de gemeenteraad het meest recente "
                                "huishoudelijk reglement van een adviesraad goed?"
                            ),
                            "help_text": "",
                            "min_date": None,
                            "max_date": "2025-12-31",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
            ],
        },
        {
            "code": "SAM",
            "title": "Samenwerking",
            "slug": "samenwerking",
            "intro": (
                "<p>Deze rubriek gaat over de organisatie van de vrijetijdsdiensten en over de "
                "samenwerking binnen en buiten het gemeentebestuur.</p>"
            ),
            "themes": [
                {
                    "title": "Organisatie",
                    "slug": "organisatie",
                    "intro": (
                        "<p>Vragen over de manier waarop de gemeente haar vrijetijdswerking "
                        "organiseert.</p>"
                    ),
                    "questions": [
                        {
                            "type": "single_choice",
                            "code": "SAM-01",
                            "text": ("Hoe is de vrijetijdswerking van de gemeente georganiseerd?"),
                            "help_text": "",
                            "options": [
                                ("autonoom", "Aparte autonome diensten per sector"),
                                ("geintegreerd", "Eén geïntegreerde vrijetijdsdienst"),
                                ("gemengd", "Een mengvorm"),
                                ("andere", "Een andere structuur"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [
                                "Autonome dienst",
                                "Geïntegreerde vrijetijdsdienst",
                            ],
                            "condition": None,
                        },
                        {
                            "type": "short_text",
                            "code": "SAM-02",
                            "text": "Omschrijf die andere structuur.",
                            "help_text": "",
                            "max_length": 500,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-01",
                                "operator": "equals",
                                "value": "andere",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "code": "SAM-03",
                            "text": "Welke sectoren hebben een eigen autonome dienst?",
                            "help_text": "",
                            "options": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("erfgoed", "Erfgoed"),
                                ("bibliotheek", "Bibliotheek"),
                                ("toerisme", "Toerisme"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-01",
                                "operator": "equals",
                                "value": "autonoom",
                            },
                        },
                        {
                            "type": "yes_no",
                            "code": "SAM-04",
                            "may_take_over": True,
                            "text": (
                                "Heeft de gemeente een vrijetijdsloket, één fysiek "
                                "aanspreekpunt voor alle vragen over vrije tijd?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Vrijetijdsloket"],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "SAM-05",
                            "text": (
                                "Werkt het vrijetijdsloket met een front office en een back office?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Front office en back office"],
                            "condition": {
                                "question": "SAM-04",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "code": "SAM-06",
                            "text": "Welke taken neemt het vrijetijdsloket op?",
                            "help_text": "",
                            "options": [
                                ("inschrijvingen", "Inschrijvingen voor activiteiten"),
                                ("zaalreservaties", "Zaalreservaties"),
                                ("tickets", "Ticketverkoop"),
                                ("evenementen", "Evenementenloket"),
                                ("materiaal", "Uitleen van materiaal"),
                                ("toerisme", "Toeristische informatie"),
                            ],
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-04",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "date",
                            "code": "SAM-07",
                            "text": "Sinds wanneer is het vrijetijdsloket open?",
                            "help_text": "",
                            "min_date": None,
                            "max_date": "2025-12-31",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-04",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                    ],
                },
                {
                    "title": "Samenwerking binnen het bestuur",
                    "slug": "samenwerking-binnen-het-bestuur",
                    "intro": (
                        "<p>Vragen over structurele samenwerking met andere gemeentelijke "
                        "diensten.</p>"
                    ),
                    "questions": [
                        {
                            "type": "multiple_choice",
                            "code": "SAM-08",
                            "text": (
                                "Met welke beleidsdomeinen binnen het bestuur werkt de "
                                "vrijetijdsdienst structureel samen?"
                            ),
                            "help_text": (
                                "Structureel betekent: met vaste afspraken of een terugkerend "
                                "overleg."
                            ),
                            "options": [
                                ("boa", "Buitenschoolse opvang"),
                                ("cultuur", "Cultuur"),
                                ("gezondheid", "Gezondheid"),
                                ("huis_van_het_kind", "Huis van het Kind"),
                                ("jeugd", "Jeugd"),
                                ("mobiliteit", "Mobiliteit"),
                                ("onderwijs", "Onderwijs"),
                                ("ruimtelijke_ordening", "Ruimtelijke ordening en milieu"),
                                ("welzijn", "Sociaal beleid en welzijn"),
                                ("sport", "Sport"),
                                ("toerisme", "Toerisme"),
                                ("economie", "Werk en economie"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "SAM-09",
                            "text": (
                                "Hoe vaak per jaar overleggen de cultuur-, jeugd- en "
                                "sportdienst structureel met elkaar?"
                            ),
                            "help_text": "",
                            "unit": "overlegmomenten",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "SAM-10",
                            "text": (
                                "Heeft het meerjarenplan een gemeenschappelijke doelstelling "
                                "of een apart hoofdstuk voor vrije tijd?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Samenwerking met externe partners",
                    "slug": "samenwerking-met-externe-partners",
                    "intro": (
                        "<p>Vragen over samenwerking met andere gemeenten en met organisaties "
                        "buiten het bestuur.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "SAM-11",
                            "text": (
                                "Neemt de gemeente deel aan een intergemeentelijk "
                                "samenwerkingsverband voor vrije tijd?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Intergemeentelijke samenwerking"],
                            "condition": None,
                        },
                        {
                            "type": "short_text",
                            "code": "SAM-12",
                            "text": "Hoe heet dat samenwerkingsverband?",
                            "help_text": "",
                            "max_length": 255,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-11",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "code": "SAM-13",
                            "text": (
                                "Voor welke sectoren werkt de gemeente intergemeentelijk samen?"
                            ),
                            "help_text": "",
                            "options": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("erfgoed", "Erfgoed"),
                                ("toerisme", "Toerisme"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-11",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "euro",
                            "code": "SAM-14",
                            "text": (
                                "Hoeveel droeg de gemeente in het werkjaar bij aan dat "
                                "samenwerkingsverband?"
                            ),
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-11",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "code": "SAM-15",
                            "text": (
                                "Rond welke onderwerpen werkte de gemeente voor cultuur "
                                "structureel samen met externe partners?"
                            ),
                            "help_text": "",
                            "options": [
                                ("promotie", "Gezamenlijke promotie"),
                                ("programmatie", "Afstemming van de programmatie"),
                                ("projecten", "Gezamenlijke projecten"),
                                ("talent", "Ondersteuning van jong talent"),
                                ("ticketing", "Gezamenlijke ticketing"),
                                ("personeel", "Gedeeld personeel"),
                                ("expertise", "Uitwisseling van expertise"),
                                ("geen", "Geen structurele samenwerking"),
                            ],
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "SAM-16",
                            "text": (
                                "Met welke externe partners werkte de jeugddienst structureel "
                                "samen?"
                            ),
                            "help_text": "",
                            "options": [
                                ("jeugdhulp", "Welzijnswerk en jeugdhulp"),
                                ("kinderarmoede", "Partners rond kinderarmoede"),
                                ("kinderopvang", "Lokaal overleg kinderopvang"),
                                ("opvoeding", "Opvoedingsondersteuning"),
                                ("pesten", "Partners rond pesten"),
                                ("onderwijs", "Onderwijs en het lokaal overlegplatform"),
                                ("geen", "Geen structurele samenwerking"),
                            ],
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "SAM-17",
                            "text": (
                                "Heeft elke sector een schriftelijke samenwerkingsovereenkomst "
                                "met minstens één externe partner?"
                            ),
                            "help_text": "",
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("overeenkomst", "Schriftelijke overeenkomst")],
                            "cell_type": "yes_no",
                            "show_totals": False,
                            "min_value": None,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "AGB en scholen",
                    "slug": "agb-en-scholen",
                    "intro": (
                        "<p>Vragen over het beheer van infrastructuur door een autonoom "
                        "gemeentebedrijf en over afspraken met scholen.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "SAM-18",
                            "text": (
                                "Beheert een autonoom gemeentebedrijf vrijetijdsinfrastructuur "
                                "van de gemeente?"
                            ),
                            "help_text": (
                                "Antwoord ook ja als het AGB maar een deel van de "
                                "infrastructuur beheert."
                            ),
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["AGB"],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "SAM-19",
                            "text": "Welke infrastructuur beheert het AGB?",
                            "help_text": "",
                            "options": [
                                ("zwembad", "Zwembad"),
                                ("sporthal", "Sporthal of sportpark"),
                                ("cultuurcentrum", "Cultuur- of gemeenschapscentrum"),
                                ("bibliotheek", "Bibliotheek"),
                                ("jeugdlokalen", "Jeugdlokalen"),
                                ("andere", "Andere infrastructuur"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-18",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "date",
                            "code": "SAM-20",
                            "text": ("Wanneer ging de huidige beheersovereenkomst met het AGB in?"),
                            "help_text": "",
                            "min_date": None,
                            "max_date": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-18",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "yes_no",
                            "code": "SAM-21",
                            "text": (
                                "Heeft de gemeente afspraken met scholen over het gebruik van "
                                "hun infrastructuur buiten de schooluren?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "SAM-22",
                            "text": "Met hoeveel scholen heeft de gemeente zulke afspraken?",
                            "help_text": "",
                            "unit": "scholen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "SAM-21",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "code": "TEV",
            "title": "Tevredenheid",
            "slug": "tevredenheid",
            "intro": (
                "<p>Deze rubriek gaat over hoe de gemeente de tevredenheid van gebruikers en "
                "verenigingen opvolgt en wat ze met klachten en suggesties doet.</p>"
            ),
            "themes": [
                {
                    "title": "Tevredenheid van gebruikers",
                    "slug": "tevredenheid-van-gebruikers",
                    "intro": (
                        "<p>Vragen over metingen bij de gebruikers van het vrijetijdsaanbod.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "TEV-01",
                            "text": (
                                "Voerde de gemeente in het werkjaar een tevredenheidsmeting "
                                "uit bij de gebruikers van het vrijetijdsaanbod?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Tevredenheidsmeting"],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "TEV-02",
                            "text": "Voor welke sectoren mat de gemeente de tevredenheid?",
                            "help_text": "",
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("gemeten", "Tevredenheid gemeten")],
                            "cell_type": "yes_no",
                            "show_totals": False,
                            "min_value": None,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-01",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "single_choice",
                            "code": "TEV-03",
                            "text": "Welke methode gebruikte de gemeente vooral?",
                            "help_text": "",
                            "options": [
                                ("online", "Online vragenlijst"),
                                ("papier", "Vragenlijst op papier"),
                                ("focusgroep", "Focusgroep"),
                                ("andere", "Een andere methode"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-01",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "short_text",
                            "code": "TEV-04",
                            "text": "Welke andere methode gebruikte de gemeente?",
                            "help_text": "",
                            "max_length": 255,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-03",
                                "operator": "equals",
                                "value": "andere",
                            },
                        },
                        {
                            "type": "decimal",
                            "code": "TEV-05",
                            "text": "Welke gemiddelde score op 10 gaven de gebruikers?",
                            "help_text": (
                                "Gebruikte u een andere schaal, reken de score dan om naar een "
                                "score op 10."
                            ),
                            "unit": "op 10",
                            "min_value": 0,
                            "max_value": 10,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-01",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "TEV-06",
                            "text": "Hoeveel mensen vulden de bevraging in?",
                            "help_text": "",
                            "unit": "respondenten",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-01",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "date",
                            "code": "TEV-07",
                            "text": "Wanneer rondde de gemeente de meting af?",
                            "help_text": "",
                            "min_date": "2025-01-01",
                            "max_date": "2025-12-31",
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-01",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "percentage",
                            "code": "TEV-08",
                            "text": (
                                "Welk aandeel van de respondenten was tevreden of zeer tevreden?"
                            ),
                            "help_text": "",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-01",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                    ],
                },
                {
                    "title": "Tevredenheid van verenigingen",
                    "slug": "tevredenheid-van-verenigingen",
                    "intro": (
                        "<p>Vragen over de manier waarop verenigingen de dienstverlening van "
                        "de gemeente ervaren.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "TEV-09",
                            "text": (
                                "Bevroeg de gemeente de verenigingen over haar dienstverlening?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "TEV-10",
                            "text": (
                                "Welke gemiddelde score op 10 gaven de verenigingen, per sector?"
                            ),
                            "help_text": "",
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("score", "Score op 10")],
                            "cell_type": "decimal",
                            "show_totals": False,
                            "min_value": 0,
                            "max_value": 10,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-09",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "code": "TEV-11",
                            "text": (
                                "Over welke onderdelen van de dienstverlening waren de "
                                "verenigingen het minst tevreden?"
                            ),
                            "help_text": "",
                            "options": [
                                ("subsidies", "Subsidies"),
                                ("zalen", "Zaalverhuur"),
                                ("materiaal", "Uitleen van materiaal"),
                                ("communicatie", "Communicatie"),
                                ("administratie", "Administratieve lasten"),
                                ("infrastructuur", "Staat van de infrastructuur"),
                            ],
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-09",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "long_text",
                            "code": "TEV-12",
                            "text": "Welke verbeterpunten noemden de verenigingen het vaakst?",
                            "help_text": "",
                            "max_length": 2000,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "TEV-09",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                    ],
                },
                {
                    "title": "Klachten en suggesties",
                    "slug": "klachten-en-suggesties",
                    "intro": (
                        "<p>Vragen over klachten, suggesties en wat de gemeente ermee doet.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "TEV-13",
                            "text": (
                                "Geldt de klachtenprocedure van de gemeente ook voor het "
                                "vrijetijdsaanbod?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "TEV-14",
                            "text": (
                                "Hoeveel formele klachten over het vrijetijdsaanbod kwamen binnen?"
                            ),
                            "help_text": "",
                            "unit": "klachten",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Klacht"],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "TEV-15",
                            "text": "Hoeveel van die klachten hoorden bij elke sector?",
                            "help_text": (
                                "Kan uw geïntegreerde vrijetijdsdienst de cijfers niet per "
                                "sector opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("klachten", "Klachten")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Klacht"],
                            "condition": None,
                        },
                        {
                            "type": "decimal",
                            "code": "TEV-16",
                            "text": (
                                "Hoeveel werkdagen duurde het gemiddeld voor een klacht "
                                "beantwoord was?"
                            ),
                            "help_text": "",
                            "unit": "werkdagen",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "TEV-17",
                            "text": ("Langs welke kanalen kunnen gebruikers suggesties doorgeven?"),
                            "help_text": "",
                            "options": [
                                ("loket", "Aan het loket"),
                                ("mail", "Per e-mail"),
                                ("formulier", "Via een formulier op de website"),
                                ("sociale_media", "Via sociale media"),
                                ("ideeenbus", "Via een ideeënbus"),
                                ("app", "Via een app"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "long_text",
                            "code": "TEV-18",
                            "text": (
                                "Wat was het belangrijkste verbeterpunt dat gebruikers in het "
                                "werkjaar aanbrachten?"
                            ),
                            "help_text": "",
                            "max_length": 2000,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
            ],
        },
        {
            "code": "FIN",
            "title": "Financiën",
            "slug": "financien",
            "intro": (
                "<p>Deze rubriek gaat over wat de gemeente uitgeeft aan vrije tijd en hoe ze "
                "verenigingen financieel en materieel ondersteunt. Gebruik waar mogelijk de "
                "cijfers van de jaarrekening.</p>"
            ),
            "themes": [
                {
                    "title": "Uitgaven en ontvangsten",
                    "slug": "uitgaven-en-ontvangsten",
                    "intro": (
                        "<p>Vragen over de uitgaven en ontvangsten voor vrije tijd volgens de "
                        "jaarrekening.</p>"
                    ),
                    "questions": [
                        {
                            "type": "table",
                            "code": "FIN-01",
                            "text": ("Hoeveel bedroegen de exploitatie-uitgaven voor vrije tijd?"),
                            "help_text": (
                                "Kan uw geïntegreerde vrijetijdsdienst de cijfers niet per "
                                "sector opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("bedrag", "Bedrag")],
                            "cell_type": "euro",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Exploitatie-uitgaven"],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "FIN-02",
                            "text": ("Hoeveel bedroegen de investeringsuitgaven voor vrije tijd?"),
                            "help_text": (
                                "Kan uw geïntegreerde vrijetijdsdienst de cijfers niet per "
                                "sector opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("bedrag", "Bedrag")],
                            "cell_type": "euro",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Investeringsuitgaven"],
                            "condition": None,
                        },
                        {
                            "type": "euro",
                            "code": "FIN-03",
                            "text": (
                                "Hoeveel ontving de gemeente uit tickets, inschrijvingen en "
                                "retributies voor vrije tijd?"
                            ),
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Retributie"],
                            "condition": None,
                        },
                        {
                            "type": "percentage",
                            "code": "FIN-04",
                            "text": (
                                "Welk aandeel van de totale exploitatie-uitgaven van de "
                                "gemeente ging naar vrije tijd?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "date",
                            "code": "FIN-05",
                            "text": (
                                "Wanneer stelde de gemeenteraad de jaarrekening over het "
                                "werkjaar vast?"
                            ),
                            "help_text": (
                                "Laat deze vraag open als de jaarrekening nog niet is vastgesteld."
                            ),
                            "min_date": "2026-01-01",
                            "max_date": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Subsidies voor verenigingen",
                    "slug": "subsidies-voor-verenigingen",
                    "intro": "<p>Vragen over de financiële steun aan verenigingen.</p>",
                    "questions": [
                        {
                            "type": "table",
                            "code": "FIN-06",
                            "text": "Hoeveel werkingssubsidies kregen de erkende verenigingen?",
                            "help_text": (
                                "Kan uw geïntegreerde vrijetijdsdienst de cijfers niet per "
                                "sector opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("bedrag", "Bedrag")],
                            "cell_type": "euro",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Werkingssubsidie", "Erkende vereniging"],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "FIN-07",
                            "text": (
                                "Welke andere vormen van subsidie bood de gemeente aan "
                                "verenigingen?"
                            ),
                            "help_text": "",
                            "options": [
                                ("project", "Projectsubsidie"),
                                ("infrastructuur", "Infrastructuursubsidie"),
                                ("convenant", "Convenant"),
                                ("jubileum", "Jubileum- of evenementensubsidie"),
                                ("vorming", "Subsidie voor vorming van kaderleden"),
                                ("geen", "Geen andere subsidies"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Projectsubsidie", "Infrastructuursubsidie"],
                            "condition": None,
                        },
                        {
                            "type": "euro",
                            "code": "FIN-08",
                            "text": "Hoeveel projectsubsidies kende de gemeente in totaal toe?",
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "FIN-07",
                                "operator": "contains",
                                "value": "project",
                            },
                        },
                        {
                            "type": "euro",
                            "code": "FIN-09",
                            "text": (
                                "Hoeveel infrastructuursubsidies kende de gemeente in totaal toe?"
                            ),
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "FIN-07",
                                "operator": "contains",
                                "value": "infrastructuur",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "FIN-10",
                            "text": "Met hoeveel organisaties had de gemeente een convenant?",
                            "help_text": "",
                            "unit": "organisaties",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Convenant"],
                            "condition": {
                                "question": "FIN-07",
                                "operator": "contains",
                                "value": "convenant",
                            },
                        },
                        {
                            "type": "yes_no",
                            "code": "FIN-11",
                            "text": "Kunnen verenigingen hun subsidie digitaal aanvragen?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "FIN-12",
                            "text": "Krijgen niet-erkende verenigingen ook financiële steun?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Ondersteuning in natura",
                    "slug": "ondersteuning-in-natura",
                    "intro": (
                        "<p>Vragen over ondersteuning die niet in geld wordt uitgekeerd.</p>"
                    ),
                    "questions": [
                        {
                            "type": "multiple_choice",
                            "code": "FIN-13",
                            "text": (
                                "Welke andere ondersteuning bood de gemeente aan verenigingen?"
                            ),
                            "help_text": "",
                            "options": [
                                ("korting", "Korting op retributies"),
                                ("zaalhuur", "Goedkope of gratis zaalhuur"),
                                ("vorming", "Vorming en begeleiding"),
                                ("promotie", "Hulp bij promotie"),
                                ("administratie", "Administratieve ondersteuning"),
                                ("geen", "Geen andere ondersteuning"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "FIN-14",
                            "text": "Heeft de gemeente een uitleendienst voor materiaal?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Uitleendienst"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "FIN-15",
                            "text": "Hoeveel uitleningen registreerde de uitleendienst?",
                            "help_text": "",
                            "unit": "uitleningen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "FIN-14",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "euro",
                            "code": "FIN-16",
                            "text": (
                                "Hoeveel ontving de gemeente aan huurgelden van de uitleendienst?"
                            ),
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": {
                                "question": "FIN-14",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "euro",
                            "code": "FIN-17",
                            "text": (
                                "Hoeveel korting op retributies gaf de gemeente aan verenigingen?"
                            ),
                            "help_text": "Een schatting volstaat.",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Retributie"],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Vrijetijdsparticipatie",
                    "slug": "vrijetijdsparticipatie",
                    "intro": (
                        "<p>Vragen over middelen om vrije tijd bereikbaar te maken voor "
                        "iedereen.</p>"
                    ),
                    "questions": [
                        {
                            "type": "yes_no",
                            "code": "FIN-18",
                            "text": (
                                "Maakt de gemeente deel uit van een lokaal netwerk "
                                "vrijetijdsparticipatie?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Lokaal netwerk vrijetijdsparticipatie"],
                            "condition": None,
                        },
                        {
                            "type": "euro",
                            "code": "FIN-19",
                            "text": "Welk budget ging naar de werking van dat netwerk?",
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "FIN-18",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "table",
                            "code": "FIN-20",
                            "text": (
                                "Hoeveel gaf de gemeente uit aan kortingen voor mensen in "
                                "armoede, per sector?"
                            ),
                            "help_text": (
                                "Kan uw geïntegreerde vrijetijdsdienst de cijfers niet per "
                                "sector opsplitsen? Vul dan het totaal in bij 'Geïntegreerde "
                                "vrijetijdsdienst' en laat de andere rijen leeg."
                            ),
                            "rows": [
                                ("cultuur", "Cultuur"),
                                ("jeugd", "Jeugd"),
                                ("sport", "Sport"),
                                ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
                            ],
                            "columns": [("bedrag", "Bedrag")],
                            "cell_type": "euro",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Kansengroep"],
                            "condition": None,
                        },
                        {
                            "type": "percentage",
                            "code": "FIN-21",
                            "text": (
                                "Welk aandeel van het vrijetijdsbudget ging naar maatregelen "
                                "voor kansengroepen?"
                            ),
                            "help_text": "",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Kansengroep"],
                            "condition": None,
                        },
                    ],
                },
            ],
        },
        {
            "code": "INF",
            "title": "Infrastructuur",
            "slug": "infrastructuur",
            "intro": (
                "<p>Deze rubriek brengt de infrastructuur voor sport, jeugd en cultuur in "
                "kaart, en wie ze bezit en beheert.</p>"
            ),
            "themes": [
                {
                    "title": "Sportinfrastructuur",
                    "slug": "sportinfrastructuur",
                    "intro": (
                        "<p>Vragen over sportaccommodaties op het grondgebied van de gemeente.</p>"
                    ),
                    "questions": [
                        {
                            "type": "table",
                            "code": "INF-01",
                            "text": (
                                "Hoeveel sportaccommodaties zijn er op het grondgebied, per "
                                "type en per eigenaar?"
                            ),
                            "help_text": "Tel accommodaties die in aanbouw zijn niet mee.",
                            "rows": [
                                ("sporthal", "Sporthal"),
                                ("sportzaal", "Sportzaal"),
                                ("zwembad", "Zwembad"),
                                ("kunstgrasveld", "Kunstgrasveld"),
                                ("atletiekpiste", "Atletiekpiste"),
                                ("skatepark", "Skatepark"),
                            ],
                            "columns": [
                                ("gemeente", "Gemeente"),
                                ("agb", "AGB"),
                                ("vereniging_prive", "Vereniging of privé"),
                            ],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Sporthal", "Sportzaal", "Kunstgrasveld"],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "INF-02",
                            "text": "Beschikt de gemeente over een openbaar zwembad?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "single_choice",
                            "code": "INF-03",
                            "text": "Welk type zwembad is het?",
                            "help_text": "",
                            "options": [
                                ("binnen", "Binnenzwembad"),
                                ("openlucht", "Openluchtzwembad"),
                                ("beide", "Beide"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INF-02",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "decimal",
                            "code": "INF-04",
                            "text": "Hoeveel m² wateroppervlakte heeft het zwembad?",
                            "help_text": "Tel alle baden samen, ook het instructiebad.",
                            "unit": "m²",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INF-02",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "integer",
                            "code": "INF-05",
                            "text": (
                                "Hoeveel uur per week is het zwembad open voor individuele "
                                "zwemmers?"
                            ),
                            "help_text": "",
                            "unit": "uren",
                            "min_value": 0,
                            "max_value": 168,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INF-02",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                        {
                            "type": "date",
                            "code": "INF-06",
                            "text": (
                                "Wanneer werd de laatste grote renovatie van een gemeentelijke "
                                "sporthal afgerond?"
                            ),
                            "help_text": "",
                            "min_date": None,
                            "max_date": "2025-12-31",
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Jeugdinfrastructuur en speelruimte",
                    "slug": "jeugdinfrastructuur-en-speelruimte",
                    "intro": (
                        "<p>Vragen over jeugdlokalen, jeugdverblijven en publieke speelruimte.</p>"
                    ),
                    "questions": [
                        {
                            "type": "table",
                            "code": "INF-07",
                            "text": "Hoeveel jeugdlokalen zijn er op het grondgebied?",
                            "help_text": "",
                            "rows": [
                                ("gemeente", "In eigendom van de gemeente"),
                                ("particulier", "In particuliere eigendom"),
                            ],
                            "columns": [("aantal", "Aantal")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Jeugdlokaal"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "INF-08",
                            "text": "Hoeveel jeugdverblijven zijn er op het grondgebied?",
                            "help_text": "",
                            "unit": "verblijven",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Jeugdverblijf"],
                            "condition": None,
                        },
                        {
                            "type": "decimal",
                            "code": "INF-09",
                            "text": ("Hoeveel m² publieke speelruimte telt de gemeente in totaal?"),
                            "help_text": "",
                            "unit": "m²",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["Publieke speelruimte"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "INF-10",
                            "text": (
                                "Hoeveel speelterreinen met speeltoestellen beheert de gemeente?"
                            ),
                            "help_text": "",
                            "unit": "terreinen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "INF-11",
                            "text": "Heeft de gemeente een actueel speelruimtebeleidsplan?",
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "date",
                            "code": "INF-12",
                            "text": "Wanneer werd dat plan goedgekeurd?",
                            "help_text": "",
                            "min_date": None,
                            "max_date": "2025-12-31",
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INF-11",
                                "operator": "equals",
                                "value": "ja",
                            },
                        },
                    ],
                },
                {
                    "title": "Cultuur- en bibliotheekinfrastructuur",
                    "slug": "cultuur-en-bibliotheekinfrastructuur",
                    "intro": (
                        "<p>Vragen over de gebouwen voor cultuur en de openbare bibliotheek.</p>"
                    ),
                    "questions": [
                        {
                            "type": "integer",
                            "code": "INF-13",
                            "text": "Hoeveel bibliotheekvestigingen telt de gemeente?",
                            "help_text": (
                                "Tel de hoofdbibliotheek, de filialen en de uitleenposten samen."
                            ),
                            "unit": "vestigingen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Bibliotheekvestiging"],
                            "condition": None,
                        },
                        {
                            "type": "multiple_choice",
                            "code": "INF-14",
                            "text": "Over welke cultuurinfrastructuur beschikt de gemeente?",
                            "help_text": "",
                            "options": [
                                ("cultuurcentrum", "Cultuurcentrum"),
                                ("gemeenschapscentrum", "Gemeenschapscentrum"),
                                ("museum", "Museum"),
                                ("archief", "Archief"),
                                ("oefenruimte", "Oefenruimte voor muzikanten"),
                                ("geen", "Geen van deze"),
                            ],
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": ["Cultuurcentrum", "Gemeenschapscentrum"],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "INF-15",
                            "text": (
                                "Hoeveel zitplaatsen telt de grootste zaal van het cultuurcentrum?"
                            ),
                            "help_text": "",
                            "unit": "zitplaatsen",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": {
                                "question": "INF-14",
                                "operator": "contains",
                                "value": "cultuurcentrum",
                            },
                        },
                        {
                            "type": "decimal",
                            "code": "INF-16",
                            "text": "Hoeveel m² vloeroppervlakte heeft de hoofdbibliotheek?",
                            "help_text": "",
                            "unit": "m²",
                            "min_value": 0,
                            "max_value": None,
                            "required": False,
                            "allow_unknown": True,
                            "allow_not_applicable": True,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "integer",
                            "code": "INF-17",
                            "text": "Hoeveel uur per week is de hoofdbibliotheek open?",
                            "help_text": "",
                            "unit": "uren",
                            "min_value": 0,
                            "max_value": 168,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
                {
                    "title": "Zalen en beheer",
                    "slug": "zalen-en-beheer",
                    "intro": (
                        "<p>Vragen over zalen die verenigingen kunnen gebruiken en over het "
                        "beheer van de vrijetijdsgebouwen.</p>"
                    ),
                    "questions": [
                        {
                            "type": "integer",
                            "code": "INF-18",
                            "text": "Hoeveel zalen kunnen verenigingen bij de gemeente huren?",
                            "help_text": "",
                            "unit": "zalen",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "table",
                            "code": "INF-19",
                            "text": "Hoeveel vrijetijdsgebouwen beheert elke partner?",
                            "help_text": (
                                "Tel elk gebouw bij de partner die het dagelijks beheer draagt."
                            ),
                            "rows": [
                                ("gemeente", "Gemeente"),
                                ("agb", "AGB"),
                                ("igs", "Intergemeentelijk samenwerkingsverband"),
                                ("vereniging", "Vereniging"),
                                ("prive", "Privébeheerder"),
                            ],
                            "columns": [("gebouwen", "Gebouwen")],
                            "cell_type": "integer",
                            "show_totals": True,
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": ["AGB", "Intergemeentelijke samenwerking"],
                            "condition": None,
                        },
                        {
                            "type": "yes_no",
                            "code": "INF-20",
                            "text": ("Kunnen verenigingen gemeentelijke zalen online reserveren?"),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "percentage",
                            "code": "INF-21",
                            "text": (
                                "Welk aandeel van de gemeentelijke vrijetijdsgebouwen is "
                                "volledig toegankelijk voor rolstoelgebruikers?"
                            ),
                            "help_text": "",
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "euro",
                            "code": "INF-22",
                            "text": (
                                "Hoeveel gaf de gemeente uit aan onderhoud van "
                                "vrijetijdsinfrastructuur?"
                            ),
                            "help_text": "",
                            "min_value": 0,
                            "max_value": None,
                            "required": True,
                            "allow_unknown": True,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                        {
                            "type": "long_text",
                            "code": "INF-23",
                            "text": (
                                "Welke grote infrastructuurprojecten voor vrije tijd staan in "
                                "het meerjarenplan?"
                            ),
                            "help_text": "",
                            "max_length": 2000,
                            "required": False,
                            "allow_unknown": False,
                            "allow_not_applicable": False,
                            "definitions": [],
                            "condition": None,
                        },
                    ],
                },
            ],
        },
    ],
}

#: Checks of the demo's current campaign, per rubric code (the earlier campaign had none).
#: Each entry: (check type, settings). The figures come with the message on the step.
CHECKS: dict[str, list[tuple[str, dict]]] = {
    "AAN": [
        (
            "compare",
            {
                "code": "AAN-C1",
                "message": "Er zijn meer erkende sportverenigingen dan actieve sportclubs.",
                "severity": "fout",
                "smaller": "AAN-08:sport",
                "larger": "AAN-11",
            },
        ),
        (
            "required_when",
            {
                "code": "AAN-C2",
                "message": "Vul de datum van het erkenningsreglement in.",
                "severity": "fout",
                "question": "AAN-10",
                "when_question": "AAN-09",
                "operator": "equals",
                "value": "ja",
            },
        ),
        (
            "change",
            {
                "code": "AAN-C3",
                "message": "Het aantal sportkampdagen verschilt sterk van de vorige bevraging.",
                "severity": "waarschuwing",
                "question": "AAN-04",
                "percentage": "50",
                "minimum": "5",
            },
        ),
        (
            "peer_range",
            {
                "code": "AAN-C4",
                "message": "Zo veel jeugdwerkinitiatieven gaven weinig gemeenten op.",
                "severity": "waarschuwing",
                "question": "AAN-12",
            },
        ),
    ],
    "MED": [
        (
            "sum",
            {
                "code": "MED-C1",
                "message": (
                    "De vrijwilligers per soort taak zijn samen niet even veel als de "
                    "vrijwilligers per sector."
                ),
                "severity": "waarschuwing",
                "parts": ["MED-12"],
                "total": "MED-11",
                "tolerance": "0",
            },
        ),
    ],
    "PAR": [
        (
            "change",
            {
                "code": "PAR-C1",
                "message": "Het aantal uitleningen verschilt sterk van de vorige bevraging.",
                "severity": "waarschuwing",
                "question": "PAR-15",
                "percentage": "30",
                "minimum": "500",
            },
        ),
    ],
}
