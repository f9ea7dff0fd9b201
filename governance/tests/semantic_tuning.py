"""Tuning set for the reading-by-meaning features: Dutch public reflections on the SHPP003
papers, written and coded by hand for testing the theme suggestions and the campaign
detection. Tune thresholds and parameters on this set only; the held-out set
(semantic_heldout.py) was written apart from it and has its own themes and texts.

THEMES maps a theme code to a short Dutch name. Each entry of REFLECTIONS has an id (t001...),
the text, its themes (main theme first; about 15% carry a second theme), the campaign it
belongs to (None for individually written texts) and the writer's perspective.

Within a theme the texts say the same thing in other words, registers and perspectives.
Campaigns are mass mail: c1 (15 variants, a client council's letter on temporary measures)
and c2 (6, a parents' association); the variants are small edits of one base letter. Some
texts with campaign None share a campaign's theme and some of its words but were written
individually. All people are fictional.
"""

THEMES: dict[str, str] = {
    "toegang": "Toegang tot hulp",
    "familie": "Familie en vrienden betrekken",
    "bejegening": "Bejegening en menselijke maat",
    "contact": "Direct contact en heldere communicatie",
    "escalatie": "Juridisering en escalatie",
    "continuiteit": "Continuïteit en wisselende hulpverleners",
    "tijdelijkheid": "Tijdelijke maatregelen die blijven",
    "ervaring": "Ervaringskennis en lotgenoten",
}

