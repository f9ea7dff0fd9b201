"""Second tuning set for the subject metric: Dutch public reflections on the SHPP003 papers
(CIV-CARE, recovery-oriented care), written and coded by hand apart from the held-out set
(semantic_heldout.py), which its writer did not see, and with ten themes of its own, none of them
those of semantic_tuning.py. Use it, beside the first tuning set, to learn how texts on one theme
vary in manner (register, length, perspective, a personal story or policy language) so that the
metric can look past the manner to the subject; never tune on the held-out set.

THEMES maps a theme code to a short Dutch name. Each entry of REFLECTIONS has an id (b001...),
the text, its themes (main theme first; about 15% carry a second theme), the campaign it belongs
to (always None: this set holds no mass mail) and the writer's perspective (client, relative,
professional or other).

Within a theme the texts say related things in other words, registers and perspectives, often
through a concrete situation rather than the theme's own words; across themes they share the
general care vocabulary (zorg, cliënt, hulpverlener, het paper, versie 1.0), so that words alone
do not give the theme away. All people are fictional; the places are ordinary Dutch towns.
"""

THEMES: dict[str, str] = {
    "wonen": "Wonen en huisvesting",
    "werk": "Werk en dagbesteding",
    "medicatie": "Medicatie en bijwerkingen",
    "crisis": "Crisisopvang en nachtzorg",
    "jongeren": "Jongeren en de overstap naar volwassenenzorg",
    "cultuur": "Cultuur, taal en tolken",
    "geld": "Schulden en bestaanszekerheid",
    "dwang": "Dwang en vrijheidsbeperking",
    "bureaucratie": "Indicaties, formulieren en regels",
    "lichaam": "Lichamelijke gezondheid",
}

