"""A second held-out set, for what the security review of the herleidbaarheidscheck (#28)
found missed or wrongly marked: month and year, reference and case numbers, social-media
accounts, care homes and care organisations by their name, and texts about the care system
that name nobody ("het FACT-team", "de jeugdzorg", "een vader").

Written before the detector was changed for the review, and never used to tune it: the
patterns were tuned on identifiability_corpus*.py only. Every person, place of residence,
account, number and address below is invented; the care organisations are real ones, named
as a reflection would name them.
Each case is a text and what a careful moderator would mark in it: (category, exact words).
Categories: naam, plaats, instelling, datum, leeftijd, telefoon, email, bsn, nummer, url,
account.
"""

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # --- Dates: a month and a year, a day and a month ---------------------------------------
    (
        "In maart 2025 kreeg mijn moeder eindelijk een plek. Tot die tijd zorgden mijn zus en ik "
        "om de beurt voor haar, naast ons werk.",
        [("datum", "maart 2025")],
    ),
    (
        "Het gesprek met de gemeente stond gepland op 15 maart, maar werd twee keer verzet. "
        "Uiteindelijk zaten we pas in juni aan tafel.",
        [("datum", "15 maart")],
    ),
    (
        "Sinds maart '25 woont mijn broer niet meer thuis. We zien hem elke zondag, maar het "
        "blijft wennen voor iedereen.",
        [("datum", "maart '25")],
    ),
    (
        "Op 3 oktober 2024 werd mijn vader met spoed opgenomen. Niemand van de thuiszorg wist "
        "dat hij al weken niet meer at.",
        [("datum", "3 oktober 2024")],
    ),
    (
        "Vanaf januari 2024 moest alles via een nieuw loket. Wij hebben dat pas in september "
        "begrepen, toen de indicatie al verlopen was.",
        [("datum", "januari 2024")],
    ),
    (
        "De eerste melding deden we in november 2023; het antwoord kwam in februari. Drie "
        "maanden is lang als je kind niet meer naar school gaat.",
        [("datum", "november 2023")],
    ),
    (
        "Op dinsdag 11 juni zat ik met mijn dochter bij de huisarts, en pas op 2 juli hoorden we "
        "iets van de wachtlijst.",
        [("datum", "11 juni"), ("datum", "2 juli")],
    ),
    (
        "Mijn oom overleed op 28-02-2023, na een half jaar wachten op een verpleeghuisplek.",
        [("datum", "28-02-2023")],
    ),
    (
        "Eind december 2022 liep het thuis helemaal vast. De crisisdienst kwam, maar daarna "
        "hoorde niemand meer iets.",
        [("datum", "december 2022")],
    ),
    (
        "Het besluit is gedateerd 7 mei 2025 en kwam bij ons binnen toen de termijn om bezwaar "
        "te maken bijna voorbij was.",
        [("datum", "7 mei 2025")],
    ),
    (
        "Sinds augustus '24 heb ik geen vaste begeleider meer; het team wisselt elke maand.",
        [("datum", "augustus '24")],
    ),
    # --- Ages ------------------------------------------------------------------------------
    (
        "Mijn dochter was 15 toen ze voor het eerst werd opgenomen. Niemand vroeg wat zij zelf "
        "wilde.",
        [("leeftijd", "15")],
    ),
    (
        "Ik zorg sinds jaren voor mijn moeder (84), die nog zelfstandig woont maar steeds meer "
        "vergeet.",
        [("leeftijd", "84")],
    ),
    (
        "Onze zoon is nu negentien en moet ineens alles zelf regelen, omdat de jeugdzorg stopt "
        "bij achttien.",
        [("leeftijd", "negentien")],
    ),
    (
        "Een jongen van 12 hoort niet drie maanden op een crisisplek te zitten.",
        [("leeftijd", "12")],
    ),
    (
        "Mijn 91-jarige oma kreeg een brief waarin stond dat ze zelf een zorgaanbieder moest "
        "kiezen.",
        [("leeftijd", "91-jarige")],
    ),
    (
        "Toen hij zeventien was, kreeg hij zijn eerste diagnose; nu, op zijn dertigste, heeft "
        "hij er zes.",
        [("leeftijd", "zeventien"), ("leeftijd", "dertigste")],
    ),
    (
        "Ze is pas 23 en woont al vier jaar in een instelling waar de meeste bewoners ouder "
        "zijn dan haar ouders.",
        [("leeftijd", "23")],
    ),
    (
        "Onze jongste van één jaar kon nergens terecht toen ik zelf werd opgenomen.",
        [("leeftijd", "één")],
    ),
    (
        "Mijn schoonvader werd 88 in het ziekenhuis, zonder dat iemand van ons erbij kon zijn.",
        [("leeftijd", "88")],
    ),
    (
        "Lisa (16) moest kiezen tussen een pleeggezin en een leefgroep, en niemand legde haar "
        "het verschil uit.",
        [("naam", "Lisa"), ("leeftijd", "16")],
    ),
    (
        "Een meisje van veertien dat drie keer van woonplek wisselt in een jaar, leert vooral dat "
        "volwassenen weggaan.",
        [("leeftijd", "veertien")],
    ),
    # --- Names -----------------------------------------------------------------------------
    (
        "Mijn broer Sander belde mij om twee uur 's nachts omdat niemand anders opnam.",
        [("naam", "Sander")],
    ),
    (
        "Mevrouw De Haan van het wijkteam was de eerste die echt luisterde.",
        [("naam", "De Haan")],
    ),
    (
        "Onze casemanager, Wendy Kuipers, vertrok na een half jaar, en daarna kregen we elke "
        "maand iemand anders.",
        [("naam", "Wendy Kuipers")],
    ),
    (
        "Ik werkte samen met dokter Bakker, die tijd maakte voor gesprekken waar geen code voor "
        "bestond.",
        [("naam", "Bakker")],
    ),
    (
        "Fatima en haar moeder kregen pas hulp toen de school aan de bel trok.",
        [("naam", "Fatima")],
    ),
    (
        "Mijn vriend Mohammed El Idrissi wacht al een jaar op een behandeling.",
        [("naam", "Mohammed El Idrissi")],
    ),
    (
        "Opa Gerrit wilde thuis sterven, en dat is gelukt dankzij de buren.",
        [("naam", "Gerrit")],
    ),
    (
        "Meneer Visser kreeg elke week een andere invalkracht, en elke keer moest hij zijn "
        "verhaal opnieuw doen.",
        [("naam", "Visser")],
    ),
    (
        "Mijn zoon Thijs heeft autisme en werd drie keer van school gestuurd.",
        [("naam", "Thijs")],
    ),
    (
        "Annelies van der Veen, onze buurvrouw, was de enige die elke dag langskwam.",
        [("naam", "Annelies van der Veen")],
    ),
    # --- Places ----------------------------------------------------------------------------
    (
        "Wij wonen in Hoogeveen, en de dichtstbijzijnde crisisplek voor jongeren was ruim een "
        "uur rijden.",
        [("plaats", "Hoogeveen")],
    ),
    (
        "Mijn vader woont aan de Dorpsstraat 14 en kan niet meer alleen de trap op.",
        [("plaats", "Dorpsstraat 14")],
    ),
    (
        "Na de scheiding verhuisden we naar Almere, ver van opa en oma.",
        [("plaats", "Almere")],
    ),
    (
        "In Leeuwarden duurde het maanden voordat er een gesprek kwam; in Sneek ging het "
        "binnen een week.",
        [("plaats", "Leeuwarden"), ("plaats", "Sneek")],
    ),
    (
        "Ze woont in een flat in Kanaleneiland en durft de deur niet meer uit.",
        [("plaats", "Kanaleneiland")],
    ),
    # --- Care homes and institutions by their own name --------------------------------------
    (
        "Mijn zoon woont sinds vorig jaar bij Beschermd Wonen De Brug in Assen. Het is er "
        "klein en rustig, en dat helpt hem.",
        [("instelling", "Beschermd Wonen De Brug"), ("plaats", "Assen")],
    ),
    (
        "Mijn moeder ging naar Het Zonnehuis, omdat daar als eerste een kamer vrij was.",
        [("instelling", "Het Zonnehuis")],
    ),
    (
        "Na drie jaar bij Parnassia kreeg ik eindelijk een behandelaar die bleef.",
        [("instelling", "Parnassia")],
    ),
    (
        "Mijn broer is ingeschreven bij GGZ inGeest, maar de wachttijd voor de "
        "traumabehandeling is meer dan een jaar.",
        [("instelling", "GGZ inGeest")],
    ),
    (
        "Bij Arkin werd ik doorverwezen naar de verslavingszorg, en daar begon het wachten "
        "opnieuw.",
        [("instelling", "Arkin")],
    ),
    (
        "Onze dochter is in behandeling bij Accare, en de gezinsgesprekken zijn het beste wat "
        "ons is overkomen.",
        [("instelling", "Accare")],
    ),
    (
        "Ik werk als begeleider bij 's Heeren Loo en zie hoe vaak familie buiten de gesprekken "
        "wordt gehouden.",
        [("instelling", "'s Heeren Loo")],
    ),
    (
        "Veilig Thuis kwam na de melding één keer langs, en daarna bleef het stil.",
        [("instelling", "Veilig Thuis")],
    ),
    (
        "Mijn tante krijgt thuiszorg van Buurtzorg, en die verpleegkundigen kennen haar tenminste.",
        [("instelling", "Buurtzorg")],
    ),
    (
        "Hij sliep een paar maanden in de opvang van het Leger des Heils voordat er een "
        "kamer kwam.",
        [("instelling", "Leger des Heils")],
    ),
    (
        "Toen Lentis de afdeling sloot, moesten de bewoners verhuizen naar een andere stad.",
        [("instelling", "Lentis")],
    ),
    (
        "Bij Pro Persona zei men dat de problemen te complex waren; bij de volgende aanbieder "
        "waren ze juist te licht.",
        [("instelling", "Pro Persona")],
    ),
    (
        "Mijn nicht werkt bij Cordaan in de wijkverpleging en herkent veel uit deze paper.",
        [("instelling", "Cordaan")],
    ),
    (
        "Na een opname bij Dimence werd mijn man naar huis gestuurd zonder afspraak voor de "
        "nazorg.",
        [("instelling", "Dimence")],
    ),
    (
        "Tactus heeft mijn zoon geholpen, maar pas nadat hij drie keer was teruggevallen.",
        [("instelling", "Tactus")],
    ),
    (
        "Mijn zus woont in Woonzorgcentrum De Hazelaar en krijgt daar nauwelijks bezoek.",
        [("instelling", "Woonzorgcentrum De Hazelaar")],
    ),
    (
        "Onze zoon kreeg behandeling bij Karakter in Nijmegen, en de overgang naar de "
        "volwassenenzorg ging mis.",
        [("instelling", "Karakter"), ("plaats", "Nijmegen")],
    ),
    (
        "Bij Altrecht hebben ze een herstelacademie waar ik als ervaringsdeskundige werk.",
        [("instelling", "Altrecht")],
    ),
    (
        "Mijn moeder woont bij Humanitas, in een huis met twaalf bewoners.",
        [("instelling", "Humanitas")],
    ),
    (
        "De begeleiding van Philadelphia stopte toen mijn broer achttien werd.",
        [("instelling", "Philadelphia"), ("leeftijd", "achttien")],
    ),
    (
        "Bij Yulius werd mijn dochter na twee gesprekken al doorgestuurd.",
        [("instelling", "Yulius")],
    ),
    (
        "De jeugdbeschermer van Jeugdbescherming Gelderland had veertig kinderen in haar caseload.",
        [("instelling", "Jeugdbescherming Gelderland")],
    ),
    (
        "Ik kreeg bij Emergis eindelijk een diagnose, na jaren van verkeerde etiketten.",
        [("instelling", "Emergis")],
    ),
    (
        "Het Jellinek gaf mijn vriend een plek in de kliniek, maar de wachtlijst voor nazorg "
        "was lang.",
        [("instelling", "Jellinek")],
    ),
    (
        "Mijn opa ligt in het verpleeghuis van Zorggroep Elde en kan daar niet naar buiten.",
        [("instelling", "Zorggroep Elde")],
    ),
    (
        "We kregen hulp van Levvel, maar elk half jaar een nieuwe hulpverlener.",
        [("instelling", "Levvel")],
    ),
    (
        "Bij Mondriaan werken ze met een familievertrouwenspersoon, en die maakte het verschil.",
        [("instelling", "Mondriaan")],
    ),
    (
        "Mijn zus werd opgenomen bij Reinier van Arkel, ver weg van haar eigen netwerk.",
        [("instelling", "Reinier van Arkel")],
    ),
    (
        "De wijkverpleging van Sensire kwam twee keer per dag, steeds een ander gezicht.",
        [("instelling", "Sensire")],
    ),
    (
        "Hij woonde bij Amsta in een kleinschalige woonvorm, tot het budget werd gekort.",
        [("instelling", "Amsta")],
    ),
    # --- Reference and case numbers --------------------------------------------------------
    (
        "In de brief met kenmerk 2024/18734 staat dat onze aanvraag is afgewezen, zonder uitleg.",
        [("nummer", "2024/18734")],
    ),
    (
        "Onder ons kenmerk AB-12345 loopt nu al een jaar een klacht bij de gemeente.",
        [("nummer", "AB-12345")],
    ),
    (
        "Bij de rechtbank loopt de zaak onder zaaknummer 20241107-0042, maar niemand legt ons "
        "uit wat er gebeurt.",
        [("nummer", "20241107-0042")],
    ),
    (
        "Ik kreeg een mail met referentie WMO-2023-8812, en daarna nooit meer iets.",
        [("nummer", "WMO-2023-8812")],
    ),
    (
        "Als ik bel, moet ik steeds mijn klantnummer 77412093 noemen, en nooit heb ik dezelfde "
        "medewerker.",
        [("nummer", "77412093")],
    ),
    (
        "Mijn klacht staat in hun systeem als ticket #4711 en is volgens hen 'in behandeling'.",
        [("nummer", "#4711")],
    ),
    (
        "Het dossiernummer is 553-201, dat weet ik inmiddels uit mijn hoofd.",
        [("nummer", "553-201")],
    ),
    (
        "Op de brief van het zorgkantoor stond referentienummer ZK2025-00318.",
        [("nummer", "ZK2025-00318")],
    ),
    (
        "Ons kenmerk: JZ/2023/4471. Zo begint elke brief die we krijgen, alsof we een nummer zijn.",
        [("nummer", "JZ/2023/4471")],
    ),
    (
        "Het bezwaar is geregistreerd onder zaaknummer Z-2024-119283.",
        [("nummer", "Z-2024-119283")],
    ),
    (
        "Ik noemde aan de telefoon mijn cliëntnummer 4410982, en toen werd ik doorverbonden "
        "naar de verkeerde afdeling.",
        [("nummer", "4410982")],
    ),
    (
        "Uw kenmerk 23.114.556, schreven ze, maar het was niet eens ons kenmerk.",
        [("nummer", "23.114.556")],
    ),
    # --- Social-media accounts -------------------------------------------------------------
    (
        "Wie meer wil lezen over ons leven met een zoon in de jeugdzorg: ik schrijf erover als "
        "@janjansen.",
        [("account", "@janjansen")],
    ),
    (
        "Volg mijn dochter op Instagram, @jan_jansen82, daar deelt ze haar eigen verhaal.",
        [("account", "@jan_jansen82")],
    ),
    (
        "Mijn blog staat op X onder @moedervanmees, en daar reageren veel ouders op.",
        [("account", "@moedervanmees")],
    ),
    (
        "Op TikTok laat @ervaringsdeskundige.ria zien hoe een dag in beschermd wonen eruitziet.",
        [("account", "@ervaringsdeskundige.ria")],
    ),
    (
        "Ik heb dit ook gedeeld via @zorgmantel_noord, zodat andere mantelzorgers het lezen.",
        [("account", "@zorgmantel_noord")],
    ),
    (
        "Stuur me gerust een bericht: @Pieter_Mol op LinkedIn, of mail naar "
        "pieter.mol@voorbeeldmail.nl.",
        [("account", "@Pieter_Mol"), ("email", "pieter.mol@voorbeeldmail.nl")],
    ),
    (
        "Mijn broer zet filmpjes op YouTube als @levenmetpsychose; sommige zijn heel "
        "confronterend.",
        [("account", "@levenmetpsychose")],
    ),
    (
        "Het account @herstelmetruimte heeft meer over deze paper gedeeld dan de stichting zelf.",
        [("account", "@herstelmetruimte")],
    ),
    (
        "Mijn Instagram is @anouk.schrijft, en daar staat het hele verhaal.",
        [("account", "@anouk.schrijft")],
    ),
    (
        "Vragen? Mastodon: @karin@mastodon.nl, daar ben ik het meest.",
        [("account", "@karin@mastodon.nl")],
    ),
    # --- E-mail, phone, BSN, web addresses -------------------------------------------------
    (
        "U kunt mij bereiken op marieke.dekker@voorbeeld.nl als u vragen heeft over onze ervaring.",
        [("email", "marieke.dekker@voorbeeld.nl")],
    ),
    (
        "Het meldpunt stuurde alles door naar info@wijkteam-noord.nl, waar niemand reageerde.",
        [("email", "info@wijkteam-noord.nl")],
    ),
    (
        "Bel mij gerust: 06-41327788. Ik praat graag met andere ouders.",
        [("telefoon", "06-41327788")],
    ),
    (
        "De huisartsenpost (0592) 34 56 78 nam na veertig minuten pas op.",
        [("telefoon", "(0592) 34 56 78")],
    ),
    (
        "Mijn nummer is 06 2345 6789, en ik ben overdag bereikbaar.",
        [("telefoon", "06 2345 6789")],
    ),
    (
        "Bereikbaar via +31 6 55 44 33 22, ook in het weekend.",
        [("telefoon", "+31 6 55 44 33 22")],
    ),
    (
        "Op het formulier stond mijn BSN, 386033055, gewoon voor iedereen zichtbaar.",
        [("bsn", "386033055")],
    ),
    (
        "In de gedeelde map stond een lijst met burgerservicenummers, onder andere 7123.28.178 "
        "van mijn broer.",
        [("bsn", "7123.28.178")],
    ),
    (
        "Ik vroeg of het BSN 164 672 163 wel op de envelop hoorde te staan.",
        [("bsn", "164 672 163")],
    ),
    (
        "Op www.onzeweekmetnoah.nl houden wij bij hoe het met onze zoon gaat.",
        [("url", "www.onzeweekmetnoah.nl")],
    ),
    (
        "Mijn verhaal staat op https://mantelzorgdagboek.nl/aflevering-12 en mag gedeeld worden.",
        [("url", "https://mantelzorgdagboek.nl/aflevering-12")],
    ),
    (
        "Mail mij via s.vermeulen82@gmail.com of bel 020-6251143 na zes uur.",
        [("email", "s.vermeulen82@gmail.com"), ("telefoon", "020-6251143")],
    ),
    (
        "Onze contactpersoon gaf haar mobiele nummer, 06-18273645, maar nam nooit op.",
        [("telefoon", "06-18273645")],
    ),
    (
        "De wijkverpleging is alleen bereikbaar via 0800-1234567, en daar krijg je een keuzemenu.",
        [("telefoon", "0800-1234567")],
    ),
    (
        "Mijn moeder belde elke avond naar 050 - 312 44 87, het nummer van de afdeling.",
        [("telefoon", "050 - 312 44 87")],
    ),
    (
        "Voor wie in dezelfde situatie zit: ik ben bereikbaar op 0031 6 12 98 76 54.",
        [("telefoon", "0031 6 12 98 76 54")],
    ),
    (
        "Schrijf gerust naar ouders.zonder.regie@outlook.com, we zijn met een groep van twaalf "
        "gezinnen.",
        [("email", "ouders.zonder.regie@outlook.com")],
    ),
    (
        "De klachtenfunctionaris, j.hendriks@zorgaanbieder-oost.nl, heeft nooit gereageerd.",
        [("email", "j.hendriks@zorgaanbieder-oost.nl")],
    ),
    (
        "Mijn adres voor wie wil meedenken is tessa_1987@hotmail.com.",
        [("email", "tessa_1987@hotmail.com")],
    ),
    (
        "Op de uitdraai stond zijn burgerservicenummer 119392847, naast de diagnose.",
        [("bsn", "119392847")],
    ),
    (
        "De medewerker las hardop mijn BSN voor in de wachtkamer: 4587.24.154.",
        [("bsn", "4587.24.154")],
    ),
    (
        "Het BSN van mijn dochter, 265011012, stond in een mail die naar de verkeerde ouder ging.",
        [("bsn", "265011012")],
    ),
    (
        "Op het aanvraagformulier moest ik zijn BSN (941 836 769) drie keer invullen.",
        [("bsn", "941 836 769")],
    ),
    (
        "Onze ervaringen staan op www.leven-met-lotte.nl, met toestemming van haar zelf.",
        [("url", "www.leven-met-lotte.nl")],
    ),
    (
        "De petitie staat op https://petities.example.org/help-onze-bas, teken alstublieft.",
        [("url", "https://petities.example.org/help-onze-bas")],
    ),
    (
        "Lees ook het interview met mij op http://regiobode-noord.nl/nieuws/2024/mantelzorg.",
        [("url", "http://regiobode-noord.nl/nieuws/2024/mantelzorg")],
    ),
    (
        "Onze inzamelingsactie: doneeractie.nl/voor-femke. Elke euro helpt.",
        [("url", "doneeractie.nl/voor-femke")],
    ),
    (
        "Mijn buurman Kees Veldhuis is 81 en woont in Apeldoorn, drie hoog zonder lift.",
        [("naam", "Kees Veldhuis"), ("leeftijd", "81"), ("plaats", "Apeldoorn")],
    ),
    (
        "Mijn schoonzus Priya belde de huisarts in Den Bosch, die haar doorstuurde naar de SEH.",
        [("naam", "Priya"), ("plaats", "Den Bosch")],
    ),
    (
        "Sinds mijn moeder in Heerlen woont, zie ik haar alleen nog in het weekend.",
        [("plaats", "Heerlen")],
    ),
    (
        "Dokter Yilmaz in Vlaardingen was de enige die aan de familie dacht.",
        [("naam", "Yilmaz"), ("plaats", "Vlaardingen")],
    ),
    (
        "Mijn vader is 74, woont in Groningen en heeft sinds 12 januari geen hulp meer.",
        [("leeftijd", "74"), ("plaats", "Groningen"), ("datum", "12 januari")],
    ),
    (
        "Onze zoon van zeven wacht al negen maanden op een diagnose bij Karakter.",
        [("leeftijd", "zeven"), ("instelling", "Karakter")],
    ),
    # --- Several at once -------------------------------------------------------------------
    (
        "Mijn zoon Jesse (17) zit sinds 4 april in een gesloten groep van Levvel in "
        "Amsterdam. Onze jeugdbeschermer, mevrouw Prins, belt alleen als er iets mis is.",
        [
            ("naam", "Jesse"),
            ("leeftijd", "17"),
            ("datum", "4 april"),
            ("instelling", "Levvel"),
            ("plaats", "Amsterdam"),
            ("naam", "Prins"),
        ],
    ),
    (
        "In februari 2025 werd mijn moeder van de ene op de andere dag overgeplaatst naar "
        "Het Zonnehuis in Emmen. Haar nieuwe contactpersoon is bereikbaar op 0591-612345.",
        [
            ("datum", "februari 2025"),
            ("instelling", "Het Zonnehuis"),
            ("plaats", "Emmen"),
            ("telefoon", "0591-612345"),
        ],
    ),
    (
        "Onder kenmerk 2023/55102 kregen we het besluit van de gemeente Zwolle: geen "
        "vervoer meer voor mijn vader van 86.",
        [("nummer", "2023/55102"), ("plaats", "Zwolle"), ("leeftijd", "86")],
    ),
    (
        "Ik volg het account @beschermdwonenassen, en daar las ik dat Beschermd Wonen De Brug "
        "per 1 januari stopt.",
        [
            ("account", "@beschermdwonenassen"),
            ("instelling", "Beschermd Wonen De Brug"),
            ("datum", "1 januari"),
        ],
    ),
    (
        "Mijn dochter Eva werd in mei 2024 opgenomen bij GGz Centraal. Het zaaknummer van de "
        "machtiging is 2024-RM-00871.",
        [
            ("naam", "Eva"),
            ("datum", "mei 2024"),
            ("instelling", "GGz Centraal"),
            ("nummer", "2024-RM-00871"),
        ],
    ),
    (
        "Meneer Dijkstra (79) uit Drachten belde ons met de vraag of Buurtzorg ook 's avonds "
        "kon komen.",
        [
            ("naam", "Dijkstra"),
            ("leeftijd", "79"),
            ("plaats", "Drachten"),
            ("instelling", "Buurtzorg"),
        ],
    ),
    (
        "Bij Iriszorg in Arnhem kreeg mijn broer in oktober 2023 een kamer.",
        [("instelling", "Iriszorg"), ("plaats", "Arnhem"), ("datum", "oktober 2023")],
    ),
    # --- Clean texts: about the care system, nobody named ----------------------------------
    (
        "Het FACT-team kwam pas toen het al misging. Een vader die om hulp vraagt, wordt te "
        "vaak gezien als lastig.",
        [],
    ),
    (
        "Als dochter van een vader met een psychose weet ik hoe het is om niet gehoord te worden.",
        [],
    ),
    (
        "De jeugdzorg is versnipperd: elke gemeente regelt het anders, en de wijkteams hebben "
        "te weinig tijd.",
        [],
    ),
    (
        "Punt is dat niemand de regie nam. Dat is voor mij de kern van wat de paper beschrijft.",
        [],
    ),
    (
        "Dat is een punt dat ik mis in deze paper: wie betaalt de mantelzorger?",
        [],
    ),
    (
        "Jeugdzorg en Thuiszorg werken in onze regio nauwelijks samen, ook al komen ze bij "
        "dezelfde gezinnen.",
        [],
    ),
    (
        "Wijkteam, huisarts en school hadden allemaal een stukje van het verhaal, maar niemand "
        "zag het geheel.",
        [],
    ),
    (
        "Het FACT team en de POH-GGZ spraken elkaar tegen, en wij stonden ertussen.",
        [],
    ),
    (
        "Via de WMO kregen we een rolstoel, maar geen hulp bij het aanvragen ervan.",
        [],
    ),
    (
        "Een moeder van een kind met een beperking is geen zorgverlener, maar wordt wel zo "
        "behandeld.",
        [],
    ),
    (
        "De GGZ, de verslavingszorg en de maatschappelijke opvang kijken elk naar een ander "
        "stuk van dezelfde persoon.",
        [],
    ),
    (
        "Toen de wijkverpleging stopte, moest de familie alles zelf opvangen. Een zoon van een "
        "zieke ouder heeft ook een eigen leven.",
        [],
    ),
    (
        "Rust is wat cliënten het meest nodig hebben, en dat is precies wat een wachtlijst "
        "niet biedt.",
        [],
    ),
    (
        "Hoop houdt mensen overeind, maar hoop is geen behandelplan.",
        [],
    ),
    (
        "Beschermd wonen is bedoeld als tussenstap, maar voor veel mensen wordt het een "
        "eindstation.",
        [],
    ),
    (
        "Vertrouwen kost jaren om op te bouwen en één verkeerde overdracht om te verliezen.",
        [],
    ),
    (
        "De Jeugdzorg moet leren luisteren naar ouders, niet alleen naar protocollen.",
        [],
    ),
    (
        "Het ACT-team en de IHT-medewerkers deden hun best, maar het systeem werkte tegen hen.",
        [],
    ),
    (
        "In de wijkteams werken goede mensen, maar ze hebben elk meer dan zestig gezinnen.",
        [],
    ),
    (
        "Een pleegouder is geen hulpverlener en geen ouder; die positie vraagt om erkenning.",
        [],
    ),
    (
        "Samen beslissen klinkt mooi, maar in de praktijk beslist degene met het budget.",
        [],
    ),
    (
        "Een vader, een moeder en een kind: het gezin staat in deze paper centraal, en terecht.",
        [],
    ),
    (
        "De Thuiszorg kwam op vaste tijden, en dat gaf structuur aan de dag.",
        [],
    ),
    (
        "Als het FACT-team belt, weet je dat het ernstig is. Dat zou anders moeten.",
        [],
    ),
    (
        "Wonen, werk en zorg zijn drie loketten, terwijl het om één leven gaat.",
        [],
    ),
    (
        "Eén keer per maand een gesprek van een half uur is geen begeleiding.",
        [],
    ),
    (
        "Stilte na een melding voelt voor ouders als een oordeel.",
        [],
    ),
    (
        "De PGB-regels zijn zo ingewikkeld dat ouders een administratiekantoor nodig hebben.",
        [],
    ),
    (
        "De crisisdienst, de huisartsenpost en de politie: drie deuren, en achter geen van "
        "alle iemand die de hele situatie kent.",
        [],
    ),
    (
        "Zorg op afstand werkt niet voor iemand die de telefoon niet durft op te nemen.",
        [],
    ),
    (
        "Elke overgang, van jeugd naar volwassen, van kliniek naar thuis, is een punt waarop "
        "mensen uit beeld raken.",
        [],
    ),
]
