"""Reflections labelled by hand, written apart from the detector as its first held-out set.

Measured on it before tuning (3 December 2026): precision 0.97, recall 0.78. What it missed
(ages written out, homes named without their kind, numbers from abroad, names running into
a place) was then fixed with patterns about the wording, so it is now a tuning set like
identifiability_corpus.py; identifiability_heldout.py is the set never used to tune.
Every person, place of residence,
care home, date, number and address below is invented.
Each case is a text and what a careful moderator would mark in it: (category, exact words).
Categories: naam, plaats, instelling, datum, leeftijd, telefoon, email, bsn, nummer, url.
"""

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Als wijkverpleegkundige kwam ik twee keer per week bij meneer De Bruijn aan de Spoorlaan "
        "in Tilburg. Toen zijn dochter Marloes belde dat het thuis niet meer ging, was er binnen "
        "een dag een crisisopname geregeld. Niemand had met hem zelf gesproken.",
        [
            ("naam", "De Bruijn"),
            ("plaats", "Spoorlaan"),
            ("plaats", "Tilburg"),
            ("naam", "Marloes"),
        ],
    ),
    (
        "De paper beschrijft goed hoe een tijdelijke maatregel ongemerkt permanent wordt. Ik mis "
        "wel een paragraaf over wat teams concreet kunnen doen om dat te voorkomen.",
        [],
    ),
    (
        "Mijn moeder Riet van der Heijden is 87 en woont sinds 14 maart 2022 in Woonzorgcentrum "
        "Het Baken in Harderwijk. Ik herken veel in wat de paper schrijft over de tijdloosheid "
        "van maatregelen. Na een val werd besloten dat ze 's nachts een sensor op haar kamer "
        "kreeg en dat de deur van de afdeling op slot ging. Dat was bedoeld als tijdelijke "
        "maatregel. Twee jaar later staat die sensor er nog steeds, en niemand kan mij vertellen "
        "wie heeft besloten dat het zo moet blijven. Bij elk multidisciplinair overleg wordt het "
        "als vanzelfsprekend doorgeschoven. Ik vind niet dat de zorgverleners kwaad willen, "
        "integendeel, maar het systeem kent geen moment waarop iemand verplicht opnieuw kijkt. Ik "
        "zou willen dat er bij elke maatregel een einddatum staat, zodat het gesprek vanzelf weer "
        "op tafel komt.",
        [
            ("naam", "Riet van der Heijden"),
            ("leeftijd", "87"),
            ("datum", "14 maart 2022"),
            ("instelling", "Woonzorgcentrum Het Baken"),
            ("plaats", "Harderwijk"),
        ],
    ),
    (
        "Als verpleegkundige op een gesloten afdeling herken ik het begrip tijdloosheid. Een "
        "fixatie-indicatie wordt elke zes weken geëvalueerd, maar in de praktijk is die evaluatie "
        "vaak een vinkje in het elektronisch dossier.",
        [],
    ),
    (
        "Ik ben zelf in 2016 gedwongen opgenomen geweest op De Vijverhof in Heiloo. Wat mij "
        "erdoorheen heeft geholpen, was een verpleegkundige, Sandra, die gewoon naast me kwam "
        "zitten en vroeg wat ik nodig had.",
        [("instelling", "De Vijverhof"), ("plaats", "Heiloo"), ("naam", "Sandra")],
    ),
    (
        "Wie ook vastloopt met de wijkteams, mag mij bellen: Femke, 06-41827305. Ik luister "
        "zonder oordeel.",
        [("naam", "Femke"), ("telefoon", "06-41827305")],
    ),
    (
        "Mijn moeder woont in een verpleeghuis en mijn broer en ik worden pas gebeld als er al "
        "iets besloten is. Netwerkgericht werken zou betekenen dat wij vóór het besluit aan tafel "
        "zitten, niet erna.",
        [],
    ),
    (
        "In de zaak met zaaknummer C/09/2023/0417 heeft de rechter de machtiging verlengd zonder "
        "dat de betrokkene, mevrouw Okafor, was gehoord. Dat raakt precies aan wat sectie 4 van "
        "de paper over rechtsbescherming zegt.",
        [("nummer", "C/09/2023/0417"), ("naam", "Okafor")],
    ),
    (
        "Vanuit het ministerie van VWS wordt veel gesproken over de menselijke maat, maar de "
        "verantwoordingseisen die zorgverzekeraars stellen, werken precies de andere kant op. Ik "
        "vraag me af of Stichting De Kamer van Sociale Waarden hier in een volgende versie op in "
        "wil gaan.",
        [],
    ),
    (
        "Bij ons bezoek op 3 oktober aan Zorgboerderij De Hoge Weide in Lunteren viel op dat "
        "bewoners hun eigen dagritme mochten bepalen. De locatiemanager, Henk Brouwer, vertelde "
        "dat ze bewust afscheid hadden genomen van de vaste rusttijden.",
        [
            ("datum", "3 oktober"),
            ("instelling", "Zorgboerderij De Hoge Weide"),
            ("plaats", "Lunteren"),
            ("naam", "Henk Brouwer"),
        ],
    ),
    (
        "Vanuit het perspectief van toezicht is het lastig om polyfonie te toetsen. De Inspectie "
        "Gezondheidszorg en Jeugd kijkt naar dossiers, en daarin klinkt meestal maar één stem: "
        "die van de organisatie.",
        [],
    ),
    (
        "Als bestuurder bij Zorggroep Eemhoven in Amersfoort herken ik de spanning tussen "
        "proportionaliteit en risicomijding. Na één incident willen toezicht, verzekeraar en "
        "gemeente allemaal een plan van aanpak, en de snelste route is vaak een extra maatregel. "
        "Ik neem uit deze paper mee dat we ook het afschalen moeten verantwoorden, niet alleen "
        "het opschalen.",
        [("instelling", "Zorggroep Eemhoven"), ("plaats", "Amersfoort")],
    ),
    (
        "Onze zoon Daan is nu zestien jaar en woont al anderhalf jaar op een gesloten groep. Zijn "
        "zusje Lotte van 9 vraagt elke week wanneer hij weer thuiskomt. Over netwerkgericht "
        "werken lees ik veel moois, maar ons gezin is nooit gevraagd om mee te denken.",
        [("naam", "Daan"), ("leeftijd", "zestien jaar"), ("naam", "Lotte"), ("leeftijd", "9")],
    ),
    (
        "De Wet verplichte ggz en de Wet zorg en dwang gaan uit van dwang als uiterste middel. In "
        "de praktijk zie ik dat het eerste gesprek met de rechter vaak het enige moment is waarop "
        "de cliënt echt gehoord wordt. Dat is te laat.",
        [],
    ),
    (
        "Ik werk als ervaringsdeskundige en organiseer herstelcirkels voor ouders. Wie wil "
        "aansluiten, kan mailen naar ingrid.vos@herstelcirkel-noord.nl, dan stuur ik de data voor "
        "het najaar.",
        [("email", "ingrid.vos@herstelcirkel-noord.nl")],
    ),
    (
        "In de brief van de gemeente stond gewoon mijn BSN, 263819474, midden in een tekst die "
        "naar vijf verschillende instanties is gestuurd. Ik voel me eerder een dossier dan een "
        "mens.",
        [("bsn", "263819474")],
    ),
    (
        "Herstel is geen rechte lijn. Ik heb na mijn laatste opname twee jaar nodig gehad om weer "
        "te vertrouwen op hulpverleners, en dat vertrouwen is begonnen bij iemand die gewoon op "
        "tijd kwam.",
        [],
    ),
    (
        "Mijn broer woont in Gent en is bereikbaar op +32 478 12 34 56; hij wil graag meedenken "
        "over het familienetwerkberaad van onze vader in Terneuzen.",
        [("plaats", "Gent"), ("telefoon", "+32 478 12 34 56"), ("plaats", "Terneuzen")],
    ),
    (
        "Ons verslag van de netwerkbijeenkomst in Ootmarsum staat op "
        "https://www.herstelinhetdorp.nl/verslag-maart, samen met de vragen die we nog hebben aan "
        "de schrijvers van de paper.",
        [("plaats", "Ootmarsum"), ("url", "https://www.herstelinhetdorp.nl/verslag-maart")],
    ),
    (
        "Wat ik mis in sectie 3, is de vraag wie eigenlijk bepaalt wanneer een crisis voorbij is. "
        "Voor mij was de crisis na een week voorbij, voor het systeem pas na zes maanden.",
        [],
    ),
    (
        "De cliënt met cliëntnummer 40918273 is op 2 februari overgeplaatst naar de Parkhoeve in "
        "Hengelo, zonder overdracht aan zijn vaste begeleider.",
        [
            ("nummer", "40918273"),
            ("datum", "2 februari"),
            ("instelling", "Parkhoeve"),
            ("plaats", "Hengelo"),
        ],
    ),
    (
        "Een collega noemde laatst dat in haar regio zo'n 80 procent van de crisismaatregelen "
        "werd omgezet in een zorgmachtiging. Als dat klopt, roept het de vraag op hoe vaak er "
        "echt een alternatief is onderzocht.",
        [],
    ),
    (
        "Mijn oom Bertus Kamphuis, in de buurt beter bekend als Bertje, is 74 en woont zijn hele "
        "leven al aan de Kerkstraat 12 in Rhenen. Sinds de thuiszorg een nieuw rooster heeft, "
        "komt er elke dag iemand anders. Hij raakt daardoor in paniek en dan wordt er weer over "
        "opname gesproken. Het stuk over menselijke maat zou verplichte kost moeten zijn voor de "
        "planners.",
        [
            ("naam", "Bertus Kamphuis"),
            ("naam", "Bertje"),
            ("leeftijd", "74"),
            ("plaats", "Kerkstraat 12"),
            ("plaats", "Rhenen"),
        ],
    ),
    (
        "Met Kerst mocht mijn zoon een dag naar huis, met Pasen niet meer, omdat er in maart een "
        "incident was geweest. Voor hem voelde dat als een straf, terwijl het team het een "
        "veiligheidsafweging noemde.",
        [],
    ),
    (
        "Op 21-06-2023 oordeelde de rechtbank dat de ondertoezichtstelling van de twee kinderen "
        "van mevrouw El Amrani onvoldoende was onderbouwd. Haar advocaat, mr. P. de Wit, wees op "
        "precies de juridisering die de paper beschrijft.",
        [("datum", "21-06-2023"), ("naam", "El Amrani"), ("naam", "P. de Wit")],
    ),
    (
        "Ik ben Yusuf, 23 jaar, en woon beschermd in Overvecht in Utrecht. Regie klinkt mooi, "
        "maar ik mag nog niet eens zelf mijn boodschappen doen.",
        [
            ("naam", "Yusuf"),
            ("leeftijd", "23 jaar"),
            ("plaats", "Overvecht"),
            ("plaats", "Utrecht"),
        ],
    ),
    (
        "Vraag 12 van de reflectievragen vond ik het moeilijkst: wanneer heb ik voor het laatst "
        "een maatregel afgeschaald zonder dat iemand erom vroeg? Eerlijk gezegd weet ik het niet.",
        [],
    ),
    (
        "Als beleidsmedewerker van de gemeente Oldambt zie ik dat we jaarlijks meer uitgeven aan "
        "crisisplaatsingen dan aan preventie. In Winschoten hebben we vorig jaar een pilot gedaan "
        "met netwerkcoaches; de resultaten waren bemoedigend, maar de financiering liep na twaalf "
        "maanden af.",
        [("plaats", "Oldambt"), ("plaats", "Winschoten")],
    ),
    (
        "Toen ik negentien was, werd ik na een psychose opgenomen in het Maasoever Ziekenhuis in "
        "Venlo. Ik herinner me vooral de eerste nacht: de separeercel, het licht dat aan bleef, "
        "en een verpleegkundige die door het luikje vroeg of ik al rustig was. Rustig worden lukt "
        "niet als je bang bent. Pas weken later vroeg iemand wie er voor mij belangrijk was. Ik "
        "noemde mijn oma en mijn voetbaltrainer, Jos Hendriks. Die trainer kwam elke zondag langs "
        "met een thermoskan koffie, en dat was het eerste moment waarop ik me weer gewoon iemand "
        "voelde. In de paper lees ik dat herstel van het sociaal netwerk een voorwaarde is en "
        "geen bijproduct. Dat kan ik alleen maar onderstrepen. Mijn advies aan professionals: "
        "vraag in de eerste week al naar de mensen om iemand heen, en nodig ze uit, ook als het "
        "dossier zegt dat het contact 'ingewikkeld' is. Ingewikkeld is niet hetzelfde als "
        "schadelijk.",
        [
            ("leeftijd", "negentien"),
            ("instelling", "Maasoever Ziekenhuis"),
            ("plaats", "Venlo"),
            ("naam", "Jos Hendriks"),
        ],
    ),
    (
        "Gemeenten hebben de neiging om de jeugdzorg te organiseren rond producten en trajecten. "
        "De paper laat zien dat een gezin geen traject is maar een netwerk. Dat vraagt om andere "
        "contracten, niet alleen om andere gesprekken.",
        [],
    ),
    (
        "Het calamiteitenonderzoek naar de dood van de heer Van Leeuwen, die op vrijdag 9 "
        "februari 2024 overleed op de gesloten afdeling van Huize Bergweide in Zeist, laat zien "
        "hoe escalatie zichzelf versterkt.",
        [
            ("naam", "Van Leeuwen"),
            ("datum", "vrijdag 9 februari 2024"),
            ("instelling", "Huize Bergweide"),
            ("plaats", "Zeist"),
        ],
    ),
    (
        "Veilig Thuis krijgt vaak de rol van aanjager van escalatie, terwijl de medewerkers daar "
        "zelf ook liever eerst met het netwerk praten. Toezicht zou die ruimte moeten beschermen "
        "in plaats van haar af te straffen.",
        [("instelling", "Veilig Thuis")],  # by its name, as the review (#28) asks
    ),
    (
        "Mijn zus en ik hebben een lotgenotengroep opgezet voor naasten van mensen met een "
        "zorgmachtiging. We komen samen in het buurthuis aan de Dorpsstraat in Nieuw-Vennep. "
        "Bellen kan op 0252-418 377 tussen zeven en negen uur 's avonds.",
        [("plaats", "Dorpsstraat"), ("plaats", "Nieuw-Vennep"), ("telefoon", "0252-418 377")],
    ),
    (
        "Bij cliënt J.K. zagen we dat de vrijheidsbeperking na de evaluatie gewoon werd "
        "voortgezet, omdat niemand het formulier had ingevuld. Dat is tijdloosheid in de "
        "praktijk.",
        [("naam", "J.K.")],
    ),
    (
        "Versie v0.9 van de paper spreekt over rechtsbescherming als iets wat pas begint bij de "
        "rechtbank. Ik zou willen pleiten voor een breder begrip: rechtsbescherming begint bij de "
        "eerste keer dat iemand 'nee' zegt en daar serieus op wordt gereageerd.",
        [],
    ),
    (
        "Mijn naam is Esther Vermeulen-de Graaf. Ik heb drie jaar op een wachtlijst gestaan en "
        "kreeg toen in één week tijd een indicatie, een plek en een gedwongen kader, alleen omdat "
        "het misging.",
        [("naam", "Esther Vermeulen-de Graaf")],
    ),
    (
        "Voor wie contact zoekt met ons familienetwerk: mail naar familienetwerk.zuid@gmail.com "
        "of bel Anouk op 06 28 39 47 51.",
        [
            ("email", "familienetwerk.zuid@gmail.com"),
            ("naam", "Anouk"),
            ("telefoon", "06 28 39 47 51"),
        ],
    ),
    (
        "Na drie jaar wachten op een passende plek was ik zo ver achteruitgegaan dat er alleen "
        "nog een gesloten bed beschikbaar was. De wachtlijst zelf is een vorm van escalatie.",
        [],
    ),
    (
        "In een verweerschrift dat ik onder ogen kreeg, stond het burgerservicenummer van de "
        "cliënt voluit vermeld: 4180.72.395. Dataminimalisatie is ook rechtsbescherming.",
        [("bsn", "4180.72.395")],
    ),
    (
        "Dank voor deze paper. Eindelijk iemand die zegt dat regie niet hetzelfde is als alles "
        "zelf moeten regelen.",
        [],
    ),
    (
        "Op Scholengemeenschap De Zeven Linden in Dedemsvaart hebben we afspraken gemaakt met de "
        "jeugdzorg om leerlingen niet meer direct door te verwijzen bij verzuim. De mentor belt "
        "eerst de ouders en vraagt wie er in het netwerk kan helpen.",
        [("instelling", "Scholengemeenschap De Zeven Linden"), ("plaats", "Dedemsvaart")],
    ),
    (
        "Kim (34) vertelde in onze herstelgroep dat ze haar kinderen alleen onder begeleiding mag "
        "zien, in een kamer van Jeugdhuis De Wilgenhoek. Een uur per twee weken, al sinds "
        "september. Niemand kan uitleggen wat ze moet doen om dat te veranderen.",
        [("naam", "Kim"), ("leeftijd", "34"), ("instelling", "Jeugdhuis De Wilgenhoek")],
    ),
    (
        "Mijn vader is dement en mijn moeder zorgt al jaren voor hem. Toen het thuis niet meer "
        "ging, kwam het wijkteam met een lijst van vijf verpleeghuizen, allemaal met een "
        "wachttijd van minstens een half jaar. De crisisdienst was uiteindelijk de enige deur die "
        "openging.",
        [],
    ),
    (
        "Als ambulant hulpverlener in de Schilderswijk en Transvaal zie ik dagelijks hoe gezinnen "
        "verstrikt raken in de regels van vijf verschillende loketten. Netwerkgericht werken "
        "begint hier bij de buurvrouw die tolkt en de imam die bemiddelt.",
        [("plaats", "Schilderswijk"), ("plaats", "Transvaal")],
    ),
    (
        "Op 05/11/2023 werd mijn vader Hans door de politie opgehaald, geboeid, terwijl hij "
        "alleen verward was.",
        [("datum", "05/11/2023"), ("naam", "Hans")],
    ),
    (
        "Ik heb SHPP003-05 twee keer gelezen, de tweede keer samen met mijn team tijdens een "
        "intervisiebijeenkomst. Wat ons het meest raakte, was de beschrijving van hoe escalatie "
        "vaak begint met een kleine, goedbedoelde beslissing. Een extra controle, een afspraak "
        "over bezoek, een deur die 's avonds dichtgaat. Elk van die stappen is op zichzelf te "
        "verdedigen, maar samen vormen ze een kooi. We hebben afgesproken om voortaan bij elke "
        "nieuwe afspraak op te schrijven wanneer we haar opnieuw bekijken en wie daarvoor "
        "verantwoordelijk is. Ook willen we de cliënt en ten minste één naaste bij die evaluatie "
        "betrekken. Het is nog te vroeg om te zeggen of het werkt, maar de sfeer in het team is "
        "veranderd: we praten meer over de mens en minder over het risico. Dank aan de schrijvers "
        "voor de heldere taal en de concrete vragen aan het eind van elke sectie.",
        [],
    ),
    (
        "In de melding stond het BIG-nummer van de betrokken verpleegkundige, 39057812401, "
        "terwijl het om een systeemfout ging en niet om een individueel verwijt.",
        [("nummer", "39057812401")],
    ),
    (
        "Ik woon in een klein dorp in Drenthe, Zweeloo, en daar weet iedereen het meteen als de "
        "ambulance bij je voor de deur staat. Na mijn opname durfde ik maanden niet naar de "
        "supermarkt. De paper noemt stigma niet expliciet, maar voor mij hoort het bij herstel.",
        [("plaats", "Drenthe"), ("plaats", "Zweeloo")],
    ),
    (
        "Ik studeer rechten en schrijf een essay over juridisering in de zorg. De paper hielp me "
        "om het verschil te zien tussen rechtsbescherming die mensen beschermt en procedures die "
        "vooral de organisatie beschermen.",
        [],
    ),
    (
        "In het Lingezicht ziekenhuis hebben we de crisisbedden teruggebracht van twaalf naar "
        "acht en tegelijk het ambulante team uitgebreid. Dat voelde riskant, maar het aantal "
        "dwangtoepassingen is in een jaar met een derde gedaald.",
        [("instelling", "Lingezicht ziekenhuis")],
    ),
    (
        "Wij hebben als raad van bestuur besloten om elk kwartaal alle lopende "
        "vrijheidsbeperkende maatregelen te laten herbeoordelen door een team dat er niet "
        "dagelijks mee werkt. Een frisse blik blijkt veel op te leveren.",
        [],
    ),
    (
        "Ons jongste kind, we noemen haar Pien, is pas zeven jaar en begrijpt niet waarom papa "
        "niet meer thuis mag komen. De gezinsvoogd zegt dat het in haar belang is, maar niemand "
        "heeft het haar zelf gevraagd.",
        [("naam", "Pien"), ("leeftijd", "zeven jaar")],
    ),
    (
        "Proportionaliteit is een juridisch begrip, maar in het toezicht zie ik het vooral als "
        "een vraag naar verhoudingen: staat de inbreuk in verhouding tot het gevaar, en is dat "
        "gevaar nog steeds actueel?",
        [],
    ),
    (
        "Uit een beschikking die mij ter inzage werd gegeven: 'betrokkene, wonende aan de Van "
        "Speijkstraat 41-hs te Amsterdam, dossiernummer 2023/1184, heeft zich niet aan de "
        "voorwaarden gehouden.' Nergens wordt vermeld welke voorwaarden dat waren, of of "
        "betrokkene ze begreep. Zo wordt proportionaliteit onmogelijk te toetsen.",
        [("plaats", "Van Speijkstraat 41-hs"), ("plaats", "Amsterdam"), ("nummer", "2023/1184")],
    ),
    (
        "Zorg. Dwang. Hoop. Dat waren de drie woorden die ik opschreef nadat ik de paper gelezen "
        "had. Hoop, omdat ik zie dat er mensen zijn die het anders willen.",
        [],
    ),
    (
        "Pas toen ik bij Kwartelhof terechtkwam, een kleinschalige woonvorm, vroeg mijn "
        "begeleider Mehmet wat ík eigenlijk wilde. Na vier opnames in zes jaar was dat de eerste "
        "keer.",
        [("instelling", "Kwartelhof"), ("naam", "Mehmet")],
    ),
    (
        "Sinds januari is er een nieuwe casemanager, de derde in twee jaar. Elke keer moeten we "
        "het hele verhaal opnieuw vertellen. Dat is geen netwerk, dat is een estafette zonder "
        "stokje.",
        [],
    ),
    (
        "Op maandag 12 augustus moest ik voor de rechter in Arnhem verschijnen, en pas de "
        "zaterdag daarvoor hoorde ik dat het om een verlenging ging.",
        [("datum", "maandag 12 augustus"), ("plaats", "Arnhem")],
    ),
    (
        "Het is goed dat de paper de rechtbank niet als vijand neemt. Rechters doen wat ze kunnen "
        "met de informatie die ze krijgen; het probleem zit in de eenzijdigheid van die "
        "informatie.",
        [],
    ),
    (
        "Ik werk als verpleegkundig specialist bij GGZ De Noorderbrug in Groningen en wil een "
        "casus delen, met toestemming en enigszins aangepast. Wim, 62 jaar, woont alleen in een "
        "flat in Vinkhuizen. Zijn buren maakten zich zorgen omdat hij 's nachts op het balkon "
        "stond te roepen. Binnen twee dagen lag er een verzoek voor een crisismaatregel. Wij "
        "hebben toen iets anders geprobeerd: we zijn met zijn broer en een oud-collega van de "
        "sociale werkvoorziening bij hem langsgegaan, hebben koffie gedronken en gevraagd wat er "
        "speelde. Het bleek dat zijn kat was overleden en dat hij sindsdien niet meer sliep. Geen "
        "opname, wel een paar weken intensieve ondersteuning thuis. Op 28 mei hebben we het "
        "traject afgesloten. Dit is voor mij de kern van wat de paper bedoelt met de-escalatie: "
        "eerst het netwerk, dan pas het kader. Het kost meer tijd in de eerste dagen, maar het "
        "bespaart maanden aan juridische procedures en beschadigd vertrouwen.",
        [
            ("instelling", "GGZ De Noorderbrug"),
            ("plaats", "Groningen"),
            ("naam", "Wim"),
            ("leeftijd", "62 jaar"),
            ("plaats", "Vinkhuizen"),
            ("datum", "28 mei"),
        ],
    ),
    (
        "Ik heb twee keer per week contact met mijn ambulant begeleider en dat is genoeg. Wat ik "
        "niet wil, is dat er bij elke slechte dag meteen een signaleringsplan in werking treedt.",
        [],
    ),
    (
        "Reacties op ons inspectiebezoek kunt u sturen aan mijn collega Marieke de Jong, "
        "m.dejong@toezichtzorgregio.nl. Zij verwerkt ze in het definitieve rapport.",
        [("naam", "Marieke de Jong"), ("email", "m.dejong@toezichtzorgregio.nl")],
    ),
    (
        "Als huisarts merk ik dat ik vaak de enige ben die een patiënt al twintig jaar kent. Toch "
        "word ik zelden betrokken bij het besluit over een crisismaatregel. Dat is een gemiste "
        "kans.",
        [],
    ),
    (
        "Wij wonen net over de grens in Lommel en krijgen vanuit Nederland nauwelijks informatie "
        "over onze dochter, die in Eindhoven is opgenomen. De afdeling belt ons niet terug; ons "
        "nummer is 0474/56 78 90.",
        [("plaats", "Lommel"), ("plaats", "Eindhoven"), ("telefoon", "0474/56 78 90")],
    ),
    (
        "Als vrijwilliger bij een maatjesproject zie ik hoe klein het netwerk van veel mensen na "
        "een opname is geworden. Een koffieafspraak op donderdag kan dan meer betekenen dan welke "
        "behandeling ook.",
        [],
    ),
    (
        "Ik was een meisje van 15 toen ik voor het eerst werd vastgehouden in een instelling. Nu, "
        "jaren later, geef ik trainingen aan begeleiders. Wat ik ze altijd vertel: een maatregel "
        "die je nooit uitlegt, onthoudt een kind als straf.",
        [("leeftijd", "15")],
    ),
    (
        "Onze gemeente geeft ongeveer 2,4 miljoen euro per jaar uit aan crisisplaatsingen voor "
        "jongeren. Als we daarvan tien procent zouden verschuiven naar netwerkversterking, kunnen "
        "we naar schatting veertig gezinnen extra ondersteunen.",
        [],
    ),
    (
        "Onze evaluatie van het project 'Samen in de wijk' staat op "
        "https://www.zorggroep-dekreek.nl/evaluatie. De resultaten van Zorggroep De Kreek in "
        "Purmerend laten zien dat bewoners met een actief netwerk minder vaak in een crisis "
        "belanden.",
        [
            ("url", "https://www.zorggroep-dekreek.nl/evaluatie"),
            ("instelling", "Zorggroep De Kreek"),
            ("plaats", "Purmerend"),
        ],
    ),
    (
        "Polyfonie is een mooi woord, maar voor mij betekent het simpelweg: laat iedereen aan "
        "tafel uitpraten, ook de cliënt die wat langzamer formuleert.",
        [],
    ),
    (
        "Ik heb geen zin meer in al die kennismakingsgesprekken. Sinds mijn begeleider Joost weg "
        "is, komt er steeds iemand nieuw. In Kanaleneiland ken ik meer mensen zoals ik, en die "
        "zeggen allemaal hetzelfde.",
        [("naam", "Joost"), ("plaats", "Kanaleneiland")],
    ),
    (
        "In Nederland lijkt het alsof familie pas telt als er een formele vertegenwoordiging is "
        "geregeld. Ik ben al jaren de steun van mijn zus, maar zonder mentorschap word ik nergens "
        "over geïnformeerd.",
        [],
    ),
    (
        "Mevrouw Jansen is achtentachtig jaar oud en kreeg na één val een bedhek en een "
        "heupbeschermer voorgeschreven. Ze vroeg mij: 'Mag ik dan nooit meer zelf naar de wc?' "
        "Die vraag zou bij elke maatregel hardop gesteld moeten worden.",
        [("naam", "Jansen"), ("leeftijd", "achtentachtig jaar")],
    ),
    (
        "In onze rapportages gebruiken we steeds vaker citaten van bewoners en naasten. Dat "
        "levert soms spanning op met zorgaanbieders, maar het maakt zichtbaar wat een maatregel "
        "betekent in het dagelijks leven.",
        [],
    ),
    (
        "Op het formulier stond patiëntnummer 0081234567 en de datum 17 december 2021, maar geen "
        "handtekening van de psychiater.",
        [("nummer", "0081234567"), ("datum", "17 december 2021")],
    ),
    (
        "Artikel 8 van het EVRM biedt al een kader voor de afweging van proportionaliteit. De "
        "paper zou aan kracht winnen als ze die bepaling expliciet noemt in paragraaf 4.2.",
        [],
    ),
    (
        "Oma Truus woont in Huize Avondrood in Veendam. Op zondag 3 maart vierden we haar "
        "verjaardag in de huiskamer, en voor het eerst in maanden lachte ze weer.",
        [
            ("naam", "Truus"),
            ("instelling", "Huize Avondrood"),
            ("plaats", "Veendam"),
            ("datum", "zondag 3 maart"),
        ],
    ),
    (
        "Ik ben in oktober ontslagen uit de kliniek en sindsdien gaat het redelijk. Het hielp dat "
        "ik zelf mocht kiezen wie er bij mijn ontslaggesprek aanwezig was.",
        [],
    ),
    (
        "Ik woon in de Lindenlaan in Beverwijk en zag hoe een buurman drie keer in één jaar door "
        "de politie werd meegenomen. Niemand van ons wist dat we hadden kunnen helpen.",
        [("plaats", "Lindenlaan"), ("plaats", "Beverwijk")],
    ),
    (
        "De paper noemt de crisisdienst, de politie en de huisarts als schakels in een keten. Ik "
        "zou daar het sociaal netwerk aan willen toevoegen, als eerste schakel en niet als "
        "laatste.",
        [],
    ),
    (
        "Voor vragen over het vervolgonderzoek is de coördinator, Ruud Hoekstra, bereikbaar via "
        "+31 6 4172 9053.",
        [("naam", "Ruud Hoekstra"), ("telefoon", "+31 6 4172 9053")],
    ),
    (
        "Als geestelijk verzorger in een verpleeghuis zie ik dagelijks hoe bewoners verlangen "
        "naar zeggenschap over kleine dingen: hoe laat ze opstaan, wat ze eten, wie er op bezoek "
        "komt. De menselijke maat begint daar.",
        [],
    ),
    (
        "In het portaal stond bij 'uw gegevens' ineens het BSN 530 917 282 van iemand anders. Ik "
        "heb het gemeld, maar drie weken later stond het er nog.",
        [("bsn", "530 917 282")],
    ),
    (
        "In de vorige versie stond bij vraag 7 nog dat teams 'minimaal 1 keer per 3 maanden' "
        "moeten evalueren. In deze versie is dat weggelaten. Was dat een bewuste keuze?",
        [],
    ),
    (
        "Gisteren sprak ik met de vader van Noor van der Linden over de vraag of een gezinshuis "
        "beter zou passen dan een groep. Hij wil graag dat ze in Zutphen blijft, dicht bij haar "
        "school.",
        [("naam", "Noor van der Linden"), ("plaats", "Zutphen")],
    ),
    (
        "Eerst was het de GGZ die zei dat het een jeugdzorgprobleem was, daarna zei de jeugdzorg "
        "dat het om psychiatrie ging. Ondertussen zat onze dochter thuis, en wij met haar.",
        [],
    ),
    (
        "Dokter De Vries in Apeldoorn was de eerste die tegen mij zei dat mijn herstel niet in "
        "een rechte lijn hoefde te verlopen.",
        [("naam", "De Vries"), ("plaats", "Apeldoorn")],
    ),
    (
        "In Zeeland werken we sinds vorig jaar met alle gemeenten aan één regionale crisisroute. "
        "Vanuit Middelburg coördineren we de inzet, maar de netwerkcoaches zitten in de dorpen "
        "zelf.",
        [("plaats", "Zeeland"), ("plaats", "Middelburg")],
    ),
    (
        "Mijn broer Thijs van Dam is 41 en heeft autisme en een licht verstandelijke beperking. "
        "Sinds 1 april 2023 woont hij in De Rietkraag in Woerden, een woonvorm waar de "
        "begeleiding goed bedoeld is maar het personeel steeds wisselt. Toen hij in de zomer een "
        "keer zijn kamerdeur dichtsmeet, werd dat als 'escalatie' in zijn dossier gezet, en vanaf "
        "dat moment moest hij om negen uur binnen zijn. Ik lees in de paper dat juridisering "
        "sluipend gaat, en dat herkennen we. Elke gebeurtenis wordt een incident, elk incident "
        "een maatregel, en de maatregel wordt nooit meer teruggedraaid. Wat helpt: een vaste "
        "persoon. Zijn oude begeleider, Fatima, kon hem met één zin kalmeren. Zij is vertrokken "
        "omdat ze geen vast contract kreeg.",
        [
            ("naam", "Thijs van Dam"),
            ("leeftijd", "41"),
            ("datum", "1 april 2023"),
            ("instelling", "De Rietkraag"),
            ("plaats", "Woerden"),
            ("naam", "Fatima"),
        ],
    ),
    (
        "Voor mijn afstudeeronderzoek aan Hogeschool IJsselstroom heb ik twaalf naasten "
        "geïnterviewd. Mijn begeleider, dr. Saskia Meijer, wees me op deze paper, en die heeft "
        "mijn analyse flink aangescherpt.",
        [("instelling", "Hogeschool IJsselstroom"), ("naam", "Saskia Meijer")],
    ),
    (
        "Ik ben net 18 geworden en moet van de ene op de andere dag weg uit mijn jeugdzorgplek. "
        "Mijn voogd, meneer Bakker, zegt dat er in Leeuwarden geen kamer vrij is.",
        [("leeftijd", "18"), ("naam", "Bakker"), ("plaats", "Leeuwarden")],
    ),
    (
        "In het overdrachtsformulier voor dossier 2024-00873 stond alleen 'agressief bij "
        "weigering medicatie'. Toen ik mevrouw Pranoto zelf sprak, bleek ze bang voor de "
        "bijwerkingen die ze in 2019 had gehad.",
        [("nummer", "2024-00873"), ("naam", "Pranoto")],
    ),
    (
        "Het toezichtsrapport van 12-3-2024 over Woonzorgpark Het Veldhuis in Nijkerk beschrijft "
        "een afdeling waar bewoners al anderhalf jaar niet buiten waren geweest.",
        [
            ("datum", "12-3-2024"),
            ("instelling", "Woonzorgpark Het Veldhuis"),
            ("plaats", "Nijkerk"),
        ],
    ),
    (
        "Onze kinderen, Sem van elf en Julia van dertien, hebben hun vader een half jaar alleen "
        "via een scherm gezien. De omgangsregeling werd steeds uitgesteld, telkens met een goede "
        "reden. Voor hen voelt het als een straf zonder einde.",
        [("naam", "Sem"), ("leeftijd", "elf"), ("naam", "Julia"), ("leeftijd", "dertien")],
    ),
    (
        "Als voorzitter van de cliëntenraad nodig ik lezers uit voor onze bijeenkomst in de aula "
        "van Zorgcentrum Het Anker, Molenweg 8 in Oosterhout. Aanmelden kan via "
        "clientenraad@zorgcentrumhetanker.nl.",
        [
            ("instelling", "Zorgcentrum Het Anker"),
            ("plaats", "Molenweg 8"),
            ("plaats", "Oosterhout"),
            ("email", "clientenraad@zorgcentrumhetanker.nl"),
        ],
    ),
]