REFLECTIONS: list[dict] = [
    {
        "id": "b001",
        "text": (
            "Met IPS helpen wij mensen eerst aan een gewone baan en trainen we daarna, in plaats "
            "van eindeloos voor te bereiden. Het grootste obstakel is meestal niet de cliënt maar "
            "de behandelaar die denkt dat een baan te veel stress geeft."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b002",
        "text": (
            "Op de spoedeisende hulp zien we mensen in psychische nood die ook lichamelijk ziek "
            "zijn, maar zodra de psychiater er is, stopt ons onderzoek. Ik heb een keer een delier "
            "gemist omdat iedereen uitging van een psychose."
        ),
        "themes": ["lichaam", "crisis"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b003",
        "text": (
            "Onze dochter heeft een eetstoornis en daarnaast diabetes. De kliniek voor de "
            "eetstoornis wil niets met haar insuline te maken hebben en de internist vindt dat "
            "eerst het gedrag moet veranderen. Ze valt precies tussen twee specialismen in."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b004",
        "text": (
            "Als corporatie willen we huurders die uit de ggz komen best een kans geven, maar dan "
            "moeten we weten wie we kunnen bellen als het misgaat. Nu staan we er als verhuurder "
            "alleen voor. Eén vaste contactpersoon per huurder zou veel schelen."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b005",
        "text": (
            "Op het formulier stond: 'Beschrijf in maximaal 200 tekens uw hulpvraag.' Mijn "
            "hulpvraag past niet in 200 tekens. Mijn naam past er nauwelijks in."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b006",
        "text": (
            "Ik coördineer een buurtmoestuin in Tilburg-Noord. Een paar van onze vaste tuinders "
            "komen via de ggz, de meesten niet. Juist die mix werkt: niemand is er cliënt, "
            "iedereen is tuinder."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b007",
        "text": (
            "Het aantal verplichte opnames stijgt al jaren, terwijl de wet juist bedoeld was om ze "
            "terug te dringen. Het paper zou helder moeten zeggen dat minder onvrijwillige zorg "
            "een maatstaf is voor goede zorg, en niet alleen een wens."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b008",
        "text": (
            "Programma's waarin mensen samen koken en bewegen, laten verbetering zien in zowel "
            "lichamelijke als psychische uitkomsten. Ze worden zelden structureel betaald en "
            "verdwijnen als het projectgeld op is."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b009",
        "text": (
            "Als onafhankelijk cliëntondersteuner besteed ik het grootste deel van mijn tijd aan "
            "het uitleggen van beschikkingen en het invullen van bezwaarformulieren. Aan het "
            "gesprek over wat iemand eigenlijk nodig heeft, komen we vaak niet meer toe."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b010",
        "text": (
            "Bij de intake vraag ik altijd naar inkomen en schulden. Niet om te oordelen, maar "
            "omdat het de helft van het verhaal verklaart. In geen enkel protocol staat dat ik het "
            "moet doen."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b011",
        "text": (
            "Van de uitkeringsinstantie mocht ik pas weer aan de slag als ik 'hersteld' was, en "
            "volgens mijn behandelaar kon ik pas herstellen als ik iets omhanden had. Kip of ei."
        ),
        "themes": ["werk", "geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b012",
        "text": (
            "ik moest eerst zeggen dat ik mezelf iets ging aandoen voordat ze kwamen. dus wat doe "
            "je dan aan de telefoon, overdrijven?"
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b013",
        "text": (
            "drie jaar op de wachtlijst en dan vragen ze of ik 'stabiel genoeg' ben. stabiel "
            "worden doe je niet op de bank van je zus"
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b014",
        "text": (
            "Niemand heeft ooit met me besproken hoe ik van deze pillen af kan komen. Alleen hoe "
            "ik erop moet blijven."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b015",
        "text": (
            "De regionale afspraken over acute psychiatrie zijn versnipperd: de GGD, de "
            "ggz-instelling, de politie en de meldkamer hebben elk hun eigen protocol. Wij vragen "
            "de stichting de samenwerking in de avond- en nachturen expliciet te benoemen."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b016",
        "text": (
            "Op zaterdagavond liep onze dochter verward over straat. Wij hebben 112 gebeld, de "
            "politie kwam, en ze heeft de nacht in een cel doorgebracht omdat er nergens een bed "
            "was. Ze had niets misdaan."
        ),
        "themes": ["crisis", "dwang"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b017",
        "text": (
            "Rond de overgangsleeftijd haakt een groot deel van de jongeren af uit de zorg, "
            "uitgerekend in de jaren waarin veel psychische aandoeningen zich voor het eerst "
            "volledig laten zien."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b018",
        "text": (
            "de tolk was een man uit mijn eigen dorp. ik heb dus niks verteld over wat er echt "
            "gebeurd is. hoe kan ik dat zeggen met hem erbij"
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b019",
        "text": (
            "heb 3x het toestemmingsformulier moeten tekenen voor de zelfde zorg omdat het eerste "
            "'niet goed gescand' was. ben gewoon op."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b020",
        "text": (
            "In mijn beschikking staat 'begeleiding individueel, 4 uur per week'. Mijn begeleider "
            "mag niet mee naar de tandarts, want dat valt onder een ander product. Dus ga ik niet "
            "naar de tandarts."
        ),
        "themes": ["bureaucratie", "lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b021",
        "text": (
            "Als voorganger van een moskee in Rotterdam-Zuid spreek ik elke week mensen die "
            "psychisch vastlopen. Velen komen eerst bij mij, niet bij de huisarts. Betere "
            "samenwerking tussen hulpverleners en religieuze voorgangers zou veel leed voorkomen."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b022",
        "text": (
            "Mijn vrouw wil graag terug naar haar werk in de thuiszorg. Haar psychiater vindt het "
            "te vroeg, haar re-integratiecoach vindt dat het te laat wordt. Zij staat ertussen en "
            "wordt er steeds onzekerder van."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b023",
        "text": (
            "Na mijn ontslag kreeg ik een nummer voor als het 's avonds slecht ging. Het was het "
            "nummer van de receptie, en die ging om vijf uur dicht."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b024",
        "text": (
            "Mijn moeder woont in een gewoon flatje met twee keer per week iemand die langskomt. "
            "Dat gaat goed, juist omdat ze tussen gewone buren woont en niet tussen andere "
            "patiënten. Ik hoop dat het paper dat soort oplossingen aanmoedigt in plaats van "
            "nieuwe complexen aan de rand van het dorp."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b025",
        "text": (
            "Mijn broer is vorig jaar uit zijn huis gezet na klachten van de buren. Daarna sliep "
            "hij in zijn auto. De ggz zei dat ze hem zonder vaste verblijfplaats niet konden "
            "inschrijven. Dat is toch de omgekeerde wereld."
        ),
        "themes": ["wonen", "bureaucratie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b026",
        "text": (
            "In onze straat wonen nu vier mensen die begeleid worden. Prima, echt. Maar niemand "
            "heeft ons ooit verteld bij wie we terechtkunnen als iemand om twee uur 's nachts op "
            "de galerij staat te schreeuwen."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b027",
        "text": "Ik ben 20. Ik hoor niet bij de kinderen en niet bij de volwassenen.",
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b028",
        "text": "Het instorten houdt zich niet aan kantoortijden.",
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b029",
        "text": (
            "Geachte opstellers,\n\nIk ben gevlucht uit Syrië en woon nu zes jaar in Nederland. In "
            "het paper lees ik veel over eigen regie. Maar regie vraagt dat je het systeem "
            "begrijpt. Niemand heeft mij uitgelegd wat een huisarts doet, wat een POH is, of "
            "waarom ik een specialist niet zelf kan bellen. Ik vraag u aandacht voor uitleg in de "
            "eigen taal bij de eerste stap."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b030",
        "text": (
            "Onze zoon woont al vier jaar in een begeleide woonvorm en wil dolgraag naar een eigen "
            "studio. De corporatie vraagt een verklaring dat hij 'zelfstandig kan wonen', de "
            "zorgaanbieder wil die pas geven als hij eerst een jaar op zichzelf heeft gewoond. Hij "
            "draait dus rondjes. Ondertussen ziet hij jongens die later binnenkwamen wel "
            "vertrekken, omdat zij toevallig een tante bij de woningbouw hadden. Het paper spreekt "
            "over perspectief. Voor hem is dat een sleutel."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b031",
        "text": (
            "Onze zoon heeft ADHD en kreeg tot zijn achttiende zijn medicijnen via de kinderarts. "
            "Daarna wilde de huisarts het recept niet overnemen zonder nieuwe diagnose, en een "
            "nieuwe diagnose betekende negen maanden wachten. Hij is dus gestopt, midden in zijn "
            "examenjaar."
        ),
        "themes": ["jongeren", "medicatie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b032",
        "text": (
            "Geachte opstellers van het CIV-CARE-paper,\n\nDe afgelopen tien jaar heb ik van de "
            "bijstand geleefd. In het paper lees ik over herstel, zingeving en eigen regie. Ik "
            "vraag u te erkennen dat eigen regie een luxe is als je aan het eind van de maand moet "
            "kiezen tussen eten en de energierekening. Een zeker inkomen zou een voorwaarde moeten "
            "zijn, geen bijzaak."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b033",
        "text": (
            "Ik heb meegewerkt aan separaties en weet dat het op het moment zelf onvermijdelijk "
            "kan voelen. Maar van de nabespreking met de cliënt, een week later, leer ik het "
            "meest. Die wordt bij ons nog te vaak overgeslagen."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b034",
        "text": (
            "Als apotheker zie ik recepten van drie verschillende voorschrijvers voor dezelfde "
            "persoon, zonder dat ze van elkaar weten. Een gezamenlijke beoordeling met de cliënt "
            "aan tafel zou verplicht moeten zijn bij meer dan vijf middelen."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b035",
        "text": (
            "Wie na een crisisopname niet terug kan naar huis, blijft op een acuut bed liggen dat "
            "voor de volgende persoon in nood nodig is. Een bed bezet houden omdat er nergens een "
            "voordeur is, dat is bij ons dagelijkse praktijk."
        ),
        "themes": ["wonen", "crisis"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b036",
        "text": (
            "Ik wilde niet op een afdeling met mannen van vijftig. Ik was negentien en bang. Ze "
            "zeiden dat er geen aparte plek was voor mensen van mijn leeftijd."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b037",
        "text": (
            "Elke nieuwe instantie wil een kopie van mijn paspoort, mijn bankafschriften, mijn "
            "huurcontract en een verklaring van mijn behandelaar. Ik ben een map met papier "
            "geworden."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b038",
        "text": (
            "Op de afdeling was het friet op maandag, pizza op woensdag en tussendoor snoep uit de "
            "automaat. Daar kom je niet gezonder uit dan je erin gaat."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b039",
        "text": (
            "Notitie vanuit de afdeling sociaal domein van een middelgrote gemeente. Wij hebben in "
            "het afgelopen jaar 212 herindicaties uitgevoerd voor inwoners met langdurige "
            "psychische kwetsbaarheid. In ruim negen van de tien gevallen was de uitkomst gelijk "
            "aan de vorige beschikking. Het traject kostte gemiddeld twee gesprekken, een "
            "rapportage van de aanbieder en zes weken doorlooptijd. Voor de inwoner betekent het "
            "elke keer onzekerheid over de vraag of de vertrouwde begeleiding blijft. Wij stellen "
            "voor dat het paper in versie 1.0 ruimte laat voor meerjarige of doorlopende besluiten "
            "bij stabiele situaties, met een lichte jaarlijkse toets in plaats van een volledige "
            "nieuwe aanvraag."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b040",
        "text": (
            "Mijn oom is Moluks. Toen hij werd opgenomen, wilde de familie met z'n allen komen, "
            "zoals dat bij ons gaat. Er mochten twee bezoekers tegelijk naar binnen. De rest heeft "
            "op de parkeerplaats gestaan."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b041",
        "text": (
            "Op de huisartsenpost hebben we 's nachts geen directe lijn naar een psychiater. We "
            "bellen en horen dat er de komende drie uur niemand kan. Dan zit je als dienstdoend "
            "huisarts met iemand die naar huis wil en niet naar huis kan."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b042",
        "text": (
            "Housing First werkt, dat zien we hier elke week. Maar onze gemeente koppelt de "
            "sleutel nog steeds aan voorwaarden: eerst drie maanden clean, eerst het traject "
            "afmaken. Dan is het geen housing first meer, dan is het housing last."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b043",
        "text": (
            "Afdelingen die het aantal afzonderingen sterk terugbrachten, deden dat niet met één "
            "maatregel maar met een combinatie: meer mensen op de piekmomenten, "
            "signaleringsplannen en ervaringsdeskundigen die vanaf het begin meedraaien."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b044",
        "text": (
            "Onze zoon werd achttien en moest ineens zelf zijn zorgverzekering regelen en een "
            "eigen risico betalen. Hij heeft de brieven niet opengemaakt en had binnen een jaar "
            "een incassobureau achter zich aan."
        ),
        "themes": ["jongeren", "geld"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b045",
        "text": (
            "Om half twee 's nachts zaten mijn zoon en ik in de wachtruimte. Om zes uur kwam er "
            "een arts. Om half zeven stonden we weer buiten, met een folder."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b046",
        "text": (
            "bij jeugdzorg mocht mn moeder overal bij zijn, nu ben ik 18 en mag ze ineens niks "
            "meer weten. ik wil juist dat ze erbij is"
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b047",
        "text": (
            "Sinds ik vastgebonden ben geweest, kan ik niet meer goed tegen aanraken. Mijn vriend "
            "weet niet wat hij fout doet."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b048",
        "text": (
            "De overdrachten die wij binnenkrijgen beschrijven het hele gezin, maar nauwelijks wat "
            "de jongere zelf wil. Ons werk is ingericht op een individu, dat van de collega's vóór "
            "ons op een gezin. Die twee sluiten slecht op elkaar aan."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b049",
        "text": (
            "Mijn broer heeft een Wajong-uitkering en woont begeleid. Van wat er na de eigen "
            "bijdrage overblijft, kan hij precies zijn telefoonabonnement en zijn shag betalen. "
            "Verder niks. Geen kleren, geen verjaardagscadeau voor zijn neefje. Zo blijf je altijd "
            "patiënt."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b050",
        "text": (
            "Mijn vader had al maanden buikpijn maar wilde niet naar de dokter, omdat hij dacht "
            "dat het zijn angsten waren. Zijn begeleider dacht dat ook. Toen ze het eindelijk "
            "vonden, was het te laat."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b051",
        "text": (
            "Vroeger was het spelletjes en 'hoe voel je je vandaag op een schaal van 1 tot 10'. Nu "
            "kreeg ik een lijst van negentig vragen en een psychiater die naar zijn scherm keek. "
            "Iets ertussenin zou fijn zijn."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b052",
        "text": "Eigen risico van 385 euro. Dus ik ga pas als het echt niet meer gaat.",
        "themes": ["geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b053",
        "text": (
            "Ik heb vijftien jaar als lasser gewerkt voordat ik ziek werd. Na mijn opname kwam ik "
            "bij de dagbesteding terecht, waar ik mocht schilderen en wandelen. Heel aardig "
            "allemaal, maar ik ben geen schilder. Ik ben een vakman. Het duurde twee jaar voordat "
            "een begeleider vroeg wat ik vroeger deed. Hij kende iemand met een metaalbedrijf in "
            "Hengelo, ik mocht een middag meekijken, en nu sta ik er drie ochtenden per week. Mijn "
            "handen weten het nog. Mijn hoofd is er rustiger van geworden dan van alle gesprekken. "
            "Zet dat in het paper: vraag mensen wat ze kunnen, niet alleen wat ze mankeren."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b054",
        "text": (
            "Om drie uur 's nachts belde ik het nummer dat ik had gekregen. Ik kreeg een bandje "
            "dat ik de volgende ochtend mijn eigen behandelaar moest bellen. Die ochtend heb ik "
            "bijna niet gehaald."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b055",
        "text": (
            "In zaken over verplichte zorg zie ik dat de rechter het dossier volgt. De stem van de "
            "cliënt klinkt pas op de zitting, en dan is het besluit in de verslaglegging vaak al "
            "voorbereid."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b056",
        "text": (
            "Mijn broer is na de beoordeling om vijf uur 's ochtends met een taxi thuisgebracht. "
            "Niemand had ons gebeld. Hij stond in zijn pyjama voor de deur."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b057",
        "text": (
            "Maar een klein deel van de mensen met ernstige psychische aandoeningen heeft betaald "
            "werk, terwijl een veel groter deel zegt dat te willen. De kloof zit niet in "
            "motivatie, maar in hoe slecht behandeling en werkbegeleiding op elkaar aansluiten."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b058",
        "text": (
            "Afbouwen gebeurt in de praktijk te snel of helemaal niet. Een begeleid afbouwschema, "
            "met kleine stapjes en een vast aanspreekpunt, zou standaard aangeboden moeten worden "
            "zodra een cliënt wil stoppen."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b059",
        "text": (
            "Cliënten zeggen afspraken af omdat hun beltegoed op is. Ik kan ze dan niet bereiken "
            "en in het systeem staan ze als 'no show'."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b060",
        "text": (
            "Onze kleindochter van negentien had in de jeugdhulp een vaste begeleider die ze elke "
            "week zag. Nu moet ze het doen met een gesprek eens per zes weken en een app. Ze zegt "
            "dat de app aardiger is dan de behandelaar."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b061",
        "text": (
            "Tijdsbestedingsonderzoek laat zien dat een flink deel van de werktijd van "
            "behandelaars naar verantwoording gaat. Het is moeilijk uit te leggen dat dat deel "
            "groeit terwijl de wachtlijsten dat ook doen."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b062",
        "text": (
            "Herstelgerichte opvang in een gewoon huis, met ervaringsdeskundigen in de bezetting, "
            "lijkt even veilig als een klinische opname en wordt door bezoekers beter gewaardeerd. "
            "Het paper noemt dit model niet, dat is een gemiste kans."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b063",
        "text": "dagbesteding = koffie drinken en puzzelen. ik ben 29!!",
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b064",
        "text": (
            "Als kleine ondernemer in Zutphen heb ik twee mensen met een psychische kwetsbaarheid "
            "in dienst. Het gaat goed, maar bij een terugval weet ik niet wie ik mag bellen en wat "
            "ik mag weten. Een aanspreekpunt voor werkgevers zou mij erg helpen."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b065",
        "text": (
            "De fysiotherapie voor mijn rug valt buiten het basispakket en een aanvullende "
            "verzekering kan ik niet betalen. Dus blijf ik liggen, en van liggen word ik alleen "
            "maar somberder."
        ),
        "themes": ["lichaam", "geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b066",
        "text": (
            "Mijn zoon heeft nu drie re-integratietrajecten achter de rug. Elk traject begint met "
            "een intake, een test en een cursus sollicitatiebrieven schrijven. Hij heeft nog nooit "
            "met een werkgever gepraat."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b067",
        "text": (
            "We zijn 's nachts met twee mensen voor een regio van vier gemeenten. Als we bij een "
            "beoordeling in Deventer zitten, wacht iemand in Raalte soms uren op het "
            "politiebureau."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b068",
        "text": (
            "Wat ik die nacht nodig had was geen psychiater maar iemand die naast me kwam zitten. "
            "Iemand die niet vroeg of ik een plan had, maar of ik thee wilde. In het paper gaat "
            "het steeds over professionele beoordeling. Ik mis de gewone menselijke aanwezigheid "
            "op het moment dat alles instort."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b069",
        "text": "Slapen, eten, bewegen. Niemand vraagt ernaar. Alleen naar mijn stemming.",
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b070",
        "text": (
            "Op de afdeling delen we bekertjes uit om acht uur, twaalf uur en vijf uur. Er is "
            "nauwelijks tijd om te vragen hoe iemand zich erbij voelt."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b071",
        "text": (
            "Onze zoon heeft in een manische periode voor achtduizend euro besteld via internet. "
            "Achteraf kon niemand iets terugdraaien. Hij schaamt zich er kapot voor en durft nu "
            "geen post meer open te maken."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b072",
        "text": (
            "Ik werk in de kassen bij Naaldwijk. Toen ik in de war raakte, heeft het uitzendbureau "
            "me terug naar Polen gestuurd. Ik had hier niet eens een huisarts."
        ),
        "themes": ["cultuur", "werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b073",
        "text": (
            "Onze dagbesteding draait om het rooster van de locatie, niet om de mensen. Wie om "
            "negen uur niet kan, valt af. Wie liever buiten bezig is, moet toch kaarsen maken."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b074",
        "text": (
            "Voor mijn herindicatie moest ik weer mijn hele levensverhaal vertellen aan iemand die "
            "ik nooit eerder had gezien. Het staat allemaal al in mijn dossier. Acht jaar lang "
            "hetzelfde verhaal, elke twee jaar opnieuw."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b075",
        "text": (
            "We hebben op de afdeling een comfortroom ingericht: zachte stoelen, gedempt licht, "
            "muziek naar keuze. Sindsdien gebruiken we de separeer veel minder. Het kostte minder "
            "dan de verbouwing van één kantoor."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b076",
        "text": (
            "Toen mijn vrouw werd opgenomen, viel haar inkomen weg en bleven de vaste lasten "
            "gewoon doorlopen. Niemand in de kliniek heeft gevraagd hoe wij thuis de huur gingen "
            "betalen."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b077",
        "text": (
            "Onze zoon is met een crisismaatregel opgenomen. Wij stonden erbij toen hij geboeid "
            "werd meegenomen. Hij heeft het ons jarenlang kwalijk genomen dat wij de huisarts "
            "hadden gebeld."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b078",
        "text": (
            "Twintig kilo aangekomen in een jaar. Toen ik dat aankaartte, zei de arts dat ik meer "
            "moest bewegen. Het staat gewoon in de bijsluiter."
        ),
        "themes": ["medicatie", "lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b079",
        "text": (
            "Mijn behandelaar vond dat ik 'te afhankelijk' van mijn familie was. Bij ons woon je "
            "bij je ouders tot je trouwt. Dat is geen symptoom, zo leven wij gewoon."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b080",
        "text": (
            "Wat mij hielp was een jongerenwerker die me gewoon bleef appen, ook na mijn "
            "verjaardag, ook toen het officieel niet meer zijn taak was."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b081",
        "text": (
            "Ik wil iets vertellen over onze zoon Daan. Hij was vijftien toen het misging: niet "
            "meer naar school, nachten wakker, boos op alles. De jeugdhulp was geweldig. Er was "
            "een vaste begeleider, Mirjam, die bij ons aan tafel zat en hem kende. Drie maanden "
            "voor zijn achttiende kregen we te horen dat het stopte. Mirjam mocht niet mee, zijn "
            "dossier ging in een envelop naar een nieuwe instelling in Arnhem, en daar moest hij "
            "zelf bellen. Daan belt niet. Dat weet iedereen die hem een uur heeft gesproken. Het "
            "is nu een jaar later en hij zit thuis op zijn kamer, zonder hulp. Ik vraag u: laat de "
            "overstap niet afhangen van een verjaardag, maar van de jongen zelf."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b082",
        "text": (
            "Geachte opstellers,\n\nIn het paper lees ik veel over herstel, maar weinig over de "
            "plek waar dat herstel moet gebeuren. Herstel begint voor mij met een deur die ik zelf "
            "op slot kan doen. Ik verzoek u in versie 1.0 een paragraaf op te nemen over de stap "
            "van de instelling naar zelfstandige woonruimte, en over wie daarvoor verantwoordelijk "
            "is.\n\nMet vriendelijke groet"
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b083",
        "text": (
            "Ik draai nachten op een opnameafdeling. Aanmeldingen komen bijna altijd na "
            "middernacht, als de dagploeg weg is en de informatie niet compleet. We beginnen in "
            "het donker, letterlijk en figuurlijk."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b084",
        "text": (
            "mocht niet naar buiten om te roken omdat ik 'verplicht' was opgenomen. 3 weken geen "
            "frisse lucht. is dat zorg??"
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b085",
        "text": "Ik wil gewoon ergens wonen waar mijn kat ook mag komen.",
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b086",
        "text": "Ik wil geen 'activering'. Ik wil een loonstrook.",
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b087",
        "text": (
            "Ik begeleid een wandelgroep voor mensen uit de ggz in het Drents-Friese Wold. Na een "
            "paar weken zie je mensen anders praten, anders kijken. Het kost bijna niets. Waarom "
            "is dit geen vast onderdeel van de zorg?"
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b088",
        "text": (
            "Van mijn werkweek van 32 uur gaan er minstens tien op aan uren schrijven, doelen "
            "formuleren en rapportages in drie verschillende systemen. Dat is tijd die ik niet met "
            "mensen doorbreng."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b089",
        "text": (
            "Geldzorgen kosten mentale ruimte. Wie elke dag moet uitrekenen of de boodschappen nog "
            "lukken, heeft weinig over om aan zijn herstel te werken. Dat is geen gebrek aan "
            "wilskracht, maar een bekend effect van schaarste."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b090",
        "text": (
            "Waar ik vandaan kom, ga je naar de psychiater als je gek bent. Het heeft twee jaar "
            "geduurd voordat ik durfde te geloven dat ze me hier niet gek zouden verklaren."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b091",
        "text": "Een gesloten deur kan soms nodig zijn. Eraan wennen mag nooit.",
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b092",
        "text": (
            "De kosten voor mijn woonplek worden ingehouden op mijn uitkering. Ik heb geen idee "
            "hoeveel en waarvoor. Het staat op een afschrift dat ik niet begrijp."
        ),
        "themes": ["geld", "wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b093",
        "text": (
            "Wij hebben afspraken met corporaties en energiebedrijven: bij twee maanden "
            "achterstand gaan we langs. Het is verbazend hoe vaak we dan iemand aantreffen die al "
            "maanden psychisch aan het wegzakken is, zonder dat iemand het wist."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b094",
        "text": (
            "Als ambulanceverpleegkundige vervoer ik mensen in psychische nood in een wagen die is "
            "ingericht voor hartinfarcten. Geen rustige plek, geen gesprek, alleen zwaailicht."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b095",
        "text": (
            "De groepswoning is schoon en veilig, daar gaat het niet om. Het gaat erom dat ik op "
            "mijn 45e moet vragen of ik na tienen nog mag douchen."
        ),
        "themes": ["wonen", "dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b096",
        "text": (
            "Gemeenten moeten mensen ondersteunen richting werk, maar de ggz-behandeling en de "
            "werkbegeleiding hebben gescheiden budgetten en gescheiden dossiers. Het paper zou "
            "kunnen pleiten voor één gezamenlijk plan waar beide partijen aan gebonden zijn."
        ),
        "themes": ["werk", "bureaucratie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b097",
        "text": (
            "Toen ik voor mijn knie naar het ziekenhuis moest, las de chirurg mijn medicijnlijst "
            "voor en zei: 'Ah, psychiatrie.' Vanaf dat moment praatte hij tegen mijn begeleider in "
            "plaats van tegen mij, en over de pijn na de operatie werd ik niet meer serieus "
            "genomen."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b098",
        "text": (
            "Een cliënt vroeg me laatst of hij zijn eigen gordijnen mocht ophangen. In zijn "
            "'eigen' appartement. Dat zegt genoeg over hoe weinig thuis het daar voelt."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b099",
        "text": (
            "Mensen met een migratieachtergrond worden vaker gedwongen opgenomen en komen minder "
            "vaak in een vrijwillig traject terecht. Dat verschil is niet alleen te verklaren uit "
            "de ernst van de klachten; taal, wantrouwen en vooroordelen spelen mee."
        ),
        "themes": ["cultuur", "dwang"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b100",
        "text": (
            "Wij hebben jarenlang de achterstanden van onze dochter afgelost om te voorkomen dat "
            "ze op straat kwam te staan. Nu is ons spaargeld op. Niemand vraagt hoe het met ons "
            "gaat."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b101",
        "text": (
            "Vrijwillig opgenomen, maar als ik weg wil, dreigen ze met een machtiging. Hoe "
            "vrijwillig is dat?"
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b102",
        "text": (
            "Mijn broer rookt twee pakjes per dag en is in jaren niet bij de tandarts geweest. "
            "Zijn kiezen brokkelen af. In zijn behandelplan staat alles over zijn stemmen en niets "
            "over zijn mond."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b103",
        "text": (
            "Mijn vader komt uit Marokko en voor hem bestaat 'depressie' niet. Hij zegt dat hij "
            "moe is, dat hij last heeft van zijn hoofd en zijn maag. De huisarts heeft jarenlang "
            "naar zijn maag gekeken."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b104",
        "text": (
            "Skaeve huse, tiny houses, containerwoningen. Allemaal mooie plannen op papier, en "
            "ondertussen sta ik al zeven jaar ingeschreven."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b105",
        "text": (
            "Wij dragen jongeren over op een leeftijd waarop ze in alle andere opzichten nog volop "
            "in ontwikkeling zijn: school, relaties, een eerste kamer. Een harde grens bij "
            "achttien is een administratieve keuze, geen klinische."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b106",
        "text": (
            "Onze dochter van zestien had midden in de nacht een paniekaanval en had zichzelf "
            "gesneden. De dienst voor jeugd bleek tot tien uur 's avonds bereikbaar, de dienst "
            "voor volwassenen mocht haar niet zien. Wij hebben tot de ochtend naast haar bed "
            "gezeten."
        ),
        "themes": ["crisis", "jongeren"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b107",
        "text": (
            "Na mijn scheiding had ik 23 schuldeisers. Ik maakte de post niet meer open, sliep "
            "overdag en schrok van elke keer dat de bel ging. Mijn behandelaar wilde werken aan "
            "mijn 'vermijdingsgedrag'. Pas toen een vrijwilliger met me aan de keukentafel ging "
            "zitten en alle brieven op stapeltjes legde, kon ik weer ademhalen. Dat was ook "
            "therapie, alleen heette het anders."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b108",
        "text": (
            "Bij de voedselbank in Heerlen zie ik elke week mensen die ook bij de ggz lopen. Ze "
            "komen voor het pakket, maar ze praten hier ook. Misschien moet de hulp eens hier "
            "komen zitten in plaats van andersom."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b109",
        "text": (
            "Voor het pgb van onze zoon houd ik een administratie bij die strenger wordt "
            "gecontroleerd dan die van mijn eigen bedrijf. Elke bon, elk uur. Eén vergeten "
            "handtekening en we moeten terugbetalen."
        ),
        "themes": ["bureaucratie", "geld"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b110",
        "text": "waarom zijn alle folders alleen in het nederlands? me moeder kan dit niet lezen",
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b111",
        "text": (
            "Het aanvraagformulier voor de langdurige zorg van mijn moeder telde 24 pagina's. Zij "
            "kon het niet, mijn broer woont in Canada, dus heb ik drie avonden aan de keukentafel "
            "gezeten. Toen bleek dat ik een verouderde versie had gedownload."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b112",
        "text": (
            "Ik heb een kaart in mijn portemonnee met wat ik nodig heb als het misgaat. Bij de "
            "laatste keer heeft niemand hem gelezen."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b113",
        "text": (
            "Onze dochter woont sinds haar dertigste weer thuis, op haar oude kinderkamer. Niet "
            "omdat ze dat wil, maar omdat er niets anders is. Wij worden ouder. Wat gebeurt er met "
            "haar als wij er niet meer zijn?"
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b114",
        "text": (
            "Als fysiotherapeut in een ggz-instelling ben ik een van de weinigen die mensen "
            "aanraakt, letterlijk. Veel cliënten zijn in hun ziekte het contact met hun lichaam "
            "kwijtgeraakt. Daar begint herstel soms."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b115",
        "text": (
            "Na de eerste prik zat onze zoon wekenlang te trillen op de bank. Wij dachten dat het "
            "bij zijn ziekte hoorde. Pas maanden later begrepen we dat het van het middel kwam."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b116",
        "text": (
            "Op de high care kreeg ik een kamer met een raampje in de deur. Elke vijftien minuten "
            "keek er iemand naar binnen. Ik heb drie nachten niet geslapen."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b117",
        "text": (
            "Ik ben klaar met mijn behandeling, zeggen ze. Maar ik slaap nog steeds in de kliniek, "
            "omdat er buiten niets vrij is. Elke nacht hier voelt als een nacht te veel."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b118",
        "text": (
            "Onze gemeente heeft de schuldhulp uitgebreid en werkt met een vast aanspreekpunt voor "
            "inwoners die ook in de ggz zitten. Toch bereiken we maar een fractie. Het paper zou "
            "hulpverleners kunnen vragen om geldzorgen actief te signaleren en door te verwijzen."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b119",
        "text": (
            "Omdat de vergoeding voor tolken is weggevallen, laten we in gesprekken vaak de "
            "kinderen van de cliënt vertalen. Een dochter van veertien die voor haar moeder moet "
            "vertalen dat die niet meer wil leven. Dat zou nooit mogen gebeuren."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b120",
        "text": "weekend = niemand bereikbaar. zo simpel is het",
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b121",
        "text": (
            "We kregen een brief: 'uw zoon wordt per 1 maart overgedragen'. Hij heeft zijn nieuwe "
            "behandelaar nooit gezien. Hij kwam gewoon niet opdagen, en na twee gemiste afspraken "
            "werd het dossier gesloten."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b122",
        "text": (
            "Bij achttien wisselt de financiering van de Jeugdwet naar de Wmo en de "
            "Zorgverzekeringswet. Voor de jongere is dat onzichtbaar, maar in de praktijk betekent "
            "het nieuwe indicaties, nieuwe aanbieders en een nieuw dossier."
        ),
        "themes": ["jongeren", "bureaucratie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b123",
        "text": (
            "Naast mijn uitkering mag ik een half jaar een deel van wat ik verdien houden. Daarna "
            "wordt alles gekort. Werken levert me na zes maanden dus niets op, behalve gedoe met "
            "inkomstenformulieren."
        ),
        "themes": ["geld", "werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b124",
        "text": (
            "Mijn vriendin sloeg tijdens haar depressie het bevolkingsonderzoek over, en de "
            "controles voor haar astma. Haar behandelaar zag haar elke week, maar heeft nooit "
            "gevraagd hoe het met de rest van haar lijf ging."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b125",
        "text": (
            "Vier dagen per week vouw ik doosjes in een werkplaats. Ik heb een hbo-diploma. "
            "Niemand heeft ooit gevraagd wat ik kan."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b126",
        "text": (
            "Ook buiten de kliniek bestaat drang, alleen heet het anders. 'Als je je medicatie "
            "niet neemt, kun je hier niet blijven wonen.' Dat is geen keuze, dat is een "
            "voorwaarde."
        ),
        "themes": ["dwang", "wonen"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b127",
        "text": (
            "We hebben eens uitgerekend dat één cliënt met begeleiding, behandeling en "
            "dagbesteding te maken had met vijf geldstromen, vier verantwoordingsformats en drie "
            "verschillende doelenplannen. Die plannen zeiden alle drie ongeveer hetzelfde."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b128",
        "text": (
            "Het meest vernederende was niet de kale kamer zelf, maar dat ik moest vragen of ik "
            "naar de wc mocht. En dat het antwoord soms 'straks' was."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b129",
        "text": (
            "Volgens de richtlijn controleren we bij gebruik van antipsychotica jaarlijks gewicht, "
            "bloedsuiker en cholesterol. In de praktijk gebeurt dat bij een minderheid. Niet uit "
            "onwil, maar omdat niemand zich eigenaar voelt: de psychiater denkt dat de huisarts "
            "het doet, en andersom."
        ),
        "themes": ["lichaam", "medicatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b130",
        "text": (
            "Drie jaar lang heb ik gezegd dat ik zo moe was. Het hoorde bij de depressie, zei "
            "iedereen. Uiteindelijk liet een nieuwe huisarts bloed prikken: een schildklier die "
            "nauwelijks werkte. Ik ben boos, vooral omdat ik zelf ook was gaan geloven dat het "
            "tussen mijn oren zat. Ik vraag het paper om op te schrijven dat een lichamelijk "
            "onderzoek standaard hoort bij elke psychische diagnose."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b131",
        "text": (
            "Als wijkagent breng ik steeds vaker mensen naar de spoedeisende hulp omdat er geen "
            "andere plek is. Daar zitten ze urenlang tussen de gebroken enkels en de dronken "
            "jongeren. Dat is voor niemand goed, ook niet voor mijn collega's die erbij moeten "
            "blijven."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b132",
        "text": (
            "We mogen een cliënt maar een paar uur per week op de werkplek begeleiden. Juist in de "
            "eerste weken, als alles nieuw en spannend is, is dat veel te weinig."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b133",
        "text": (
            "Bedden voor een korte opname bij acute nood zijn het eerste waarop bezuinigd wordt, "
            "omdat ze op gemiddelde bezetting gefinancierd worden. Maar nood komt niet gemiddeld, "
            "die komt in pieken."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b134",
        "text": (
            "Geld is de grootste trigger in mijn leven en het komt in het hele paper niet één keer "
            "voor."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b135",
        "text": (
            "Aan De Kamer van Sociale Waarden,\n\nAls iemand die zelf twee jaar heeft gedaan over "
            "het afbouwen van antipsychotica, vraag ik u om in versie 1.0 het recht op een "
            "begeleide afbouwpoging op te nemen. Nu moeten mensen het zelf uitzoeken op "
            "internetfora, met alle risico's van dien."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b136",
        "text": (
            "Het respijtbed in Apeldoorn heeft me erdoorheen geholpen. Drie nachten ergens anders "
            "slapen, met iemand die wakker was als ik wakker was. Geen opname, geen dossier, "
            "gewoon rust."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b137",
        "text": (
            "de deur ging op slot. voor mijn eigen veiligheid zeiden ze. ik voelde me alleen maar "
            "onveiliger"
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b138",
        "text": (
            "Door de sufheid kom ik 's ochtends niet op gang. Mijn werkgever heeft er begrip voor, "
            "ik zelf niet: ik wil mijn baan houden en helder zijn. Ik vroeg om een gesprek over "
            "een lagere dosis of een ander tijdstip en kreeg een afspraak over drie maanden."
        ),
        "themes": ["medicatie", "werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b139",
        "text": "weer een vragenlijst. ROM noemen ze dat. ik noem het afvinken",
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b140",
        "text": "Zonder vast adres besta je niet, niet voor de zorg en niet voor wie dan ook.",
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b141",
        "text": (
            "Ik vertaal al sinds mijn twaalfde voor mijn moeder, bij elke dokter. Nu ben ik dertig "
            "en heb ik zelf kinderen, en ik doe het nog steeds. Soms vertaal ik dingen zachter dan "
            "ze gezegd worden, omdat ik haar wil beschermen. Dat is niet eerlijk tegenover haar en "
            "ook niet tegenover de arts."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b142",
        "text": (
            "Ik kreeg een brief van de gemeente met een besluit over mijn begeleiding. Ik heb hem "
            "drie keer door een vertaalapp gehaald en weet nog steeds niet of het ja of nee is."
        ),
        "themes": ["cultuur", "bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b143",
        "text": (
            "Veel van mijn cliënten kunnen de bijsluiter niet lezen. Ik zie mensen die hun "
            "antidepressivum na een week weglaten omdat ze denken dat het verslavend is, een idee "
            "dat in hun gemeenschap breed leeft. Uitleg in de eigen taal, liefst door iemand uit "
            "die gemeenschap, zou veel schelen."
        ),
        "themes": ["cultuur", "medicatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b144",
        "text": (
            "Mijn dochter slikt al acht jaar hetzelfde middel. Ze is rustig, maar ze lacht niet "
            "meer. Als ik dat zeg, hoor ik dat ze 'stabiel' is. Stabiel en vlak zijn niet "
            "hetzelfde."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b145",
        "text": "wie heeft er bedacht dat je tijdens een psychose je post moet bijhouden??",
        "themes": ["geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b146",
        "text": (
            "Elke keer als er een envelop van het incassobureau op de mat valt, ben ik weer een "
            "week van slag. Je kunt me alle therapie geven die je wilt, die enveloppen maken het "
            "weer kapot."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b147",
        "text": (
            "Sinds beschermd wonen regionaal is belegd, zien we dat de doorstroom stokt. Er zijn "
            "te weinig betaalbare eenkamerwoningen en de urgentieregeling in onze regio geldt niet "
            "voor mensen die uit een instelling komen. Wij stellen voor dat het paper de regionale "
            "woonagenda noemt als de plek waar zorgaanbieders, gemeenten en corporaties afspraken "
            "maken."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b148",
        "text": (
            "Ze zeiden: geloof is geen behandeling. Voor mij was het wel een deel van mijn herstel."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b149",
        "text": (
            "Onze dochter is in vijf jaar vier keer tegen haar zin opgenomen. Elke keer vroegen "
            "wij: kan het niet anders, eerder, zachter? Elke keer was het antwoord dat er pas "
            "ingegrepen wordt als er gevaar is. Dus wachten we tot ze gevaarlijk wordt, en dan "
            "komt de politie. Ik begrijp het principe van vrijheid. Maar ik zie ook mijn kind dat "
            "wekenlang verwaarloost terwijl iedereen toekijkt."
        ),
        "themes": ["dwang", "crisis"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b150",
        "text": (
            "De cliënt had op vrijdag een dringende vraag. Extra uren moesten via de gemeente, die "
            "pas na vier weken reageert. We hebben het toch gedaan en ergens anders weggeschreven. "
            "Iedereen doet dat, niemand zegt het hardop."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b151",
        "text": (
            "Geachte heer, mevrouw,\n\nOp mijn 23e werd ik volledig arbeidsongeschikt verklaard. "
            "Nu, op mijn 38e, heb ik weer een contract van zestien uur. Dat is gelukt ondanks het "
            "systeem, niet dankzij. Ik vraag de stichting om in versie 1.0 op te nemen dat de "
            "vraag naar een zinvolle invulling van de dag in elk behandelplan terugkomt, vanaf het "
            "eerste gesprek."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b152",
        "text": (
            "Als jobcoach moet ik voor elke werkplek een aparte aanvraag doen, met een eigen "
            "rapportageformat. Als een cliënt na drie weken van baan wisselt, begint de hele "
            "procedure opnieuw, terwijl ik dezelfde persoon gewoon blijf begeleiden."
        ),
        "themes": ["bureaucratie", "werk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b153",
        "text": (
            "Geachte opstellers,\n\nHet paper beschrijft herstel als een proces. Voor ons gezin "
            "begon dat proces met een nacht waarin niemand kwam. Ik pleit voor een laagdrempelige "
            "plek waar mensen in acute nood terechtkunnen zonder eerst een beoordeling te hoeven "
            "doorstaan, bijvoorbeeld een herstelhuis dat dag en nacht open is en waar ook naasten "
            "mogen binnenlopen."
        ),
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b154",
        "text": (
            "Ze hebben me met vier man op de grond gelegd en een spuit gegeven. Daarna heeft "
            "niemand gevraagd hoe het met me was. Ik droom er nog steeds over."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b155",
        "text": (
            "Bij opname vragen we naar medicatie, middelengebruik en suïcidaliteit. Bijna nooit "
            "vragen we: wat deed u overdag voordat het misging, en wilt u daar weer naar terug?"
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b156",
        "text": (
            "Geachte stichting,\n\nAls vader van een jongen van zeventien met autisme en "
            "angstklachten zie ik zijn komende verjaardag met zorg tegemoet. Niemand heeft ons "
            "verteld wat er daarna gebeurt, welke hulp hij zelf moet aanvragen en welke vanzelf "
            "doorloopt. Ik vraag u om in versie 1.0 op te nemen dat er vanaf zestien jaar een plan "
            "voor de overstap wordt gemaakt, samen met de jongere en zijn ouders."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b157",
        "text": (
            "Namens een zorgkantoor: we herkennen de klachten over de administratieve last. We "
            "willen best minder uitvragen, maar dan moeten de wetgever en de toezichthouders ook "
            "minder van ons vragen. Het paper zou de hele keten moeten aanspreken, niet alleen de "
            "aanbieders."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b158",
        "text": (
            "Ik werkte parttime in een bakkerij. Toen ik werd opgenomen, heeft niemand mijn baas "
            "gebeld. Na zes weken was ik mijn plek kwijt."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b159",
        "text": (
            "Ze schreven op dat ik 'niet therapietrouw' was. Ik was gewoon zo moe dat ik niet uit "
            "bed kwam om naar de apotheek te gaan."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b160",
        "text": (
            "Wij schrijven mensen uit naar een eigen plek en de begeleiding stopt dezelfde dag. "
            "Maar de eerste maanden met een eigen voordeur zijn juist het moment waarop het "
            "misgaat: post die zich opstapelt, buren die klagen, een koelkast die leeg blijft."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b161",
        "text": (
            "Op onze telefonische hulplijn horen we veel vragen over bijwerkingen die mensen niet "
            "met hun eigen behandelaar durven te bespreken, uit angst dat ze dan weer worden "
            "opgenomen."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b162",
        "text": (
            "De eerste keer dat ik weer salaris kreeg, heb ik het bankafschrift uitgeprint en op "
            "de koelkast gehangen."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b163",
        "text": (
            "Op de dag dat onze dochter achttien werd, stopte haar behandeling. Bij de "
            "volwassenenzorg was de wachttijd vijf maanden. Ze heeft haar verjaardag dus gevierd "
            "met afscheid nemen van iedereen die haar kende."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b164",
        "text": (
            "heb gesolliciteerd en bij het gesprek vroegen ze naar het gat in me cv. wat moet je "
            "dan zeggen, dat je een jaar in een kliniek zat? heb het maar niet gezegd en nu ben ik "
            "bang dat ze er achter komen"
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b165",
        "text": (
            "Als sleutelfiguur in de Eritrese gemeenschap in Utrecht word ik gebeld door mensen "
            "die nooit zelf een behandelaar zouden bellen. Ik ben geen hulpverlener, maar ik ben "
            "wel de brug. Erken die rol, en betaal er ook voor."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b166",
        "text": (
            "krijg elke keer een andere pil omdat de apoteek een ander merk heeft. ze zeggen "
            "hetzelfde spul maar ik merk echt verschil"
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b167",
        "text": (
            "sinds ik begeleid woon ben ik 30 kilo aangekomen en heb ik geen conditie meer. "
            "traplopen lukt niet. maar daar heeft me begeleider het nooit over"
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b168",
        "text": (
            "Wat niet in het dossier staat, is niet gebeurd. Dus schrijven we alles op en doen we "
            "minder."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b169",
        "text": (
            "moest alles terugbetalen aan de toeslagen omdat ik een formulier niet op tijd had "
            "opgestuurd. ik lag toen in de kliniek!! niemand die dat snapt"
        ),
        "themes": ["geld", "bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b170",
        "text": "ik ben meer dan mijn hoofd. ik heb ook een lijf",
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b171",
        "text": (
            "De jongeren die ik begeleid, hebben vaak nog nooit zelf een afspraak gemaakt. Dat "
            "deed een ouder of de mentor. Een paar maanden later wordt ineens verwacht dat ze dat "
            "wel kunnen."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b172",
        "text": (
            "Dagbesteding wordt per dagdeel ingekocht. Daardoor is er een prikkel om mensen zo "
            "lang mogelijk binnen te houden, en geen enkele om ze door te laten stromen naar "
            "betaald werk."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b173",
        "text": (
            "Als patiëntenvertrouwenspersoon zie ik dat beperkingen in het zorgplan komen te staan "
            "zonder dat de cliënt weet wat ze precies inhouden. 'Beperking van bezoek' kan van "
            "alles betekenen. Maak concrete afspraken, in gewone taal, met een datum waarop ze "
            "weer worden bekeken."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b174",
        "text": (
            "Als Wmo-consulent moet ik elke aanvraag toetsen aan het beleid van mijn eigen "
            "gemeente. Iemand die twee kilometer verderop woont, in de buurgemeente, krijgt voor "
            "dezelfde vraag iets heel anders. Dat kan ik aan niemand uitleggen."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b175",
        "text": (
            "Ik ben gestopt met de therapie omdat de bus elke keer elf euro kostte. Heen en terug, "
            "twee keer per week. Reken maar uit."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b176",
        "text": (
            "Ik ben niet tegen medicijnen, ze hebben mijn leven gered. Ik ben tegen voorschrijven "
            "zonder ooit nog te kijken of het nog nodig is."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b177",
        "text": (
            "Mensen met een ernstige psychische aandoening overlijden gemiddeld vele jaren eerder, "
            "vooral aan hart- en vaatziekten. Toch meten we op onze afdeling de bloeddruk alleen "
            "bij opname."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b178",
        "text": (
            "Mijn indicatie liep af op 31 december en de nieuwe was nog niet rond. Van 1 januari "
            "tot half februari had ik officieel dus geen begeleiding, terwijl mijn begeleider "
            "gewoon bleef komen, zonder betaald te worden."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b179",
        "text": "18 worden voelde als ontslagen worden.",
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b180",
        "text": (
            "Ik zat in een pleeggezin tot mijn achttiende. Daarna moest ik alles zelf regelen: een "
            "kamer, een zorgverzekering, een huisarts, een nieuwe behandelaar. Ik wist niet eens "
            "wat een eigen risico was."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b181",
        "text": "lithiumspiegel moet elke 3 maanden geprikt. heb al een jaar niks gehoord",
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b182",
        "text": (
            "Als huisarts krijg ik mensen terug uit de specialistische ggz met een recept en "
            "zonder plan. Moet ik doorschrijven? Afbouwen? Niemand heeft het opgeschreven."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b183",
        "text": (
            "me behandelaar zei 'je bent nu volwassen dus je moet het zelf doen'. ik was 18 en 2 "
            "dagen lol"
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b184",
        "text": (
            "Ik zie mensen met een ernstige psychische aandoening minder vaak op mijn spreekuur "
            "dan anderen, terwijl ze meer lichamelijke klachten hebben. Ze komen niet, of te laat. "
            "Een actieve oproep, zoals we bij diabetes doen, zou veel schelen."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b185",
        "text": (
            "De bijsluiter is vier pagina's kleine letters. Niemand heeft me verteld welke van die "
            "dertig bijwerkingen ik serieus moet nemen."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b186",
        "text": (
            "Ik schrijf makkelijk een verklaring dat iemand niet kan werken. Een verklaring dat "
            "iemand wel iets kan, met aanpassingen, wordt mij nooit gevraagd."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b187",
        "text": (
            "Mijn Nederlands is goed voor de supermarkt. Niet goed om te vertellen wat er in mijn "
            "hoofd gebeurt."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b188",
        "text": (
            "Wij pleiten voor een jaarlijkse gezondheidscheck voor iedereen in de langdurige ggz: "
            "bloeddruk, bloedwaarden, gewicht, gebit en ogen, op een plek waar de cliënt zich "
            "veilig voelt en met iemand die hij kent."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b189",
        "text": (
            "Mijn schoonmoeder schaamt zich kapot voor haar angsten. In haar taal bestaat er geen "
            "woord voor dat niet ook 'gek' betekent. De eerste hulpverlener die dat snapte, sprak "
            "gewoon over zorgen en slecht slapen. Toen ging ze praten."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b190",
        "text": (
            "De tandartsstoel is voor mij de ergste plek op aarde, door wat er vroeger is gebeurd. "
            "Niemand in mijn behandeling heeft ooit gevraagd of ik nog ging. Nu heb ik nog elf "
            "tanden."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b191",
        "text": "Ik wil gewoon weten wat ik slik en waarom.",
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b192",
        "text": (
            "We hebben op de afdeling een fitnesshoek, maar niemand mag er zonder begeleiding in "
            "en er is nooit begeleiding."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b193",
        "text": (
            "Ik heb zelf opgeschreven wat helpt als ik onrustig word. Toen het de volgende keer "
            "misging, lag dat papier in een la op de verpleegpost."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b194",
        "text": (
            "Sinds mijn man een ander middel heeft, slaapt hij veertien uur per dag. De "
            "behandelaar vindt dat een acceptabele prijs. Ik vraag me af wie dat mag bepalen."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b195",
        "text": (
            "Geachte opstellers,\n\nMijn man heeft hersenletsel na een ongeluk en daarnaast "
            "psychische klachten. Voor het ene deel is de zorgverzekeraar verantwoordelijk, voor "
            "het andere de gemeente, voor zijn dagbesteding weer een ander loket. In drie jaar "
            "hebben wij negentien brieven ontvangen met besluiten, bezwaartermijnen en "
            "verwijzingen naar elkaar. Ik vraag u om in versie 1.0 te pleiten voor één "
            "contactpersoon die over de schotten heen mag kijken."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b196",
        "text": (
            "Onze vragenlijsten zijn ontwikkeld met Nederlandse studenten. Bij een Turkse vrouw "
            "van zestig meten ze vooral hoe goed ze de vragen begrijpt."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b197",
        "text": (
            "Ik spreek Arabisch en Nederlands. Collega's sturen mij alle Arabischsprekende "
            "cliënten door, ook als hun hulpvraag buiten mijn vak valt. De taal delen is "
            "belangrijk, maar het is niet het enige dat telt."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b198",
        "text": (
            "Ik ben gestopt met roken. Vier keer geprobeerd, de vijfde keer gelukt, met een groep. "
            "In de kliniek werd roken juist gezien als het enige plezier dat ze je niet moesten "
            "afpakken."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b199",
        "text": (
            "Cultuursensitief werken wordt vaak opgevat als kennis over 'andere culturen'. Wat "
            "beter werkt is nieuwsgierigheid: vragen wat ziek zijn en beter worden voor deze "
            "persoon betekenen, in plaats van het zelf in te vullen."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b200",
        "text": "Ik ben niet mijn productcode.",
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b201",
        "text": (
            "Mijn moeder is 78 en krijgt naast haar antidepressivum ook slaappillen van de "
            "huisarts. Ze is deze winter twee keer gevallen. Niemand overziet het geheel."
        ),
        "themes": ["medicatie", "lichaam"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b202",
        "text": (
            "Op onze afdeling liggen steeds meer mensen die geen Nederlands of Engels spreken. Een "
            "vertaalapp op een tablet is ons belangrijkste hulpmiddel. Ik weet nooit zeker wat er "
            "echt aankomt."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b203",
        "text": (
            "Ik werk twintig jaar als verpleegkundige in de acute psychiatrie en wil iets eerlijks "
            "zeggen. De momenten waarop wij iemand tegen zijn wil vasthouden, platleggen of "
            "insluiten, worden in onze rapportages beschreven als 'incidenten'. Alsof het ons "
            "overkomt. Maar meestal is er een voorgeschiedenis van uren: een verzoek dat werd "
            "afgewezen, een telefoontje dat niet mocht, een collega die er niet was. Als we die "
            "uren eerlijk zouden terugkijken, samen met de cliënt, zouden we zien hoeveel er "
            "vooraf te winnen is. Ik vraag het paper om niet alleen het moment zelf te "
            "beschrijven, maar ook de aanloop ernaartoe, en de verantwoordelijkheid die wij daarin "
            "hebben."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b204",
        "text": (
            "In ons cohort werden mensen die binnen een maand na ontslag een eigen plek hadden, "
            "minder vaak heropgenomen dan mensen die in tijdelijke opvang terechtkwamen. Het "
            "verschil was groter dan dat van de behandelkenmerken die we meenamen."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b205",
        "text": (
            "Ik merk dat ik onder tijdsdruk sneller de dosis verhoog dan dat ik het gesprek aanga. "
            "Een extra milligram kost me twee minuten, een gesprek over wat er werkelijk speelt "
            "drie kwartier."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b206",
        "text": (
            "Ik ging naar de huisarts met pijn op de borst. Hij keek in mijn dossier, zag "
            "'angststoornis' en stuurde me naar huis met een ademhalingsoefening. Het bleek een "
            "longembolie."
        ),
        "themes": ["lichaam"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b207",
        "text": (
            "In een consult van tien minuten met een telefonische tolk blijven er netto vijf over. "
            "Daarin moet ik dan ook nog vragen naar wat iemand op de vlucht heeft meegemaakt. Dat "
            "lukt gewoon niet."
        ),
        "themes": ["cultuur"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b208",
        "text": (
            "Sommige regio's werken met teams die jongeren van zestien tot vijfentwintig blijven "
            "volgen, over de grens van achttien heen. Dat werkt, maar het hangt af van één "
            "gemeente die het wil betalen. Het paper zou kunnen aanbevelen dit overal de standaard "
            "te maken."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b209",
        "text": "ik had een afspraak over drie weken. het ging vanavond mis.",
        "themes": ["crisis"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b210",
        "text": (
            "Ik was vijftien toen ik voor het eerst alleen in een kamer werd opgesloten, in een "
            "jeugdinstelling. Nu ben ik 23 en het is nog steeds het eerste waar ik aan denk als er "
            "een deur achter me dichtgaat."
        ),
        "themes": ["dwang", "jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b211",
        "text": (
            "Geachte opstellers,\n\nIn mijn zorgmachtiging staat dat ik medicatie tegen mijn wil "
            "kan krijgen. Ik begrijp dat de wet dat toelaat. Wat ik niet begrijp, is dat niemand "
            "daarna nog het gesprek met mij heeft gezocht over wat er gebeurd is. Ik vraag de "
            "stichting om in versie 1.0 een nabespreking op te nemen na elke vorm van zorg die "
            "iemand niet zelf gekozen heeft."
        ),
        "themes": ["dwang", "medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b212",
        "text": (
            "In het paper staat veel over zeggenschap. Mijn zeggenschap hield op bij de "
            "spreekkamer van de psychiater. Ik vroeg of er een alternatief was zonder de seksuele "
            "bijwerkingen, en kreeg te horen dat ik blij moest zijn dat ik niet meer psychotisch "
            "was. Ik was ook blij. Maar ik was 26 en wilde een relatie. Dat hoort gewoon in dat "
            "gesprek thuis."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b213",
        "text": (
            "Ik besteed meer tijd aan bellen met de verhuurder over een kapotte cv, schimmel in de "
            "badkamer en een buurman die klaagt over geluid, dan aan het gesprek waarvoor ik "
            "eigenlijk kom."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b214",
        "text": (
            "Om een behandeling te kunnen declareren moet ik een classificatie vastleggen, ook als "
            "ik vind dat een label de cliënt op dit moment meer schaadt dan helpt. Het systeem "
            "dwingt me tot etiketten die ik anders niet zou plakken."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b215",
        "text": (
            "Ik was zeventien toen ik voor het eerst hulp kreeg, en eenentwintig toen ik voor het "
            "eerst begreep wat er met me aan de hand was. Daartussen zaten drie instellingen en "
            "vijf dossiers."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b216",
        "text": (
            "na me opname kon ik niet terug naar me kamer want de huisbaas had hem al aan iemand "
            "anders verhuurd. niemand van de kliniek heeft dat ff nagevraagd"
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b217",
        "text": (
            "Gedeelde besluitvorming over psychofarmaca blijkt ook bij ernstige klachten haalbaar. "
            "Wie mee mocht kiezen, stopt minder vaak op eigen houtje."
        ),
        "themes": ["medicatie"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b218",
        "text": (
            "Mijn zus woont in een instelling waar de kast met haar eigen kleren op slot zit, "
            "omdat ze zich soms wel tien keer per dag omkleedt. Ze is 42. Ik snap dat het "
            "personeel het druk heeft, maar het is wel haar kast."
        ),
        "themes": ["dwang"],
        "campaign": None,
        "perspective": "relative",
    },
    {
        "id": "b219",
        "text": (
            "Als mentor op een mbo in Ede zie ik studenten van negentien die nergens meer onder "
            "vallen. Niet meer bij de jeugdhulp, nog niet in beeld bij de volwassenenzorg. Ze "
            "vallen uit op school en daarna verdwijnen ze."
        ),
        "themes": ["jongeren"],
        "campaign": None,
        "perspective": "other",
    },
    {
        "id": "b220",
        "text": (
            "Sinds de Wvggz moeten we alternatieven uitgebreider onderbouwen. Dat is goed. Maar de "
            "papierwinkel is zo groot geworden dat de tijd voor het echte gesprek met de cliënt "
            "juist afneemt."
        ),
        "themes": ["dwang", "bureaucratie"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b221",
        "text": (
            "Toen ik uit de kliniek kwam, kreeg ik een kamer in een pension aan de rand van "
            "Almelo. Twaalf mannen, één keuken, één wc op de gang. Ik was net een paar weken "
            "nuchter, de helft van de andere bewoners niet. Binnen twee maanden zat ik weer waar "
            "ik begonnen was. Ik vraag me af of iemand die deze plek voor mij regelde, er zelf één "
            "nacht had willen slapen."
        ),
        "themes": ["wonen"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b222",
        "text": (
            "Bijna de helft van mijn cliënten heeft problematische schulden. Ik ben geen "
            "schuldhulpverlener, maar de wachtlijst bij de gemeente is zes maanden. Dus doe ik het "
            "er maar bij, zonder de kennis en zonder de tijd."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "professional",
    },
    {
        "id": "b223",
        "text": (
            "Kreeg een brief dat mijn 'zorgtoewijzing is beëindigd wegens het ontbreken van een "
            "actuele verwijzing'. Geen idee wat dat betekent. Heb nu niemand meer."
        ),
        "themes": ["bureaucratie"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b224",
        "text": (
            "Het vrijwilligerswerk bij de kringloop heeft me meer houvast gegeven dan twee jaar "
            "therapie. Ik had een reden om op te staan en er waren mensen die me misten als ik er "
            "niet was."
        ),
        "themes": ["werk"],
        "campaign": None,
        "perspective": "client",
    },
    {
        "id": "b225",
        "text": (
            "Als beschermingsbewindvoerder zie ik dat cliënten hun leefgeld per week krijgen, "
            "omdat anders alles in drie dagen op is. Maar van vijftig euro per week kun je de bus "
            "naar je behandeling niet betalen. Dan heet je 'niet gemotiveerd'."
        ),
        "themes": ["geld"],
        "campaign": None,
        "perspective": "other",
    },
]
