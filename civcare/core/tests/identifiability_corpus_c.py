"""Tuning texts for what the security review of the herleidbaarheidscheck (#28) found: a month
and a year, reference and case numbers, social-media accounts, care homes and organisations
by their name, "een" that is an article and not an age, and care words that are not names.

The patterns for the review were written against these (and identifiability_corpus*.py);
identifiability_heldout_review.py was written before them and never used to tune.
Every person, place of residence, account, number and address below is invented; the care
organisations are real ones, named as a reflection would name them.
Each case is a text and what a careful moderator would mark in it: (category, exact words).
"""

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # --- A month and a year; a day and a month ---------------------------------------------
    (
        "In april 2023 zegde de gemeente de begeleiding op, zonder gesprek.",
        [("datum", "april 2023")],
    ),
    (
        "We wachten al sinds september 2024 op een antwoord van het zorgkantoor.",
        [("datum", "september 2024")],
    ),
    (
        "Tussen juli '23 en januari '24 zagen we vijf verschillende behandelaars.",
        [("datum", "juli '23"), ("datum", "januari '24")],
    ),
    (
        "De indicatie liep af op 30 juni, maar de brief kwam pas op 2 augustus.",
        [("datum", "30 juni"), ("datum", "2 augustus")],
    ),
    (
        "Op maandag 9 december 2024 stond er ineens een onbekende begeleider voor de deur.",
        [("datum", "9 december 2024")],
    ),
    (
        "Per 1 maart ging de dagbesteding dicht; in oktober 2022 was dat al aangekondigd.",
        [("datum", "1 maart"), ("datum", "oktober 2022")],
    ),
    (
        "Het gesprek was op 14 nov. 2023 en duurde tien minuten.",
        [("datum", "14 nov. 2023")],
    ),
    (
        "In het voorjaar van 2021 begon het, en pas in de winter kwam er hulp.",
        [],
    ),
    (
        "Mei is voor ons altijd een zware maand, sinds de opname.",
        [],
    ),
    # --- Ages, and "een" that is only an article --------------------------------------------
    (
        "Ik ben een moeder van drie kinderen en werk zelf in de zorg.",
        [],
    ),
    (
        "Zij is een vrouw die alles zelf wil doen, en dat moet kunnen.",
        [],
    ),
    (
        "Als zoon van een moeder met dementie zie ik hoe weinig er voor mantelzorgers is.",
        [],
    ),
    (
        "Ons kleinkind van één jaar mocht niet mee op bezoek.",
        [("leeftijd", "één")],
    ),
    (
        "Toen ik een kind was, bestond het woord mantelzorg nog niet.",
        [],
    ),
    (
        "Een jongetje van een jaar werd drie keer overgeplaatst.",
        [("leeftijd", "een jaar")],
    ),
    (
        "Hij werd een vader voor de hele groep, al was hij pas twintig.",
        [("leeftijd", "twintig")],
    ),
    (
        "Mijn zoon van elf snapt meer van het systeem dan de meeste volwassenen.",
        [("leeftijd", "elf")],
    ),
    (
        "Het is een punt van zorg dat niemand de ouders iets vraagt.",
        [],
    ),
    # --- Care homes by their own name --------------------------------------------------------
    (
        "Hij woont bij Begeleid Wonen De Linde in Zutphen en heeft daar eindelijk rust.",
        [("instelling", "Begeleid Wonen De Linde"), ("plaats", "Zutphen")],
    ),
    (
        "Mijn tante verhuisde naar Het Anker, een kleine woonvorm aan de rand van het dorp.",
        [("instelling", "Het Anker")],
    ),
    (
        "Sinds de zomer woont mijn broer in De Regenboog, samen met zeven anderen.",
        [("instelling", "De Regenboog")],
    ),
    (
        "Onze dochter gaat drie dagen per week naar dagbesteding De Boomgaard.",
        [("instelling", "dagbesteding De Boomgaard")],
    ),
    (
        "Beschermd Wonen Het Kompas in Meppel sloot vorig jaar de deuren.",
        [("instelling", "Beschermd Wonen Het Kompas"), ("plaats", "Meppel")],
    ),
    (
        "Bij Het Rozenhuis kregen de bewoners eindelijk een vaste begeleider.",
        [("instelling", "Het Rozenhuis")],
    ),
    (
        "Hospice De Vlinder gaf mijn moeder een waardig afscheid.",
        [("instelling", "Hospice De Vlinder")],
    ),
    (
        "Het Sonnehuis was vol, dus ging hij naar een instelling ver weg.",
        [("instelling", "Het Sonnehuis")],
    ),
    (
        "Ze logeert eens per maand in logeerhuis De Vuurtoren, en dat geeft ons lucht.",
        [("instelling", "logeerhuis De Vuurtoren")],
    ),
    # --- Care organisations by their brand name ----------------------------------------------
    (
        "Ik werk als ervaringsdeskundige bij Lentis en zie hoe belangrijk familie is.",
        [("instelling", "Lentis")],
    ),
    (
        "Mijn zoon kreeg een plek bij GGZ Noord-Holland-Noord, ver van huis.",
        [("instelling", "GGZ Noord-Holland-Noord")],
    ),
    (
        "De wijkverpleging van Carinova kwam steeds op een ander tijdstip.",
        [("instelling", "Carinova")],
    ),
    (
        "Bij Fivoor zag ik voor het eerst een behandelaar die de familie uitnodigde.",
        [("instelling", "Fivoor")],
    ),
    (
        "Mijn broer woont bij Ipse de Bruggen, en de begeleiders wisselen vaak.",
        [("instelling", "Ipse de Bruggen")],
    ),
    (
        "De opvang van Kwintes was vol, dus sliep hij in zijn auto.",
        [("instelling", "Kwintes")],
    ),
    (
        "Via Novadic-Kentron kreeg hij eindelijk hulp bij zijn verslaving.",
        [("instelling", "Novadic-Kentron")],
    ),
    (
        "Ik meldde het bij Veilig Thuis, en daarna hoorde ik drie maanden niets.",
        [("instelling", "Veilig Thuis")],
    ),
    (
        "Het Leger des Heils bood een bed, maar geen begeleiding overdag.",
        [("instelling", "Leger des Heils")],
    ),
    (
        "Mijn moeder kreeg thuiszorg van Buurtzorg en later van Vivium.",
        [("instelling", "Buurtzorg"), ("instelling", "Vivium")],
    ),
    (
        "De William Schrikker Stichting begeleidde ons gezin na de uithuisplaatsing.",
        [("instelling", "William Schrikker Stichting")],
    ),
    (
        "Bij Jeugdbescherming Brabant had onze gezinsvoogd dertig gezinnen.",
        [("instelling", "Jeugdbescherming Brabant")],
    ),
    (
        "Mijn zus woont bij Siza, in een appartement met begeleiding op afroep.",
        [("instelling", "Siza")],
    ),
    (
        "Youké en Intermetzo hebben allebei een wachtlijst van maanden.",
        [("instelling", "Youké"), ("instelling", "Intermetzo")],
    ),
    (
        "De verslavingszorg van Verslavingszorg Noord Nederland is ver weg voor wie op een "
        "eiland woont.",
        [("instelling", "Verslavingszorg Noord Nederland")],
    ),
    # --- Reference and case numbers ---------------------------------------------------------
    (
        "In de beschikking met kenmerk 2023/00417 staat niets over de familie.",
        [("nummer", "2023/00417")],
    ),
    (
        "Het zaaknummer is C/05/412233 en de zitting was al twee keer uitgesteld.",
        [("nummer", "C/05/412233")],
    ),
    (
        "Onze klacht heeft referentie KL-2024-0098, en verder gebeurt er niets.",
        [("nummer", "KL-2024-0098")],
    ),
    (
        "Uw kenmerk: 88431; ons kenmerk: WZ/2022/118. Zo begon de brief.",
        [("nummer", "88431"), ("nummer", "WZ/2022/118")],
    ),
    (
        "Bij de helpdesk kreeg ik ticket #90210, en daarna werd ik nooit teruggebeld.",
        [("nummer", "#90210")],
    ),
    (
        "Mijn klantnummer bij het zorgkantoor, 55019284, moet ik elke keer opnieuw opgeven.",
        [("nummer", "55019284")],
    ),
    (
        "Het referentienummer 2024-PGB-3312 staat op elke brief van de SVB.",
        [("nummer", "2024-PGB-3312")],
    ),
    (
        "Het meldingsnummer was M-77120, dat weet ik nog precies.",
        [("nummer", "M-77120")],
    ),
    (
        "Noem bij het bellen altijd uw kenmerk, zei de medewerker, maar wij hadden er geen.",
        [],
    ),
    # --- Social-media accounts (never an e-mail address twice) -----------------------------
    (
        "Ik schrijf over ons leven als @mantelzorger_anne, vooral voor andere jonge mantelzorgers.",
        [("account", "@mantelzorger_anne")],
    ),
    (
        "Volg @papa.van.sem op Instagram als je wilt weten hoe het verder ging.",
        [("account", "@papa.van.sem")],
    ),
    (
        "Mijn dochter heeft een TikTok, @lotje2009, waar ze over haar opname vertelt.",
        [("account", "@lotje2009")],
    ),
    (
        "Mail gerust naar hulp.gezocht@ziggo.nl; op X ben ik @HulpGezocht.",
        [("email", "hulp.gezocht@ziggo.nl"), ("account", "@HulpGezocht")],
    ),
    (
        "Je vindt me op Mastodon als @rikje@social.example, niet op de andere platforms.",
        [("account", "@rikje@social.example")],
    ),
    (
        "Zet in je bericht een @ voor de naam van de organisatie, dan zien ze het.",
        [],
    ),
    # --- Care words and common words: not a name, not an institution ------------------------
    (
        "Het FACT-team kwam pas na drie weken, en toen was het al te laat.",
        [],
    ),
    (
        "Jeugdzorg werkt alleen als ouders ook gehoord worden.",
        [],
    ),
    (
        "Thuiszorg, wijkteam en huisarts weten elk iets anders over mijn moeder.",
        [],
    ),
    (
        "Punt blijft dat de zorg versnipperd is.",
        [],
    ),
    (
        "Rust en regelmaat zijn voor mijn zoon belangrijker dan welke therapie ook.",
        [],
    ),
    (
        "Hoop is geen strategie, zei de psychiater, maar zonder hoop geen herstel.",
        [],
    ),
    (
        "Geduld hebben we genoeg, tijd niet.",
        [],
    ),
    (
        "De WMO, de WLZ en de Jeugdwet: drie wetten, drie loketten.",
        [],
    ),
    (
        "Het ACT-team, de GGZ en de verslavingszorg zaten nooit samen aan tafel.",
        [],
    ),
    (
        "Wijkteams hebben te weinig mensen om ook nog te luisteren.",
        [],
    ),
    (
        "Een dochter van een alleenstaande vader valt snel tussen wal en schip.",
        [],
    ),
    (
        "Veilig thuis wonen is voor mijn moeder niet meer mogelijk.",
        [],
    ),
    # --- Second round: phone numbers as people write them -----------------------------------
    (
        "Mijn nummer is 06 - 31 42 53 64; bellen mag altijd.",
        [("telefoon", "06 - 31 42 53 64")],
    ),
    (
        "De afdeling heeft één nummer, (0511) 45 67 89, en daar neemt 's nachts niemand op.",
        [("telefoon", "(0511) 45 67 89")],
    ),
    (
        "Bel de praktijk op 0294 - 41 23 45 of mail de assistente.",
        [("telefoon", "0294 - 41 23 45")],
    ),
    (
        "Onze lotgenotenlijn: 0900-1122334, tien cent per minuut.",
        [("telefoon", "0900-1122334")],
    ),
    (
        "Ik ben te bereiken op 06.98.76.54.32, liefst 's avonds.",
        [("telefoon", "06.98.76.54.32")],
    ),
    (
        "Vanuit het buitenland: 0031 20 765 43 21.",
        [("telefoon", "0031 20 765 43 21")],
    ),
    (
        "Bel gerust +31 (0)6 11 22 33 44 als je iets wilt weten.",
        [("telefoon", "+31 (0)6 11 22 33 44")],
    ),
    (
        "Mijn nummer: 0687 654 321.",
        [("telefoon", "0687 654 321")],
    ),
    (
        "De meldlijn 088 - 44 55 667 is alleen op werkdagen open.",
        [("telefoon", "088 - 44 55 667")],
    ),
    (
        "De afspraak was op 01-03-2024 om 10.30 uur, en niemand kwam.",
        [("datum", "01-03-2024")],
    ),
    (
        "Het gesprek duurde van 09.00 tot 11.30 uur, zonder pauze.",
        [],
    ),
    # --- Second round: ages ---------------------------------------------------------------
    (
        "Op mijn veertiende werd ik uit huis geplaatst.",
        [("leeftijd", "veertiende")],
    ),
    (
        "Vanaf haar 16e woonde ze in een gezinshuis.",
        [("leeftijd", "16e")],
    ),
    (
        "Op zijn derde dag in de kliniek belde hij ons huilend op.",
        [],
    ),
    (
        "Mijn opa, 88 jaar oud, moest drie keer verhuizen in een jaar.",
        [("leeftijd", "88 jaar oud")],
    ),
    (
        "Mijn tante wordt in mei 80 en woont nog thuis.",
        [("leeftijd", "80")],
    ),
    (
        "Hij werd vorig jaar negentien en viel toen buiten de jeugdhulp.",
        [("leeftijd", "negentien")],
    ),
    (
        "Toen mijn broer 12 was, kwam hij voor het eerst in een pleeggezin.",
        [("leeftijd", "12")],
    ),
    (
        "Toen de begeleider 3 weken weg was, ging het mis.",
        [],
    ),
    (
        "Onze buurman van 85 kookt elke zondag voor de hele straat.",
        [("leeftijd", "85")],
    ),
    (
        "Mijn kleinzoons van zes en acht begrijpen niet waarom opa weg is.",
        [("leeftijd", "zes")],
    ),
    (
        "Een groep van 12 mensen deelt één huiskamer.",
        [],
    ),
    (
        "Mijn vader is zevenentachtig en wil geen hulp.",
        [("leeftijd", "zevenentachtig")],
    ),
    (
        "Oom Piet is drieëntachtig, en hij begrijpt de brieven niet meer.",
        [("naam", "Piet"), ("leeftijd", "drieëntachtig")],
    ),
    # --- Second round: numbers after what names them -----------------------------------------
    (
        "Het aanvraagnummer 2025-00981 zegt ons niets, maar de gemeente vraagt er steeds naar.",
        [("nummer", "2025-00981")],
    ),
    (
        "Mijn lidnummer bij de patiëntenvereniging, 44-1290, staat op elke nieuwsbrief.",
        [("nummer", "44-1290")],
    ),
    (
        "Onze zaak heeft nummer 7719-2024 bij de geschillencommissie.",
        [("nummer", "7719-2024")],
    ),
    (
        "Het contractnummer is ZV88123, dat moest ik overal invullen.",
        [("nummer", "ZV88123")],
    ),
    (
        "Uw kenmerk (graag vermelden): AB/2025/771.",
        [("nummer", "AB/2025/771")],
    ),
    (
        "Mijn telefoonnummer is 06-55443322, bel gerust.",
        [("telefoon", "06-55443322")],
    ),
    (
        "Het huisnummer klopte niet, dus de post kwam nooit aan.",
        [],
    ),
    # --- Second round: places ----------------------------------------------------------------
    (
        "In de wijk Lombok kennen de buren elkaar nog.",
        [("plaats", "Lombok")],
    ),
    (
        "Mijn zus woont in Amsterdam-Noord, ver van de kliniek.",
        [("plaats", "Amsterdam-Noord")],
    ),
    (
        "Hij woont in Ter Aar en heeft geen auto.",
        [("plaats", "Ter Aar")],
    ),
]