REFLECTIONS: list[dict] = [
    {
        "id": "t001",
        "text": (
            "mijn beperking op verlof was 'voorlopig'. dat is inmiddels 14 maanden voorlopig "
            "en niemand weet nog wie het ooit besloten heeft"
        ),
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t002",
        "text": (
            "krijg steeds mailtjes van 'het team'. wie is het team? ik wil een naam en een gezicht"
        ),
        "themes": ["contact"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t003",
        "text": (
            "Gelijk krijgen heeft mij niets opgeleverd. De uitspraak ligt in een map, maar het "
            "contact met de woongroep is nooit meer goed gekomen."
        ),
        "themes": ["escalatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t004",
        "text": (
            "De criteria om in aanmerking te komen zijn zo smal geworden dat mensen eerst "
            "moeten verslechteren voordat ze geholpen worden. Dat is het omgekeerde van "
            "preventie."
        ),
        "themes": ["toegang"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "t005",
        "text": (
            "Met uitzendkrachten en zzp'ers krijgen we de roosters gevuld, maar bewoners zien "
            "daardoor elke week andere mensen."
        ),
        "themes": ["continuiteit"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "t006",
        "text": (
            "Dit is ook mijn eigen ervaring. Ik ben lid van de cliëntenraad in Harderwijk en "
            "wil reageren op wat het paper zegt over tijdelijke maatregelen. Te vaak worden "
            "maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Ik vraag u om "
            "in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er na "
            "uiterlijk twee maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig is. "
            "Tijdelijk moet ook echt tijdelijk zijn."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t007",
        "text": (
            "Het paper noemt het verlies van rechtstreeks contact als kenmerk van een impasse. "
            "In gespreksanalyses zien we dat vooral het wegvallen van informele momenten, even "
            "bijpraten in de gang, de relatie verzwakt."
        ),
        "themes": ["contact"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "t008",
        "text": (
            "Dit is ook mijn eigen ervaring. Ik ben lid van de cliëntenraad in Harderwijk en "
            "wil reageren op wat het paper zegt over tijdelijke maatregelen. Te vaak worden "
            "maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Ik vraag u om "
            "in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er na "
            "uiterlijk drie maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig is. "
            "Tijdelijk moet ook echt tijdelijk zijn."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t009",
        "text": (
            "Patiënten onthouden weinig van de inhoud van een consult, maar veel van de toon. "
            "Ervaren respect hangt sterker samen met therapietrouw dan de gekozen methode."
        ),
        "themes": ["bejegening"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "t010",
        "text": "Hulp die je niet kunt bereiken, bestaat eigenlijk niet.",
        "themes": ["toegang"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "t011",
        "text": "Steeds een nieuw gezicht. Steeds opnieuw beginnen.",
        "themes": ["continuiteit"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t012",
        "text": (
            "Ik merk dat collega's wat iemand uit het eigen leven meebrengt waarderen zolang "
            "het bevestigt wat ze al dachten. Zodra het schuurt, heet het 'te persoonlijk'."
        ),
        "themes": ["ervaring"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t013",
        "text": (
            "In dossieronderzoek vonden we dat een groot deel van de bedoeld kortdurende "
            "interventies na een jaar nog liep, vaak zonder dat het oorspronkelijke doel nog "
            "werd genoemd."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "t014",
        "text": (
            "Een ouder die hetzelfde had meegemaakt, gaf mij in één avond meer houvast dan een "
            "jaar aan folders."
        ),
        "themes": ["ervaring", "familie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t015",
        "text": (
            "Het was eerst voor zes weken, daarna 'nog even', en nu woon ik hier drie jaar. "
            "Niemand kan me vertellen wanneer het gesprek over naar huis gaan komt."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t016",
        "text": (
            "Wij indiceren vaak voor een jaar en verlengen automatisch, omdat herbeoordelen "
            "arbeidsintensief is. Eerlijk gezegd weten we niet hoeveel van die verlengingen "
            "nodig zijn."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "t017",
        "text": (
            "Elke instelling in de regio had een aanmeldstop. We hebben letterlijk een lijst "
            "afgebeld, van boven naar beneden."
        ),
        "themes": ["toegang"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t018",
        "text": (
            "Ik mocht mijn zoon niet aanmelden, dat moest hij zelf doen. Maar hij was juist te "
            "ziek om de telefoon op te pakken."
        ),
        "themes": ["toegang", "familie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t019",
        "text": (
            "Als huisarts verwijs ik steeds vaker door naar niets. Ik schrijf een verwijsbrief "
            "en weet dat die ergens op een stapel belandt."
        ),
        "themes": ["toegang"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t020",
        "text": (
            "Mijn vrienden wisten niet hoe ze met me om moesten gaan en niemand hielp hen "
            "daarbij. Dus bleven ze weg."
        ),
        "themes": ["familie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t021",
        "text": (
            "Ik woon zelf al vier jaar in een instelling. Ik ben lid van de cliëntenraad in "
            "Weert en wil reageren op wat het paper zegt over tijdelijke maatregelen. Te vaak "
            "worden maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Ik vraag "
            "u om in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er "
            "na uiterlijk drie maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig "
            "is. Tijdelijk moet ook echt tijdelijk zijn. Deze oproep komt van Cliëntenraad De "
            "Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t022",
        "text": (
            "In escalerende situaties merk ik dat we overgaan op e-mail met de teamleider in "
            "de cc. Dan is het echte gesprek eigenlijk al verloren."
        ),
        "themes": ["contact", "escalatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t023",
        "text": (
            "Een stabiele behandelrelatie is een van de best onderbouwde factoren voor "
            "herstel, maar wordt in bekostiging en planning nauwelijks beloond."
        ),
        "themes": ["continuiteit"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "t024",
        "text": (
            "Sinds we in de eerste week standaard een gesprek met het gezin plannen, verlopen "
            "de trajecten rustiger. Ouders voelen zich serieus genomen en wij weten meer."
        ),
        "themes": ["familie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t025",
        "text": (
            "Het begeleid bezoek aan onze kleinzoon zou gelden tot de rust was teruggekeerd. "
            "Niemand heeft sindsdien gekeken of die rust er is."
        ),
        "themes": ["tijdelijkheid", "familie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t026",
        "text": (
            "Pas toen ik iemand sprak die zelf opgenomen was geweest, voelde ik me begrepen. "
            "Zij hoefde niks uit te leggen."
        ),
        "themes": ["ervaring"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t027",
        "text": (
            "In twee jaar heb ik zeven verschillende begeleiders gehad. Bij de achtste ben ik "
            "maar niks meer gaan vertellen."
        ),
        "themes": ["continuiteit"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t028",
        "text": (
            "Dit is ook mijn eigen ervaring. Wij zijn lid van de cliëntenraad in Zwolle en "
            "willen reageren op wat het paper zegt over tijdelijke maatregelen. Te vaak worden "
            "maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Wij vragen u om "
            "in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er na "
            "uiterlijk drie maanden een evalutiemoment is waarbij de cliënt zelf aanwezig is."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t029",
        "text": "Ik ben niet het probleem, ik ben zijn vader.",
        "themes": ["familie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t030",
        "text": (
            "We kregen een verslag van twaalf pagina's vol vaktaal. Een kwartier praten had "
            "meer opgeleverd."
        ),
        "themes": ["contact"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t031",
        "text": (
            "Wij als ouders zijn de enige constante in het leven van onze zoon. Hulpverleners "
            "komen en gaan, wij blijven. Betrek ons dan ook bij elke wissel."
        ),
        "themes": ["continuiteit", "familie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t032",
        "text": (
            "Ik herken dit uit mijn eigen opname. Ik ben lid van de cliëntenraad en wil "
            "reageren op wat het paper zegt over tijdelijke maatregelen. Te vaak worden "
            "maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Ik vraag u om "
            "in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er na "
            "uiterlijk drie maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig is. "
            "Tijdelijk moet ook echt tijdelijk zijn. Deze oproep komt van Cliëntenraad De "
            "Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t033",
        "text": "Bel me gewoon even, in plaats van een brief.",
        "themes": ["contact"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t034",
        "text": (
            "Als ouder van een volwassen kind in de ggz vraag ik dat familie vanaf het eerste "
            "gesprek wordt uitgenodigd, tenzij de cliënt daar bezwaar tegen heeft. Ik ken mijn "
            "kind al zijn hele leve. Ik wil niet over hem beslissen, ik wil meedenken. Mijn "
            "zoon is 31."
        ),
        "themes": ["familie"],
        "campaign": "c2",
        "perspective": "relative",
    },
    {
        "id": "t035",
        "text": (
            "Familie-ervaringsdeskundigen kunnen een brug slaan tussen verwanten en teams, "
            "maar worden in weinig instellingen structureel ingezet."
        ),
        "themes": ["familie", "ervaring"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "t036",
        "text": (
            "Na onze klacht kregen we alleen nog brieven van de jurist van de instelling. De "
            "begeleider die we kenden mocht niet meer met ons praten."
        ),
        "themes": ["escalatie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t037",
        "text": (
            "Ik ben lid van de cliëntenraad en wil reageren op wat het paper zegt over "
            "tijdelijke maatregelen. Te vaak worden maatregelen die als tijdelijk bedoeld zijn "
            "stilzwijgend verlengd. Ik vraag u om in versie 1.0 op te nemen dat elke maatregel "
            "een einddatum krijgt en dat er na uiterlijk drie maanden een evaluatiemoment is "
            "waarbij de cliënt zelf aanwezig is. Deze oproep komt van Cliëntenraad De Brug. "
            "Tijdelijk is tijdelijk!"
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t038",
        "text": (
            "wat me het meest heeft geholpen was een schoonmaker die elke ochtend even vroeg "
            "hoe ik geslapen had. echt waar"
        ),
        "themes": ["bejegening"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t039",
        "text": "Behandel mensen zoals je zelf behandeld zou willen worden.",
        "themes": ["bejegening"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "t040",
        "text": (
            "Mensen met een laag inkomen of een migratieachtergrond komen later bij de ggz "
            "binnen en via andere routes, vaak pas via politie of spoedeisende hulp."
        ),
        "themes": ["toegang"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "t041",
        "text": (
            "Na een verhuizing naar een andere gemeente moest ik opnieuw worden aangemeld, "
            "opnieuw beoordeeld en opnieuw achteraan aansluiten."
        ),
        "themes": ["continuiteit", "toegang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t042",
        "text": (
            "Net als mijn dochter iemand begint te vertrouwen, gaat die persoon weg. "
            "Zwangerschapsverlof, andere baan, reorganisatie."
        ),
        "themes": ["continuiteit"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t043",
        "text": (
            "Als ouders van volwassen kinderen in de ggz vragen wij dat familie vanaf het "
            "eerste gesprek wordt uitgenodigd, tenzij de cliënt daar bezwaar tegen heeft. Wij "
            "kennen onze kinderen al hun hele leven. Wij willen niet over hen beslissen, wij "
            "willen meedenken. Ouders aan Tafel"
        ),
        "themes": ["familie"],
        "campaign": "c2",
        "perspective": "relative",
    },
    {
        "id": "t044",
        "text": "Wie het zelf heeft meegemaakt, hoort meer.",
        "themes": ["ervaring"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "t045",
        "text": (
            "Als ouders van volwassen kinderen in de ggz vragen wij dat familie vanaf het "
            "eerste gesprek wordt uitgenodigd, tenzij de cliënt daar bezwaar tegen heeft. Wij "
            "kennen onze kinderen al hun hele leven. Wij willen niet over hen beslissen, wij "
            "willen meedenken."
        ),
        "themes": ["familie"],
        "campaign": "c2",
        "perspective": "relative",
    },
    {
        "id": "t046",
        "text": "Eén gesprek zegt meer dan tien brieven.",
        "themes": ["contact"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "t047",
        "text": (
            "Lotgenoten hebben mij meer geleerd dan welke cursus ook. In de groep hoefde ik me "
            "niet beter voor te doen dan ik was."
        ),
        "themes": ["ervaring"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t048",
        "text": (
            "Wij zijn lid van de cliëntenraad in Helmond en willen reageren op wat het paper "
            "zegt over tijdelijke maatregelen. Te vaak worden maatregelen die als tijdelijk "
            "bedoeld zijn stilzwijgend verlengd. Wij vragen u om in versie 1.0 op te nemen dat "
            "elke maatregel een einddatum krijgt en dat er na uiterlijk drie maanden een "
            "evaluatiemoment is waarbij de cliënt zelf aanwezig is. Tijdelijk moet ook echt "
            "tijdelijk zijn. Deze oproep komt van Cliëntenraad De Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t049",
        "text": (
            "Herstelacademies laten zien dat leren van elkaars verhalen bijdraagt aan hoop en "
            "zelfbeschikking, maar het bereik is nog beperkt."
        ),
        "themes": ["ervaring"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "t050",
        "text": (
            "Onderzoek naar klachtprocedures laat zien dat klagers vooral erkenning en excuses "
            "zoeken, en dat formele afhandeling die behoefte zelden vervult."
        ),
        "themes": ["escalatie"],
        "campaign": None,
        "perspective": "researcher",
    },
    {
        "id": "t051",
        "text": (
            "crisisdienst gebeld, kreeg te horen dat ik 'niet acuut genoeg' was. twee dagen "
            "later lag ik op de eerste hulp"
        ),
        "themes": ["toegang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t052",
        "text": (
            "In verweerschriften van instellingen lees ik vaak een toon die niets meer met "
            "zorg te maken heeft. Zodra er een klacht ligt, wordt de cliënt een tegenpartij."
        ),
        "themes": ["bejegening", "escalatie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "t053",
        "text": "Mijn oma was de enige die bleef komen.",
        "themes": ["familie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t054",
        "text": (
            "Alles ging per brief. Ik heb mijn casemanager nooit aan de telefoon gehad. Na "
            "anderhalf jaar wist ik nog steeds niet hoe haar stem klonk."
        ),
        "themes": ["contact"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t055",
        "text": (
            "Een vast evaluatiemoment na drie maanden, zoals in de rondgestuurde brief staat, "
            "is voor onze doelgroep te kort. Liever een moment dat bij de persoon past dan één "
            "termijn voor iedereen."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t056",
        "text": (
            "Elke nieuwe begeleider stuurde me een introductiemail met dezelfde vragen. Ik ben "
            "gestopt met antwoorden."
        ),
        "themes": ["contact", "continuiteit"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t057",
        "text": "Toen ik huilde, keek de psychiater op zijn horloge.",
        "themes": ["bejegening"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t058",
        "text": (
            "Ik hoorde de diagnose van mijn dochter via haar ex-vriend. Dat zegt genoeg over "
            "hoe wij erbij werden betrokken."
        ),
        "themes": ["familie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t059",
        "text": (
            "Beste schrijvers van het paper,\n\nWij zijn lid van de cliëntenraad en willen "
            "reageren op wat het paper zegt over tijdelijke maatregelen. Te vaak worden "
            "maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Wij vragen u om "
            "in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er na "
            "uiterlijk drie maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig is. "
            "Tijdelijk moet ook echt tijdelijk zijn. Deze oproep komt van Cliëntenraad De "
            "Brug. Tijdelijk is tijdelijk!"
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t060",
        "text": (
            "Wij zijn lid van de cliëntenraad in Harderwijk en willen reageren op wat het "
            "paper zegt over tijdelijke maatregelen. Te vaak worden maatregelen die als "
            "tijdelijk bedoeld zijn stilzwijgend verlengd. Wij vragen u om in versie 1.0 op te "
            "nemen dat elke maatregel een einddatum krijgt en dat er na uiterlijk drie maanden "
            "een evalutiemoment is waarbij de cliënt zelf aanwezig is. Tijdelijk moet ook echt "
            "tijdelijk zijn. Deze oproep komt van Cliëntenraad De Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t061",
        "text": (
            "ik heb 3 jaar geprocedeerd en gewonnen. en nu? mijn zoon woont nog steeds niet "
            "thuis en niemand praat met me"
        ),
        "themes": ["escalatie", "familie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t062",
        "text": (
            "Dit is ook mijn eigen ervaring. Wij zijn lid van de cliëntenraad en willen "
            "reageren op wat het paper zegt over tijdelijke maatregelen. Te vaak worden "
            "maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Wij vragen u om "
            "in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er na "
            "uiterlijk drie maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig is. "
            "Tijdelijk moet ook echt tijdelijk zijn. Deze oproep komt van Cliëntenraad De "
            "Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t063",
        "text": (
            "Mijn moeder werd 'de dame van kamer twaalf' genoemd. Ze heeft een naam, ze was "
            "lerares, ze heeft vier kinderen grootgebracht."
        ),
        "themes": ["bejegening"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t064",
        "text": (
            "Het idee van een voorfase vóór de juridische weg spreekt me aan, maar dan moet "
            "die fase echt onafhankelijk zijn en niet door de instelling zelf worden "
            "georganiseerd. Anders zit de cliënt weer aan tafel bij de partij waarmee het "
            "misging. Ik heb meegemaakt dat een zogenaamd verkennend gesprek werd voorgezeten "
            "door de manager die ook het verweerschrift had geschreven. De ouders voelden zich "
            "overvallen, wij voelden ons ongemakkelijk en na een uur lag er alleen een verslag "
            "dat weer in het dossier verdween. Een onafhankelijke gespreksleider, buiten de "
            "instelling en buiten de gemeente, zou het verschil maken. Liefst iemand die beide "
            "talen spreekt: die van de zorg en die van het recht."
        ),
        "themes": ["escalatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t065",
        "text": (
            "Bemiddeling zou een vaste stap moeten zijn voordat een geschil in de zorg naar de "
            "geschilleninstantie gaat."
        ),
        "themes": ["escalatie"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "t066",
        "text": (
            "De brief van de cliëntenraad over evaluatiemomenten heb ik gezien, en ik ben het "
            "ermee eens dat maatregelen een einddatum nodig hebben. Maar een datum op papier "
            "zegt niets als ik er zelf niet bij ben wanneer er wordt geëvalueerd."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t067",
        "text": (
            "in de herstelgroep mocht ik gewoon zeggen dat het kut ging. niemand schreef het op"
        ),
        "themes": ["ervaring"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t068",
        "text": (
            "Ik probeer na elk lastig overleg de cliënt zelf te bellen om te vertellen wat er "
            "besproken is. Dat kost tien minuten en voorkomt weken gedoe."
        ),
        "themes": ["contact"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t069",
        "text": (
            "Voor de basis-ggz was ik te zwaar, voor de specialistische te licht. Dus kon ik "
            "nergens terecht."
        ),
        "themes": ["toegang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t070",
        "text": (
            "Onze dochter is 24 en al vijf jaar in behandeling. Als ouders van volwassen "
            "kinderen in de ggz vragen wij dat familie vanaf het eerste gesprek wordt "
            "uitgenodigd, tenzij de cliënt daar bezwaar tegen heeft. Wij kennen onze kinderen "
            "al hun hele leven. Wij willen niet over hen beslissen, wij willen meedenken."
        ),
        "themes": ["familie"],
        "campaign": "c2",
        "perspective": "relative",
    },
    {
        "id": "t071",
        "text": (
            "Ik ben lid van de cliëntenraad en wil reageren op wat het paper zegt over "
            "tijdelijke maatregelen. Te vaak worden maatregelen die als tijdelijk bedoeld zijn "
            "stilzwijgend verlengd. Ik vraag u om in versie 1.0 op te nemen dat elke maatregel "
            "een einddatum krijgt en dat er na uiterlijk drie maanden een evalutiemoment is "
            "waarbij de cliënt zelf aanwezig is. Tijdelijk moet ook echt tijdelijk zijn. Deze "
            "oproep komt van Cliëntenraad De Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t072",
        "text": (
            "Niemand legde me uit waarom ik werd afgewezen. Er stond alleen 'geen passend "
            "aanbod' in de brief."
        ),
        "themes": ["toegang", "contact"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t073",
        "text": (
            "mijn vaste begeleider is met pensioen en de nieuwe heeft mijn verhaal niet eens "
            "gelezen. begint gewoon met 'vertel eens wat over jezelf'"
        ),
        "themes": ["continuiteit"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t074",
        "text": (
            "Ze praatten langzaam tegen me, alsof ik dom was, maar gebruikten tegelijk woorden "
            "die ik niet kende."
        ),
        "themes": ["bejegening", "contact"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t075",
        "text": (
            "Onze collega die zelf jaren patiënt is geweest, ziet dingen die wij missen. Toch "
            "wordt ze in het multidisciplinair overleg pas als laatste gevraagd."
        ),
        "themes": ["ervaring"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t076",
        "text": (
            "Menselijke maat laat zich slecht in prestatie-indicatoren vangen. Misschien "
            "moeten we daar ook niet naar streven, en eerder vragen: heeft deze persoon zich "
            "gezien gevoeld?"
        ),
        "themes": ["bejegening"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "t077",
        "text": (
            "De receptioniste riep mijn naam door de hele wachtkamer, samen met de naam van de "
            "afdeling. Ik ben daarna niet meer teruggegaan."
        ),
        "themes": ["bejegening"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t078",
        "text": (
            "Beste schrijvers van het paper,\n\nIk ben lid van de cliëntenraad en wil reageren "
            "op wat het paper zegt over tijdelijke maatregelen. Te vaak worden maatregelen die "
            "als tijdelijk bedoeld zijn stilzwijgend verlengd. Ik vraag u om in versie 1.0 op "
            "te nemen dat elke maatregel een einddatum krijgt en dat er na uiterlijk drie "
            "maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig is. Tijdelijk moet "
            "ook echt tijdelijk zijn. Deze oproep komt van Cliëntenraad De Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t079",
        "text": (
            "Zodra er een advocaat in beeld is, schrijft het team alles op met het oog op de "
            "rechtszaal. Daarmee zit de situatie nog vaster."
        ),
        "themes": ["escalatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t080",
        "text": (
            "Ik herken dit uit mijn eigen opname. Ik ben lid van de cliëntenraad in Deventer "
            "en wil reageren op wat het paper zegt over tijdelijke maatregels. Te vaak worden "
            "maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Ik vraag u om "
            "in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er na "
            "uiterlijk drie maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig is. "
            "Deze oproep komt van Cliëntenraad De Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t081",
        "text": (
            "Bij de voordeur van de kliniek werden wij behandeld alsof we iets kwaads van plan "
            "waren. Tassen open, jassen uit, en geen woord uitleg."
        ),
        "themes": ["familie", "bejegening"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t082",
        "text": "Niets is zo blijvend als een voorlopige oplossing.",
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "t083",
        "text": (
            "Als ouders van volwassen kinderen in de ggz vragen wij dat familie vanaf het "
            "eerste gesprek wordt uitgenodigd, tenzij de cliënt daar bezwaar tegen heeft. Wij "
            "willen niet over hen beslissen, wij willen meedenken. Ouders aan Tafel, regio "
            "Oost"
        ),
        "themes": ["familie"],
        "campaign": "c2",
        "perspective": "relative",
    },
    {
        "id": "t084",
        "text": (
            "Dit speelt bij ons op de afdeling elke week. Ik ben lid van de cliëntenraad en "
            "wil reageren op wat het paper zegt over tijdelijke maatregelen. Te vaak worden "
            "maatregelen die als tijdelijk bedoeld zijn stilzwijgend verlengd. Ik vraag u om "
            "in versie 1.0 op te nemen dat elke maatregel een einddatum krijgt en dat er na "
            "uiterlijk drie maanden een evaluatiemoment is waarbij de cliënt zelf aanwezig is. "
            "Deze oproep komt van Cliëntenraad De Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t085",
        "text": (
            "ik zorg elke dag voor haar, ik ben haar moeder. en dan zeggen ze in het overleg "
            "dat ik 'te betrokken' ben. als ik niet zou bellen wist niemand hoe het met haar "
            "ging"
        ),
        "themes": ["familie"],
        "campaign": None,
        "perspective": "informal_carer",
    },
    {
        "id": "t086",
        "text": (
            "Ik ben lid van de cliëntenraad in Oss en wil reageren op wat het paper zegt over "
            "tijdelijke maatregelen. Te vaak worden maatregelen die als tijdelijk bedoeld zijn "
            "stilzwijgend verlengd. Ik vraag u om in versie 1.0 op te nemen dat elke maatregel "
            "een einddatum krijgt en dat er na uiterlijk twee maanden een evalutiemoment is "
            "waarbij de cliënt zelf aanwezig is. Tijdelijk moet ook echt tijdelijk zijn. Deze "
            "oproep komt van Cliëntenraad De Brug."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": "c1",
        "perspective": "client",
    },
    {
        "id": "t087",
        "text": (
            "De inzet van ervaringswerkers wordt vaak uit projectgeld betaald. Na twee jaar is "
            "het geld op en verdwijnt de functie weer."
        ),
        "themes": ["ervaring"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "t088",
        "text": (
            "Ik werk op een gesloten afdeling en zie dat broers en zussen bijna nooit in beeld "
            "komen. Ouders wel, partners soms, maar een zus die elke week belt staat nergens "
            "genoteerd. Toch is zij vaak degene die er over twintig jaar nog is. Als we "
            "herstel serieus nemen, moeten we breder kijken dan het gezin van herkomst: de "
            "vriend van de voetbal, de collega die appt, de buurvrouw die de kat voert. In "
            "onze intake vragen we alleen naar 'contactpersonen in geval van nood'. Dat is een "
            "lijst voor als het misgaat, niet voor als het beter moet gaan. Ik zou willen dat "
            "het paper dat verschil benoemt, en dat het vraagt wie iemand zelf als zijn mensen "
            "ziet."
        ),
        "themes": ["familie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t089",
        "text": (
            "Ik ben ook ouder van een volwassen kind in de ggz, maar ik wil niet vanaf het "
            "eerste gesprek aan tafel zitten. Mijn dochter moet eerst zelf haar verhaal kunnen "
            "doen; daarna kunnen we meedenken."
        ),
        "themes": ["familie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "t090",
        "text": (
            "Wat mij in de jaren van hulp het meest heeft beschadigd, is niet één bepaalde "
            "beslissing maar het komen en gaan van mensen. Ik heb geleerd om niet te veel te "
            "vertellen, want wie je iets vertelt, is over een paar maanden weer weg. Ik heb "
            "geleerd om niet te hechten. Dat staat nu in mijn papieren als 'moeite met het "
            "aangaan van een werkrelatie'. Maar dat is geen eigenschap van mij, dat is wat ik "
            "heb geleerd van het systeem. De begeleider die mij uiteindelijk verder hielp, "
            "bleef vier jaar. Ze was niet slimmer of beter opgeleid dan de anderen. Ze was er "
            "gewoon, elke week, op dezelfde dag. Ik hoop dat dit paper dat durft te benoemen: "
            "blijven is ook een interventie."
        ),
        "themes": ["continuiteit"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t091",
        "text": (
            "Als ouder van een volwassen kind in de ggz vraag ik dat familie vanaf het eerste "
            "gesprek wordt uitgenodigd, tenzij de cliënt daar bezwaar tegen heeft. Ik ken mijn "
            "kind al zijn hele leven. Ik wil niet over hem beslissen, ik wil meedenken. Ik "
            "onderteken de oproep van Ouders aan Tafel."
        ),
        "themes": ["familie"],
        "campaign": "c2",
        "perspective": "relative",
    },
    {
        "id": "t092",
        "text": (
            "We zetten maatregelen in met een einddatum, maar niemand staat in de agenda om op "
            "die dag iets te doen. Dus loopt het gewoon door."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t093",
        "text": (
            "Maatregelen die zonder toetsing worden verlengd, schuren met het "
            "proportionaliteitsbeginsel. Een vast ijkmoment zou in het kader moeten worden "
            "vastgelegd."
        ),
        "themes": ["tijdelijkheid"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "t094",
        "text": (
            "We leren om professioneel afstand te houden, maar soms is een hand op een "
            "schouder het enige dat werkt."
        ),
        "themes": ["bejegening"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "t095",
        "text": (
            "Brieven van de gemeente zijn juridisch sluitend maar voor veel inwoners "
            "onleesbaar. We zijn overgestapt op eenvoudige taal en het aantal bezwaren daalt."
        ),
        "themes": ["contact"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "t096",
        "text": (
            "Ik raad cliënten steeds vaker af om direct een klacht in te dienen. Niet omdat ze "
            "ongelijk hebben, maar omdat het gesprek daarna vaak helemaal stopt."
        ),
        "themes": ["escalatie"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "t097",
        "text": (
            "Een machtiging die telkens wordt verlengd, wordt in beroep vaak alleen formeel "
            "getoetst. Niemand vraagt of de oorspronkelijke reden nog bestaat."
        ),
        "themes": ["escalatie", "tijdelijkheid"],
        "campaign": None,
        "perspective": "lawyer",
    },
    {
        "id": "t098",
        "text": "Een rechtszaak is geen gesprek.",
        "themes": ["escalatie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "t099",
        "text": (
            "De ervaringswerker was de eerste die mij niet als een diagnose zag maar als "
            "iemand met een verhaal."
        ),
        "themes": ["ervaring", "bejegening"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t100",
        "text": (
            "De drempel om hulp te vragen was al hoog genoeg. Als je dan bij de eerste poging "
            "naar een website wordt verwezen, probeer je het geen tweede keer."
        ),
        "themes": ["toegang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "t101",
        "text": (
            "In ons beleid staat dat de omgeving van de cliënt wordt betrokken, maar er is "
            "geen tijd voor begroot. Dan blijft het bij een zin in het plan."
        ),
        "themes": ["familie"],
        "campaign": None,
        "perspective": "policy",
    },
    {
        "id": "t102",
        "text": (
            "Bij een overdracht gaat vooral verloren wat niet op papier staat: hoe iemand "
            "begroet wil worden, waar je het beter niet over hebt."
        ),
        "themes": ["continuiteit"],
        "campaign": None,
        "perspective": "professional",
    },
]
