"""Held-out set for the reading-by-meaning features: Dutch public reflections on the
SHPP003 papers, written and coded by hand for testing the theme suggestions and the campaign
detection. Written apart from the tuning set (semantic_tuning.py); never tune on it.

THEMES maps a theme code to a short Dutch name. Each entry of REFLECTIONS has an id (h001...),
the text, its themes (main theme first; about 15% carry a second theme), the campaign it
belongs to (None for individually written texts) and the writer's perspective.

Within a theme the texts say the same thing in other words, registers and perspectives, so
that shared words do not give the theme away. Campaigns are mass mail: c1 (45 variants, a
patient platform's letter on waiting), c2 (12, a carers' collective), c3 (6, a union); the
variants are small edits of one base letter (place names, Ik/Wij, typos, a personal line
added, sentences dropped or swapped). Some texts with campaign None share a campaign's theme
and some of its words but were written individually: they must not be grouped with it.
All people are fictional.
"""

THEMES: dict[str, str] = {
    "wachttijd": "Wachttijden en toegang",
    "regie": "Regie en zeggenschap van de cliënt",
    "netwerk": "Naasten en sociaal netwerk",
    "mantelzorg": "Belasting van mantelzorgers",
    "samenwerking": "Samenwerking tussen instanties",
    "privacy": "Privacy en dossiervorming",
    "digitaal": "Digitale zorg en schermcontact",
    "kosten": "Kosten en financiering van zorg",
    "werkdruk": "Werkdruk en ruimte van professionals",
    "rechtspositie": "Wet- en regelgeving en rechtsbescherming",
}

