"""Demo texts for the home page and the content pages (plain data, no Django imports).

Body blocks are (type, value) pairs: "heading", "paragraph", "steps", "callout" and "qa".
"""

from typing import Any

HOME = {
    "title": "Lokale vrijetijdsmonitor",
    "intro": (
        "<p>Welkom bij de registratietool van de lokale vrijetijdsmonitor. Hier brengen "
        "Vlaamse steden en gemeenten gegevens samen over hun cultuur-, jeugd- en sportbeleid. "
        "Medewerkers van de vrijetijdsdiensten vullen de vragen in en een coördinator "
        "bevestigt ze per rubriek. Zo krijgt uw bestuur cijfers om het eigen beleid te "
        "onderbouwen en te vergelijken met dat van andere gemeenten.</p>"
    ),
}

PAGES: list[dict[str, Any]] = [
    {
        "slug": "handleiding",
        "title": "Handleiding",
        "intro": "Zo meldt u zich aan, vult u de vragenlijst in en bevestigt u de antwoorden.",
        "show_in_menus": True,
        "body": [
            ("heading", "Aanmelden"),
            (
                "paragraph",
                (
                    "<p>U meldt zich aan met de login van de Vlaamse overheid, met uw eID, "
                    "itsme of een ander digitaal sleutelmiddel. U ziet daarna enkel de "
                    "gegevens van de gemeente waarvoor u een rol hebt. Hebt u nog geen rol, "
                    "vraag die dan aan de lokale beheerder van uw bestuur.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "In de demoversie",
                    "text": (
                        "<p>In de demo meldt u zich aan met een van de demoaccounts. Elk "
                        "account heeft een andere rol: invoerder, coördinator, raadpleger of "
                        "lokale beheerder. Zo kunt u rustig uitproberen wat elke rol ziet en "
                        "mag. Wat u in de demo invult, telt niet mee voor de echte monitor.</p>"
                    ),
                    "variant": "info",
                },
            ),
            ("heading", "Het statusoverzicht"),
            (
                "paragraph",
                (
                    '<p>Na het aanmelden komt u op het <a href="/registratie/">'
                    "statusoverzicht</a>. Daar ziet u per rubriek hoe ver uw gemeente staat: "
                    "hoeveel vragen al beantwoord zijn en of de rubriek al bevestigd is. "
                    "Vanuit het overzicht opent u elke rubriek.</p>"
                ),
            ),
            ("heading", "Een rubriek invullen"),
            (
                "steps",
                [
                    {
                        "title": "Open een rubriek",
                        "text": (
                            "<p>Klik in het statusoverzicht op de rubriek die u wilt invullen. "
                            "Een rubriek bestaat uit enkele thema's, die u een voor een "
                            "doorloopt.</p>"
                        ),
                    },
                    {
                        "title": "Beantwoord de vragen van het thema",
                        "text": (
                            "<p>Vul in wat u weet. Naast sommige vragen staat een definitie "
                            "die uitlegt wat er precies bedoeld wordt en hoe u telt.</p>"
                        ),
                    },
                    {
                        "title": "Sla op",
                        "text": (
                            "<p>Met <strong>Opslaan</strong> bewaart u het thema en blijft u "
                            "op dezelfde pagina. Met <strong>Opslaan en verder</strong> "
                            "bewaart u en gaat u naar het volgende thema. Met <strong>"
                            "Vorige</strong> keert u terug naar het vorige thema.</p>"
                        ),
                    },
                    {
                        "title": "Kom later terug",
                        "text": (
                            "<p>U hoeft een thema niet in één keer af te werken. U kunt op elk "
                            "moment stoppen en later verdergaan waar u gebleven was.</p>"
                        ),
                    },
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Elke keer dat u opslaat, worden uw antwoorden meteen bewaard. Een half "
                    "ingevuld thema is geen probleem: een lege verplichte vraag houdt het "
                    "opslaan niet tegen. Verplichte vragen zijn wel nodig om een rubriek "
                    "volledig te noemen.</p>"
                ),
            ),
            ("heading", "Getallen en bedragen"),
            (
                "paragraph",
                (
                    "<p>Gebruik de Belgische schrijfwijze: een punt tussen de duizendtallen en "
                    "een komma voor de decimalen, bijvoorbeeld <strong>1.234,5</strong>. U mag "
                    "de punt ook weglaten (1234,5). Een euroteken of procentteken typt u niet; "
                    "dat staat al naast het veld. Percentages vult u in als een getal van 0 "
                    "tot 100.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Let op met de punt",
                    "text": (
                        "<p>Een punt gevolgd door precies drie cijfers leest de tool als "
                        "duizendtal: 2.500 wordt tweeduizend vijfhonderd. Gebruik voor "
                        "decimalen dus altijd een komma, zoals 2,5.</p>"
                    ),
                    "variant": "warning",
                },
            ),
            ("heading", "Onbekend of niet van toepassing"),
            (
                "paragraph",
                (
                    "<p>Bij een aantal vragen kunt u in plaats van een antwoord kiezen voor "
                    "<strong>onbekend</strong> of <strong>niet van toepassing</strong>. Kies "
                    "onbekend als uw gemeente het antwoord niet kent of niet bijhoudt. Kies "
                    "niet van toepassing als de vraag niet over uw gemeente gaat, bijvoorbeeld "
                    "een vraag over het zwembad als er geen zwembad is. Beide gelden als een "
                    "antwoord. Laat een vraag liever niet gewoon leeg: dan weet niemand of u "
                    "ze vergeten bent.</p>"
                ),
            ),
            ("heading", "Definities en vervolgvragen"),
            (
                "paragraph",
                (
                    "<p>Begrippen die een precieze afbakening nodig hebben, zoals VTE, "
                    "vrijwilliger of erkende vereniging, hebben een definitie die naast de "
                    "vraag verschijnt. Vaak staat er ook een voorbeeld bij van hoe u telt.</p>"
                    "<p>Sommige vragen zijn vervolgvragen. Ze verschijnen pas als u op een "
                    "eerdere vraag een bepaald antwoord geeft. Antwoordt u bijvoorbeeld dat de "
                    "gemeente een uitleendienst heeft, dan volgt de vraag hoeveel uitleningen "
                    "er waren. Past u het eerdere antwoord aan, dan verdwijnt de vervolgvraag "
                    "weer.</p>"
                ),
            ),
            ("heading", "Een rubriek bevestigen"),
            (
                "paragraph",
                (
                    "<p>Is een rubriek klaar, dan controleert de coördinator de antwoorden op "
                    "het overzicht van de rubriek en klikt hij of zij op <strong>Rubriek "
                    "bevestigen</strong>. Vanaf dan is de rubriek vergrendeld en kan niemand "
                    "van uw gemeente de antwoorden nog wijzigen. Moet er toch nog iets "
                    "aangepast worden, neem dan contact op met het projectteam. Het "
                    "projectteam kan de rubriek openzetten met <strong>Rubriek "
                    "heropenen</strong>.</p>"
                ),
            ),
            ("heading", "Rollen beheren"),
            (
                "paragraph",
                (
                    "<p>De lokale beheerder van uw bestuur bepaalt wie welke rol krijgt. Dat "
                    "gebeurt via <strong>Rollen beheren</strong>. Er zijn drie rollen:</p><ul>"
                    "<li><strong>invoerder</strong>: vult antwoorden in en slaat ze op;</li>"
                    "<li><strong>coördinator</strong>: vult in, controleert en bevestigt "
                    "rubrieken (hoogstens drie per gemeente);</li><li><strong>"
                    "raadpleger</strong>: kan alles inkijken, maar niets wijzigen.</li></ul>"
                ),
            ),
            ("heading", "Het vragenoverzicht"),
            (
                "paragraph",
                (
                    "<p>Wilt u de vragen eerst met uw collega's doornemen? Download dan het "
                    "vragenoverzicht als PDF. Daarin staan alle rubrieken, thema's, vragen, "
                    "antwoordmogelijkheden en definities. Het overzicht is ook handig om te "
                    "zien welke gegevens u bij andere diensten moet opvragen.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "veelgestelde-vragen",
        "title": "Veelgestelde vragen",
        "intro": "Antwoorden op de vragen die gemeenten ons het vaakst stellen.",
        "show_in_menus": True,
        "body": [
            ("heading", "Aan de slag"),
            (
                "qa",
                {
                    "question": "Wie kan gegevens invullen voor mijn gemeente?",
                    "answer": (
                        "<p>Iedereen met de rol invoerder of coördinator voor uw gemeente. Die "
                        "rol krijgt u van de lokale beheerder van uw bestuur.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": "Ik kan me aanmelden, maar ik zie geen gemeente. Wat nu?",
                    "answer": (
                        "<p>Dan hebt u waarschijnlijk nog geen rol in de registratietool. "
                        "Vraag de lokale beheerder van uw bestuur om u een rol toe te kennen. "
                        "Het kan even duren voor een nieuwe rol actief is; meld u daarna "
                        "opnieuw aan.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": "Moet ik een thema in één keer afwerken?",
                    "answer": (
                        "<p>Nee. Alles wat u opslaat, blijft bewaard. U kunt dus gerust "
                        "stoppen en later verdergaan, ook met een half ingevuld thema.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": "Kunnen meerdere collega's tegelijk werken?",
                    "answer": (
                        "<p>Ja. Verdeel het werk wel per rubriek of per thema, zodat twee "
                        "mensen niet tegelijk dezelfde vragen aanpassen.</p>"
                    ),
                },
            ),
            ("heading", "Antwoorden invullen"),
            (
                "qa",
                {
                    "question": "Wat doe ik als ik een cijfer niet precies ken?",
                    "answer": (
                        "<p>Een goede schatting is vaak beter dan niets, zeker als de vraag "
                        "zelf zegt dat een schatting volstaat. Houdt uw gemeente het gegeven "
                        "helemaal niet bij, kies dan <strong>onbekend</strong> als die keuze "
                        "bij de vraag staat.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": "Wanneer kies ik 'niet van toepassing'?",
                    "answer": (
                        "<p>Als de vraag niet over uw gemeente kan gaan, bijvoorbeeld omdat u "
                        "een bepaalde voorziening of dienst niet hebt. Ontbreekt die optie bij "
                        "een vraag, dan verwachten we een antwoord, eventueel nul.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": (
                        "Onze vrijetijdsdienst kan cijfers niet per sector opsplitsen. Hoe vul "
                        "ik de tabellen in?"
                    ),
                    "answer": (
                        "<p>Vul het totaal in op de rij <strong>Geïntegreerde "
                        "vrijetijdsdienst</strong> en laat de rijen voor cultuur, jeugd en "
                        "sport leeg. Zo tellen de cijfers niet dubbel.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": "Hoe schrijf ik getallen met decimalen?",
                    "answer": (
                        "<p>Met een komma, zoals 4,75. Een punt gebruikt u alleen tussen de "
                        "duizendtallen, zoals in 1.234,5.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": "Waarom verschijnen sommige vragen pas later?",
                    "answer": (
                        "<p>Dat zijn vervolgvragen. Ze verschijnen pas als u op een eerdere "
                        "vraag een bepaald antwoord geeft, zodat u geen vragen krijgt die niet "
                        "voor uw gemeente gelden.</p>"
                    ),
                },
            ),
            ("heading", "Bevestigen en resultaten"),
            (
                "qa",
                {
                    "question": (
                        "Ik heb een rubriek bevestigd en zie nog een fout. Kan ik die nog "
                        "verbeteren?"
                    ),
                    "answer": (
                        "<p>Niet zelf: een bevestigde rubriek is vergrendeld. Mail het "
                        'projectteam via <a href="mailto:vrijetijdsmonitor@vlaanderen.be">'
                        "vrijetijdsmonitor@vlaanderen.be</a>. Het team kan de rubriek "
                        "heropenen, waarna u de fout verbetert en de rubriek opnieuw "
                        "bevestigt.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": (
                        "Wat gebeurt er met rubrieken die niet bevestigd zijn na de deadline?"
                    ),
                    "answer": (
                        "<p>Het projectteam kan rubrieken die na de bevestigingsdeadline nog "
                        "open staan automatisch bevestigen, tenzij uw gemeente daar "
                        "uitdrukkelijk bezwaar tegen maakt. Bevestig daarom liefst zelf op "
                        "tijd.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": (
                        "Waarom vraagt de monitor niet naar alles wat al in andere bronnen staat?"
                    ),
                    "answer": (
                        "<p>Gegevens die al beschikbaar zijn, bijvoorbeeld uit UiTdatabank, de "
                        "databank van Sport Vlaanderen of de bibliotheekstatistieken, haalt de "
                        "monitor zelf op. De registratietool vraagt alleen wat enkel uw "
                        "gemeente kan vertellen.</p>"
                    ),
                },
            ),
            (
                "qa",
                {
                    "question": "Waar vind ik de resultaten?",
                    "answer": (
                        "<p>Na de bevragingsronde verschijnen de resultaten op het "
                        "rapporteringsplatform van de vrijetijdsmonitor. Daar kunt u uw "
                        "gemeente vergelijken met buurgemeenten, met gemeenten van hetzelfde "
                        "type en met het Vlaamse gemiddelde.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "title": "Staat uw vraag er niet bij?",
                    "text": (
                        "<p>Mail het projectteam via <a "
                        'href="mailto:vrijetijdsmonitor@vlaanderen.be">'
                        "vrijetijdsmonitor@vlaanderen.be</a>. We antwoorden zo snel "
                        "mogelijk.</p>"
                    ),
                    "variant": "info",
                },
            ),
        ],
    },
    {
        "slug": "uitnodiging",
        "title": "Uitnodiging",
        "intro": "Uw gemeente is uitgenodigd om mee te werken aan de lokale vrijetijdsmonitor.",
        "show_in_menus": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>Beste collega,</p><p>De lokale vrijetijdsmonitor bundelt cijfers over "
                    "het vrijetijdsbeleid van de Vlaamse steden en gemeenten. Een deel van die "
                    "cijfers halen we uit bestaande bronnen. Voor een ander deel bent u de "
                    "enige die het antwoord kent: hoe uw gemeente haar cultuur-, jeugd- en "
                    "sportbeleid organiseert, ondersteunt en opvolgt. Die gegevens verzamelen "
                    "we met deze registratietool.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Wat levert het u op? Op het rapporteringsplatform ziet u uw eigen "
                    "cijfers naast die van vergelijkbare gemeenten en kunt u de evolutie over "
                    "de jaren volgen. Dat helpt om beleidskeuzes te onderbouwen en om het "
                    "gesprek met uw bestuur te voeren.</p>"
                ),
            ),
            ("heading", "Planning"),
            (
                "paragraph",
                (
                    "<p>Deze ronde gaat over het werkjaar 2025. De registratietool gaat open "
                    "op de aangekondigde startdatum en blijft enkele weken beschikbaar. Daarna "
                    "krijgen de coördinatoren nog tijd om de rubrieken te controleren en te "
                    "bevestigen. De exacte data vindt u op het statusoverzicht en in onze "
                    "mails.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Voor de start sturen we u een <strong>vragenoverzicht als PDF</strong>"
                    ", met alle vragen, definities en antwoordmogelijkheden. Zo ziet u vooraf "
                    "welke gegevens u nodig hebt. Op de dag dat de tool opengaat, krijgt u ook "
                    'de <a href="/handleiding/">handleiding</a>.</p>'
                ),
            ),
            ("heading", "Zo bereidt u zich voor"),
            (
                "steps",
                [
                    {
                        "title": "Breng uw collega's samen",
                        "text": (
                            "<p>De vragen gaan over cultuur, jeugd en sport. Spreek daarom af "
                            "met de verantwoordelijken van die diensten, of van de "
                            "geïntegreerde vrijetijdsdienst. Betrek ook de bibliotheek en, als "
                            "u die hebt, het cultuurcentrum. Een kort overleg volstaat om het "
                            "werk te verdelen.</p>"
                        ),
                    },
                    {
                        "title": "Spreek af wie welke rol opneemt",
                        "text": (
                            "<p>De tool kent drie rollen:</p><ul><li>een <strong>"
                            "invoerder</strong> vult de antwoorden in; er mogen zoveel "
                            "invoerders zijn als u wilt;</li><li>een <strong>"
                            "coördinator</strong> vult in, controleert en bevestigt de "
                            "rubrieken; per gemeente zijn er hoogstens drie;</li><li>een "
                            "<strong>raadpleger</strong> volgt mee op zonder iets te wijzigen, "
                            "bijvoorbeeld de algemeen directeur of een schepen.</li></ul><p>"
                            "Iedereen krijgt één rol.</p>"
                        ),
                    },
                    {
                        "title": "Vraag de rollen aan bij de lokale beheerder",
                        "text": (
                            "<p>Alleen de lokale beheerder van uw bestuur kan rollen "
                            "toekennen. Vaak is dat de algemeen directeur of een medewerker "
                            "van ICT. Bezorg de beheerder de namen van de betrokken collega's "
                            "en de rol die elk van hen krijgt. Pas als de rol is toegekend, "
                            "kan iemand zich aanmelden.</p>"
                        ),
                    },
                ],
            ),
            (
                "callout",
                {
                    "title": "Een bevestigde rubriek is vergrendeld",
                    "text": (
                        "<p>Na de bevestiging door een coördinator kan uw gemeente een rubriek "
                        "niet meer wijzigen. Alleen het projectteam kan ze opnieuw "
                        "openzetten.</p>"
                    ),
                    "variant": "warning",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Hebt u vragen? Mail ons via <a "
                    'href="mailto:vrijetijdsmonitor@vlaanderen.be">'
                    "vrijetijdsmonitor@vlaanderen.be</a>. Alvast bedankt voor uw "
                    "medewerking.</p><p>Het projectteam van de lokale vrijetijdsmonitor</p>"
                ),
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": "Welke persoonsgegevens de registratietool bewaart, waarom en hoe lang.",
        "show_in_menus": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>De registratietool verzamelt vooral gegevens over gemeenten, niet over "
                    "personen. Om te weten wie wat mag doen en wie welk antwoord heeft "
                    "ingevuld, bewaren we wel een beperkt aantal persoonsgegevens van de "
                    "gebruikers.</p>"
                ),
            ),
            ("heading", "Welke gegevens bewaren we?"),
            (
                "paragraph",
                (
                    "<ul><li>uw voornaam en achternaam;</li><li>uw e-mailadres;</li><li>de "
                    "pseudonieme identificatiecode die de login van de Vlaamse overheid aan de "
                    "tool doorgeeft;</li><li>uw rollen en de organisatie waarvoor u ze "
                    "hebt;</li><li>wie een antwoord het laatst wijzigde of een rubriek "
                    "bevestigde, en wanneer.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Geen rijksregisternummer",
                    "text": (
                        "<p>U meldt zich aan via de login van de Vlaamse overheid, maar de "
                        "registratietool vraagt en bewaart <strong>nooit</strong> uw "
                        "rijksregisternummer.</p>"
                    ),
                    "variant": "info",
                },
            ),
            ("heading", "Waarom?"),
            (
                "paragraph",
                (
                    "<p>We gebruiken deze gegevens alleen om u veilig toegang te geven, om na "
                    "te gaan welke rol u hebt, om bij te houden wie wat heeft ingevuld en "
                    "bevestigd, en om u te contacteren over de bevraging. We geven ze niet "
                    "door aan derden en gebruiken ze niet voor andere doeleinden.</p>"
                ),
            ),
            ("heading", "Hoe lang?"),
            (
                "paragraph",
                (
                    "<p>We bewaren uw gegevens zolang u een rol hebt in de registratietool. "
                    "Vervalt uw laatste rol, dan verwijderen we uw naam en e-mailadres binnen "
                    "een redelijke termijn. Wie een antwoord wijzigde of een rubriek "
                    "bevestigde, houden we bij zolang de antwoorden van die bevragingsronde "
                    "bewaard worden.</p>"
                ),
            ),
            ("heading", "Uw rechten"),
            (
                "paragraph",
                (
                    "<p>U kunt uw gegevens inkijken, laten verbeteren of laten verwijderen. "
                    'Mail daarvoor naar <a href="mailto:vrijetijdsmonitor@vlaanderen.be">'
                    "vrijetijdsmonitor@vlaanderen.be</a>. Verwijdert u uw gegevens, dan "
                    "verliest u ook de toegang tot de tool.</p>"
                ),
            ),
        ],
    },
]
