"""Fictional reflections, labelled by hand, for the accuracy of civcare.core.identifiability.

Every person, place of residence, care home, date, number and address below is invented.
Each case is a text and what a careful moderator would mark in it: (category, exact words).
Categories: naam, plaats, instelling, datum, leeftijd, telefoon, email, bsn, nummer, url.
"""

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Toen mijn broer Kees Jansen in maart vastliep, belde ik zijn begeleider.",
        [("naam", "Kees Jansen")],
    ),
    (
        (
            "Herstel begint niet bij gelijk krijgen, maar bij ruimte maken. Dat is voor mij de "
            "kern van deze paper."
        ),
        [],
    ),
    (
        (
            "Mijn zus Annemiek woont sinds vier jaar in Woonzorgcentrum Het Baken in Deventer. Op "
            "14 februari 2023 liep het daar volledig vast: ze werd in de gang vastgepakt en daarna "
            "dagenlang op haar kamer gehouden. Wat mij in de paper raakte, is de tijdloosheid van "
            "maatregelen. Niemand kon mij vertellen wanneer het zou stoppen."
        ),
        [
            ("naam", "Annemiek"),
            ("instelling", "Woonzorgcentrum Het Baken"),
            ("plaats", "Deventer"),
            ("datum", "14 februari 2023"),
        ],
    ),
    (
        (
            "Als zorgprofessional herken ik de tijdloosheid van maatregelen. Een maatregel die "
            "'tijdelijk' begint, heeft na drie maanden vaak niemand meer die zich er eigenaar van "
            "voelt."
        ),
        [],
    ),
    (
        (
            "Ik ben Ruud, 38 jaar, en ik heb twee jaar in Kliniek De Horst gezeten. Het stuk over "
            "regie herken ik: ik mocht pas meepraten toen alles al besloten was."
        ),
        [("naam", "Ruud"), ("leeftijd", "38 jaar"), ("instelling", "Kliniek De Horst")],
    ),
    (
        (
            "Bij ons op de afdeling hangt een poster met drie woorden: Rust, Regie en Hoop. Na het "
            "lezen van de paper vraag ik me af wie die woorden eigenlijk invult."
        ),
        [],
    ),
    (
        (
            "Als wijkverpleegkundige begeleid ik mevrouw K. (79), die na een val niet meer naar "
            "huis mocht. Haar zoon en de specialist ouderengeneeskunde hebben elkaar nooit "
            "rechtstreeks gesproken. Netwerkgericht werken had hier veel verschil gemaakt."
        ),
        [("naam", "K."), ("leeftijd", "79")],
    ),
    (
        (
            "Ik wil graag met iemand van de stichting praten over mijn ervaringen met de "
            "crisisdienst. U kunt mij bellen op 06-41829375, liefst na zes uur. Groet, Henk"
        ),
        [("telefoon", "06-41829375"), ("naam", "Henk")],
    ),
    (
        (
            "Als cliënt voelde ik me vaak een dossier in plaats van een mens. De paper noemt dat "
            "juridisering; ik noemde het gewoon eenzaamheid."
        ),
        [],
    ),
    (
        (
            "Mijn ervaring als moeder sluit aan bij sectie 3 van de paper. Wie hierover verder wil "
            "praten, kan mij mailen via jolanda.smit@example.nl."
        ),
        [("email", "jolanda.smit@example.nl")],
    ),
    (
        (
            "De tegenlezers-vraagset is een mooi instrument. Ik zou wel willen voorstellen om "
            "vraag 11 op te splitsen, want daar worden twee dingen tegelijk gevraagd."
        ),
        [],
    ),
    (
        (
            "In de brief van de gemeente stond gewoon het BSN van mijn vader, 123456782, met zijn "
            "volledige naam erbij: Gerrit Hofman. Die brief heeft drie weken bij de verkeerde "
            "buren gelegen."
        ),
        [("bsn", "123456782"), ("naam", "Gerrit Hofman")],
    ),
    (
        (
            "Mijn klacht is nog altijd niet behandeld (dossiernummer 2023-88412). Ik word van "
            "loket naar loket gestuurd, en dat is precies de juridisering waar de paper over "
            "schrijft."
        ),
        [("nummer", "2023-88412")],
    ),
    (
        (
            "Wij werken sinds 2019 met Open Dialogue in ons team. Het vraagt veel van de "
            "organisatie, maar het levert rust op in situaties die vroeger escaleerden."
        ),
        [],
    ),
    (
        (
            "Ik schrijf al jaren over mijn herstel op https://www.stemvanbinnen.nl/blog, waar ook "
            "het verhaal staat over mijn opname in Emmen."
        ),
        [("url", "https://www.stemvanbinnen.nl/blog"), ("plaats", "Emmen")],
    ),
    (
        (
            "Als bestuurder lees ik deze paper als een spiegel. Wij rapporteren aan de Inspectie "
            "Gezondheidszorg en Jeugd over incidenten, maar nooit over de gesprekken die we niet "
            "hebben gevoerd."
        ),
        [],
    ),
    (
        (
            "Mijn moeder woont aan de Kerkstraat 12 in Nieuwleusen, en in maanden is er niemand "
            "van het wijkteam langs geweest. Herstel van het sociaal netwerk begint soms gewoon "
            "met aanbellen."
        ),
        [("plaats", "Kerkstraat 12"), ("plaats", "Nieuwleusen")],
    ),
    (
        (
            "Als toezichthouder vraag ik me af hoe proportionaliteit getoetst kan worden als "
            "niemand de oorspronkelijke aanleiding nog kent. Misschien hoort dat in sectie 4 "
            "thuis."
        ),
        [],
    ),
    (
        (
            "Als advocaat stond ik mevrouw Van Dijk bij in een zaak over een crisismaatregel die "
            "op 3 juli was opgelegd en daarna steeds werd verlengd. De rechter toetste telkens "
            "vooral de formele kant. De paper benoemt dat scherp: rechtsbescherming die alleen "
            "procedure is, helpt niemand uit de impasse."
        ),
        [("naam", "Van Dijk"), ("datum", "3 juli")],
    ),
    (
        (
            "Bij een bezoek aan Zorgcentrum De Linde in Hoorn zag ik dat een bewoner al maanden "
            "onder dezelfde maatregel viel, zonder dat die ooit was geëvalueerd. Dat is wat de "
            "paper tijdloosheid noemt, en het is geen uitzondering."
        ),
        [("instelling", "Zorgcentrum De Linde"), ("plaats", "Hoorn")],
    ),
    (
        (
            "Als jurist mis ik in versie v0.9 een verwijzing naar de rechtspositie van naasten. "
            "Zij hebben onder de huidige wetgeving vaak minder te zeggen dan ze denken."
        ),
        [],
    ),
    (
        (
            "Als bestuurder van Parkwijk Zorg herken ik de spanning tussen veiligheid en "
            "menselijke maat. Op onze locatie aan de Stationsweg 41 in Tiel hebben we het "
            "afgelopen jaar geleerd om eerder het netwerk te bellen en later de beveiliging."
        ),
        [("instelling", "Parkwijk Zorg"), ("plaats", "Stationsweg 41"), ("plaats", "Tiel")],
    ),
    (
        (
            "Mijn broer en ik hebben jarenlang als mantelzorgers meegedraaid zonder dat iemand van "
            "de zorginstelling wist wie wij waren. Netwerkgericht werken begint bij weten wie er "
            "is."
        ),
        [],
    ),
    (
        (
            "Toen ik 17 was, werd ik voor het eerst afgezonderd, in een kliniek die toen nog De "
            "Wissel heette. Nu werk ik als ervaringsdeskundige en vertel ik jongeren dat herstel "
            "niet in een rechte lijn gaat."
        ),
        [("leeftijd", "17"), ("instelling", "De Wissel")],
    ),
    (
        (
            "Onze dochter Femke (15) zit nu al acht maanden in Jeugdhuis De Boei in Harderwijk. "
            "Elke keer dat we bellen, krijgen we een andere medewerker aan de lijn."
        ),
        [
            ("naam", "Femke"),
            ("leeftijd", "15"),
            ("instelling", "Jeugdhuis De Boei"),
            ("plaats", "Harderwijk"),
        ],
    ),
    (
        (
            "Ik ben ervaringsdeskundige en herken de escalatie die in de paper beschreven wordt: "
            "eerst de onrust, dan de maatregel, dan het wantrouwen. Wat hielp, was één mens die "
            "bleef."
        ),
        [],
    ),
    (
        "Bel me even terug: 038-4217765. Groet, Marjolein",
        [("telefoon", "038-4217765"), ("naam", "Marjolein")],
    ),
    (
        (
            "De crisisdienst kwam om twee uur 's nachts. Ze waren vriendelijk, maar ze kenden mij "
            "niet, en ik kende hen niet. Dat maakt van een crisis een ontmoeting tussen vreemden."
        ),
        [],
    ),
    (
        (
            "Ik woon op de Vondellaan 7b in Assen en wacht sinds de zomer op een gesprek met mijn "
            "behandelaar. De paper noemt dat wachten zelf een maatregel kan worden. Zo voelt het "
            "ook."
        ),
        [("plaats", "Vondellaan 7b"), ("plaats", "Assen")],
    ),
    (
        (
            "Het ministerie spreekt graag over de menselijke maat, maar de financiering is nog "
            "altijd ingericht op productie. Zolang dat zo blijft, blijft deze paper vooral een "
            "oproep."
        ),
        [],
    ),
    (
        (
            "Op 21-09-2022 hadden we een netwerkberaad voor Sanne de Boer. Voor het eerst zaten "
            "haar vriendin, haar werkgever en haar moeder samen aan tafel. Dat ene gesprek deed "
            "meer dan twee jaar behandeling."
        ),
        [("datum", "21-09-2022"), ("naam", "Sanne de Boer")],
    ),
    (
        (
            "Mijn vader, Willem Kuipers, is 84 jaar en woont sinds de zomer in Woonzorgcentrum De "
            "Esdoorn in Zwolle. Op 5 oktober kreeg ik 's avonds een telefoontje dat hij 'onrustig' "
            "was geweest en dat er een maatregel was genomen. Wat voor maatregel, hoelang en op "
            "wiens besluit, dat hoorde ik pas een week later. Ik ben niet boos op de verzorgenden; "
            "zij doen wat ze kunnen met te weinig handen. Maar ik herken alles wat de paper zegt "
            "over escalatie: eerst een onrustige avond, dan een bed met hekken, dan medicatie, en "
            "ten slotte een familie die niet meer durft te vragen hoe het gaat, omdat elke vraag "
            "als kritiek wordt opgevat. De tegenlezers-vraagset heb ik samen met mijn broer "
            "doorgelopen. Vraag 7 ('Wie is er nog niet gehoord?') bleef hangen. Het antwoord was "
            "simpel: mijn vader zelf. Hij is dementerend, maar hij weet heel goed wanneer hij bang "
            "is. Inmiddels is er een nieuw overleg gepland, met de specialist ouderengeneeskunde, "
            "zijn vaste verzorgende en ons. Ik hoop dat het lukt om de maatregel af te bouwen."
        ),
        [
            ("naam", "Willem Kuipers"),
            ("leeftijd", "84 jaar"),
            ("instelling", "Woonzorgcentrum De Esdoorn"),
            ("plaats", "Zwolle"),
            ("datum", "5 oktober"),
        ],
    ),
    (
        (
            "Zorgverzekeraars zouden deze paper moeten lezen. Herstel van het sociaal netwerk "
            "staat nergens in een declaratiecode."
        ),
        [],
    ),
    (
        (
            "Ik ben Priya, ervaringsdeskundige, en ik help graag mee als tegenlezer van de "
            "volgende versie. Mijn mailadres is tegenlezen.pr@example.com."
        ),
        [("naam", "Priya"), ("email", "tegenlezen.pr@example.com")],
    ),
    (
        (
            "Stichting De Kamer van Sociale Waarden doet hier iets wat weinig organisaties durven: "
            "de vastgelopen zorgrelatie benoemen zonder schuldigen aan te wijzen."
        ),
        [],
    ),
    (
        (
            "Als lid van de raad van toezicht van Zorggroep Vechtoever heb ik voorgesteld om de "
            "tegenlezers-vraagset te gebruiken bij elke incidentbespreking. Niet als afvinklijst, "
            "maar als gespreksstarter."
        ),
        [("instelling", "Zorggroep Vechtoever")],
    ),
    (
        (
            "Op het formulier van de zorgaanbieder stonden mijn cliëntnummer 40281937 en de naam "
            "van mijn begeleider, Esther, gewoon op de voorkant. Iedereen bij de balie kon "
            "meelezen."
        ),
        [("nummer", "40281937"), ("naam", "Esther")],
    ),
    (
        (
            "Ik heb SHPP003-01 twee keer gelezen, de tweede keer samen met mijn begeleider. We "
            "hebben bij elke sectie opgeschreven wat voor ons herkenbaar was."
        ),
        [],
    ),
    (
        (
            "De machtiging werd op 12 januari 2021 verleend en daarna vier keer verlengd, zonder "
            "dat iemand met de familie sprak. Mijn cliënt, de heer Postma, vroeg mij elke keer: "
            "wanneer houdt dit op?"
        ),
        [("datum", "12 januari 2021"), ("naam", "Postma")],
    ),
    (
        (
            "In maart ging het mis, in april werd ik opgenomen, en pas in september sprak iemand "
            "met mijn vader. Dat zijn maanden waarin het hele netwerk stilviel."
        ),
        [],
    ),
    (
        (
            "In Kanaleneiland zie ik als buurtwerker hoe weinig ruimte er overblijft voor het "
            "sociaal netwerk als een gezin al jaren in de schuldhulpverlening zit."
        ),
        [("plaats", "Kanaleneiland")],
    ),
    (
        (
            "Ruim 90 procent van de medewerkers die ik in de zorg ontmoette, bedoelde het goed. "
            "Het probleem zit in die andere momenten, die je jaren blijft meedragen."
        ),
        [],
    ),
    (
        (
            "Sinds we naar Drenthe zijn verhuisd, moet onze zoon Thijs voor elke afspraak "
            "anderhalf uur reizen. Dan is netwerkgericht werken ineens ook een kwestie van "
            "buskaartjes."
        ),
        [("plaats", "Drenthe"), ("naam", "Thijs")],
    ),
    (
        (
            "Na de opname in het Maasoever Ziekenhuis op 30 april ging mijn moeder rechtstreeks "
            "naar een verpleeghuis, zonder dat iemand ons had gevraagd wat zij zelf wilde."
        ),
        [("instelling", "Maasoever Ziekenhuis"), ("datum", "30 april")],
    ),
    (
        (
            "Twee keer per week belde ik de afdeling, en twee keer per week kreeg ik te horen dat "
            "er 'niets bijzonders' was. Later bleek dat er in die periode drie incidenten waren "
            "geweest."
        ),
        [],
    ),
    (
        (
            "Mijn nummer is +31 6 2384 1172. Ik ben ervaringsdeskundige en wil graag meedenken "
            "over sectie 5."
        ),
        [("telefoon", "+31 6 2384 1172")],
    ),
    (
        (
            "De wijkagent kende mijn zoon beter dan zijn behandelaar. Dat zegt iets over wie er "
            "werkelijk in de wijk aanwezig is."
        ),
        [],
    ),
    (
        (
            "In de beschikking stond: burgerservicenummer 6281.94.821, cliënt Ahmed El Amrani. "
            "Zulke brieven gaan door veel handen; ik vraag me af of de menselijke maat ook over "
            "privacy gaat."
        ),
        [("bsn", "6281.94.821"), ("naam", "Ahmed El Amrani")],
    ),
    (
        (
            "Wat Mirjam mij in de herstelgroep leerde: je hoeft je verhaal niet af te hebben om "
            "het te mogen vertellen."
        ),
        [("naam", "Mirjam")],
    ),
    (
        (
            "Regie is een groot woord. Voor mij betekende het: zelf kiezen of de deur van mijn "
            "kamer open of dicht ging."
        ),
        [],
    ),
    (
        (
            "Mijn kleinzoon Daan zat in groep 6 van De Regenboog, een basisschool in Leiderdorp, "
            "toen de zorgen begonnen. De leerkracht zag het als eerste, maar niemand vroeg haar "
            "later nog iets."
        ),
        [("naam", "Daan"), ("instelling", "De Regenboog"), ("plaats", "Leiderdorp")],
    ),
    (
        (
            "Ik ben huisarts en zie regelmatig patiënten die na een opname terugkomen zonder "
            "ontslagbrief. Het netwerk rond de patiënt is dan vaak al uit elkaar gevallen."
        ),
        [],
    ),
    (
        (
            "Bij GGZ Lindeland werkten we met Open Dialogue, maar zodra er een crisis kwam, viel "
            "iedereen terug op het oude protocol. Dat herken ik in wat de paper over escalatie "
            "schrijft."
        ),
        [("instelling", "GGZ Lindeland")],
    ),
    (
        (
            "De rechter heeft mij in drie jaar vier keer gezien, steeds een kwartier. In die "
            "kwartieren werd over mijn leven beslist."
        ),
        [],
    ),
    (
        (
            "Mijn moeder werd 91. Haar laatste jaar heeft ze grotendeels in een stoel met een "
            "tafelblad doorgebracht, 'voor haar eigen veiligheid'."
        ),
        [("leeftijd", "91")],
    ),
    (
        (
            "Meneer Dijkstra vroeg mij zijn nummer hier te delen, omdat hij graag gehoord wil "
            "worden door de schrijvers: 06 18 27 46 90."
        ),
        [("naam", "Dijkstra"), ("telefoon", "06 18 27 46 90")],
    ),
    (
        (
            "Polyfonie klinkt mooi, maar in een multidisciplinair overleg met elf mensen aan tafel "
            "is er meestal maar één stem die telt."
        ),
        [],
    ),
    (
        (
            "In de zaak met zaaknummer 2022-104377 oordeelde de rechter op 8 november 2022 dat de "
            "maatregel niet langer proportioneel was. Dat oordeel kwam pas na elf maanden."
        ),
        [("nummer", "2022-104377"), ("datum", "8 november 2022")],
    ),
    (
        (
            "Als naaste voelde ik me vaak een bezoeker in het leven van mijn eigen dochter. De "
            "paper geeft daar woorden aan zonder de professionals af te vallen."
        ),
        [],
    ),
    (
        (
            "Op 2 juni werd mijn broer in Tiel van straat gehaald door vier agenten, terwijl zijn "
            "vrienden erbij stonden. Escalatie begint vaak met te veel mensen tegelijk."
        ),
        [("datum", "2 juni"), ("plaats", "Tiel")],
    ),
    (
        (
            "Mijn naam is Lotte Verbeek en ik wil dat mijn verhaal gehoord wordt, ook als het niet "
            "in een paper past."
        ),
        [("naam", "Lotte Verbeek")],
    ),
    (
        (
            "De gemeente verwees naar het wijkteam, het wijkteam naar de GGZ, de GGZ naar de "
            "huisarts. Zo wordt een hulpvraag een rondje langs loketten."
        ),
        [],
    ),
    (
        (
            "Meer over onze ervaringen als familie staat op www.familievanfloor.nl/verhaal. Daar "
            "staat ook wat wel hielp."
        ),
        [("url", "www.familievanfloor.nl/verhaal")],
    ),
    (
        (
            "Wat ik mooi vind aan de paper, is dat hij niet begint bij de fout, maar bij de "
            "relatie. Een vastgelopen zorgrelatie is van twee kanten vastgelopen."
        ),
        [],
    ),
    (
        (
            "Collega's die met de vraagset aan de slag willen, kunnen contact opnemen met onze "
            "kwaliteitsadviseur via m.dekker@example.org."
        ),
        [("email", "m.dekker@example.org")],
    ),
    (
        (
            "In 2019 kwam ik in Hoogeveen terecht bij Zorgboerderij De Hoeve, en daar begon voor "
            "mij het herstel. Niet door therapie, maar door elke ochtend de koeien te voeren."
        ),
        [("plaats", "Hoogeveen"), ("instelling", "Zorgboerderij De Hoeve")],
    ),
    (
        (
            "Mijn psychiater heeft deze paper ook gelezen. We hebben er een heel gesprek over "
            "gehad, het eerste gesprek in jaren waarin we allebei iets leerden."
        ),
        [],
    ),
    (
        (
            "Mijn buurvrouw, mevrouw A. de Wit, woont al dertig jaar in de Schildersbuurt. Toen "
            "zij in de war raakte, waren wij als buren de eersten die het merkten, maar niemand "
            "vroeg ons iets."
        ),
        [("naam", "A. de Wit"), ("plaats", "Schildersbuurt")],
    ),
    (
        (
            "Ik mis in de paper aandacht voor jongeren die achttien worden en dan ineens uit de "
            "jeugdzorg vallen. Juist op dat moment verdwijnt vaak het hele netwerk."
        ),
        [],
    ),
    (
        (
            "Vorige week sprak ik J.B., een jongen van 23 jaar die al zes keer in crisis is "
            "opgenomen. Hij zei: 'Ik word pas gezien als het misgaat.' Die zin heb ik bij sectie 4 "
            "in de kantlijn geschreven."
        ),
        [("naam", "J.B."), ("leeftijd", "23 jaar")],
    ),
    (
        (
            "Herstel, zo lees ik, is geen eindpunt maar een richting. Dat haalt voor mij de druk "
            "weg om eerst 'beter' te moeten zijn voordat ik weer mee mag doen."
        ),
        [],
    ),
    (
        (
            "Opname 14-05-2023, ontslag 02-08-2023, en daartussen geen enkel gesprek met ons als "
            "ouders."
        ),
        [("datum", "14-05-2023"), ("datum", "02-08-2023")],
    ),
    (
        (
            "Als casemanager wil ik iets delen over Dennis, 29 jaar, die ik sinds drie jaar "
            "begeleid. Hij woont zelfstandig in Hoogezand, maar zijn moeder en zijn oudere zus "
            "wonen in Winschoten. Op 17 augustus ging het mis: buren belden de politie, de "
            "crisisdienst kwam, en binnen een paar uur lag hij op de gesloten afdeling van Kliniek "
            "Oosterhorn. Achteraf zei hij: 'Niemand heeft mijn zus gebeld, terwijl zij de enige is "
            "bij wie ik rustig word.' Die zin is me bijgebleven. In ons team praten we veel over "
            "regie, maar in de crisis verdween die regie volledig naar de professionals. De paper "
            "beschrijft dat precies: de crisis wordt een eigen werkelijkheid, met eigen regels en "
            "eigen taal. Sinds die opname werken we met een crisiskaart waarop staat wie er gebeld "
            "moet worden. Het is een klein ding, maar hij zegt dat hij zich er veiliger door "
            "voelt. Wat ik nog mis in de paper, is hoe je dit regelt als iemand zijn netwerk juist "
            "heeft verloren. Daar hoop ik in de volgende versie meer over te lezen."
        ),
        [
            ("naam", "Dennis"),
            ("leeftijd", "29 jaar"),
            ("plaats", "Hoogezand"),
            ("plaats", "Winschoten"),
            ("datum", "17 augustus"),
            ("instelling", "Kliniek Oosterhorn"),
        ],
    ),
    (
        (
            "De Raad voor de Kinderbescherming deed onderzoek, maar sprak nooit met de "
            "grootouders. Terwijl juist zij al jaren de stabiele factor waren."
        ),
        [],
    ),
    (
        (
            "Wie ook vastzit in een eindeloze machtiging: bel me gerust op 0570 612 384. Ik weet "
            "hoe eenzaam het is als niemand je een einddatum kan noemen."
        ),
        [("telefoon", "0570 612 384")],
    ),
    (
        (
            "Na de melding bij Veilig Thuis voelde het alsof alles wat we zeiden tegen ons "
            "gebruikt kon worden. Het vertrouwen herstellen kostte daarna bijna een jaar."
        ),
        [("instelling", "Veilig Thuis")],  # by its name, as the review (#28) asks
    ),
    (
        (
            "Oom Herman was 67 toen hij voor het eerst in zijn leven met de psychiatrie te maken "
            "kreeg. Hij begreep er niets van, en wij eerlijk gezegd ook niet."
        ),
        [("naam", "Herman"), ("leeftijd", "67")],
    ),
    (
        (
            "Tijdens een bezoek aan Kliniek Zonnehoeve in Sneek spraken we met bewoners over hun "
            "rechten. Bijna niemand wist dat er een klachtenfunctionaris was. Rechtsbescherming "
            "die niemand kent, beschermt niet."
        ),
        [("instelling", "Kliniek Zonnehoeve"), ("plaats", "Sneek")],
    ),
    (
        (
            "Ik zou willen voorstellen dat bij elke derde verlenging van een maatregel automatisch "
            "iemand van buiten de instelling meekijkt. Zo doorbreek je de tijdloosheid."
        ),
        [],
    ),
    (
        (
            "Op 1 maart 2024 hebben we in Amersfoort een bijeenkomst gehouden met cliënten, "
            "naasten en medewerkers over de paper. De opkomst was groter dan we hadden durven "
            "hopen."
        ),
        [("datum", "1 maart 2024"), ("plaats", "Amersfoort")],
    ),
    (
        (
            "Mijn vader zei altijd: 'Wie niet gehoord wordt, gaat harder praten.' Dat is voor mij "
            "de kortste samenvatting van escalatie."
        ),
        [],
    ),
    (
        "Reacties op mijn verhaal zijn welkom via fam.visser@example.nl of 06-55123478.",
        [("email", "fam.visser@example.nl"), ("telefoon", "06-55123478")],
    ),
    (
        (
            "Als beleidsmaker zie ik dat we veel investeren in crisisbedden en weinig in de weken "
            "ervoor. De paper laat zien waarom dat andersom zou moeten."
        ),
        [],
    ),
    (
        (
            "De psychiater, dokter Meijer, zei tegen me dat ik 'te veel wilde'. Pas veel later "
            "begreep ik dat ik gewoon mee wilde beslissen."
        ),
        [("naam", "Meijer")],
    ),
    (
        (
            "Mijn broer woont in een kamertje boven een snackbar aan de Hoofdstraat in Veenendaal. "
            "Daar komt niemand van de zorg ooit langs, en hij gaat zelf nergens meer heen."
        ),
        [("plaats", "Hoofdstraat"), ("plaats", "Veenendaal")],
    ),
    (
        (
            "Ik werk al vijfentwintig jaar als verpleegkundige op een gesloten afdeling. De "
            "maatregelen die ik in het begin vanzelfsprekend vond, zou ik nu niet meer durven "
            "voorstellen."
        ),
        [],
    ),
    (
        (
            "Mijn BSN is 111 222 333, als u mijn dossier wilt opvragen om mijn verhaal te "
            "controleren. Ik heb niets te verbergen."
        ),
        [("bsn", "111 222 333")],
    ),
    (
        (
            "In de paper staat dat rechtsbescherming pas werkt als mensen er ook gebruik van "
            "kunnen maken. Mijn ervaring als cliëntenvertrouwenspersoon is dat de meeste cliënten "
            "niet eens weten dat ik besta."
        ),
        [],
    ),
    (
        (
            "Namens mijn cliënt heb ik inzage gevraagd in het dossier onder patiëntnummer 7730581. "
            "Na vier maanden kregen we een map waarin de helft zwart was gemaakt."
        ),
        [("nummer", "7730581")],
    ),
    (
        (
            "Mijn kinderen waren 9 en 12 toen hun vader werd opgenomen. Niemand heeft ooit aan hen "
            "uitgelegd wat er gebeurde."
        ),
        [("leeftijd", "9"), ("leeftijd", "12")],
    ),
    (
        (
            "Sectie 2 maakte me de eerste keer boos, de tweede keer juist rustig. Misschien is dat "
            "ook wat herstel is: dezelfde tekst, een ander moment."
        ),
        [],
    ),
    (
        (
            "Mijn partner Joost is sinds het voorjaar thuis, na bijna een jaar opname. Het stuk "
            "over herstel van het sociaal netwerk lees ik als een opdracht aan mezelf: ik mag ook "
            "hulp vragen."
        ),
        [("naam", "Joost")],
    ),
    (
        (
            "Een vraag aan de schrijvers: hoe verhoudt het pleidooi voor netwerkgericht werken "
            "zich tot het beroepsgeheim? Ik mag als behandelaar lang niet alles met familie delen."
        ),
        [],
    ),
    (
        (
            "Bij Woonvoorziening De Akker in Emmen mogen bewoners inmiddels zelf kiezen wie er bij "
            "hun evaluatie aanschuift. Dat begon met één bewoner die erom vroeg."
        ),
        [("instelling", "Woonvoorziening De Akker"), ("plaats", "Emmen")],
    ),
    (
        (
            "Mijn zus, mijn moeder en ik hebben na zes jaar stilte weer samen aan tafel gezeten. "
            "Niet dankzij de zorg als systeem, maar dankzij één begeleider die bleef bellen."
        ),
        [],
    ),
    (
        (
            "De dag van de crisis, zaterdag 18 mei, zal ik nooit vergeten. Mijn zoon stond op het "
            "dak en beneden stonden zes hulpverleners die elkaar niet kenden."
        ),
        [("datum", "18 mei")],
    ),
    (
        (
            "Ik ben ervaringsdeskundige en werk sinds vorig jaar in een herstelcentrum in "
            "Leeuwarden. Samen met Gerda, die zelf jarenlang in en uit de kliniek ging, begeleid "
            "ik een groep van acht mensen. Wat we in de groep steeds weer horen, is dat het niet "
            "de maatregel zelf is die het meest pijn doet, maar het gevoel dat niemand meer "
            "luistert. Polyfonie, zoals de paper het noemt, is voor ons geen theorie: het is de "
            "ervaring dat je stem even zwaar telt als die van de psychiater. Een deelnemer zei "
            "vorige week dat hij zich voor het eerst 'mens tussen de mensen' voelde. Ik zou de "
            "schrijvers willen vragen om in sectie 6 meer voorbeelden op te nemen van hoe dat er "
            "in de praktijk uitziet, juist voor mensen die geen familie meer hebben."
        ),
        [("plaats", "Leeuwarden"), ("naam", "Gerda")],
    ),
    (
        (
            "De Tweede Kamer praat over de Wet verplichte ggz alsof het om een technische regeling "
            "gaat. Voor ons gezin ging het om alles."
        ),
        [],
    ),
    (
        (
            "Ik ben 52 en heb meer jaren in de zorg doorgebracht dan daarbuiten. Dit is de eerste "
            "tekst die ik lees waarin ik mezelf herken."
        ),
        [("leeftijd", "52")],
    ),
    (
        (
            "Ik vond het hoofdstuk over juridisering het sterkst. Een klacht indienen voelde voor "
            "mij als het einde van de relatie, terwijl ik alleen gehoord wilde worden."
        ),
        [],
    ),
    (
        (
            "Mijn dochter Roos heeft de paper ook gelezen. Zij zei: 'Eindelijk staat er dat ruzie "
            "met de zorg niet betekent dat je ziek bent.'"
        ),
        [("naam", "Roos")],
    ),
    (
        (
            "Mevrouw Bakker van de afdeling zei tegen ons dat we 'te betrokken' waren. Ik vraag me "
            "af hoe je als moeder te betrokken kunt zijn."
        ),
        [("naam", "Bakker")],
    ),
    (
        (
            "In 2021 ben ik uit de kliniek ontslagen en sindsdien woon ik zelfstandig. Niemand "
            "vroeg me toen wie mijn mensen waren. Nu weet ik het zelf weer."
        ),
        [],
    ),
    (
        (
            "Ik schreef er eerder over op https://mijnherstelpad.nl/over-mij, maar deze paper gaf "
            "me woorden voor wat ik toen niet kon zeggen."
        ),
        [("url", "https://mijnherstelpad.nl/over-mij")],
    ),
    (
        (
            "De paper spreekt over menselijke maat, maar zegt weinig over tijd. Een begeleider met "
            "twaalf cliënten kan geen menselijke maat bieden, hoe goed ze ook is."
        ),
        [],
    ),
    (
        (
            "Samen met Fatima, Bas en Ingrid uit de herstelgroep hebben we de vraagset "
            "doorgelopen. Vooral vraag 11 leverde een lang gesprek op."
        ),
        [("naam", "Fatima"), ("naam", "Bas"), ("naam", "Ingrid")],
    ),
    (
        (
            "Als moeder van een zoon met autisme herken ik vooral de passage over crisis: het is "
            "nooit één moment, maar een opeenstapeling van kleine momenten waarin niemand "
            "doorvroeg."
        ),
        [],
    ),
    (
        (
            "Voor Noah (11) en zijn zusje zijn er inmiddels vier verschillende jeugdzorgwerkers "
            "geweest in twee jaar. Hoe moet een kind dan nog iemand vertrouwen?"
        ),
        [("naam", "Noah"), ("leeftijd", "11")],
    ),
    (
        (
            "Mijn klantnummer bij de zorgverzekeraar is 30021884, en toch kon niemand aan de "
            "telefoon mijn machtiging vinden."
        ),
        [("nummer", "30021884")],
    ),
    (
        (
            "Ik werk als teamleider in een woonvoorziening voor mensen met een licht "
            "verstandelijke beperking en heb de paper met mijn team besproken. Wat ons het meest "
            "raakte, was de passage over de tijdloosheid van maatregelen. Bij ons was het gewoonte "
            "geworden om een maatregel in het zorgplan te laten staan 'zolang het goed gaat'. Maar "
            "als het goed gaat, is dat dan dankzij de maatregel, of ondanks? Niemand kon die vraag "
            "beantwoorden. We zijn nu begonnen met een eenvoudige afspraak: elke maatregel krijgt "
            "een einddatum, en wie hem wil verlengen, moet dat uitleggen aan de bewoner en aan "
            "zijn netwerk. Dat klinkt simpel, maar het heeft de gesprekken op de werkvloer "
            "veranderd. Medewerkers durven vaker te zeggen dat ze twijfelen, en ook de verwanten "
            "voelen zich serieuzer genomen. We gebruiken daarbij de tegenlezers-vraagset, al "
            "hebben we de vragen in eenvoudiger taal herschreven. Mijn suggestie voor een volgende "
            "versie: voeg een voorbeeld toe van zo'n herschreven vraagset, zodat andere teams niet "
            "opnieuw het wiel hoeven uit te vinden."
        ),
        [],
    ),
    (
        (
            "De heer Van der Linden (58) woont sinds zijn ontslag weer bij zijn zus in Zutphen. "
            "Als zijn begeleider zie ik hoeveel zij draagt, en hoe weinig steun zij zelf krijgt."
        ),
        [("naam", "Van der Linden"), ("leeftijd", "58"), ("plaats", "Zutphen")],
    ),
    (
        (
            "Mijn broer zit al meer dan twintig jaar in de zorg. In die tijd heb ik hem zien "
            "veranderen van een nieuwsgierige jongen in iemand die vooral wacht: op toestemming, "
            "op verlof, op een gesprek. De paper noemt dat tijdloosheid, en dat woord klopt. De "
            "tijd staat voor hem stil, terwijl die voor ons gewoon doorloopt. Wat mij hoop geeft, "
            "is het idee dat herstel niet bij hem alleen hoeft te beginnen, maar in de relatie "
            "tussen hem en de mensen om hem heen. Dat betekent ook dat ik zelf iets kan doen. "
            "Vorige maand ben ik begonnen met elke zondag samen koffiedrinken, zonder agenda. Het "
            "is klein, maar het is van ons."
        ),
        [],
    ),
    (
        (
            "Ik werk als jurist bij een cliëntenorganisatie. Een cliënt uit Gouda, Mohamed, belde "
            "me op 9 december in paniek: zijn zorgmachtiging was verlengd zonder dat hij daarvan "
            "wist. Juridisering is hier geen abstract begrip."
        ),
        [("plaats", "Gouda"), ("naam", "Mohamed"), ("datum", "9 december")],
    ),
    (
        (
            "Stuur de uitnodiging voor de bijeenkomst graag naar mijn dochter, "
            "ilse.vandam@example.com; zij regelt mijn post. Mijn BSN is 252760189, mocht u dat "
            "nodig hebben."
        ),
        [("email", "ilse.vandam@example.com"), ("bsn", "252760189")],
    ),
    (
        (
            "Op de deur van de huiskamer stond 'Welkom', en daaronder zat een slot dat alleen van "
            "buitenaf openging. Dat beeld vat voor mij de hele paper samen."
        ),
        [],
    ),
    (
        (
            "Ik werk in de nachtdienst van Woonzorgcentrum Het Anker en ben overdag bereikbaar op "
            "0521-358741 voor wie wil praten over de maatregelen die 's nachts worden genomen."
        ),
        [("instelling", "Woonzorgcentrum Het Anker"), ("telefoon", "0521-358741")],
    ),
    (
        (
            "Met Kerst mocht mijn vader twee uur naar huis. Die twee uur waren het mooiste en het "
            "pijnlijkste moment van dat hele jaar."
        ),
        [],
    ),
    (
        (
            "In het verzoekschrift aan de rechter stond een verkeerd BSN, 607918342, waardoor mijn "
            "cliënt wekenlang onvindbaar was in het systeem."
        ),
        [("bsn", "607918342")],
    ),
]
