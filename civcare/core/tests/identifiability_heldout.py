"""A held-out set of reflections, labelled by hand, for the accuracy of
civcare.core.identifiability.

Written apart from the detector and never used to tune it. Every person, place of residence,
care home, date, number and address below is invented.
Each case is a text and what a careful moderator would mark in it: (category, exact words).
Categories: naam, plaats, instelling, datum, leeftijd, telefoon, email, bsn, nummer, url.
"""

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Ik ben wijkverpleegkundige in Zwolle en kom twee keer per week bij meneer Yilmaz "
        "aan de Berkenhoutlaan 41. Hij is 79 en heeft sinds het overlijden van zijn vrouw "
        "eigenlijk niemand meer gesproken behalve mij. Het paper noemt dat "
        "netwerkuitsluiting; ik noem het gewoon eenzaamheid.",
        [
            ("plaats", "Zwolle"),
            ("naam", "Yilmaz"),
            ("plaats", "Berkenhoutlaan 41"),
            ("leeftijd", "79"),
        ],
    ),
    (
        "Onze zoon Daan (14) zit sinds september in een gesloten groep van "
        "Jeugdzorginstelling De Wilgenstam. De jeugdzorgwerker belt ons alleen als er iets "
        "is misgegaan, nooit als het een keer goed gaat.",
        [
            ("naam", "Daan"),
            ("leeftijd", "14"),
            ("instelling", "Jeugdzorginstelling De Wilgenstam"),
        ],
    ),
    (
        "Als wijkverpleegkundige herken ik het beeld uit SHPP003-05 heel sterk. De "
        "casemanager zit vaak klem tussen de gemeente en de zorgverzekeraar, en de cliënt "
        "merkt daar weinig van behalve dat alles lang duurt. In 2019 bleef bij ons team ruim "
        "30 procent van de aanvragen langer dan zes weken liggen.",
        [],
    ),
    (
        "Mijn casemanager zei vorig voorjaar dat er niets meer mogelijk was. Pas na drie "
        "jaar lang wachten kreeg ik een plek in een beschermde woonvorm. Ik vind het goed "
        "dat de tegenlezers-vraagset juist naar dit soort vastgelopen situaties vraagt.",
        [],
    ),
    (
        "Wie mij wil bereiken over mijn ervaringen: bel gerust 06-48213907 of mail naar "
        "anouk.verbeek@gmail.com. Ik ben Anouk, 34 jaar, en ik heb tien jaar GGZ achter de "
        "rug. Wat ik het meest miste was iemand die bleef.",
        [
            ("telefoon", "06-48213907"),
            ("email", "anouk.verbeek@gmail.com"),
            ("naam", "Anouk"),
            ("leeftijd", "34"),
        ],
    ),
    (
        "Als huisarts in Apeldoorn zie ik het vaak misgaan bij de overdracht. Mevrouw K. "
        "Bos, een patiënte van 92, werd op 3-4-2021 ontslagen uit het Sint Jozef Ziekenhuis "
        "zonder dat iemand de thuiszorg had ingelicht. Ze lag twee dagen alleen thuis.",
        [
            ("plaats", "Apeldoorn"),
            ("naam", "K. Bos"),
            ("leeftijd", "92"),
            ("datum", "3-4-2021"),
            ("instelling", "Sint Jozef Ziekenhuis"),
        ],
    ),
    (
        "Mijn BSN is 317506286 en dat stond gewoon op de brief die de gemeente naar mijn "
        "oude adres had gestuurd. De nieuwe bewoners hebben hem opengemaakt. Zo voelt "
        "bescherming van cliënten dus in de praktijk.",
        [
            ("bsn", "317506286"),
        ],
    ),
    (
        "Vraag 12 van de tegenlezers-vraagset gaat over tijdloosheid van maatregelen. Als "
        "bestuurder zie ik dat een maatregel die ooit tijdelijk was, na een paar jaar door "
        "niemand meer ter discussie wordt gesteld. Sectie 4 van versie v0.9 beschrijft dat "
        "precies.",
        [],
    ),
    (
        "De bakker in ons dorp bracht elke ochtend brood bij mijn vader, en dat was "
        "eigenlijk zijn belangrijkste sociale contact. Toen dat stopte omdat het wijkteam de "
        "boodschappen overnam, viel er een stuk netwerk weg. Dat is netwerkuitsluiting waar "
        "niemand bewust voor kiest.",
        [],
    ),
    (
        "Onze casemanager, Jeroen de Wit, heeft ons dossier (dossiernummer 2023-0481) zonder "
        "overleg gesloten. Daarna moesten we helemaal opnieuw beginnen bij het wijkteam in "
        "Amersfoort, met een nieuwe intake en dezelfde vragen.",
        [
            ("naam", "Jeroen de Wit"),
            ("nummer", "2023-0481"),
            ("plaats", "Amersfoort"),
        ],
    ),
    (
        "Ik schrijf over mijn vader, J. de Vries, die in verpleeghuis De Lindenhof in Ede "
        "woont. Op maandag 7 november kreeg hij te horen dat zijn vaste verzorgende "
        "vertrekt. Voor hem was zij de laatste vaste relatie die hij nog had.",
        [
            ("naam", "J. de Vries"),
            ("instelling", "verpleeghuis De Lindenhof"),
            ("plaats", "Ede"),
            ("datum", "maandag 7 november"),
        ],
    ),
    (
        "Hier mijn blog over het leven met mijn broer met autisme: www.broervanjoris.nl. "
        "Joris is 27 en woont in woonvoorziening 't Anker in Hoorn. Hij heeft er begeleiders "
        "die hij vertrouwt, maar geen enkele vriend.",
        [
            ("url", "www.broervanjoris.nl"),
            ("naam", "Joris"),
            ("leeftijd", "27"),
            ("instelling", "woonvoorziening 't Anker"),
            ("plaats", "Hoorn"),
        ],
    ),
    (
        "Wet zorg en dwang, Wvggz, Jeugdwet: drie wetten die allemaal over rechtsbescherming "
        "gaan, maar in de praktijk nauwelijks op elkaar aansluiten. Als GGZ-behandelaar zie "
        "ik cliënten die van het ene kader in het andere schuiven zonder dat iemand het "
        "overzicht houdt.",
        [],
    ),
    (
        "Het ziekenhuis belde twee keer per week of we akkoord gingen met verlenging van de "
        "opname. Niemand vroeg wat mijn zus zelf wilde. Herstelgerichte zorg begint volgens "
        "mij bij die ene vraag.",
        [],
    ),
    (
        "Dokter El Amrani van de huisartsenpraktijk in Lelystad was de enige die echt "
        "doorvroeg. Ze nam de tijd, ook al zat de wachtkamer vol. Dat soort momenten maakt "
        "het verschil tussen afhankelijk zijn en gezien worden.",
        [
            ("naam", "El Amrani"),
            ("plaats", "Lelystad"),
        ],
    ),
    (
        "Mijn 92-jarige vader woont nog zelfstandig aan de Dorpsstraat 8, 2151 AB "
        "Nieuw-Vennep. De wijkverpleging komt drie keer per dag, maar praten doet niemand "
        "met hem. Ik woon zelf te ver weg om elke week te gaan.",
        [
            ("leeftijd", "92-jarige"),
            ("plaats", "Dorpsstraat 8"),
            ("plaats", "2151 AB"),
            ("plaats", "Nieuw-Vennep"),
        ],
    ),
    (
        "Toen ik 16 was, werd ik opgenomen in Jeugdkliniek Sterrenbos in Assen. Ik heb daar "
        "twee jaar gezeten en niemand van mijn school kwam ooit op bezoek. Herstel van mijn "
        "netwerk is pas begonnen toen ik er weg was.",
        [
            ("leeftijd", "16"),
            ("instelling", "Jeugdkliniek Sterrenbos"),
            ("plaats", "Assen"),
        ],
    ),
    (
        "Onze locatie begeleidt 12 cliënten met een licht verstandelijke beperking. "
        "Paragraaf 3.2 van het paper stelt dat afhankelijkheid altijd een machtsrelatie is; "
        "dat vind ik te zwart-wit, want veel afhankelijkheid is gewoon wederzijds.",
        [],
    ),
    (
        "De Inspectie Gezondheidszorg en Jeugd kwam in 2021 twee keer langs. Het rapport "
        "ging vooral over dossiervoering en nauwelijks over de vraag of mensen zich gehoord "
        "voelden. Dat vind ik een gemiste kans.",
        [],
    ),
    (
        "Een zestienjarige jongen uit Tilburg-Noord, Milan, is inmiddels bij zes "
        "verschillende hulpverleners geweest. Als jongerenwerker vraag ik me af wie hier nog "
        "het overzicht heeft. Iedereen doet zijn deel, niemand draagt het geheel.",
        [
            ("leeftijd", "zestienjarige"),
            ("plaats", "Tilburg-Noord"),
            ("naam", "Milan"),
        ],
    ),
    (
        "Ik ben GGZ-behandelaar en werk veel met gezinnen waarin een ouder psychisch "
        "kwetsbaar is. Wie wil reageren op deze reflectie: mijn praktijk is bereikbaar via "
        "030-2345671 of info@praktijkdeschakel.nl.",
        [
            ("telefoon", "030-2345671"),
            ("email", "info@praktijkdeschakel.nl"),
        ],
    ),
    (
        "Op 12/05 had ik een gesprek met de gezinsvoogd, mevrouw Achterberg. Ze wist niet "
        "eens dat mijn dochter Noor inmiddels op basisschool De Regenboog zit. Hoe kun je "
        "dan een plan maken over haar netwerk?",
        [
            ("datum", "12/05"),
            ("naam", "Achterberg"),
            ("naam", "Noor"),
            ("instelling", "basisschool De Regenboog"),
        ],
    ),
    (
        "Zorginstituut Nederland heeft mooie kaders voor passende zorg, maar op de werkvloer "
        "merk je daar weinig van. Als huisarts verwijs ik nog steeds naar een GGZ waar de "
        "wachttijd op veertien weken staat.",
        [],
    ),
    (
        "Ik ben ervaringsdeskundige en heb zelf jaren in de jeugdzorg gezeten. Wat me raakt "
        "in dit paper is dat het niet alleen over de jongere gaat, maar over het hele "
        "netwerk. Vanaf mijn puberteit had ik eigenlijk niemand meer.",
        [],
    ),
    (
        "Mijn man Hans (68) kreeg op 2 februari 2023 de diagnose alzheimer. Sindsdien gaat "
        "hij drie dagen per week naar de dagbesteding van Zorggroep Amerhof in Baarn. Zijn "
        "oude vrienden van de tennisclub zien we niet meer.",
        [
            ("naam", "Hans"),
            ("leeftijd", "68"),
            ("datum", "2 februari 2023"),
            ("instelling", "Zorggroep Amerhof"),
            ("plaats", "Baarn"),
        ],
    ),
    (
        "Cliëntnummer 448812: dat ben ik voor het zorgkantoor. Niet Fatma Demir, 58 jaar, "
        "moeder van drie kinderen, maar een nummer in een systeem. Het paper over macht en "
        "afhankelijkheid beschrijft precies hoe dat voelt.",
        [
            ("nummer", "448812"),
            ("naam", "Fatma Demir"),
            ("leeftijd", "58"),
        ],
    ),
    (
        "Wie wil lezen hoe het mij verging na de opname, kan terecht op "
        "https://www.facebook.com/herstelmetmarieke. Ik deel daar openlijk mijn verhaal, ook "
        "de periodes waarin het niet goed ging.",
        [
            ("url", "https://www.facebook.com/herstelmetmarieke"),
        ],
    ),
    (
        "Jeugdzorg Nederland pleit al jaren voor minder bureaucratie. De Kamer van Sociale "
        "Waarden zegt hier eigenlijk hetzelfde, maar dan vanuit het perspectief van de "
        "cliënt. Ik mis in het stuk wel een concreet voorstel voor de gemeente.",
        [],
    ),
    (
        "Mijn zoon woont sinds vorig jaar in een gezinshuis. De jeugdzorgwerker is heel "
        "betrokken, maar er komt elk half jaar een nieuwe. Hoe bouw je zo een relatie op?",
        [],
    ),
    (
        "Als psycholoog bij Psychiatrisch Centrum Oosterhorst in Deventer behandel ik sinds "
        "2018 een cliënt, patiëntnummer P-20931, die al veertien keer is opgenomen. Elke "
        "opname is weer een breuk in zijn netwerk.",
        [
            ("instelling", "Psychiatrisch Centrum Oosterhorst"),
            ("plaats", "Deventer"),
            ("nummer", "P-20931"),
        ],
    ),
    (
        "Mijn schoonmoeder, mevrouw Wilhelmina Kuipers-Bakker, werd 101 en heeft haar "
        "laatste jaren doorgebracht in Huize Avondrust in Winterswijk. De regels daar waren "
        "nog dezelfde als toen ze er kwam wonen.",
        [
            ("naam", "Wilhelmina Kuipers-Bakker"),
            ("leeftijd", "101"),
            ("instelling", "Huize Avondrust"),
            ("plaats", "Winterswijk"),
        ],
    ),
    (
        "Ouders die hetzelfde meemaken mogen me altijd bellen op +31 6 2847 1936. Mijn "
        "dochter Sanne is 15 en zit al een jaar thuis zonder school. De leerplichtambtenaar, "
        "de jeugdarts en het wijkteam wijzen naar elkaar.",
        [
            ("telefoon", "+31 6 2847 1936"),
            ("naam", "Sanne"),
            ("leeftijd", "15"),
        ],
    ),
    (
        "Volgens de AVG mogen we heel weinig informatie delen met naasten. Als begeleider in "
        "de gehandicaptenzorg loop ik daar dagelijks tegenaan. Familie voelt zich "
        "buitengesloten, terwijl zij vaak het meest weten.",
        [],
    ),
    (
        "Dinsdag is bij ons de vaste overlegdag met het wijkteam. Er schuiven dan zes tot "
        "acht professionals aan, maar de cliënt zelf zelden. Dat zegt iets over wie de regie "
        "heeft.",
        [],
    ),
    (
        "Bij de jeugdbescherming in Rotterdam-Zuid werkt een gezinsmanager, Tim Bakker, die "
        "als enige ooit bij ons thuis aan tafel heeft gezeten. Dat verschil maakt alles. Ik "
        "hoop dat het paper dat soort nabijheid als norm neemt.",
        [
            ("plaats", "Rotterdam-Zuid"),
            ("naam", "Tim Bakker"),
        ],
    ),
    (
        "Als ervaringsdeskundige wil ik mijn verhaal niet anoniem houden. Ik ben Kees "
        "Visser, ik woon in Den Helder en ik werd op mijn 23e voor het eerst opgenomen. "
        "Sindsdien heb ik geleerd dat herstel vooral over mensen gaat.",
        [
            ("naam", "Kees Visser"),
            ("plaats", "Den Helder"),
            ("leeftijd", "23e"),
        ],
    ),
    (
        "De Sociale Verzekeringsbank stuurde mijn moeder een brief met haar BSN, "
        "192.837.461, in een envelop met venster. Zij is 84 en begreep niet waarom de "
        "buurman het nummer kon lezen toen hij de post bracht.",
        [
            ("bsn", "192.837.461"),
            ("leeftijd", "84"),
        ],
    ),
    (
        "Als onderzoeker heb ik 48 interviews gehouden met mantelzorgers in de ouderenzorg. "
        "Ongeveer twee derde gaf aan dat ze na het eerste jaar geen nieuw contact meer "
        "hadden opgebouwd. Dat sluit aan bij hoofdstuk 2 van SHPP003-02.",
        [],
    ),
    (
        "In een verpleeghuis is alles geregeld, behalve het gewone leven. Mijn moeder woonde "
        "er vier jaar en ik heb haar nooit meer zelf zien koken. Tijdloosheid van "
        "maatregelen is voor mij geen abstract begrip.",
        [],
    ),
    (
        "Het wijkteam in Leeuwarden stuurde een verslag naar m.dijkstra@kpnmail.nl in plaats "
        "van naar mij. Zo wist mijn ex-partner ineens alles over mijn schulden en mijn "
        "behandeling.",
        [
            ("plaats", "Leeuwarden"),
            ("email", "m.dijkstra@kpnmail.nl"),
        ],
    ),
    (
        "Ik werk als begeleider in de gehandicaptenzorg bij Stichting Het Leerhuys in "
        "Middelburg. Een van onze bewoners, Pieter, is 41 en heeft na vijftien jaar voor het "
        "eerst weer contact met zijn zus. Dat kwam niet door ons, maar door een "
        "vrijwilliger.",
        [
            ("instelling", "Stichting Het Leerhuys"),
            ("plaats", "Middelburg"),
            ("naam", "Pieter"),
            ("leeftijd", "41"),
        ],
    ),
    (
        "Onze dochter Lotte werd op 21 juni 2020 geboren met het syndroom van Down. Nu ze "
        "naar het speciaal onderwijs gaat, merken we hoe klein haar wereld wordt: ze gaat "
        "met een taxi naar school en speelt nooit meer bij buurkinderen.",
        [
            ("naam", "Lotte"),
            ("datum", "21 juni 2020"),
        ],
    ),
    (
        "Bakker, slager, kapper: vroeger kende iedereen elkaar in de winkelstraat. Nu zit "
        "mijn vader achter de voordeur en komt alleen de thuiszorg nog binnen, drie keer per "
        "dag een kwartier. Het paper noemt dat sociale verschraling en dat klopt.",
        [],
    ),
    (
        "Beleidsmatig vind ik het opvallend dat de gemeente een Wmo-indicatie voor maximaal "
        "twee jaar afgeeft. Daarna moet alles opnieuw, ook als er niets veranderd is. Dat is "
        "het omgekeerde van tijdloosheid, maar even onzinnig.",
        [],
    ),
    (
        "Als onderzoeker heb ik meneer Tahiri (74) in Utrecht geïnterviewd. Hij vertelde dat "
        "zijn hele netwerk bestond uit de moskee en de thuiszorg, en dat de thuiszorg hem "
        "vaker zag dan zijn kinderen.",
        [
            ("naam", "Tahiri"),
            ("leeftijd", "74"),
            ("plaats", "Utrecht"),
        ],
    ),
    (
        "Mijn broer Sven zit sinds 1 januari in Forensische Kliniek De Kruisweg in "
        "Eindhoven. Volgens zijn behandelaar, dr. Verhoeven, kan dat nog jaren duren, en "
        "niemand kan uitleggen waarom de maatregel nooit opnieuw wordt bekeken.",
        [
            ("naam", "Sven"),
            ("datum", "1 januari"),
            ("instelling", "Forensische Kliniek De Kruisweg"),
            ("plaats", "Eindhoven"),
            ("naam", "Verhoeven"),
        ],
    ),
    (
        "Wie meer wil weten over ons ouderinitiatief kan kijken op "
        "www.ouderskrachtmaasland.nl of bellen met Ingrid op 0614725836. We zijn een groep "
        "ouders van kinderen in de jeugd-GGZ die elkaar helpt als de hulpverlening stilvalt.",
        [
            ("url", "www.ouderskrachtmaasland.nl"),
            ("naam", "Ingrid"),
            ("telefoon", "0614725836"),
        ],
    ),
    (
        "Na zes weken crisisopname werd ik naar huis gestuurd zonder dat er iemand "
        "klaarstond. De huisarts wist van niets. Ik herken mezelf in de casus in sectie 5.",
        [],
    ),
    (
        "Als psycholoog werk ik met jongeren die al bij vijf of zes hulpverleners zijn "
        "geweest. Ze vertrouwen niemand meer, en terecht. Het idee van een vaste tegenlezer "
        "uit het eigen netwerk vind ik daarom sterk.",
        [],
    ),
    (
        "Als wijkverpleegkundige kom ik dagelijks bij mevrouw Van den Berg aan de Lindelaan "
        "17 in Boxtel. Ze is achtentachtig en de enige die haar nog bezoekt, buiten ons, is "
        "de pedicure. Dat is het netwerk waar het paper het over heeft.",
        [
            ("naam", "Van den Berg"),
            ("plaats", "Lindelaan 17"),
            ("plaats", "Boxtel"),
            ("leeftijd", "achtentachtig"),
        ],
    ),
    (
        "Ik heb mijn eigen jeugdzorgdossier opgevraagd onder de AVG. Het zaaknummer, "
        "2021/55713, stond op elke pagina, maar van de gesprekken die ik belangrijk vond "
        "stond niets in.",
        [
            ("nummer", "2021/55713"),
        ],
    ),
    (
        "Vanaf maandag 6 maart 2023 mocht ik mijn zus Ellen in GGZ-kliniek Duinrust in "
        "Castricum nog maar één uur per week bezoeken. Dat was een besluit van het team, "
        "niet van haar. Niemand heeft het daarna nog heroverwogen.",
        [
            ("datum", "maandag 6 maart 2023"),
            ("naam", "Ellen"),
            ("instelling", "GGZ-kliniek Duinrust"),
            ("plaats", "Castricum"),
        ],
    ),
    (
        "De gemeente heeft het budget voor de wijkteams dit jaar met 8 procent verlaagd. "
        "Tegelijk verwacht de wethouder dat we meer preventief werken. Die twee dingen gaan "
        "niet samen.",
        [],
    ),
    (
        "Herstel van vastgelopen zorgrelaties vraagt tijd, en tijd is precies wat er in het "
        "systeem niet is. Ik ben bestuurder en ik kan mijn teams niet meer ruimte geven dan "
        "de contracten toelaten.",
        [],
    ),
    (
        "Mijn vader Abdelkader Bouzid is 66 en spreekt nauwelijks Nederlands. In het "
        "ziekenhuis in Schiedam werd zijn kleinzoon van 11 als tolk ingezet bij een "
        "slechtnieuwsgesprek. Dat had nooit mogen gebeuren.",
        [
            ("naam", "Abdelkader Bouzid"),
            ("leeftijd", "66"),
            ("plaats", "Schiedam"),
            ("leeftijd", "11"),
        ],
    ),
    (
        "Als jeugdzorgwerker bij Jeugdhulp Kempenland begeleid ik Sem, een jongen van 12 uit "
        "Veldhoven. Zijn moeder belde me op 14-02-2024 in paniek, en toen bleek dat niemand "
        "haar ooit had teruggebeld over de aanmelding.",
        [
            ("instelling", "Jeugdhulp Kempenland"),
            ("naam", "Sem"),
            ("leeftijd", "12"),
            ("plaats", "Veldhoven"),
            ("datum", "14-02-2024"),
        ],
    ),
    (
        "Mijn e-mailadres is hanneke.smits@ziggo.nl, mochten andere mantelzorgers van jonge "
        "mensen met dementie willen sparren. Mijn man was 52 toen hij de diagnose kreeg, en "
        "alle hulp was ingericht op mensen van tachtig.",
        [
            ("email", "hanneke.smits@ziggo.nl"),
            ("leeftijd", "52"),
        ],
    ),
    (
        "Mijn partner heeft niet-aangeboren hersenletsel. Sinds het ongeluk zijn we van "
        "twaalf vrienden naar twee gegaan. Niemand heeft ons gewaarschuwd dat juist dat het "
        "zwaarste zou zijn.",
        [],
    ),
    (
        "Versie v0.9 van het paper is duidelijker dan de eerste. Vooral de tabel in "
        "paragraaf 4.1, waarin de vier vormen van afhankelijkheid naast elkaar staan, helpt "
        "om het gesprek in ons team te voeren.",
        [],
    ),
    (
        "Bestuurder hier. Bij Zorgorganisatie Rijnstaete in Alphen aan den Rijn hebben we op "
        "1 oktober 2022 de vaste teams afgeschaft. Achteraf was dat een fout: een bewoner "
        "als mevrouw Groenewegen zag in één week elf verschillende gezichten.",
        [
            ("instelling", "Zorgorganisatie Rijnstaete"),
            ("plaats", "Alphen aan den Rijn"),
            ("datum", "1 oktober 2022"),
            ("naam", "Groenewegen"),
        ],
    ),
    (
        "De brief van het CAK vermeldde mijn naam, Bram Hoekstra, mijn BSN 246813581 en mijn "
        "adres aan de Molenweg 3 in Sneek, en kwam bij de buren terecht. Niemand bij het CAK "
        "vond dat een probleem.",
        [
            ("naam", "Bram Hoekstra"),
            ("bsn", "246813581"),
            ("plaats", "Molenweg 3"),
            ("plaats", "Sneek"),
        ],
    ),
    (
        "Ik schrijf af en toe over mijn herstel op "
        "https://herstelverhalen.blogspot.com/lisa-van-dam. Ik ben Lisa van Dam, 29, en werk "
        "sinds kort als ervaringsdeskundige in een FACT-team.",
        [
            ("url", "https://herstelverhalen.blogspot.com/lisa-van-dam"),
            ("naam", "Lisa van Dam"),
            ("leeftijd", "29"),
        ],
    ),
    (
        "Het Rijk, de provincies en de gemeenten wijzen naar elkaar als het over de "
        "jeugdzorg gaat. Ondertussen staan er in onze regio honderden kinderen op een "
        "wachtlijst.",
        [],
    ),
    (
        "Op maandag en donderdag komt er iemand van de dagbesteding om mijn broer op te "
        "halen. Verder ziet hij niemand. Ik vraag me af of de aanbevelingen in dit stuk ook "
        "voor mensen zoals hij gelden.",
        [],
    ),
    (
        "Onze pleegzoon Mohammed werd op zijn 15e bij ons geplaatst vanuit het AZC in Budel. "
        "Nu is hij 19 en moet hij ineens alles zelf regelen, omdat de pleegzorg bij 18 "
        "stopt. Verlengde pleegzorg bestaat op papier, maar niet voor hem.",
        [
            ("naam", "Mohammed"),
            ("leeftijd", "15e"),
            ("plaats", "Budel"),
            ("leeftijd", "19"),
        ],
    ),
    (
        "Mijn moeder (79) kreeg een brief van het zorgkantoor met haar cliëntnummer 77120934 "
        "en de mededeling dat haar indicatie per 1 juli verviel. Niemand had haar gebeld. "
        "Zij dacht dat ze uit haar kamer moest.",
        [
            ("leeftijd", "79"),
            ("nummer", "77120934"),
            ("datum", "1 juli"),
        ],
    ),
    (
        "Onze huisarts, dokter Meijer in Oosterhout, stuurde ons door naar de "
        "praktijkondersteuner. Het nummer dat we kregen was 0162-456789, maar daar neemt "
        "nooit iemand op.",
        [
            ("naam", "Meijer"),
            ("plaats", "Oosterhout"),
            ("telefoon", "0162-456789"),
        ],
    ),
    (
        "Ik werk als ervaringsdeskundige bij een GGZ-organisatie in het oosten van het land. "
        "Wat ik mis in het paper is de rol van lotgenoten. Herstel gebeurt vaak buiten de "
        "spreekkamer.",
        [],
    ),
    (
        "Als kind van een ouder met dementie lees ik dit met gemengde gevoelens. De zorg in "
        "het verpleeghuis is goed, maar het contact met de specialist ouderengeneeskunde "
        "loopt altijd via een formulier. In januari duurde het drie weken voor er antwoord "
        "kwam.",
        [],
    ),
    (
        "Mijn dochter Yara is veertien en zit op het Mollengraaf Lyceum in Breda. Ze wordt "
        "daar gepest sinds bekend werd dat ze in de jeugdzorg zit. De mentor weet ervan, "
        "maar de school en de hulpverlening praten niet met elkaar.",
        [
            ("naam", "Yara"),
            ("leeftijd", "veertien"),
            ("instelling", "Mollengraaf Lyceum"),
            ("plaats", "Breda"),
        ],
    ),
    (
        "Ik ben Ahmet, 31 jaar, en ik woon sinds mijn ontslag uit de kliniek in een kamer "
        "aan de Stationsweg 114 in Roosendaal. Mijn enige contact is mijn ambulant "
        "begeleider, een uur per week.",
        [
            ("naam", "Ahmet"),
            ("leeftijd", "31"),
            ("plaats", "Stationsweg 114"),
            ("plaats", "Roosendaal"),
        ],
    ),
    (
        "De gemeente Almere heeft ons gezin op 17 augustus doorverwezen naar Jeugdpraktijk "
        "Kustlicht, maar pas in december stonden we echt op de lijst. Die maanden daartussen "
        "hebben we als gezin bijna niet overleefd.",
        [
            ("plaats", "Almere"),
            ("datum", "17 augustus"),
            ("instelling", "Jeugdpraktijk Kustlicht"),
        ],
    ),
    (
        "De NZa, het Zorginstituut en de zorgverzekeraars maken samen de spelregels. De "
        "cliëntenraad mag meepraten, maar beslissen doen anderen. Dat is precies de "
        "machtsongelijkheid waar hoofdstuk 3 over gaat.",
        [],
    ),
    (
        "Een op de vijf jongeren in de gesloten jeugdzorg heeft geen enkel stabiel contact "
        "met een volwassene buiten de instelling. Dat cijfer uit het paper schokte me, ook "
        "al werk ik er zelf al vijftien jaar.",
        [],
    ),
    (
        "Mijn schoonvader, Gerrit Jan Hofman, woont in een aanleunwoning van Zorgcentrum Ter "
        "Weel in Goes. Hij is sinds vorig voorjaar weduwnaar en zegt dat de dagen op elkaar "
        "lijken. Het paper gaat over hem, al weet hij dat niet.",
        [
            ("naam", "Gerrit Jan Hofman"),
            ("instelling", "Zorgcentrum Ter Weel"),
            ("plaats", "Goes"),
        ],
    ),
    (
        "Als GGZ-behandelaar ken ik de situatie van Roos de Graaf uit Leiden goed. Ze is 24 "
        "en had op 9 september 2021 haar laatste opname. Toch is haar indicatie nooit "
        "herzien, omdat niemand daar de verantwoordelijkheid voor neemt.",
        [
            ("naam", "Roos de Graaf"),
            ("plaats", "Leiden"),
            ("leeftijd", "24"),
            ("datum", "9 september 2021"),
        ],
    ),
    (
        "Op vrijdag 13 januari overleed mijn opa in Hospice De Vlinder in Heerenveen. Hij "
        "was 90, en het was de eerste plek in jaren waar hij zich echt gezien voelde. Waarom "
        "kan dat pas aan het einde?",
        [
            ("datum", "vrijdag 13 januari"),
            ("instelling", "Hospice De Vlinder"),
            ("plaats", "Heerenveen"),
            ("leeftijd", "90"),
        ],
    ),
    (
        "Gisteren had ik weer een gesprek met de indicatiesteller van het CIZ. Vriendelijk, "
        "maar volledig gericht op de formulieren. Ik ben mantelzorger en voel me meer "
        "administrateur dan partner.",
        [],
    ),
    (
        "Zoals De Kamer van Sociale Waarden terecht opmerkt, is netwerkherstel geen taak die "
        "je kunt uitbesteden. Toch zie ik dat het wijkteam het als een extra product gaat "
        "aanbieden, met een eigen intake en een eigen wachtlijst.",
        [],
    ),
    (
        "Toen ik bij de balie mijn BSN, 2130 49 867, hardop moest noemen, kon de hele "
        "wachtkamer meeluisteren. Zo gaat het bij de crisisdienst nog steeds, ook al praat "
        "iedereen over privacy.",
        [
            ("bsn", "2130 49 867"),
        ],
    ),
    (
        "Wie het verhaal van onze zoon Thomas wil volgen: "
        "https://www.facebook.com/groups/thomasopweg. Thomas is 19, heeft een licht "
        "verstandelijke beperking en woont sinds vorig jaar zelfstandig in Hengelo.",
        [
            ("naam", "Thomas"),
            ("url", "https://www.facebook.com/groups/thomasopweg"),
            ("leeftijd", "19"),
            ("plaats", "Hengelo"),
        ],
    ),
    (
        "Ik ben wijkverpleegkundige in het buurtteam van Kerkrade-West. Mijn collega Esra "
        "Kaya en ik hebben in één jaar 23 cliënten zien vereenzamen nadat het buurthuis "
        "dichtging.",
        [
            ("plaats", "Kerkrade-West"),
            ("naam", "Esra Kaya"),
        ],
    ),
    (
        "Als huisarts krijg ik per week zo'n tien verzoeken om een verwijzing naar de GGZ. "
        "Misschien de helft daarvan zou eigenlijk geholpen zijn met iemand in de buurt om "
        "mee te praten.",
        [],
    ),
    (
        "De tegenlezers-vraagset vraagt of het paper ook werkt voor mensen met een "
        "verstandelijke beperking. Mijn antwoord: niet zonder een eenvoudige versie. Die zou "
        "ik graag zien in de volgende ronde.",
        [],
    ),
    (
        "De zorgbemiddelaar van het zorgkantoor, mevrouw De Jong, gaf me haar directe "
        "nummer: 020 647 3382. Dat was de eerste keer in twee jaar dat ik iemand "
        "rechtstreeks kon bereiken.",
        [
            ("naam", "De Jong"),
            ("telefoon", "020 647 3382"),
        ],
    ),
    (
        "Voor mijn onderzoek interviewde ik een 17-jarig meisje uit Emmen dat in drie jaar "
        "tijd op negen verschillende plekken had gewoond. Ze noemde de laatste, Gezinshuis "
        "De Esch, haar eerste echte thuis.",
        [
            ("leeftijd", "17-jarig"),
            ("plaats", "Emmen"),
            ("instelling", "Gezinshuis De Esch"),
        ],
    ),
    (
        "Mijn vader is op 28-11-2019 opgenomen in Verpleeghuis De Wetering in Elst, en ik "
        "heb hem sindsdien nooit met een andere bewoner zien praten. Ik ben zelf 61 en zijn "
        "enige kind.",
        [
            ("datum", "28-11-2019"),
            ("instelling", "Verpleeghuis De Wetering"),
            ("plaats", "Elst"),
            ("leeftijd", "61"),
        ],
    ),
    (
        "Het Nederlands Jeugdinstituut en het Trimbos-instituut hebben allebei onderzoek "
        "gedaan naar dit onderwerp. Ik had verwacht dat het paper daar vaker naar zou "
        "verwijzen.",
        [],
    ),
    (
        "Mijn moeder rouwt nu al twee jaar om mijn vader, en sinds de dagopvang is gesloten "
        "ziet ze bijna niemand. Ik woon drie uur rijden verderop. Het stuk over mantelzorg "
        "op afstand had wat mij betreft langer mogen zijn.",
        [],
    ),
    (
        "Mijn pleegdochter Jasmijn is zestien en heeft in drie jaar vier voogden gehad. Haar "
        "laatste voogd, Femke Kramer, nam afscheid via een appje. Over relatieherstel "
        "gesproken.",
        [
            ("naam", "Jasmijn"),
            ("leeftijd", "zestien"),
            ("naam", "Femke Kramer"),
        ],
    ),
    (
        "Vragen over onze lotgenotengroep in Oss? Mail naar lotgenotenoss@gmail.com of bel "
        "Wendy van Rijn op 06 38 27 41 90. We komen elke tweede dinsdag van de maand bij "
        "elkaar.",
        [
            ("plaats", "Oss"),
            ("email", "lotgenotenoss@gmail.com"),
            ("naam", "Wendy van Rijn"),
            ("telefoon", "06 38 27 41 90"),
        ],
    ),
    (
        "Als bestuurder van Woonzorgcentrum De Klaproos in Dokkum weet ik dat we regels "
        "hebben die niemand meer kan uitleggen. Een bewoner van 95, meneer Hoekstra, mag na "
        "acht uur 's avonds niet meer naar buiten, omdat dat in 2009 ooit zo is afgesproken.",
        [
            ("instelling", "Woonzorgcentrum De Klaproos"),
            ("plaats", "Dokkum"),
            ("leeftijd", "95"),
            ("naam", "Hoekstra"),
        ],
    ),
    (
        "Ik lig 's nachts vaak wakker van de zorgen over mijn zoon in de GGZ-kliniek. Niet "
        "omdat de zorg slecht is, maar omdat ik als ouder niets meer te zeggen heb sinds hij "
        "meerderjarig is.",
        [],
    ),
    (
        "Het is 2024 en we praten nog steeds over ontschotting. Dat woord stond al in de "
        "nota's van tien jaar geleden. Wat mij betreft mag het paper daar scherper over "
        "zijn.",
        [],
    ),
    (
        "In de appgroep van de dagbesteding deelde een begeleider per ongeluk een formulier "
        "met het BSN van mijn zus Ilse: 284617301. Excuses kwamen pas na een week.",
        [
            ("naam", "Ilse"),
            ("bsn", "284617301"),
        ],
    ),
    (
        "Ik ben Mehmet Öztürk, huisarts in Enschede. Ik wil één casus noemen: een man van 45 "
        "die na een burn-out zijn werk, zijn huwelijk en zijn vrienden verloor, en bij wie "
        "ik de enige vaste hulpverlener bleef.",
        [
            ("naam", "Mehmet Öztürk"),
            ("plaats", "Enschede"),
            ("leeftijd", "45"),
        ],
    ),
    (
        "Op mijn blog www.mantelzorgmetmaria.nl schrijf ik over mijn moeder Maria, die op 4 "
        "mei 1938 geboren is en nu in De Zonnehoeve in Apeldoorn woont. Het stuk over "
        "tijdloosheid van maatregelen heb ik daar ook besproken.",
        [
            ("url", "www.mantelzorgmetmaria.nl"),
            ("naam", "Maria"),
            ("datum", "4 mei 1938"),
            ("instelling", "De Zonnehoeve"),
            ("plaats", "Apeldoorn"),
        ],
    ),
    (
        "Mijn vader was zijn leven lang visser en praat niet over gevoelens. Pas toen de "
        "praktijkondersteuner bij hem aan de keukentafel ging zitten, kwam er iets los. Dat "
        "is herstelgerichte zorg zoals ik die bedoel.",
        [],
    ),
    (
        "Mei is voor mij altijd een moeilijke maand, omdat mijn zoon toen werd opgenomen. "
        "Het paper zegt terecht dat herstel niet rechtlijnig verloopt, en dat een terugval "
        "geen mislukking is.",
        [],
    ),
    (
        "Als onderzoeker kreeg ik toegang tot cliëntdossiers, en in een van de transcripten "
        "stond gewoon 'cliëntnummer 300-1187, mw. T. Peeters, Kerkstraat 22, 5611 GH "
        "Eindhoven'. Dat had nooit zo mogen blijven staan.",
        [
            ("nummer", "300-1187"),
            ("naam", "T. Peeters"),
            ("plaats", "Kerkstraat 22"),
            ("plaats", "5611 GH"),
            ("plaats", "Eindhoven"),
        ],
    ),
    (
        "Mijn zoon Luuk (21) mailde vanaf luuk.jansen03@hotmail.com een klacht naar de "
        "gemeente, met zijn BSN 204 918 339 erin omdat het formulier daarom vroeg. Antwoord "
        "heeft hij nooit gekregen.",
        [
            ("naam", "Luuk"),
            ("leeftijd", "21"),
            ("email", "luuk.jansen03@hotmail.com"),
            ("bsn", "204 918 339"),
        ],
    ),
]
