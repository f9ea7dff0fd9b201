"""A third held-out set (#28), written after the first round of tuning for the review and
before the second: what the first measurement on identifiability_heldout_review.py left
under 95 % (ages, phone numbers, reference numbers, places), with some of everything else
and texts that name nobody. Never used to tune.

Every person, place of residence, account, number and address below is invented; the care
organisations are real ones, named as a reflection would name them.
Each case is a text and what a careful moderator would mark in it: (category, exact words).
"""

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # --- Phone numbers ---------------------------------------------------------------------
    (
        "Wie wil praten kan mij bellen op 06 - 24 68 13 57, liefst na het avondeten.",
        [("telefoon", "06 - 24 68 13 57")],
    ),
    (
        "Het crisisnummer van de regio, 088-3572000, werd na tien uur 's avonds niet meer "
        "opgenomen.",
        [("telefoon", "088-3572000")],
    ),
    (
        "Mijn broer had alleen het nummer (038) 456 78 90 van de afdeling, en daar nam niemand op.",
        [("telefoon", "(038) 456 78 90")],
    ),
    (
        "Je kunt ons lotgenotencontact bereiken via 0612 345 678.",
        [("telefoon", "0612 345 678")],
    ),
    (
        "Onze casemanager gaf haar privénummer: 0031-6-87654321. Dat zou niet moeten hoeven.",
        [("telefoon", "0031-6-87654321")],
    ),
    (
        "De nachtdienst is bereikbaar op 071 - 523 40 00, maar dan krijg je een bandje.",
        [("telefoon", "071 - 523 40 00")],
    ),
    (
        "Bel gerust: 06.12.34.56.78. Ik neem op als ik kan.",
        [("telefoon", "06.12.34.56.78")],
    ),
    (
        "Mijn moeder belde elke ochtend naar 0513 62 11 84, het nummer van de huisartsenpraktijk.",
        [("telefoon", "0513 62 11 84")],
    ),
    (
        "Het nummer van de wijkverpleging, +31 (0)20 555 1234, stond op een briefje bij de "
        "telefoon.",
        [("telefoon", "+31 (0)20 555 1234")],
    ),
    (
        "Ik ben bereikbaar op 0647382910 voor andere ouders in deze situatie.",
        [("telefoon", "0647382910")],
    ),
    (
        "Het algemene nummer, 030 - 2 345 678, leidt naar een keuzemenu van zes opties.",
        [("telefoon", "030 - 2 345 678")],
    ),
    (
        "Zijn begeleider was bereikbaar op 06-1234 5678, maar alleen op werkdagen.",
        [("telefoon", "06-1234 5678")],
    ),
    # --- Ages ------------------------------------------------------------------------------
    (
        "Mijn moeder is tweeënnegentig en wil niet naar een verpleeghuis.",
        [("leeftijd", "tweeënnegentig")],
    ),
    (
        "Op haar zestiende werd ze voor het eerst opgenomen, en sindsdien is ze nooit meer echt "
        "thuis geweest.",
        [("leeftijd", "zestiende")],
    ),
    (
        "Een jongen van dertien hoort niet in een isoleercel.",
        [("leeftijd", "dertien")],
    ),
    (
        "Mijn vader, 81 jaar oud, moest zelf een formulier van twaalf pagina's invullen.",
        [("leeftijd", "81 jaar oud")],
    ),
    (
        "Ons zoontje van vier kreeg een wachttijd van een jaar voor de diagnostiek.",
        [("leeftijd", "vier")],
    ),
    (
        "Toen mijn zus 14 was, begon het met niet meer eten.",
        [("leeftijd", "14")],
    ),
    (
        "Hij is inmiddels 67 jaar en heeft nog nooit zelfstandig gewoond.",
        [("leeftijd", "67 jaar")],
    ),
    (
        "Onze dochter werd vorige week achttien, en daarmee stopte de jeugdhulp.",
        [("leeftijd", "achttien")],
    ),
    (
        "Mijn buurvrouw van 93 woont nog alleen, dankzij de buurt.",
        [("leeftijd", "93")],
    ),
    (
        "Sinds zijn twaalfde woont hij in een leefgroep.",
        [("leeftijd", "twaalfde")],
    ),
    (
        "Mijn oma (101) is de oudste bewoner van het huis.",
        [("leeftijd", "101")],
    ),
    (
        "Ze was pas vijftien toen de jeugdbescherming betrokken raakte.",
        [("leeftijd", "vijftien")],
    ),
    (
        "Een 17-jarige die uit huis wordt geplaatst, verliest vaak ook school en vrienden.",
        [("leeftijd", "17-jarige")],
    ),
    (
        "Mijn tweelingbroers van negen zitten op twee verschillende scholen, omdat er geen plek "
        "was.",
        [("leeftijd", "negen")],
    ),
    (
        "Mijn schoonmoeder wordt volgende maand 90 en woont nog steeds zelfstandig.",
        [("leeftijd", "90")],
    ),
    # --- Reference and case numbers -------------------------------------------------------
    (
        "Onze aanvraag heeft nummer 2025-004417 en ligt al vier maanden stil.",
        [("nummer", "2025-004417")],
    ),
    (
        "Zaaknummer: 10/123456-78. Meer informatie kregen we niet.",
        [("nummer", "10/123456-78")],
    ),
    (
        "De klacht is bekend onder dossiernummer KL/2024/0371.",
        [("nummer", "KL/2024/0371")],
    ),
    (
        "In het systeem sta ik als cliënt 20398871, niet als mens.",
        [("nummer", "20398871")],
    ),
    (
        "Onder referentienummer 7734-BZ-2025 werd ons bezwaar geregistreerd.",
        [("nummer", "7734-BZ-2025")],
    ),
    (
        "Kenmerk 2024.11.0087 staat bovenaan elke brief die we van hen krijgen.",
        [("nummer", "2024.11.0087")],
    ),
    (
        "Mijn melding bij de klachtencommissie heeft nummer #2291.",
        [("nummer", "#2291")],
    ),
    (
        "Het ticketnummer is INC0012345, en de status is al weken 'in behandeling'.",
        [("nummer", "INC0012345")],
    ),
    (
        "Ons kenmerk (zo schrijven ze): 2023-JB-5512.",
        [("nummer", "2023-JB-5512")],
    ),
    (
        "Zijn patiëntnummer 3301274 stond op de polsband en op elke uitdraai.",
        [("nummer", "3301274")],
    ),
    (
        "Bij het CAK is het relatienummer 880215563 het enige wat telt.",
        [("nummer", "880215563")],
    ),
    # --- Places ---------------------------------------------------------------------------
    (
        "Wij wonen in Ter Apel, en elke afspraak betekent een uur in de auto.",
        [("plaats", "Ter Apel")],
    ),
    (
        "Hij woont aan de Kerkweg 8 in Oosterhout, boven een bakkerij.",
        [("plaats", "Kerkweg 8"), ("plaats", "Oosterhout")],
    ),
    (
        "In Rotterdam-Zuid zijn de wachtlijsten langer dan waar ook in de stad.",
        [("plaats", "Rotterdam-Zuid")],
    ),
    (
        "Mijn moeder woont in een aanleunwoning in Hengelo en mist haar oude buurt.",
        [("plaats", "Hengelo")],
    ),
    (
        "We zijn verhuisd van Delfzijl naar Zwolle, omdat daar wel een plek was.",
        [("plaats", "Delfzijl"), ("plaats", "Zwolle")],
    ),
    (
        "In de wijk Overvecht kent iedereen iedereen, ook de hulpverleners.",
        [("plaats", "Overvecht")],
    ),
    (
        "Mijn zus woont aan het Stationsplein, drie hoog zonder lift.",
        [("plaats", "Stationsplein")],
    ),
    (
        "Opgegroeid in Kerkrade, nu alleen in een flat in Maastricht.",
        [("plaats", "Kerkrade"), ("plaats", "Maastricht")],
    ),
    (
        "De enige crisisplek was in Den Helder, twee uur rijden van ons huis.",
        [("plaats", "Den Helder")],
    ),
    # --- Some of everything else -------------------------------------------------------------
    (
        "Mijn zoon Ruben wacht sinds juni 2024 op een plek bij Pluryn.",
        [("naam", "Ruben"), ("datum", "juni 2024"), ("instelling", "Pluryn")],
    ),
    (
        "Volg gerust @oudersvanjongvolwassenen, daar delen we ervaringen.",
        [("account", "@oudersvanjongvolwassenen")],
    ),
    (
        "Mevrouw Smit van het zorgkantoor mailde vanaf m.smit@zorgkantoor-voorbeeld.nl.",
        [("naam", "Smit"), ("email", "m.smit@zorgkantoor-voorbeeld.nl")],
    ),
    (
        "Bij Abrona in Huis ter Heide kreeg mijn broer op 2 februari eindelijk een kamer.",
        [("instelling", "Abrona"), ("plaats", "Huis ter Heide"), ("datum", "2 februari")],
    ),
    # --- Texts that name nobody ----------------------------------------------------------
    (
        "Een vader die elke week belt, is geen lastige vader maar een betrokken vader.",
        [],
    ),
    (
        "Het FACT-team, de huisarts en de wijkagent werken allemaal met een eigen dossier.",
        [],
    ),
    (
        "Twee keer per jaar een evaluatie van een uur is te weinig voor een heel leven.",
        [],
    ),
    (
        "Zorg begint bij luisteren, en dat kost tijd die niemand betaalt.",
        [],
    ),
    (
        "De jeugdzorg en de volwassenenzorg spreken een andere taal.",
        [],
    ),
    (
        "Een punt van kritiek: de paper noemt de mantelzorger, maar niet de broers en zussen.",
        [],
    ),
    (
        "Drie maanden wachten op een eerste gesprek is voor een gezin in crisis een eeuwigheid.",
        [],
    ),
    (
        "Elke overdracht kost informatie; elke nieuwe hulpverlener begint bij nul.",
        [],
    ),
    (
        "Wijkteams zouden meer tijd moeten krijgen voor gezinnen met meerdere problemen.",
        [],
    ),
    (
        "Ik ben een van de vele ouders die dit herkennen.",
        [],
    ),
    (
        "Eén gesprek met iemand die echt luistert, doet meer dan tien formulieren.",
        [],
    ),
    (
        "Thuiszorg en mantelzorg vullen elkaar aan, maar alleen als ze van elkaar weten.",
        [],
    ),
]