REFLECTIONS: list[dict] = [
    {
        "id": "h001",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Mijn dochter staat "
            "al maanden op een wachtlijst voor specialistische ggz in Utrecht. Wachten is geen "
            "neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte maken "
            "voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in "
            "versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat "
            "iedereen in die tijd een vast aanspreekpunt krijgt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h002",
        "text": (
            "Een chatbot die om drie uur 's nachts antwoordt, is geen vervanging voor een mens "
            "die om drie uur 's nachts opneemt."
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h003",
        "text": (
            "We hebben een klacht ingediend en kregen na vier maanden bericht dat die "
            "'gedeeltelijk gegrond' was. Daarna veranderde er niks."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h004",
        "text": (
            "De dure zorg zit meestal aan het eind van een traject dat te laat begon. Als we "
            "het geld eerder in het gesprek steken, zijn we achteraf veel goedkoper uit."
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h005",
        "text": (
            "Wij zijn mantelzorgers en dragen elke dag een groot deel van de zorg thuis. In "
            "het positionpaper worden wij genoemd als onderdeel van het netwerk, maar niet als "
            "mensen die zelf ook grenzen hebben. Wij vragen om een recht op respijtzorg, één "
            "vast contact persoon bij de gemeente en een vaste plek voor onze kennis in elk "
            "overleg. Namens Mantelzorgcollectief De Schakel, afdeling Hengelo."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h006",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden,\n\nIk reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al maanden op een wachtlijst "
            "voor specialistische ggz in Almere. Het paper wil ruimte maken voor herstel, maar "
            "wie wacht, krijgt helemal geen ruimte. Wachten is geen neutrale pauze: in die "
            "tijd verergeren de klachten. Ik vraag u daarom in versie 1.0 op te nemen dat meer "
            "dan vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt.\n\nMet vriendelijke groet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h007",
        "text": (
            "Blended behandeling laat goede resultaten zien bij mensen met een stabiele "
            "thuissituatie en voldoende digitale vaardigheden. Voor anderen vergroot ze juist "
            "de ongelijkheid."
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h008",
        "text": (
            "Ik reageer op het concept-positiepaper over vastgelopen zorg. Mijn zoon staat al "
            "ruim een half jaar op een wachtlijst voor specialistische ggz in Arnhem. Wachten "
            "is geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte "
            "maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u "
            "daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h009",
        "text": (
            "Het paper stelt dat juridisering de impasse verdiept. Dat is herkenbaar, maar "
            "voor sommige mensen is de rechter de enige plek waar ze serieus worden genomen. "
            "Een voorfase van herstel mag de weg daarheen niet blokkeren."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h010",
        "text": (
            "Geachte heer, mevrouw,\n\nIk reageer op het concept-positionpaper over "
            "vastgelopen zorg. Ik sta al maanden op een wachtlijst voor specialistische GGZ. "
            "Wachten is geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil "
            "ruimte maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag "
            "u daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Namens "
            "Patiëntenplatform Open Deur. Alstublieft, doe hier iets mee.\n\nGroet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h011",
        "text": (
            "Een wettelijke termijn voor het begin van behandeling ontbreekt in de ggz; de "
            "Treeknormen zijn streefwaarden zonder afdwingbaar recht. Het paper zou kunnen "
            "benoemen wat dat betekent voor wie in de tussentijd nergens terechtkan."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h012",
        "text": (
            "Ik ben mantelzorger en draag elke dag een groot deel van de zorg thuis. In het "
            "positionpaper worden mantelzorgers genoemd als onderdeel van het netwerk, maar "
            "niet als mensen die zelf ook grenzen hebben. Ik vraag om een recht op "
            "respijtzorg, één vast contactpersoon bij de gemeente en een vaste plek voor onze "
            "kennis in elk overleg. Zonder ons valt de zorg om, maar met ons wordt nauwelijks "
            "rekening gehouden."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h013",
        "text": "Een dossier is geen mens, maar wordt wel zo behandeld.",
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h014",
        "text": (
            "Privacy wordt te snel gebruikt als reden om de broer of dochter niet te "
            "informeren. Er kan vaak veel meer gedeeld worden als je het gewoon aan de cliënt "
            "zelf vraagt."
        ),
        "themes": ["netwerk", "privacy"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h015",
        "text": (
            "Ik ben lid van de bond en snap de brief over administratieve last, maar halveren "
            "is een slogan. Voor mij zit het probleem eerder in de angst om van het protocol "
            "af te wijken dan in het aantal formulieren."
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h016",
        "text": (
            "We hebben al twee keer de crisisdienst moeten bellen. Ik reageer op het "
            "concept-positionpaper over vastgelopen zorg. Mijn broer staat al maanden op een "
            "wachtlijst voor specialistische ggz. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, "
            "krijgt helemaal geen ruimte. Ik vraag u daarom, in versie 1.0 op te nemen dat "
            "meer dan vier weken wachten onaanvaarbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Namens Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h017",
        "text": (
            "Ik moest een half jaar wachten voordat iemand echt naar me keek. In die tijd ging "
            "het alleen maar slechter met me."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h018",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Ik sta al acht "
            "maanden op een wachtlijst voor specialistische ggz in Hoorn. Wachten is geen "
            "neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte maken "
            "voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in "
            "versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat "
            "iedereen in die tijd een vast aanspreekpunt krijgt. Namens Patiëntenplatform Open "
            "Deur. Ik ben benieuwd naar versie 1.0."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h019",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Mijn vrouw staat "
            "al sinds maart op een wachtlijst voor specialistische ggz. Wachten is geen "
            "neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte maken "
            "voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in "
            "versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat "
            "iedereen in die tijd een vast aanspreekpunt krijgt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h020",
        "text": (
            "Ik kreeg een brief met een besluit en zes weken om bezwaar te maken. Ik begreep "
            "de helft niet en niemand kon het me uitleggen."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h021",
        "text": (
            "De maatschappelijke kosten van uitgestelde hulp, zoals uitval uit werk en "
            "schulden, worden zelden meegerekend als er op preventie wordt bezuinigd."
        ),
        "themes": ["kosten", "wachttijd"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h022",
        "text": (
            "In tuchtzaken zie ik dat professionals worden beoordeeld op hun verslaglegging, "
            "niet op de kwaliteit van hun contact met de cliënt. Geen wonder dat de energie "
            "daarheen gaat."
        ),
        "themes": ["werkdruk", "rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h023",
        "text": (
            "Ik heb nooit gekozen wat er over mij in het dossier kwam, en ik mag het ook niet "
            "aanpassen. Dat verhaal over mij leidt een eigen leven terwijl ik er niks over te "
            "zeggen heb."
        ),
        "themes": ["regie", "privacy"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h024",
        "text": (
            "Mijn moeder is 81 en heeft geen smartphone. Alle afspraken komen via een portaal, "
            "dus ik moet alles voor haar doen."
        ),
        "themes": ["digitaal", "mantelzorg"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h025",
        "text": (
            "Geachte heer, mevrouw,\n\nIk heb inmiddels mijn baan verloren. Ik reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al sinds maart op een "
            "wachtlijst voor specialistische GGZ. Het paper wil ruimte maken voor herstel, "
            "maar wie wacht, krijgt helemaal geen ruimte. Wachten is geen neutrale pauze: in "
            "die tijd verergeren de klachten. Ik vraag u daarom in versie 1.0 op te nemen dat "
            "meer dan vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een "
            "vast aanspreekpunt krijgt.\n\nMet vriendelijke groet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h026",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden,\n\nHet gaat thuis eigenlijk niet "
            "meer. Ik reageer op het concept-positionpaper over vastgelopen zorg. Mijn dochter "
            "staat al maanden op een wachtlijst voor specialistische ggz. Het paper wil ruimte "
            "maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Wachten is geen "
            "neutrale pauze: in die tijd verergeren de klachten. Ik vraag u daarom in versie "
            "1.0 op te nemen dat meer dan zes weken wachten onaanvaardbaar is en dat iedereen "
            "in die tijd een vast aanspreekpunt krijgt. Namens Patiëntenplatform Open "
            "Deur.\n\nMet vriendelijke groet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h027",
        "text": (
            "Er gaat te veel geld naar bureaus, managers en adviseurs, en te weinig naar de "
            "mensen die daadwerkelijk naast iemand zitten."
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h028",
        "text": (
            "Technologie wordt vaak gepresenteerd als antwoord op het personeelstekort. Als "
            "beleidsmaker moet ik eerlijk zeggen dat we nog weinig weten over wat het doet met "
            "de relatie tussen cliënt en hulpverlener."
        ),
        "themes": ["digitaal", "werkdruk"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h029",
        "text": (
            "Wij zien steeds vaker dat de partner thuis uitvalt voordat de patiënt herstelt. "
            "Dan hebben we ineens twee hulpvragen in plaats van één."
        ),
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h030",
        "text": "Zonder mijn zus was ik er niet meer geweest.",
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h031",
        "text": (
            "Vanuit de gemeente wil ik eerlijk zijn over een spanning die in het paper niet "
            "genoemd wordt. Wij willen mensen ruimte geven, tijdelijke maatregelen echt "
            "tijdelijk houden en het netwerk betrekken. Tegelijk moeten wij elk jaar een "
            "begroting sluiten die niet meegroeit met de vraag. Dat betekent kortere "
            "indicaties, vaker 'nee' zeggen en aanbieders selecteren op prijs. Het gevolg is "
            "precies wat het paper beschrijft: herhaling zonder voortgang, meer "
            "bezwaarschriften, meer overleg. Het kaderdocument wordt sterker als het benoemt "
            "dat financiële schaarste een van de oorzaken van vastgelopen zorg is, en als het "
            "voorstellen doet voor hoe je daar binnen een begroting verstandiger mee omgaat. "
            "Herstel kost in het begin geld en levert later iets op, maar een begroting kent "
            "geen later."
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h032",
        "text": "Zorg voor de zorg, anders is er straks niemand meer.",
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h033",
        "text": (
            "Als zorgmedewerkers steunen wij de uitgangspunten van dit paper. Maar "
            "herstelgericht werken vraagt tijd, en die tijd krijgen we niet. Een derde van "
            "onze werkweek gaat op aan registratie en verantwoordng. Wij vragen de Kamer om in "
            "versie 1.0 op te nemen dat professionals mogen afwijken van protocollen als dat "
            "in het belang van de cliënt is, en dat de administratieve last wordt gehalveerd. "
            "Deze reactie is opgesteld door Bond Zorgwerkers Verenigd."
        ),
        "themes": ["werkdruk"],
        "campaign": "c3",
        "perspective": "professional",
    },
    {
        "id": "h034",
        "text": (
            "Mijn beste vriend mocht niet mee naar de gesprekken omdat hij 'geen familie' is. "
            "Hij kent me beter dan mijn familie."
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h035",
        "text": (
            "Beste opstellers van het paper,\n\nWij zijn mantelzorgers en dragen elke dag een "
            "groot deel van de zorg thuis. In het positionpaper worden wij genoemd als "
            "onderdeel van het netwerk, maar niet als mensen die zelf ook grenzen hebben. Wij "
            "vragen om een recht op respijtzorg, één vast contactpersoon bij de gemeente en "
            "een vaste plek voor onze kennis in elk overleg. Namens Mantelzorgcollectief De "
            "Schakel."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h036",
        "text": "Hulp die pas na maanden komt, komt vaak te laat.",
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h037",
        "text": (
            "Voor mijn reizen naar de kliniek krijg ik niks vergoed. Drie keer per week, "
            "twintig euro per keer. Dat kan ik eigenlijk niet opbrengen."
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h038",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden,\n\nIk reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al maanden op een wachtlijst "
            "voor specialistische GGZ in Emmen. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, "
            "krijgt helemaal geen ruimte. Ik vraag u daarom in versie 1.0 op te nemen dat meer "
            "dan vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt.\n\nMet vriendelijke groeten,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h039",
        "text": (
            "Wij zijn mantelzorgers en dragen elke dag een groot deel van de zorg thuis. In "
            "het positionpaper worden wij genoemd als onderdeel van het netwerk, maar niet als "
            "mensen die zelf ook grenzen hebben. Wij vragen om een recht op respijtzorg, één "
            "vast contact persoon bij de gemeente en een vaste plek voor onze kennis in elk "
            "overleg. Zonder ons valt de zorg om, maar met ons wordt nauwelijks rekening "
            "gehouden."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h040",
        "text": (
            "Bij de gemeente zien we dat de doorlooptijd tussen aanmelding en eerste gesprek "
            "in twee jaar is verdubbeld. Dat vraagt om andere afspraken met aanbieders, niet "
            "om meer formulieren."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h041",
        "text": (
            "Geachte heer, mevrouw,\n\nWij reageren op het concept-positionpaper over "
            "vastgelopen zorg. Onze dochter staat al maanden op een wachtlijst voor "
            "specialistische ggz in Kampen. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Wij vragen u daarom in versie 1.0 op te nemen dat meer "
            "dan vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Namens Patiëntenplatform Open Deur.\n\nMet vriendelijke "
            "groet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h042",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Veel van mijn "
            "patiënten staan al maanden op een wachtlijst voor specialistische GGZ in Kampen. "
            "Wachten is geen neutrale pauze: in die tijd verergeren de klachten. Ik vraag u "
            "daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Namens "
            "Patiëntenplatform Open Deur. Ik hoop dat u dit overneemt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "professional",
    },
    {
        "id": "h043",
        "text": (
            "Overbelasting van wie thuis de zorg draagt is een van de sterkste voorspellers "
            "van opname van de zorgvrager. Investeren in die persoon is dus ook investeren in "
            "herstel."
        ),
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h044",
        "text": (
            "Beste Kamer van Sociale Waarden,\n\nIk reageer of het concept-positionpaper over "
            "vastgelopen zorg. Ik sta al sinds maart op een wachtlijst voor specialistische "
            "ggz in Hengelo. Wachten is geen neutrale pauze: in die tijd verergeren de "
            "klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, krijgt "
            "helemaal geen ruimte. Ik vraag u daarom in versie 1.0 op te nemen dat meer dan "
            "vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Namens Patiëntenplatform Open Deur.\n\nMet vriendelijke "
            "groet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h045",
        "text": (
            "De schotten tussen Wmo, Zvw en Wlz zorgen ervoor dat organisaties vooral bezig "
            "zijn met de vraag wie betaalt. Het gesprek over wat iemand nodig heeft komt pas "
            "daarna."
        ),
        "themes": ["samenwerking", "kosten"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h046",
        "text": (
            "Zes instanties, zes dossiers, zes keer hetzelfde verhaal vertellen. En niemand "
            "die het geheel overziet."
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h047",
        "text": (
            "ik wil zelf kunnen kiezen met wie ik praat en wanneer. nu wordt alles voor me "
            "ingepland en moet ik maar blij zijn dat er iets is"
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h048",
        "text": (
            "In ons onderzoek naar vastgelopen trajecten kwam in bijna elke casus een moment "
            "voor waarop twee organisaties allebei wachtten tot de ander het initiatief nam."
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h049",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Ik sta al ruim een "
            "half jaar op een wachtlijst voor specialistische GGZ. Het paper wil ruimte maken "
            "voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Wachten is geen "
            "neutrale pauze: in die tijd verergeren de klachten. Ik vraag u daarom in versie "
            "1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat iedereen "
            "in die tijd een vast aanspreekpunt krijgt. Dank voor het lezen."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h050",
        "text": (
            "Familieleden worden bij ons vaak pas uitgenodigd als er al iets misgegaan is. Dan "
            "komen ze binnen met wantrouwen, en wij eerlijk gezegd ook."
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h051",
        "text": (
            "De instroom stagneert door capaciteitstekort; aanmeldingen blijven maanden in de "
            "pijplijn hangen en de urgentie neemt in die periode alleen maar toe."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h052",
        "text": (
            "Ik heb de brief van het patiëntenplatform ook gekregen, maar schrijf liever zelf. "
            "Mijn broer raakte in de maanden van wachten inderdaad zijn werk kwijt. Wat hem "
            "overeind hield was geen norm, maar een buurman die elke week een bak koffie kwam "
            "drinken."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h053",
        "text": (
            "Geachte heer, mevrouw, Onze zoon zit sinds februari thuis en we weten het niet "
            "meer. Wij reageren op het concept-positionpaper over vastgelopen zorg. Onze zoon "
            "staat al meer dan een jaar op een wachtlijst voor specialistische ggz in "
            "Apeldoorn. Wachten is geen neutrale pauze: in die tijd verergeren de klachten. "
            "Het paper wil ruimte maken voor herstel, maar wie wacht, krijgt helemaal geen "
            "ruimte. Wij vragen u daarom in versie 1.0 op te nemen dat meer dan vier weken "
            "wachten onaanvaardbaar is en dat iedereen in die tijd een vast aanspreekpunt "
            "krijgt. Namens Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h054",
        "text": (
            "Geachte heer, mevrouw,\n\nGraag had ik dit in eigen woorden geschreven, maar daar "
            "heb ik nu de energie niet voor. Ik reageer op het concept-positionpaper over "
            "vastgelopen zorg. Ik sta al maanden op een wachtlijst voor specialistische ggz. "
            "Wachten is geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil "
            "ruimte maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag "
            "u daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. PS: ik heb de tekst "
            "van het platform overgenomen omdat ik het zelf niet beter kan zeggen.\n\nMet "
            "vriendelijke groet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h055",
        "text": (
            "Er staat iets in mijn dossier dat ik in een slechte week heb gezegd. Vijf jaar "
            "later leest elke nieuwe hulpverlener dat als eerste."
        ),
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h056",
        "text": "Ik wil geen gelijk, ik wil gewoon gehoord worden.",
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h057",
        "text": "Een app vraagt niet hoe het echt gaat.",
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h058",
        "text": (
            "Ik sta zelf ook op een wachtlijst, maar vier weken als harde norm vind ik niet "
            "realistisch. Liever eerlijk over hoe lang het duurt en wat ik in de tussentijd "
            "zelf kan doen."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h059",
        "text": (
            "die advocaat zag ik pas op de dag van de zitting. vijf minuten op de gang. daarna "
            "zat ik drie maanden vast"
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h060",
        "text": (
            "In het overleg over mijn behandeling werd over mij gepraat alsof ik er niet bij "
            "zat. Ik zat er wel bij."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h061",
        "text": (
            "Door de bezuinigingen op onze afdeling zijn twee vacatures niet opnieuw ingevuld. "
            "We doen hetzelfde werk met minder mensen en de declaratie-eisen zijn alleen maar "
            "gegroeid."
        ),
        "themes": ["kosten", "werkdruk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h062",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden, Ik reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al ruim een half jaar op een "
            "wachtlijst voor specialistische ggz. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, "
            "krijgt helemaal geen ruimte. Ik vraag u daarom in versie 1.0 op te nemen dat meer "
            "dan vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Ik steun de oproep van Patiëntenplatform Open Deur. Dank "
            "voor het lezen."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h063",
        "text": "Wie zorgt er voor degene die zorgt?",
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h064",
        "text": (
            "Tijdens een crisis kreeg ik een sms met een link naar een vragenlijst. Vijftig "
            "vragen, terwijl ik alleen wilde dat iemand belde."
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h065",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden, Ik reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al acht maanden op een "
            "wachtlijst voor specialistische ggz in Arnhem. Wachten is geen neutrale pauze: in "
            "die tijd verergeren de klachten. Het paper wil ruimte maken voor herstel, maar "
            "wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in versie 1.0 op te "
            "nemen dat meer dan vier weken wachten onaanvaardbaar is en dat iedereen in die "
            "tijd een vast aanspreekpunt krijgt. Ik steun de oproep van Patiëntenplatform Open "
            "Deur. Ik hoop dat u dit serieus neemt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h066",
        "text": "Ik ben zelf ook op. Dat staat nergens.",
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h067",
        "text": (
            "als dochter ben ik ineens ook verpleegster, administrateur en chauffeur geworden. "
            "mijn eigen gezin schiet erbij in en mijn baas begint te morren"
        ),
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h068",
        "text": (
            "Als advocaat in het gezondheidsrecht lees ik dit paper met sympathie en met enige "
            "zorg. Sympathie, omdat ik dagelijks zie hoe procedures de verhoudingen verharden: "
            "wie bezwaar maakt, wordt in het dossier al snel 'de cliënt die procedeert', en de "
            "instelling gaat zich verdedigen in plaats van luisteren. Zorg, omdat een voorfase "
            "van herstel in de verkeerde handen een reden kan worden om termijnen te laten "
            "verlopen. Wie zes weken heeft om bezwaar te maken en drie daarvan in een "
            "herstelgesprek zit, loopt het risico zijn rechtsmiddel kwijt te raken. Ik lees in "
            "versie 1.0 graag dat de herstelfase termijnen opschort of dat partijen dat "
            "uitdrukkelijk afspreken, en dat de betrokkene op elk moment kan kiezen voor de "
            "formele weg zonder dat hem dat wordt aangerekend."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h069",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Ik sta al maanden "
            "op een wachtlijts voor specialistische ggz in Nijmegen. Wachten is geen neutrale "
            "pauze: in die tijd verergeren de klachten. Het paper wil ruimte maken voor "
            "herstel, maar wie wacht, krijgt helemal geen ruimte. Ik vraag u daarom in versie "
            "1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat iedereen "
            "in die tijd een vast aanspreekpunt krijgt. Alstublieft, doe hier iets mee."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h070",
        "text": (
            "Toen mijn zoon van de kliniek naar beschermd wonen ging, wist de nieuwe "
            "begeleider niet eens welke medicijnen hij slikte. Ik heb de lijst zelf maar "
            "gebracht."
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h071",
        "text": (
            "Beste opstellers van het paper,\n\nIk ben mantelzorger en draag elke dag een "
            "groot deel van de zorg thuis. In het positionpaper worden mantelzorgers genoemd "
            "als onderdeel van het netwerk, maar niet als mensen die zelf ook grenzen hebben. "
            "Ik vraag om een recht op respijtzorg, één vast contactpersoon bij de gemeente en "
            "een vaste plek voor onze kennis in elk overleg. Ik onderschrijf de oproep van "
            "Mantelzorgcollectief De Schakel."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h072",
        "text": (
            "Alles moet tegenwoordig via portalen. Ik log drie keer per week in op vier "
            "verschillende sites voor mijn vader, met zijn DigiD, wat eigenlijk niet eens mag."
        ),
        "themes": ["mantelzorg", "digitaal"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h073",
        "text": (
            "ben in okt aangemeld, nu is het april en ik heb nog steeds niemand gesproken. ze "
            "zeggen steeds 'u staat erop'. op wat dan??"
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h074",
        "text": (
            "Het budget van gemeenten staat onder druk door de groei van jeugdhulp en Wmo. Dat "
            "leidt tot strakkere indicaties, en die worden door inwoners ervaren als "
            "afwijzing."
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h075",
        "text": (
            "Wie is eindverantwoordelijk als gemeente, zorgverzekeraar en aanbieder elkaar de "
            "bal toespelen? Zolang dat niet geregeld is, weet de burger niet eens bij wie hij "
            "bezwaar moet maken."
        ),
        "themes": ["samenwerking", "rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h076",
        "text": (
            "Beste opstellers van het paper,\n\nIk ben mantelzorger en draag elke dag een "
            "groot deel van de zorg thuis. In het positionpaper worden mantelzorgers genoemd "
            "als onderdeel van het netwerk, maar niet als mensen die zelf ook grenzen hebben. "
            "Ik vraag om een recht op respijtzorg, één vast contactpersoon bij de gemeente en "
            "een vaste plek voor onze kennis in elk overleg. Zonder ons valt de zorg om, maar "
            "met ons wordt nauwelijks rekenig gehouden. Namens Mantelzorgcollectief De "
            "Schakel."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h077",
        "text": (
            "Jonge collega's vertrekken na twee jaar. Ze zijn het vak ingegaan om mensen te "
            "helpen en merken dat ze vooral productie moeten draaien."
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h078",
        "text": (
            "Geachte heer, mevrouw,\n\nIk reageer op het concept-positionpaper over "
            "vastgelopen zorg. Ik sta al ruim een half jaar op een wachtlijst voor "
            "specialistische ggz in Assen. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, "
            "krijgt helemal geen ruimte. Ik vraag u daarom in versie 1.0 op te nemen dat meer "
            "dan vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Alstublieft, doe hier iets mee.\n\nMet vriendelijke "
            "groeten,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h079",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Veel van mijn "
            "patiënten staan al maanden op een wachtlijst voor specialistische ggz. Wachten is "
            "geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte "
            "maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u "
            "daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Namens "
            "Patiëntenplatform Open Deur. Ik hoop dat u dit overneemt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "professional",
    },
    {
        "id": "h080",
        "text": "Ik ben verpleegkundige geworden, geen typist.",
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h081",
        "text": (
            "Uit onze metingen blijkt dat mensen die lang geen eerste afspraak krijgen, vaker "
            "afhaken en later terugkomen met een zwaardere hulpvraag. Uitstel is dus geen "
            "neutrale toestand, het heeft zelf gevolgen."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h082",
        "text": (
            "Ik heb 22 jaar in de wijk gewerkt. Als wijkverpleegkundige steun ik de "
            "uitgangspunten van dit paper. Maar herstelgericht werken vraagt tijd, en die tijd "
            "krijg ik niet. Een derde van mijn werkweek, soms meer, gaat op aan registratie en "
            "verantwoording. Ik vraag de Kamer om in versie 1.0 op te nemen dat professionals "
            "mogen afwijken van protocollen als dat in het belang van de cliënt is, en dat de "
            "administratieve last wordt gehalveerd."
        ),
        "themes": ["werkdruk"],
        "campaign": "c3",
        "perspective": "professional",
    },
    {
        "id": "h083",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden,\n\nIk reageer op het "
            "concept-positionpaper over vastgelopen zorg. Mijn man staat al maanden op een "
            "wachtlijst voor specialistische ggz. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Ik vraag u daarom in versie 1.0 op te nemen dat meer dan "
            "vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt.\n\nMet vriendelijke groeten,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h084",
        "text": (
            "Eerst even dit: ik ben niet iemand die snel klaagt. Ik reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al maanden op een wachtlijst "
            "voor specialistische ggz. Wachten is geen neutrale pauze: in die tijd verergeren "
            "de klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, krijgt "
            "helemaal geen ruimte. Ik vraag u daarom in versie 1.0 op te nemen dat meer dan "
            "vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Dank voor het lezen."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h085",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Ik sta al maanden "
            "op een wachtlijst voor specialistische ggz. Wachten is geen neutrale pauze: in "
            "die tijd verergeren de klachten. Het paper wil ruimte maken voor herstel, maar "
            "wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in versie 1.0 op te "
            "nemen dat meer dan vier weken wachten onaanvaarbaar is en dat iedereen in die "
            "tijd een vast aanspreekpunt krijgt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h086",
        "text": (
            "Als sociaal werker steun ik de uitgangspunten van dit paper. Maar herstelgericht "
            "werken vraagt tijd, en die tijd krijg ik niet. Ik vraag de Kamer om in versie 1.0 "
            "op te nemen dat professionals mogen afwijken van protocollen als dat in het "
            "belang van de cliënt is, en dat de administratieve last wordt gehalveerd. Deze "
            "reactie is opgesteld door Bond Zorgwerkers Verenigd."
        ),
        "themes": ["werkdruk"],
        "campaign": "c3",
        "perspective": "professional",
    },
    {
        "id": "h087",
        "text": (
            "Sinds we met een e-healthplatform werken, praat ik minder met cliënten en klik ik "
            "meer. Het contact wordt een reeks meldingen."
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h088",
        "text": (
            "Ik wil iets vertellen over hoe het voelt aan de andere kant van de deur. Na mijn "
            "aanmelding kreeg ik een brief dat ik 'in behandeling was genomen', en daarna een "
            "jaar lang niets. Geen telefoontje, geen mail, geen naam van iemand die ik kon "
            "bellen. Elke ochtend keek ik of er post was. Ondertussen ben ik gestopt met "
            "werken en heb ik vrienden afgehouden, omdat ik niet wist wat ik moest zeggen: 'ik "
            "word geholpen' klopte niet, 'ik word niet geholpen' ook niet. Toen ik eindelijk "
            "een gesprek kreeg, moest ik eerst uitleggen waarom alles zo verslechterd was. Het "
            "paper zegt dat herstel begint bij ruimte maken. Voor mij begon het pas toen "
            "iemand de deur opendeed. Misschien kan dat in versie 1.0 een plek krijgen: ook de "
            "periode vóór de eerste afspraak hoort bij de zorgrelatie."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h089",
        "text": (
            "Ik ben mantelzorger en draag elke dag een groot deel van de zorg thuis. In het "
            "positionpaper worden mantelzorgers genoemd als onderdeel van het netwerk, maar "
            "niet als mensen die zelf ook grenzen hebben. Ik vraag om een recht op "
            "respijtzorg, één vast contactpersoon bij de gemeente en een vaste plek voor onze "
            "kennis in elk overleg. Zonder ons valt de zorg om, maar met ons wordt nauwelijks "
            "rekening gehouden. Namens Mantelzorgcollectief De Schakel, afdeling Enschede."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h090",
        "text": "Vraag mij eerst wat ik wil. Niet achteraf.",
        "themes": ["regie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h091",
        "text": (
            "Het recht op inzage en correctie uit de AVG en de WGBO is in de praktijk moeilijk "
            "te effectueren. Een verzoek om een eigen verklaring toe te voegen wordt zelden "
            "gedaan, omdat mensen niet weten dat het kan."
        ),
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h092",
        "text": (
            "Wij zijn mantelzorgers en dragen elke dag een groot deel van de zorg thuis. In "
            "het positionpaper worden wij genoemd als onderdeel van het netwerk, maar niet als "
            "mensen die zelf ook grenzen hebben. Wij vragen om een recht op respijtzorg, één "
            "vast contactpersoon bij de gemeente en een vaste plek voor onze kennis in elk "
            "overleg. Zonder ons valt de zorg om, maar met ons wordt nauwelijks rekening "
            "gehouden."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h093",
        "text": (
            "Bij videoconsulten en chatdiensten is vaak onduidelijk waar gegevens worden "
            "opgeslagen en wie er meeleest. Dat verdient aandacht in een kader dat de "
            "menselijke maat centraal stelt."
        ),
        "themes": ["digitaal", "privacy"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h094",
        "text": (
            "Het wisselende beleid van gemeenten rond de eigen bijdrage leidt tot "
            "rechtsongelijkheid: twee mensen met dezelfde hulpvraag betalen in aangrenzende "
            "gemeenten een heel ander bedrag."
        ),
        "themes": ["kosten", "rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h095",
        "text": (
            "De medewerkers op de afdeling van mijn broer doen echt hun best, maar ze rennen "
            "van de ene kamer naar de andere. Er is nooit iemand die gewoon even gaat zitten."
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h096",
        "text": (
            "Tussen jeugdhulp en volwassenen-ggz valt een gat rond het achttiende jaar. Het "
            "ene team sluit af, het andere is nog niet begonnen."
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h097",
        "text": (
            "we betalen elke maand een flinke eigen bijdrage voor het beschermd wonen van onze "
            "dochter. ze houdt zelf bijna niks over, hoe moet ze dan ooit zelfstandig worden"
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h098",
        "text": (
            "Ik ben de buurvrouw. Ik doe al jaren zijn boodschappen en weet wanneer het slecht "
            "gaat. Toen hij werd opgenomen, kreeg ik te horen dat ze mij niks konden "
            "vertellen. Dat begrijp ik, maar ze vroegen mij ook niks."
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h099",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Mijn partner staat "
            "al meer dan een jaar op een wachtlijst voor specialistische ggz in Amersfoort. "
            "Wachten is geen neutrale pauze: in die tijd verergeren de klachten. Ik vraag u "
            "daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Wij hopen dat u dit "
            "serieus neemt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h100",
        "text": (
            "Ik wil zelf bepalen wie van mijn mensen erbij zijn. Soms mijn moeder, soms juist "
            "niet. Dat is niet moeilijk, vraag het gewoon."
        ),
        "themes": ["netwerk", "regie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h101",
        "text": (
            "Het aantal verplichte zorgmaatregelen stijgt, terwijl er weinig zicht is op de "
            "effecten. Evaluatie achteraf is nergens voorgeschreven en gebeurt daardoor "
            "nauwelijks."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h102",
        "text": (
            "Rapportages worden vaak geschreven met het oog op een mogelijke klacht. Dan "
            "schrijf je defensief en niet meer over de mens."
        ),
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h103",
        "text": (
            "Bij de rechter werd een rapport aangehaald waarvan ik niet wist dat het bestond. "
            "Ik kon er niets tegenin brengen."
        ),
        "themes": ["privacy", "rechtspositie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h104",
        "text": (
            "Ik ben 72 en zorg voor mijn vrouw. Ik ben mantelzorger en draag elke dag een "
            "groot deel van de zorg thuis. In het position paper worden mantelzorgers genoemd "
            "als onderdeel van het netwerk, maar niet als mensen die zelf ook grenzen hebben. "
            "Ik vraag om een recht op respijtzorg, één vast contactpersoon bij de gemeente en "
            "een vaste plek voor onze kennis in elk overleg."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h105",
        "text": "Via een scherm mis ik de helft van wat iemand vertelt.",
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h106",
        "text": (
            "Ik ben degene die de thuiszorg, de huisarts, de apotheek en de dagbesteding op "
            "elkaar afstemt. Zij praten niet met elkaar, dus alles loopt via mij."
        ),
        "themes": ["mantelzorg", "samenwerking"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h107",
        "text": (
            "De WGBO en de Wvggz gaan uit van geïnformeerde toestemming en van het zoveel "
            "mogelijk betrekken van de betrokkene. Het paper kan scherper maken dat instemmen "
            "iets anders is dan tekenen voor een plan dat al klaarligt."
        ),
        "themes": ["regie", "rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h108",
        "text": (
            "Onze dochter komt nauwelijks nog van de bank. Wij reageren op het "
            "concept-positionpaper over vastgelopen zorg. Onze dochter staat al maanden op een "
            "wachtlijst voor specialistische GGZ. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, "
            "krijgt helemaal geen ruimte. Wij vragen u daarom in versie 1.0 op te nemen dat "
            "meer dan zes weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Namens Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h109",
        "text": "Mijn dochter kreeg pas na negen maanden een intake.",
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h110",
        "text": (
            "Ketenafspraken worden op bestuursniveau gemaakt maar in de uitvoering niet "
            "gekend. Een gezamenlijk casusoverleg zonder mandaat levert vooral notulen op."
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h111",
        "text": (
            "Een vast aanspreekpunt tijdens het wachten klinkt mooi, maar wie moet dat doen? "
            "Onze praktijkondersteuners hebben nu al geen minuut over."
        ),
        "themes": ["wachttijd", "werkdruk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h112",
        "text": (
            "Mijn huisarts weet ook niet meer wat ze met me aan moet. Ik reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al maanden op een wachtlijst "
            "voor specialistische ggz. Wachten is geen neutrale pauze: in die tijd verergeren "
            "de klachten. Ik vraag u daarom in versie 1.0 op te nemen dat meer dan vier weken "
            "wachten onaanvaardbaar is en dat iedereen in die tijd een vast aanspreek punt "
            "krijgt. Ik steun de oproep van Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h113",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden,\n\nIk reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al sinds maart op een "
            "wachtlijst voor specialistische ggz. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Ik vraag u daarom in versie 1.0 op te nemen dat meer dan "
            "vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Namens Patiëntenplatform Open Deur. Ik ben benieuwd naar "
            "versie 1.0.\n\nGroet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h114",
        "text": (
            "Mijn vader mag van alles 'meebeslissen', maar zodra hij iets anders wil dan het "
            "team, heet dat ineens gebrek aan ziekte-inzicht."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h115",
        "text": "Een jaar niks horen. Dat is ook een antwoord, vind ik.",
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h116",
        "text": (
            "Ik zit vaker in overleg met andere organisaties dan bij cliënten. Elk overleg "
            "levert een actiepunt op en elk actiepunt weer een overleg."
        ),
        "themes": ["werkdruk", "samenwerking"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h117",
        "text": (
            "Beste Kamer van Sociale Waarden,\n\nIk ben 27 en zit sinds de zomer thuis. Ik "
            "reageer op het concept-positionpaper over vastgelopen zorg. Ik sta al maanden op "
            "een wachtlijst voor specialistische ggz in Leeuwarden. Wachten is geen neutrale "
            "pauze: in die tijd verergeren de klachten. Het paper wil ruimte maken voor "
            "herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in versie "
            "1.0 op te nemen dat meer dan zes weken wachten onaanvaardbaar is en dat iedereen "
            "in die tijd een vast aanspreekpunt krijgt. Namens Patiëntenplatform Open "
            "Deur.\n\nMet vriendelijke groet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h118",
        "text": (
            "na een nachtdienst nog een uur zitten rapporteren omdat de auditor het anders "
            "niet kan terugvinden. en dan nog vragen waarom mensen weggaan"
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h119",
        "text": (
            "Mijn therapie gaat nu via beeldbellen. Ik zit dan op mijn slaapkamer met mijn "
            "huisgenoten achter de deur, en ik durf niet echt te praten."
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h120",
        "text": (
            "Online modules kunnen goed werken als aanvulling, maar ze worden nu ingezet om "
            "het gat tot een fysiek consult te overbruggen. Dat is een heel andere functie."
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h121",
        "text": (
            "Beste Kamer van Sociale Waarden, Ik zie mijn partner elke week verder wegzakken. "
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Mijn partner staat "
            "al acht maanden op een wachtlijst voor specialistische ggz in Lelystad. Wachten "
            "is geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte "
            "maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u "
            "daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Namens "
            "Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h122",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden, Wij reageren op het "
            "concept-positionpaper over vastgelopen zorg. Onze zoon staat al meer dan een jaar "
            "op een wachtlijst voor specialistische ggz. Wachten is geen neutrale pauze: in "
            "die tijd verergeren de klachten. Het paper wil ruimte maken voor herstel, maar "
            "wie wacht, krijgt helemaal geen ruimte. Wij vragen u daarom in versie 1.0 op te "
            "nemen dat meer dan vier weken wachten onaanvaardbaar is en dat iedereen in die "
            "tijd een vast aanspreekpunt krijgt. Namens Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h123",
        "text": (
            "Mijn begeleider van het beschermd wonen en mijn behandelaar hebben elkaar in twee "
            "jaar nooit ontmoet. Ze kennen elkaar alleen van de mails waarin ik in de cc sta."
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h124",
        "text": (
            "Wij mogen als wijkteam niet rechtstreeks de psychiater bellen zonder formeel "
            "verzoek. Een telefoontje van vijf minuten wordt zo een brief van drie weken."
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h125",
        "text": (
            "Geachte heer, mevrouw, Wij reageren op het concept-positionpaper over vastgelopen "
            "zorg. Onze zoon staat al sinds maart op een wachtlijst voor specialistische ggz. "
            "Wachten is geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil "
            "ruimte maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Wij "
            "vragen u daarom in versie 1.0 op te nemen dat meer dan zes weken wachten "
            "onaanvaardbaar is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Doe "
            "hier alstublieft iets mee."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h126",
        "text": (
            "Ik lees veel over wat professionals en instellingen kunnen doen om een "
            "vastgelopen situatie weer in beweging te krijgen. Dat is waardevol. Maar ik lees "
            "weinig over wat ik zelf mag beslissen. In mijn eigen traject was het kantelpunt "
            "geen nieuw overleg of nieuwe methode, maar de dag dat een begeleider vroeg: 'wat "
            "wil jij dat er volgende maand anders is?' Niemand had dat in drie jaar gevraagd. "
            "Ik had het antwoord al heel lang klaarliggen. Zou versie 1.0 kunnen opnemen dat "
            "elke evaluatie met die vraag begint, en dat het antwoord niet alleen wordt "
            "genoteerd maar ook gevolgen heeft? Anders blijft het bij mooie woorden terwijl de "
            "beslissingen op dezelfde plek worden genomen als altijd."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h127",
        "text": (
            "De wettelijke plicht van gemeenten om de belasting van de thuissituatie mee te "
            "wegen, zie ik zelden terug in een beschikking. Het paper zou de positie van deze "
            "groep juridisch kunnen benoemen."
        ),
        "themes": ["mantelzorg", "rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h128",
        "text": (
            "De stapeling van Jeugdwet, Wmo, Wlz, Zvw, Wvggz en Wzd maakt dat zelfs "
            "professionals niet meer weten welke procedure van toepassing is."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h129",
        "text": (
            "Teams vertellen ons dat ze bang zijn om af te wijken van het protocol, omdat ze "
            "bij een incident persoonlijk worden aangesproken. Dat is een cultuur, geen regel, "
            "en daar ligt een taak voor bestuurders."
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h130",
        "text": (
            "Ik heb gevraagd of een zin over mijn vroegere drugsgebruik eruit kon. Het "
            "antwoord was dat 'het dossier compleet moet blijven'. Het is tien jaar geleden."
        ),
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h131",
        "text": (
            "Als financier vragen wij aanbieders te laten zien hoe de wens van de cliënt is "
            "meegewogen. Op papier lukt dat altijd; in de gesprekken die we bijwonen veel "
            "minder."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h132",
        "text": (
            "Het verslag van de vorige instelling werd ongelezen doorgestuurd naar de nieuwe, "
            "met alle fouten erin. Mijn moeder begon daar dus met een achterstand."
        ),
        "themes": ["privacy", "samenwerking"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h133",
        "text": (
            "Als verpleegkundige in de ggz steun ik de uitgangspunten van dit paper. Maar "
            "herstelgericht werken vraagt tijd, en die tijd krijg ik niet. Een derde van mijn "
            "werkweek gaat op aan registratie en verantwoording. Ik vraag de Kamer om in "
            "versie 1.0 op te nemen dat professionals mogen afwijken van protocollen als dat "
            "in het belang van de cliënt is, en dat de administratieve last wordt gehalveerd. "
            "Ik sluit mij aan bij de oproep van Bond Zorgwerkers Verenigd."
        ),
        "themes": ["werkdruk"],
        "campaign": "c3",
        "perspective": "professional",
    },
    {
        "id": "h134",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden, Onze dochter zit sinds februari "
            "thuis en we weten het niet meer. Wij reageren op het concept-positionpaper over "
            "vastgelopen zorg. Onze dochter staat al maanden op een wachtlijst voor "
            "specialistische ggz in Enschede. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, "
            "krijgt helemaal geen ruimte. Wij vragen u daarom in versie 1.0 op te nemen dat "
            "meer dan vier weken wachten onaanvaardbaar is en dat iedereen in die tijd een "
            "vast aanspreekpunt krijgt. Namens Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h135",
        "text": (
            "Wij schrijven behandelplannen nog te vaak vóór het gesprek met de cliënt in "
            "plaats van erna. Een plan zou het verslag van een afspraak moeten zijn, geen "
            "voorstel ter ondertekening."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h136",
        "text": (
            "Ik zie bij mijn vrouw dat het het best gaat als ze zelf het tempo mag bepalen. "
            "Zodra het team een schema oplegt, haakt ze af en zijn we weken verder."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h137",
        "text": (
            "We moeten zorgvuldiger zijn met wat we vastleggen. Minder opschrijven is soms "
            "beter voor de cliënt, maar onze verantwoordingssystemen vragen juist steeds meer."
        ),
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h138",
        "text": (
            "Mijn vrouw heeft al twaalf jaar een psychische aandoening en ik ben al die tijd "
            "degene die thuis is als het misgaat. Ik ken haar signalen beter dan wie ook: aan "
            "de manier waarop ze koffie zet, weet ik of het een goede dag wordt. Toch word ik "
            "in het behandeloverleg behandeld als een bezoeker die even mag meeluisteren. "
            "Ondertussen ben ik zelf ook veranderd. Ik ga niet meer naar verjaardagen, ik heb "
            "mijn hobby's opgegeven en mijn eigen huisarts zegt dat ik uitgeput ben. Ik wil "
            "niet klagen, ik heb voor haar gekozen en doe dat nog steeds. Maar ik lees in het "
            "paper veel over de cliënt en over professionals, en weinig over degene die elke "
            "dag naast haar staat. Als het thuis knapt, knapt het overal. Dat mag in versie "
            "1.0 best met zoveel woorden staan."
        ),
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h139",
        "text": (
            "Als je moeder ineens niet meer alleen kan en de indicatie drie maanden duurt, dan "
            "ben jij in die drie maanden de thuiszorg. Niemand vraagt of je dat kunt."
        ),
        "themes": ["wachttijd", "mantelzorg"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h140",
        "text": (
            "Mijn begeleider is in een jaar drie keer gewisseld. Ze waren allemaal aardig, "
            "maar ik moest elke keer opnieuw beginnen."
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h141",
        "text": (
            "Het helpt als er per persoon één regisseur is die alle partijen aan tafel krijgt. "
            "Bij ons werkt dat, maar alleen omdat een collega dat er op eigen initiatief bij "
            "doet."
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h142",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden,\n\nIk werk als "
            "praktijkondersteuner bij een huisarts. Ik reageer op het concept-positionpaper "
            "over vastgelopen zorg. Veel van mijn patiënten staan al sinds maart op een "
            "wachtlijst voor specialistische ggz in Venlo. Het paper wil ruimte maken voor "
            "herstel, maar wie wacht, krijgt helemaal geen ruimte. Wachten is geen neutrale "
            "pauze: in die tijd verergeren de klachten. Ik vraag u daarom in versie 1.0 op te "
            "nemen dat meer dan vier weken wachten onaanvaardbaar is en dat iedereen in die "
            "tijd een vast aanspreekpunt krijgt. Ik steun de oproep van Patiëntenplatform Open "
            "Deur.\n\nGroet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "professional",
    },
    {
        "id": "h143",
        "text": (
            "Ik ben haar moeder en ik hoorde van de buren dat ze is overgeplaatst. Niemand van "
            "de instelling heeft mij gebeld."
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h144",
        "text": (
            "Als behandelaar moet ik bij een machtigingsaanvraag een verhaal schrijven dat "
            "overtuigt. Daar gaat iets mis: ik beschrijf mijn cliënt in de taal van het "
            "risico, en dat blijft aan hem kleven."
        ),
        "themes": ["rechtspositie", "privacy"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h145",
        "text": (
            "Als woonbegeleider steun ik de uitgangspunten van dit paper. Maar herstelgericht "
            "werken vraagt tijd, en die tijd krijg ik niet. Een derde van mijn werkweek gaat "
            "op aan registratie en verantwoording. Ik vraag de Kamer om in versie 1.0 op te "
            "nemen dat professionals mogen afwijken van protocollen als dat in het belang van "
            "de cliënt is, en dat de administratieve last wordt gehalveerd. Gisteren heb ik na "
            "mijn dienst nog anderhalf uur zitten rapporteren."
        ),
        "themes": ["werkdruk"],
        "campaign": "c3",
        "perspective": "professional",
    },
    {
        "id": "h146",
        "text": (
            "Wij krijgen betaald per product, niet per verbetering. Een traject afsluiten "
            "omdat het goed gaat, levert minder op dan het eindeloos verlengen."
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h147",
        "text": "Herstel mag geen kwestie van je portemonnee zijn.",
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h148",
        "text": "Eén plan, één contactpersoon. Is dat zo moeilijk?",
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h149",
        "text": (
            "Als zus van iemand met schizofrenie herken ik dit helemaal. Ik ben mantelzorger "
            "en draag elke dag een groot deel van de zorg thuis. In het positionpaper worden "
            "mantelzorgers genoemd als onderdeel van het netwerk, maar niet als mensen die "
            "zelf ook grenzen hebben. Ik vraag om een recht op respijtzorg, één vast contact "
            "persoon bij de gemeente en een vaste plek voor onze kennis in elk overleg. Ik "
            "onderschrijf de oproep van Mantelzorgcollectief De Schakel."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "relative",
    },
    {
        "id": "h150",
        "text": (
            "Geachte heer, mevrouw,\n\nMijn partner zit sinds februari thuis en we weten het "
            "niet meer. Ik reageer op het concept-positiepaper over vastgelopen zorg. Mijn "
            "partner staat al maanden op een wachtlijst voor specialistische ggz in Apeldoorn. "
            "Wachten is geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil "
            "ruimte maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag "
            "u daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Namens "
            "Patiëntenplatform Open Deur. Wij hopen dat u dit serieus neemt.\n\nMet "
            "vriendelijke groet, een bezorgde moeder uit Apeldoorn,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h151",
        "text": (
            "Ik heb mijn baan opgezegd om voor mijn zoon te zorgen. Nu leven we van één "
            "inkomen en de eigen bijdrage komt daar nog bovenop."
        ),
        "themes": ["mantelzorg", "kosten"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h152",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden,\n\nIk reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al maanden op een wachtlijst "
            "voor specialistische ggz. Wachten is geen nuetrale pauze: in die tijd verergeren "
            "de klachten. Ik vraag u daarom in versie 1.0 op te nemen dat meer dan vier weken "
            "wachten onaanvaardbaar is en dat iedereen in die tijd een vast aanspreekpunt "
            "krijgt.\n\nMet vriendelijke groet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h153",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Mijn dochter staat "
            "al ruim een half jaar op een wachtlijst voor specialistische GGZ. Wachten is geen "
            "neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte maken "
            "voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in "
            "versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat "
            "iedereen in die tijd een vast aanspreekpunt krijgt."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h154",
        "text": (
            "Ik combineer een volle baan met de zorg voor mijn broer. Ik ben mantelzorger en "
            "draag elke dag een groot deel van de zorg thuis. In het positionpaper worden "
            "mantelzorgers genoemd als onderdeel van het netwerk, maar niet als mensen die "
            "zelf ook grenzen hebben. Ik vraag om een recht op respijtzorg, één vast contact "
            "persoon bij de gemeente en een vaste plek voor onze kennis in elk overleg. Zonder "
            "ons valt de zorg om, maar met ons wordt nauwelijks rekening gehouden. Namens "
            "Mantelzorgcollectief De Schakel, afdeling Breda."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h155",
        "text": (
            "Ik vond het juist fijn om vanuit huis te praten. Ik hoefde niet twee uur met de "
            "bus en kon daarna gewoon op de bank liggen."
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h156",
        "text": (
            "Herstelgericht werken vraagt tijd, dat ben ik met mijn collega's eens. Maar het "
            "vraagt ook dat wij onze eigen gewoontes durven loslaten; meer uren alleen "
            "verandert niet hoe we werken."
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h157",
        "text": (
            "In de wijkteams zien we dat vrienden, buren of een trainer van de sportclub soms "
            "meer dragen dan de formele hulp. Die mensen staan in geen enkel plan en krijgen "
            "nooit een bedankje."
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h158",
        "text": (
            "Eigen kracht is een mooi woord, maar het wordt ook gebruikt om mensen los te "
            "laten die nog niet kunnen lopen. Zeggenschap geven is iets anders dan "
            "verantwoordelijkheid afschuiven."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h159",
        "text": (
            "De verantwoordingsplicht zorgt ervoor dat ik meer over de cliënt schrijf dan met "
            "de cliënt praat."
        ),
        "themes": ["werkdruk", "privacy"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h160",
        "text": (
            "mijn zoon is 19 en ik mag ineens niks meer weten. ik snap de regels, maar ik sta "
            "wel om 3 uur snachts aan zijn bed"
        ),
        "themes": ["privacy", "netwerk"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h161",
        "text": (
            "In onze teams bestaat een stille regel dat ouders 'het systeem' zijn en de "
            "jongere 'de cliënt'. Daarmee maak je een kind los van de mensen die er over tien "
            "jaar nog steeds zijn, als wij allang weg zijn."
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h162",
        "text": (
            "Het paper zegt dat dossiers het gesprek vervangen. Dat herken ik: soms lees ik "
            "eerst vijftig pagina's voordat ik iemand ontmoet, en dan zie ik die persoon al "
            "door die bril."
        ),
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h163",
        "text": (
            "Ik ben mantelzorger en draag elke dag een groot deel van de zorg thuis. In het "
            "positionpaper worden mantelzorgers genoemd als onderdeel van het netwerk, maar "
            "niet als mensen die zelf ook grenzen hebben. Ik vraag om een recht op "
            "respijtzorg, één vast contactpersoon bij de gemeente en een vaste plek voor onze "
            "kennis in elk overleg. Zonder ons valt de zorg om, maar met ons wordt nauwelijks "
            "rekening gehouden. Ik zorg sinds 2019 voor mijn moeder met dementie."
        ),
        "themes": ["mantelzorg"],
        "campaign": "c2",
        "perspective": "informal_carer",
    },
    {
        "id": "h164",
        "text": (
            "Ik heb de behandeling uitgesteld omdat mijn eigen risico op was en ik in januari "
            "opnieuw zou moeten betalen."
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h165",
        "text": (
            "We werden van het wijkteam naar de huisarts gestuurd en weer terug, en bij elke "
            "nieuwe deur begon de klok opnieuw te lopen. Uiteindelijk waren we een jaar verder "
            "zonder dat er iets was gebeurd."
        ),
        "themes": ["wachttijd", "samenwerking"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h166",
        "text": "Goedkoop is vaak duurkoop in de zorg.",
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h167",
        "text": (
            "Ik zorg al zes jaar voor mijn man. Ik slaap slecht, ik werk nog maar twintig uur "
            "en niemand vraagt hoe het met mij gaat."
        ),
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h168",
        "text": (
            "Dossiertaal stapelt zich op: termen als 'manipulatief' of 'niet-coöperatief' "
            "worden letterlijk overgenomen in volgende verslagen, zonder dat iemand nagaat "
            "waar ze vandaan komen."
        ),
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h169",
        "text": (
            "We willen informatie uitwisselen met de school, maar niemand weet precies wat "
            "mag. Dus doen we maar niets, en dat is ook een keuze."
        ),
        "themes": ["samenwerking", "privacy"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h170",
        "text": (
            "Omdat het budget van de regio in oktober op is, worden nieuwe verwijzingen "
            "doorgeschoven naar het volgende kalenderjaar. Mensen betalen dus met hun tijd "
            "voor een boekhoudkundige grens."
        ),
        "themes": ["wachttijd", "kosten"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h171",
        "text": (
            "Als zorgverzekeraar willen we sturen op waarde in plaats van volume, maar de "
            "bekostigingsregels geven daar maar beperkt ruimte voor."
        ),
        "themes": ["kosten"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h172",
        "text": (
            "Het ondersteuningsplan zou mijn eigen plan moeten zijn, maar het werd ingevuld "
            "door iemand die ik één keer had gezien. Ik mocht alleen tekenen."
        ),
        "themes": ["rechtspositie", "regie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h173",
        "text": (
            "alles moet met inloggen en codes. ik ben dyslectisch en krijg het niet voor "
            "elkaar, dan krijg ik een brief dat ik 'niet heb gereageerd'"
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h174",
        "text": (
            "De Wvggz kent het beginsel van subsidiariteit, maar in de praktijk wordt een "
            "zorgmachtiging vaak verlengd zonder dat serieus naar lichtere alternatieven is "
            "gekeken."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h175",
        "text": (
            "Ik ben 34 en moet nog steeds toestemming vragen om een weekend bij mijn zus te "
            "logeren. Dat voelt niet als herstellen, dat voelt als terug naar de basisschool."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h176",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Ik sta al maanden "
            "op een wachtlijst voor specialistische ggz in Zwolle. Het paper wil ruimte maken "
            "voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Wachten is geen "
            "neutrale pauze: in die tijd verergeren de klachten. Ik vraag u daarom in versie "
            "1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat iedereen "
            "in die tijd een vast aanspreekpunt krijgt. Ik steun de oproep van "
            "Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h177",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden, Mijn huisarts weet ook niet meer "
            "wat ze met me aan moet. Ik reageer op het concept-positionpaper over vastgelopen "
            "zorg. Ik sta al maanden op een wachtlijst voor specialistische ggz. Wachten is "
            "geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte "
            "maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u "
            "daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Namens "
            "Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h178",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Ik sta al maanden "
            "op een wachtlijst voor specialistische ggz. Wachten is geen neutrale pauze: in "
            "die tijd verergeren de klachten. Het paper wil ruimte maken voor herstel, maar "
            "wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in versie 1.0 op te "
            "nemen dat meer dan vier weken wachten onaanvaardbaar is en dat iedereen in die "
            "tijd een vast aanspreekpunt krijgt. Namens Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h179",
        "text": (
            "Morele stress ontstaat wanneer professionals weten wat goed zou zijn, maar door "
            "regels of tijdsdruk iets anders moeten doen. Dat verklaart een groot deel van de "
            "uitstroom uit de sector."
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h180",
        "text": (
            "Mijn zoon spreekt zijn begeleider alleen nog via WhatsApp. Berichtjes van drie "
            "woorden. Is dat begeleiding?"
        ),
        "themes": ["digitaal"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h181",
        "text": (
            "de ene zegt je moet eerst naar de verslavingszorg, de andere zegt eerst je "
            "psychische klachten. ik zit ertussen en niemand pakt het op"
        ),
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h182",
        "text": (
            "Een patiëntenvertrouwenspersoon heeft ons meer geholpen dan drie brieven van een "
            "advocaat. Die wist hoe je de goede mensen aan tafel krijgt."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h183",
        "text": (
            "Ik reageer of het concept-positionpaper over vastgelopen zorg. Ik sta al maanden "
            "op een wachtlijst voor specialistische ggz in Sneek. Wachten is geen neutrale "
            "pauze: in die tijd verergeren de klachten. Het paper wil ruimte maken voor "
            "herstel, maar wie wacht, krijgt helemal geen ruimte. Ik vraag u daarom in versie "
            "1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat iedereen "
            "in die tijd een vast aanspreekpunt krijgt. Ik ben benieuwd naar versie 1.0."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h184",
        "text": (
            "Ik merk dat ik in verslagen steeds meer schrijf om mezelf in te dekken. Wat er "
            "die middag echt besproken is, verdwijnt daardoor eigenlijk uit beeld."
        ),
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h185",
        "text": (
            "Ik heb inmiddels mijn baan verloren. Ik reageer op het concept-positionpaper over "
            "vastgelopen zorg. Ik sta al maanden op een wachtlijst voor specialistische ggz in "
            "Hengelo. Wachten is geen neutrale pauze: in die tijd verergeren de klachten. Het "
            "paper wil ruimte maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. "
            "Ik vraag u daarom in versie 1.0 op te nemen dat meer dan vier weken wachten "
            "onaanvaardbaar is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Ik "
            "steun de oproep van Patiëntenplatform Open Deur."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h186",
        "text": (
            "Het zorgvuldigheidsbeginsel uit de Awb vraagt dat een bestuursorgaan de relevante "
            "feiten en belangen kent. In veel beschikkingen die ik lees is het belang van de "
            "betrokkene niet eens gewogen, alleen wat er aan aanbod beschikbaar was."
        ),
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h187",
        "text": (
            "Geachte leden van de Kamer van Sociale Waarden,\n\nIk reageer op het "
            "concept-positionpaper over vastgelopen zorg. Ik sta al acht maanden op een "
            "wachtlijst voor specialistische GGZ. Wachten is geen neutrale pauze: in die tijd "
            "verergeren de klachten. Het paper wil ruimte maken voor herstel, maar wie wacht, "
            "krijgt helemaal geen ruimte. Ik vraag u daarom in versie 1.0 op te nemen dat meer "
            "dan zes weken wachten onaanvaardbaar is en dat iedereen in die tijd een vast "
            "aanspreekpunt krijgt. Ik steun de oproep van Patiëntenplatform Open Deur.\n\nMet "
            "vriendelijke groeten,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h188",
        "text": "Rechten op papier helpen niet als niemand ze uitlegt.",
        "themes": ["rechtspositie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h189",
        "text": (
            "Als zorgmedewerkers steunen wij de uitgangspunten van dit paper. Maar "
            "herstelgericht werken vraagt tijd, en die tijd krijgen wij niet. Een derde van "
            "onze werkweek gaat op aan registratie en verantwoording. Wij vragen de Kamer om "
            "in versie 1.0 op te nemen dat professionals mogen afwijken van protocollen als "
            "dat in het belang van de cliënt is, en dat de administratieve last wordt "
            "gehalveerd. Deze reactie is opgesteld door Bond Zorgwerkers Verenigd."
        ),
        "themes": ["werkdruk"],
        "campaign": "c3",
        "perspective": "professional",
    },
    {
        "id": "h190",
        "text": "Ik wil kunnen lezen wat ze over mij opschrijven.",
        "themes": ["privacy"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h191",
        "text": "Niets over ons zonder ons, toch?",
        "themes": ["regie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "h192",
        "text": (
            "Ik reageer op het concept-positionpaper over vastgelopen zorg. Mijn vrouw staat "
            "al meer dan een jaar op een wachtlijst voor specialistische ggz. Wachten is geen "
            "neutrale pauze: in die tijd verergeren de klachten. Het paper wil ruimte maken "
            "voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag u daarom in "
            "versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar is en dat "
            "iedereen in die tijd een vast aanspreekpunt krijgt. Namens Patiëntenplatform Open "
            "Deur. Dank voor het lezen."
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "relative",
    },
    {
        "id": "h193",
        "text": (
            "Geachte heer, mevrouw,\n\nIk reageer op het concept-positionpaper over "
            "vastgelopen zorg. Ik sta al maanden op een wachtlijst voor specialistiesche ggz. "
            "Wachten is geen neutrale pauze: in die tijd verergeren de klachten. Het paper wil "
            "ruimte maken voor herstel, maar wie wacht, krijgt helemaal geen ruimte. Ik vraag "
            "u daarom in versie 1.0 op te nemen dat meer dan vier weken wachten onaanvaardbaar "
            "is en dat iedereen in die tijd een vast aanspreekpunt krijgt. Namens "
            "Patiëntenplatform Open Deur.\n\nGroet,"
        ),
        "themes": ["wachttijd"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "h194",
        "text": (
            "Het paper noemt familie terecht geen risico. Ik zou toevoegen: een vader die boos "
            "is, is meestal een vader die bang is."
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h195",
        "text": (
            "Ik heb ruim twintig cliënten en voor ieder van hen hooguit een uur per week. Dan "
            "wordt ruimte maken een luxe."
        ),
        "themes": ["werkdruk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h196",
        "text": (
            "In de maanden dat ik niks hoorde, kreeg ik alleen een link naar een zelfhulpapp. "
            "Alsof dat een gesprek vervangt."
        ),
        "themes": ["wachttijd", "digitaal"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h197",
        "text": (
            "Via het cliëntportaal zag ik dat tientallen medewerkers mijn gegevens hadden "
            "geopend. De meesten heb ik nooit gezien."
        ),
        "themes": ["privacy", "digitaal"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h198",
        "text": (
            "Open Dialogue laat zien dat het betrekken van het sociale systeem vanaf het "
            "eerste contact samenhangt met minder heropnames. Dat is geen luxe maar een "
            "werkzaam bestanddeel."
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h199",
        "text": (
            "De brief over respijtzorg die rondgaat onderschrijf ik deels, maar een recht op "
            "respijtzorg helpt mij niet als er in de regio gewoon geen plek is. Ik wil vooral "
            "dat iemand met mij meedenkt."
        ),
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "h200",
        "text": (
            "Gedeelde besluitvorming wordt in de literatuur breed onderschreven, maar in de "
            "praktijk blijft de keuze vaak beperkt tot ja of nee op een voorstel dat al "
            "vastligt."
        ),
        "themes": ["regie"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "h201",
        "text": (
            "Het voorstel om elke wachtlijst boven een vast aantal weken onaanvaardbaar te "
            "noemen begrijp ik, maar een paper over herstel is niet de plek voor "
            "productienormen. Benoem liever wat er tijdens het wachten misgaat en wie daarvoor "
            "verantwoordelijk is."
        ),
        "themes": ["wachttijd"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h202",
        "text": (
            "Art. 8 EVRM beschermt ook het gezinsleven. Contactbeperkingen die 'tijdelijk' "
            "worden opgelegd en maanden doorlopen zonder toetsing, verdienen een expliciete "
            "plek in het paper."
        ),
        "themes": ["netwerk", "rechtspositie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "h203",
        "text": (
            "Logeeropvang en dagopvang om de thuissituatie te ontlasten bestaan in onze "
            "gemeente, maar het gebruik is laag. Mensen weten het niet, of durven hun moeder "
            "niet 'weg te brengen'."
        ),
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "h204",
        "text": (
            "Als wijkverpleegkundige hoor ik mantelzorgers vaak zeggen dat ze geen vast "
            "contactpersoon bij de gemeente hebben. Dat klopt, maar het probleem zit dieper: "
            "wat zij weten, komt in ons eigen overleg gewoon niet aan bod."
        ),
        "themes": ["mantelzorg"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "h205",
        "text": (
            "we worden steeds 'op afstand gehouden in het belang van de rust'. welke rust? hij "
            "zit daar alleen en belt mij huilend op"
        ),
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "h206",
        "text": "Elke hulpverlener wijst naar een ander.",
        "themes": ["samenwerking"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "h207",
        "text": "Wij zijn geen bezoekers. Wij zijn zijn familie.",
        "themes": ["netwerk"],
        "campaign": None,
        "perspective": "relative",
    },
]
