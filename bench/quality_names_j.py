"""Names for `bench/quality_data_j.py`: the customers of an event, culture and sports production
company and of a health and public-sector consultancy. Real Norwegian organisations as people
know them (with the forms people type: acronyms, short names, English names) and the pieces
generated names are made of.

A real organisation is one line: ``category|official name|place|kind=alt;kind=alt|trap;trap``.
The official name is the one Brønnøysund (and so Tripletex's company lookup) holds; an alt is a
form a consultant really types for the same organisation, with its spelling kind; a trap is
another organisation with a name near enough to be taken for it.
"""

from __future__ import annotations

REAL = """
club|Rosenborg Ballklub|Trondheim|acronym=RBK;short=Rosenborg;abbrev=Rosenborg BK|
club|Tromsø Idrettslag|Tromsø|acronym=TIL;abbrev=Tromsø IL|Tromsø Skiklubb;Tromsø Turnforening
club|Sportsklubben Brann|Bergen|short=Brann;abbrev=SK Brann;order=Brann Sportsklubb|
club|Molde Fotballklubb|Molde|acronym=MFK;abbrev=Molde FK|Molde og Omegn Idrettsforening
club|Viking Fotballklubb|Stavanger|abbrev=Viking FK;short=Viking|
club|Fotballklubben Bodø/Glimt|Bodø|short=Bodø/Glimt;abbrev=FK Bodø/Glimt;hyphen=Bodø Glimt|
club|Lillestrøm Sportsklubb|Lillestrøm|acronym=LSK;abbrev=Lillestrøm SK|
club|Strømsgodset Idrettsforening|Drammen|abbrev=Strømsgodset IF;short=Godset|
club|Odds Ballklubb|Skien|abbrev=Odds BK;short=Odd|
club|Fredrikstad Fotballklubb|Fredrikstad|acronym=FFK;abbrev=Fredrikstad FK|
club|Vålerenga Fotball|Oslo|short=Vålerenga|Vålerenga Ishockey
club|Stabæk Fotball|Bærum|short=Stabæk|Stabæk Håndball
club|Sarpsborg 08 Fotballforening|Sarpsborg|abbrev=Sarpsborg 08 FF|
club|Kolstad Håndball|Trondheim|short=Kolstad|Kolstad Fotball
club|Elverum Håndball|Elverum|short=Elverum Håndball Elite|
club|Storhamar Ishockey|Hamar|short=Storhamar Hockey|Storhamar Håndball Elite
club|Bækkelagets Sportsklub|Oslo|acronym=BSK;abbrev=Bækkelagets SK|
club|Ullensaker/Kisa Idrettslag|Jessheim|short=Ull/Kisa;abbrev=Ullensaker/Kisa IL|
club|Byåsen Idrettslag|Trondheim|abbrev=Byåsen IL;order=IL Byåsen|Byåsen Skiklubb
club|Idrettslaget Heming|Oslo|abbrev=IL Heming;order=Heming Idrettslag|
club|Idrettslaget Tyrving|Bærum|abbrev=IL Tyrving;order=Tyrving IL|
club|Kjelsås Idrettslag|Oslo|abbrev=Kjelsås IL|Kjelsås Skolemusikkorps
club|Aalesunds Fotballklubb|Ålesund|acronym=AaFK;abbrev=Aalesunds FK;letters=Ålesunds FK|
club|Kristiansund Ballklubb|Kristiansund|acronym=KBK;abbrev=Kristiansund BK|
club|Hamarkameratene|Hamar|short=HamKam|
club|Fotballklubben Haugesund|Haugesund|abbrev=FK Haugesund;order=Haugesund FK|
club|Sandefjord Fotball|Sandefjord|word-more=Sandefjord Fotball Elite|
club|Ranheim Idrettslag|Trondheim|abbrev=Ranheim IL|Ranheim Fotball
club|Glassverket Idrettsforening|Drammen|abbrev=Glassverket IF|
club|Larvik Turn & Idrettsforening|Larvik|abbrev=Larvik Turn & IF;og=Larvik Turn og Idrettsforening|
club|Oppsal Idrettsforening|Oslo|abbrev=Oppsal IF|
club|Frisk Asker Ishockey|Asker|short=Frisk Asker|
club|Vipers Kristiansand|Kristiansand|short=Vipers|
club|Nordstrand Idrettsforening|Oslo|abbrev=Nordstrand IF|
club|Fana Idrettslag|Bergen|abbrev=Fana IL|
club|Sotra Sportsklubb|Fjell|abbrev=Sotra SK|
fed|Norges Fotballforbund|Oslo|acronym=NFF;english=Norwegian Football Federation;order=Fotballforbundet|
fed|Norges idrettsforbund og olympiske og paralympiske komité|Oslo|acronym=NIF;short=Norges idrettsforbund|
fed|Norges Skiforbund|Oslo|english=Norwegian Ski Federation;short=Skiforbundet|Norges Skiskytterforbund
fed|Norges Håndballforbund|Oslo|acronym=NHF;short=Håndballforbundet|
fed|Norges Friidrettsforbund|Oslo|short=Friidrettsforbundet|
fed|Norges Svømmeforbund|Oslo|short=Svømmeforbundet|
fed|Norges Turnforbund|Oslo|english=Norwegian Gymnastics Federation|
fed|Norges Cykleforbund|Oslo|acronym=NCF;english=Norwegian Cycling Federation|
fed|Norges Orienteringsforbund|Oslo|acronym=NOF|
fed|Norges Bandyforbund|Oslo|short=Bandyforbundet|Norges Bokseforbund
fed|Norges Ishockeyforbund|Oslo|acronym=NIHF|
fed|Norges Musikkorps Forbund|Bergen|acronym=NMF;compound=Norges Musikkorpsforbund|
fed|Norges Korforbund|Oslo|short=Korforbundet|
fed|Trøndelag idrettskrets|Trondheim|letters=Trondelag idrettskrets|
fed|Frivillighet Norge|Oslo|english=Volunteering Norway|
fest|Øyafestivalen AS|Oslo|short=Øya;compound=Øya festivalen|
fest|Bergenfest AS|Bergen|compound=Bergen Fest|
fest|Stiftelsen Festspillene i Bergen|Bergen|english=Bergen International Festival;short=Festspillene|Stiftelsen Festspillene i Nord-Norge
fest|Moldejazz|Molde|english=Molde International Jazz Festival;compound=Molde Jazz|
fest|Stiftelsen Kongsberg Jazzfestival|Kongsberg|compound=Kongsberg Jazz Festival;short=Kongsberg Jazz|
fest|Stiftelsen Olavsfestdagene|Trondheim|short=Olavsfest|
fest|Førdefestivalen|Førde|hyphen=Førde-festivalen|
fest|Riddu Riđđu Festivàla AS|Kåfjord|short=Riddu Riddu|
fest|Trænafestivalen AS|Træna|hyphen=Træna-festivalen|
fest|Pstereo AS|Trondheim|short=Pstereo festival|
fest|Tons of Rock AS|Oslo|word-more=Tons of Rock Festival|
fest|Vinjerock AS|Vinje|compound=Vinje Rock|
fest|Slottsfjellfestivalen AS|Tønsberg|short=Slottsfjell|
fest|By:Larm AS|Oslo|punct=Bylarm|
fest|Nattjazz|Bergen|compound=Natt Jazz|
fest|Stiftelsen Vossajazz|Voss|compound=Vossa Jazz|
fest|Notodden Bluesfestival AS|Notodden|compound=Notodden Blues Festival|
fest|Dølajazz|Lillehammer|compound=Døla Jazz|
fest|Festspillene i Nord-Norge|Harstad|acronym=FINN;hyphen=Festspillene i Nord Norge|
fest|Gladmat AS|Stavanger|word-more=Gladmat Stavanger|
fest|Stiftelsen Bergen Internasjonale Filmfestival|Bergen|acronym=BIFF;english=Bergen International Film Festival|
fest|Tromsø Internasjonale Filmfestival AS|Tromsø|acronym=TIFF;english=Tromsø International Film Festival|
fest|Den norske filmfestivalen i Haugesund|Haugesund|english=Norwegian International Film Festival|
fest|Norsk Litteraturfestival|Lillehammer|short=Litteraturfestivalen|
fest|Stiftelsen Nordlysfestivalen|Tromsø|compound=Nordlys festivalen|
fest|Bukta Tromsø Open Air Festival AS|Tromsø|short=Bukta|
fest|Palmesus AS|Kristiansand|word-more=Palmesus Festival|
fest|Varangerfestivalen|Vadsø|compound=Varanger festivalen|
fest|Oslo Jazzfestival|Oslo|compound=Oslo Jazz Festival|
theatre|Den Nationale Scene AS|Bergen|acronym=DNS;short=Nationale Scene|
theatre|Det Norske Teatret AS|Oslo|short=Det Norske;english=The Norwegian Theatre|
theatre|Nationaltheatret AS|Oslo|english=The National Theatre|
theatre|Rogaland Teater AS|Stavanger|word-more=Rogaland Teater Stavanger|
theatre|Trøndelag Teater AS|Trondheim|english=Trøndelag Theatre|
theatre|Hålogaland Teater AS|Tromsø|english=Hålogaland Theatre|
theatre|Teatret Vårt AS|Molde|order=Vårt Teater|
theatre|Oslo Nye Teater AS|Oslo|short=Oslo Nye|
theatre|Riksteatret|Oslo|english=The Norwegian National Touring Theatre|
theatre|Den Norske Opera & Ballett AS|Oslo|short=Operaen;og=Den Norske Opera og Ballett;acronym=DNO&B|
theatre|Agder Teater AS|Kristiansand|english=Agder Theatre|
theatre|Sogn og Fjordane Teater AS|Førde|acronym=SFT;og=Sogn & Fjordane Teater|
theatre|Teater Innlandet AS|Hamar|order=Innlandet Teater|
theatre|Nordland Teater AS|Mo i Rana|english=Nordland Theatre|
theatre|Beaivváš Sámi Našunálateáhter AS|Kautokeino|short=Beaivváš;letters=Beaivvas Sami Nasunalateahter|
theatre|Brageteatret AS|Drammen|compound=Brage Teatret|
theatre|Det Vestnorske Teateret AS|Bergen|short=Vestnorske Teateret|
theatre|Bergen Nasjonale Opera|Bergen|acronym=BNO;english=Bergen National Opera|
venue|Stiftelsen Grieghallen|Bergen|compound=Grieg-hallen|
venue|Olavshallen AS|Trondheim|word-more=Olavshallen Trondheim|
venue|Stavanger Konserthus IKS|Stavanger|english=Stavanger Concert Hall|
venue|Kilden Teater- og Konserthus for Sørlandet IKS|Kristiansand|short=Kilden;word-more=Kilden Teater- og Konserthus|
venue|Oslo Konserthus AS|Oslo|english=Oslo Concert Hall|
venue|Sentrum Scene AS|Oslo|word-more=Sentrum Scene Oslo|
venue|Rockefeller Music Hall AS|Oslo|short=Rockefeller|
venue|Stiftelsen Litteraturhuset|Oslo|word-more=Litteraturhuset i Oslo|Litteraturhuset i Bergen
venue|Ibsenhuset Kulturhus AS|Skien|short=Ibsenhuset|
venue|Bølgen Kulturhus AS|Larvik|short=Bølgen|
venue|Union Scene AS|Drammen|word-more=Union Scene Drammen|
venue|Stormen Konserthus KF|Bodø|short=Stormen|
venue|Kulturhuset Banken AS|Lillehammer|order=Banken Kulturhus|
venue|Ullevaal Stadion AS|Oslo|letters=Ulleval Stadion;short=Ullevaal|
venue|Oslo Spektrum Arena AS|Oslo|short=Oslo Spektrum|
venue|Kulturhuset USF|Bergen|short=USF Verftet|
venue|Cosmopolite Scene AS|Oslo|short=Cosmopolite|
venue|Tou Scene AS|Stavanger|compound=Touscene|
orch|Oslo-Filharmonien|Oslo|hyphen=Oslo Filharmonien;english=Oslo Philharmonic|
orch|Bergen Filharmoniske Orkester|Bergen|acronym=BFO;short=Harmonien;english=Bergen Philharmonic Orchestra|
orch|Stavanger Symfoniorkester|Stavanger|acronym=SSO;english=Stavanger Symphony Orchestra;compound=Stavanger Symfoni Orkester|Kristiansand Symfoniorkester
orch|Trondheim Symfoniorkester og Opera|Trondheim|acronym=TSO;og=Trondheim Symfoniorkester & Opera|
orch|Kristiansand Symfoniorkester|Kristiansand|acronym=KSO;english=Kristiansand Symphony Orchestra|Stavanger Symfoniorkester
orch|Arktisk Filharmoni AS|Tromsø|english=Arctic Philharmonic|
orch|Norsk Kammerorkester|Oslo|english=Norwegian Chamber Orchestra|
orch|Trondheimsolistene|Trondheim|compound=Trondheim Solistene|
orch|Det Norske Blåseensemble|Halden|short=Blåseensemblet|
orch|Ungdomssymfonikerne|Oslo|compound=Ungdoms Symfonikerne|
museum|Stiftelsen Norsk Folkemuseum|Oslo|short=Folkemuseet;english=Norwegian Museum of Cultural History|
museum|Munchmuseet|Oslo|short=MUNCH;compound=Munch museet|
museum|Stiftelsen Kistefos-Museet|Jevnaker|hyphen=Kistefosmuseet;short=Kistefos|
museum|Nasjonalmuseet for kunst, arkitektur og design|Oslo|short=Nasjonalmuseet;english=The National Museum|
museum|Stiftelsen Norsk Teknisk Museum|Oslo|short=Teknisk Museum|Norsk Telemuseum
museum|Anno Museum AS|Hamar|short=Anno|
museum|Museene i Sør-Trøndelag AS|Trondheim|acronym=MiST;hyphen=Museene i Sør Trøndelag|
museum|Stiftelsen Vestfoldmuseene|Tønsberg|compound=Vestfold museene|
museum|Stiftelsen KODE|Bergen|english=KODE Art Museums and Composer Homes|
museum|Stiftelsen Lillehammer museum|Lillehammer|short=Maihaugen|
museum|Norsk Maritimt Museum|Oslo|english=Norwegian Maritime Museum|Norsk Luftfartsmuseum
museum|Norsk Luftfartsmuseum|Bodø|english=Norwegian Aviation Museum|Norsk Maritimt Museum
museum|Lofotr Vikingmuseum|Vestvågøy|compound=Lofotr Viking Museum|
museum|Stiftelsen Kunstsilo|Kristiansand|word-more=Kunstsilo Kristiansand|
museum|Stiftelsen Norsk Bergverksmuseum|Kongsberg|compound=Norsk Bergverks Museum|
museum|Norsk Skogmuseum|Elverum|short=Skogmuseet|
museum|Ringve Musikkmuseum|Trondheim|english=Ringve Music Museum|
museum|Stiftelsen Bergens Sjøfartsmuseum|Bergen|compound=Bergens Sjøfarts Museum|
museum|Museum Stavanger AS|Stavanger|acronym=MUST|
choir|Sølvguttene|Oslo|word-more=Sølvguttene guttekor|
choir|Oslo Domkor|Oslo|english=Oslo Cathedral Choir|
choir|Nidarosdomens Guttekor|Trondheim|compound=Nidarosdomens Gutte Kor|
choir|Det Norske Jentekor|Oslo|english=The Norwegian Girls Choir|
choir|Grex Vocalis|Oslo|word-more=Grex Vocalis kor|
choir|Eikanger-Bjørsvik Musikklag|Bergen|hyphen=Eikanger Bjørsvik Musikklag;short=Eikanger|
choir|Manger Musikklag|Radøy|word-more=Manger Musikklag Brass|
choir|Stavanger Brass Band|Stavanger|compound=Stavanger Brassband|
health|Helse Bergen HF|Bergen||Helse Fonna HF;Helse Førde HF
health|Helse Stavanger HF|Stavanger|acronym=SUS|Helse Fonna HF
health|Helse Fonna HF|Haugesund||Helse Førde HF
health|Helse Førde HF|Førde||Helse Fonna HF
health|Sykehuset Innlandet HF|Brumunddal|acronym=SI HF|
health|Sykehuset i Vestfold HF|Tønsberg|acronym=SiV|Sykehuset Telemark HF
health|Sykehuset Telemark HF|Skien|acronym=STHF|Sykehuset i Vestfold HF
health|Sykehuset Østfold HF|Sarpsborg|english=Østfold Hospital Trust|
health|Oslo universitetssykehus HF|Oslo|acronym=OUS;english=Oslo University Hospital|
health|Akershus universitetssykehus HF|Lørenskog|acronym=Ahus|
health|Vestre Viken HF|Drammen|hyphen=Vestre-Viken HF|
health|Sørlandet sykehus HF|Kristiansand|acronym=SSHF|
health|Helse Møre og Romsdal HF|Ålesund|acronym=HMR;og=Helse Møre & Romsdal HF|
health|St. Olavs hospital HF|Trondheim|short=St. Olav|
health|Helse Nord-Trøndelag HF|Steinkjer|acronym=HNT;hyphen=Helse Nord Trøndelag HF|
health|Nordlandssykehuset HF|Bodø|acronym=NLSH|Helgelandssykehuset HF
health|Helgelandssykehuset HF|Mo i Rana||Nordlandssykehuset HF
health|Universitetssykehuset Nord-Norge HF|Tromsø|acronym=UNN|
health|Helse Finnmark HF|Hammerfest|english=Finnmark Hospital Trust|
health|Sunnaas sykehus HF|Nesodden|short=Sunnaas|
health|Helse Sør-Øst RHF|Hamar|acronym=HSØ|
health|Helse Vest RHF|Stavanger|word-more=Helse Vest regionale helseforetak|Helse Vest IKT AS
health|Helse Midt-Norge RHF|Stjørdal|acronym=HMN|
health|Helse Nord RHF|Bodø|word-more=Helse Nord regionale helseforetak|Helse Nord IKT HF
health|Sykehusinnkjøp HF|Vadsø|compound=Sykehus innkjøp HF|
health|Sykehuspartner HF|Drammen|compound=Sykehus partner HF|
health|Norsk helsenett SF|Trondheim|acronym=NHN|
health|Lovisenberg Diakonale Sykehus AS|Oslo|short=Lovisenberg sykehus|
health|Diakonhjemmet Sykehus AS|Oslo|short=Diakonhjemmet|
health|Haraldsplass Diakonale Sykehus AS|Bergen|short=Haraldsplass|
health|Martina Hansens Hospital AS|Bærum|english=Martina Hansen Hospital|
health|Sykehusbygg HF|Trondheim|compound=Sykehus bygg HF|
health|Aleris Helse AS|Oslo|short=Aleris|
health|Volvat Medisinske Senter AS|Oslo|short=Volvat|
health|Kreftforeningen|Oslo|english=Norwegian Cancer Society|
health|Nasjonalforeningen for folkehelsen|Oslo|short=Nasjonalforeningen|
health|Norges Røde Kors|Oslo|short=Røde Kors;english=Norwegian Red Cross|
health|Redningsselskapet|Bærum|english=Norwegian Society for Sea Rescue|
county|Vestland fylkeskommune|Bergen|acronym=VLFK;english=Vestland County Council|
county|Rogaland fylkeskommune|Stavanger|acronym=RFK;english=Rogaland County Council|
county|Trøndelag fylkeskommune|Steinkjer|acronym=TRFK|
county|Møre og Romsdal fylkeskommune|Molde|acronym=MRFK;og=Møre & Romsdal fylkeskommune|
county|Nordland fylkeskommune|Bodø|acronym=NFK|
county|Troms fylkeskommune|Tromsø|english=Troms County Council|Tromsø kommune
county|Finnmark fylkeskommune|Vadsø|language=Finnmárkku fylkkagielda|
county|Innlandet fylkeskommune|Hamar||
county|Vestfold fylkeskommune|Tønsberg|acronym=VFK|
county|Telemark fylkeskommune|Skien||
county|Buskerud fylkeskommune|Drammen||
county|Akershus fylkeskommune|Oslo|acronym=AFK|
county|Østfold fylkeskommune|Sarpsborg||
county|Agder fylkeskommune|Kristiansand||
agency|Norsk kulturråd|Oslo|short=Kulturrådet;english=Arts Council Norway|
agency|Helsedirektoratet|Oslo|acronym=Hdir;english=Norwegian Directorate of Health|
agency|Folkehelseinstituttet|Oslo|acronym=FHI;english=Norwegian Institute of Public Health|
agency|Statens helsetilsyn|Oslo|short=Helsetilsynet|
agency|Direktoratet for medisinske produkter|Oslo|acronym=DMP|
agency|Statens vegvesen|Oslo|acronym=SVV|
agency|Statsbygg|Oslo|english=Norwegian Directorate of Public Construction and Property|
agency|Direktoratet for forvaltning og økonomistyring|Oslo|acronym=DFØ|
agency|Digitaliseringsdirektoratet|Oslo|acronym=Digdir|
agency|Norges forskningsråd|Oslo|short=Forskningsrådet;english=Research Council of Norway|
agency|Husbanken|Drammen|english=Norwegian State Housing Bank|
agency|Arbeids- og velferdsetaten|Oslo|acronym=NAV|
agency|Riksantikvaren|Oslo|english=Directorate for Cultural Heritage|
agency|Norsk pasientskadeerstatning|Oslo|acronym=NPE|
agency|Utdanningsdirektoratet|Oslo|acronym=Udir|
agency|Barne-, ungdoms- og familiedirektoratet|Oslo|acronym=Bufdir|
agency|Integrerings- og mangfoldsdirektoratet|Oslo|acronym=IMDi|
agency|Statens kartverk|Hønefoss|short=Kartverket|
agency|Innovasjon Norge|Oslo|english=Innovation Norway|
agency|Kommunesektorens organisasjon|Oslo|acronym=KS|
agency|Norsk Tipping AS|Hamar|word-more=Norsk Tipping Hamar|
agency|Lotteri- og stiftelsestilsynet|Førde|short=Lotteritilsynet|
agency|Medietilsynet|Fredrikstad|english=Norwegian Media Authority|
agency|Nasjonalbiblioteket|Oslo|english=National Library of Norway|
agency|Kulturtanken – Den kulturelle skolesekken Norge|Oslo|short=Kulturtanken|
agency|Statens pensjonskasse|Oslo|acronym=SPK|
agency|Helse- og omsorgsdepartementet|Oslo|acronym=HOD|Kultur- og likestillingsdepartementet
agency|Kultur- og likestillingsdepartementet|Oslo|acronym=KUD|Helse- og omsorgsdepartementet
agency|Direktoratet for samfunnssikkerhet og beredskap|Tønsberg|acronym=DSB|
agency|Helseklage|Bergen|word-more=Nasjonalt klageorgan for helsetjenesten Helseklage|
uni|Universitetet i Bergen|Bergen|acronym=UiB;english=University of Bergen|
uni|Norges teknisk-naturvitenskapelige universitet|Trondheim|acronym=NTNU|
uni|Universitetet i Oslo|Oslo|acronym=UiO;english=University of Oslo|
uni|UiT Norges arktiske universitet|Tromsø|short=UiT;english=UiT The Arctic University of Norway|
uni|OsloMet – storbyuniversitetet|Oslo|short=OsloMet|
uni|Høgskulen på Vestlandet|Bergen|acronym=HVL;nynorsk=Høgskolen på Vestlandet|
uni|Nord universitet|Bodø|english=Nord University|
uni|Universitetet i Agder|Kristiansand|acronym=UiA;english=University of Agder|
uni|Universitetet i Stavanger|Stavanger|acronym=UiS;english=University of Stavanger|
uni|Norges idrettshøgskole|Oslo|acronym=NIH;english=Norwegian School of Sport Sciences|
uni|Norges musikkhøgskole|Oslo|acronym=NMH;english=Norwegian Academy of Music|
uni|Kunsthøgskolen i Oslo|Oslo|acronym=KHiO;english=Oslo National Academy of the Arts|
uni|Universitetet i Sørøst-Norge|Kongsberg|acronym=USN|
uni|Høgskolen i Molde|Molde|short=HiMolde|
uni|VID vitenskapelige høgskole|Oslo|short=VID|
brand|Equinor ASA|Stavanger|short=Equinor|Equinor Energy AS
brand|DNB Bank ASA|Oslo|short=DNB|Sparebankstiftelsen DNB
brand|SpareBank 1 SMN|Trondheim|short=SMN;word-more=SpareBank 1 SMN Trondheim|SpareBank 1 Nord-Norge
brand|SpareBank 1 Nord-Norge|Tromsø|acronym=SNN;hyphen=SpareBank 1 Nord Norge|SpareBank 1 SMN
brand|Sparebanken Vest|Bergen|compound=Spare Banken Vest|Sparebanken Sør
brand|SpareBank 1 Østlandet|Hamar|word-more=SpareBank 1 Østlandet Hamar|SpareBank 1 Sørøst-Norge
brand|Telenor ASA|Bærum|short=Telenor|Telenor Norge AS
brand|Telia Norge AS|Oslo|short=Telia|
brand|Coop Norge SA|Oslo|short=Coop|Coop Midt-Norge SA
brand|NorgesGruppen ASA|Oslo|compound=Norges Gruppen|
brand|Rema 1000 Norge AS|Oslo|short=Rema 1000|Rema 1000 AS
brand|Posten Norge AS|Oslo|short=Posten;word-more=Posten Bring|
brand|Vygruppen AS|Oslo|short=Vy|Vy Buss AS
brand|Hurtigruten AS|Tromsø|short=Hurtigruten|
brand|Color Line AS|Oslo|compound=Colorline|
brand|Widerøe's Flyveselskap AS|Bodø|short=Widerøe;punct=Wideroes Flyveselskap|
brand|Norwegian Air Shuttle ASA|Bærum|short=Norwegian|
brand|Gjensidige Forsikring ASA|Oslo|short=Gjensidige|Gjensidigestiftelsen
brand|Storebrand ASA|Bærum|short=Storebrand|Storebrand Livsforsikring AS
brand|Tine SA|Oslo|word-more=Tine Meieri|
brand|Nortura SA|Oslo|word-more=Nortura Norge|
brand|Orkla ASA|Oslo|word-more=Orkla Norge|
brand|Statkraft AS|Oslo|word-more=Statkraft Norge|Statkraft Energi AS
brand|Norsk Hydro ASA|Oslo|short=Hydro|
brand|Yara International ASA|Oslo|short=Yara|
brand|Kongsberg Gruppen ASA|Kongsberg|compound=Kongsberggruppen|
brand|Lyse AS|Stavanger|word-more=Lyse Energi|Lyse Neo AS
brand|Eviny AS|Bergen|word-more=Eviny Bergen|
brand|Elkjøp Norge AS|Oslo|short=Elkjøp|
brand|XXL Sport og Villmark AS|Oslo|short=XXL;og=XXL Sport & Villmark|
brand|Ringnes AS|Oslo|word-more=Ringnes Bryggeri|
brand|Hansa Borg Bryggerier ASA|Sarpsborg|short=Hansa Borg|
brand|Macks Ølbryggeri AS|Tromsø|short=Mack|
brand|E.C. Dahls Bryggeri AS|Trondheim|short=Dahls;punct=EC Dahls Bryggeri|
brand|Aass Bryggeri AS|Drammen|letters=Åss Bryggeri|
brand|Clas Ohlson AS|Oslo|word-more=Clas Ohlson Norge|
brand|Intersport Norge AS|Oslo|short=Intersport|
brand|Fjordkraft AS|Bergen|word-more=Fjordkraft Bergen|
brand|Aker BP ASA|Bærum|compound=AkerBP|Aker ASA
brand|Adresseavisen AS|Trondheim|short=Adressa|
brand|Bergens Tidende AS|Bergen|acronym=BT|
brand|Norsk rikskringkasting AS|Oslo|acronym=NRK|
brand|TV 2 AS|Bergen|compound=TV2|
brand|Q-Meieriene AS|Oslo|hyphen=Q Meieriene|
brand|Olav Thon Gruppen AS|Oslo|short=Thon|
"""

# place names: towns, villages and city districts (where clubs, choirs, schools and legesentre
# are named after)
PLACES = """
Byåsen Strindheim Ranheim Charlottenlund Heimdal Kattem Tiller Lade Nardo Flatåsen Sverresborg
Fana Åsane Loddefjord Sandviken Nordnes Laksevåg Fyllingsdalen Landås Minde Paradis Nesttun
Hinna Madla Tasta Hundvåg Våland Storhaug Eiganes Kvernevik Sola Randaberg Sandnes Bryne
Bekkestua Jar Haslum Høvik Stabekk Kolsås Lommedalen Sandvika Nesbru Heggedal Bjerke Grorud
Stovner Furuset Holmlia Mortensrud Lambertseter Nordstrand Ekeberg Bøler Manglerud Skullerud
Ullern Røa Vinderen Nydalen Korsvoll Sagene Torshov Kampen Tøyen Gamlebyen Grefsen Tåsen
Lørenskog Strømmen Skedsmo Kjeller Fjellhamar Rælingen Nittedal Hakadal Eidsvoll Hurdal
Ski Kolbotn Oppegård Ås Vestby Drøbak Moss Rygge Råde Askim Mysen Halden Sarpsborg Tune
Tønsberg Nøtterøy Tjøme Sandefjord Larvik Stavern Horten Holmestrand Svelvik Kongsberg
Hønefoss Gol Nesbyen Geilo Hemsedal Lillehammer Gjøvik Raufoss Brumunddal Moelv Elverum
Kongsvinger Tynset Otta Vinstra Dombås Fagernes Notodden Bø Seljord Kragerø Porsgrunn Brevik
Arendal Grimstad Lillesand Mandal Farsund Flekkefjord Vennesla Søgne Egersund Haugesund
Kopervik Stord Odda Voss Norheimsund Os Knarvik Florø Førde Sogndal Nordfjordeid Stryn
Ålesund Spjelkavik Ulsteinvik Volda Ørsta Molde Kristiansund Sunndalsøra Orkanger Melhus
Støren Stjørdal Levanger Verdal Steinkjer Namsos Brønnøysund Sandnessjøen Mosjøen Mo Bodø
Fauske Narvik Harstad Sortland Svolvær Leknes Finnsnes Tromsø Alta Hammerfest Vadsø Kirkenes
"""

# places that lie in two or more municipalities: the clubs and schools named after them are
# real twins ("Nes Idrettslag" in Akershus and in Innlandet)
TWIN_PLACES = ["Nes", "Vang", "Sande", "Våler", "Strand", "Dale", "Hov", "Os", "Sund", "Bø", "Hole", "Eid", "Vik", "Heggen", "Bremnes"]

MUNICIPALITIES = """
Oslo Bergen Trondheim Stavanger Bærum Kristiansand Drammen Asker Lillestrøm Fredrikstad Sandnes
Tromsø Sarpsborg Skien Ålesund Sandefjord Bodø Larvik Arendal Tønsberg Karmøy Haugesund Porsgrunn
Moss Halden Hamar Lillehammer Molde Harstad Gjøvik Ringsaker Kongsberg Elverum Steinkjer Levanger
Stjørdal Verdal Namsos Alta Narvik Rana Vefsn Vadsø Hammerfest Kristiansund Voss Kvinnherad Stord
Førde Sogndal Ullensaker Nittedal Nordre\u00a0Follo Indre\u00a0Østfold Holmestrand Horten Notodden
Kragerø Grimstad Lindesnes Eigersund Time Klepp Hå Sola Randaberg Sunndal Orkland Melhus Malvik
Oppdal Røros Tynset Vinje Hemsedal Gol Lom Vågå Nord-Fron Sør-Fron Lunner Jevnaker Ringerike
Hole Modum Øvre\u00a0Eiker Lier Nesodden Frogn Vestby Ås Enebakk Aurskog-Høland Eidsvoll Nes
Sortland Vågan Vestvågøy Lenvik Senja Balsfjord Lyngen Nordreisa Sør-Varanger Båtsfjord Vardø
"""

# municipalities with an official Sami name beside the Norwegian one
SAMI_MUNICIPALITIES = {
    "Kautokeino": "Guovdageainnu suohkan", "Karasjok": "Kárášjoga gielda",
    "Tana": "Deanu gielda", "Porsanger": "Porsáŋggu gielda", "Nesseby": "Unjárgga gielda",
    "Kåfjord": "Gáivuona suohkan", "Snåsa": "Snåase tjïelte", "Hattfjelldal": "Aarborten tjïelte",
}

OSLO_UNITS = """
Kulturetaten Bymiljøetaten Helseetaten Utdanningsetaten Sykehjemsetaten Velferdsetaten
Boligbygg Undervisningsbygg Idrettsetaten Beredskapsetaten Brann-\u00a0og\u00a0redningsetaten
Bydel\u00a0Gamle\u00a0Oslo Bydel\u00a0Grünerløkka Bydel\u00a0Sagene Bydel\u00a0St.\u00a0Hanshaugen
Bydel\u00a0Frogner Bydel\u00a0Ullern Bydel\u00a0Vestre\u00a0Aker Bydel\u00a0Nordre\u00a0Aker
Bydel\u00a0Bjerke Bydel\u00a0Grorud Bydel\u00a0Stovner Bydel\u00a0Alna Bydel\u00a0Østensjø
Bydel\u00a0Nordstrand Bydel\u00a0Søndre\u00a0Nordstrand
"""

# a health trust and its hospitals (each hospital a customer of its own in Tripletex: the
# trust's sub-unit with its own org number)
TRUST_HOSPITALS = {
    "Sykehuset Innlandet HF": ("SI", ["Gjøvik", "Lillehammer", "Hamar", "Elverum", "Kongsvinger",
                                      "Tynset"]),
    "Helse Bergen HF": ("", ["Haukeland universitetssjukehus", "Voss sjukehus",
                             "Kysthospitalet i Hagevik"]),
    "Vestre Viken HF": ("VV", ["Drammen sykehus", "Bærum sykehus", "Ringerike sykehus",
                               "Kongsberg sykehus"]),
    "Universitetssykehuset Nord-Norge HF": ("UNN", ["Tromsø", "Harstad", "Narvik"]),
    "Helse Møre og Romsdal HF": ("HMR", ["Ålesund sjukehus", "Molde sjukehus",
                                         "Kristiansund sjukehus", "Volda sjukehus"]),
    "Sørlandet sykehus HF": ("SSHF", ["Arendal", "Kristiansand", "Flekkefjord"]),
    "Nordlandssykehuset HF": ("NLSH", ["Bodø", "Lofoten", "Vesterålen"]),
}

# club types: (full form, abbreviation people type or "")
CLUB_TYPES = [
    ("Idrettslag", "IL"), ("Idrettsforening", "IF"), ("Fotballklubb", "FK"),
    ("Ballklubb", "BK"), ("Sportsklubb", "SK"), ("Turnforening", "TF"), ("Skiklubb", ""),
    ("Håndballklubb", "HK"), ("Svømmeklubb", ""), ("Friidrettsklubb", ""),
    ("Orienteringslag", ""), ("Sykkelklubb", ""), ("Tennisklubb", "TK"),
]
CLUB_GROUPS = ["Fotball", "Håndball", "Ski", "Friidrett", "Turn", "Allidrett", "Sykkel",
               "Orientering", "Svømming", "Innebandy"]

CHOIR_TYPES = ["Mannskor", "Kammerkor", "Skolekorps", "Skolemusikkorps", "Musikkorps",
               "Janitsjarkorps", "Brass Band", "Gospelkor", "Kvinnekor", "Songlag", "Ungdomskor",
               "Storband", "Spelemannslag"]
FESTIVAL_TYPES = ["Jazzfestival", "Bluesfestival", "Kulturfestival", "Matfestival",
                  "Visefestival", "Kammermusikkfestival", "Rockefestival", "Filmfestival",
                  "Barnefestival", "Litteraturfestival", "Orgelfestival"]
SCHOOL_TYPES = [("videregående skole", "vgs"), ("skole", ""), ("ungdomsskole", "u.skole"),
                ("folkehøgskole", "fhs"), ("kulturskole", ""), ("barneskole", "")]
HEALTH_TYPES = ["Legesenter", "Fysioterapi", "Helsehus", "Tannlegesenter", "Legevakt",
                "Bedriftshelsetjeneste", "Frisklivssentral", "Rehabiliteringssenter"]

SURNAMES = """
Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen
Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen
Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen
Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde
Solheim Berge Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen
Nielsen Knudsen Evensen Sæther Aas Myhre Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen
Danielsen Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen
Birkeland Isaksen Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland
Bøe Jenssen Aune Mikkelsen Tveit Brekke Abrahamsen Madsen Lorentzen Ottesen Vold Engen Viken
"""

# words for production companies' names
FANCY = """
Nordlys Midnattsol Fjellvind Havbris Polarlys Fyrlykt Stjerneskudd Sølvmåne Vinterlys
Sommerlyd Klangrom Scenekraft Lysglimt Tonefall Rampelys Kulisse Backstage Soundcheck Encore
Crescendo Fermata Prolog Epilog Akkord Harmoni Rytme Takt Puls Ekko Resonans Kvartett Tablå
"""
FIRM_TYPES = ["Event", "Produksjon", "Produksjoner", "Scene og Lyd", "Lyd og Lys",
              "Scenografi", "Konsertbyrå", "Booking", "Eventbyrå", "Teknikk", "Rigg og Scene",
              "Arrangement", "Kommunikasjon", "Helserådgivning", "Helseanalyse", "Rådgivning"]
NUMBER_WORDS = [("To", "2"), ("Tre", "3"), ("Fire", "4"), ("Fem", "5"), ("Seks", "6"),
                ("Syv", "7"), ("Sju", "7"), ("Åtte", "8"), ("Ti", "10"), ("Tolv", "12")]
NUMBER_THINGS = ["Brødre", "Søstre", "Fjorder", "Tårn", "Toner", "Scener", "Stjerner",
                 "Kokker", "Fjell", "Årstider"]

STREETS = ["Kirkegata", "Storgata", "Dronningens gate", "Kongens gate", "Olav Tryggvasons gate",
           "Tollbugata", "Skippergata", "Strandgata", "Nedre Slottsgate", "Øvre Slottsgate",
           "Torggata", "Markveien", "Thorvald Meyers gate", "Munkegata", "Fjordgata",
           "Sjøgata", "Havnegata", "Nordre gate", "Prinsens gate", "Verftsgata", "Bryggen",
           "Kaigata", "Jernbanegata", "Sandgata"]
VENUE_WORDS = ["Scene", "Kulturscene", "Konsertlokale", "Eiendom", "Kulturhus"]

PLAYS = ["Peer Gynt", "Et dukkehjem", "Vildanden", "Gengangere", "Hedda Gabler",
         "Fruen fra havet", "Kardemomme by", "Jul i Skomakergata", "Mio, min Mio",
         "Brødrene Løvehjerte", "Les Misérables", "Mamma Mia!", "Annie", "Spelet om Heilag Olav",
         "Bør Børson", "Markens grøde", "Kristin Lavransdatter", "Sult", "Hamlet", "Onkel Vanja"]
EXHIBITIONS = ["Vikingtid", "Krigsårene", "Fiskeriene", "Samisk kunst", "Industrihistorie",
               "Barnas museum", "Arkitektur 1900-1950", "Tekstiler", "Polarhistorie",
               "Skolehistorie", "Sjøfart", "Jernbanen", "Fotografiet", "Folkedrakter"]
HEALTH_TOPICS = ["akuttmottak", "psykisk helse", "rus", "kreft", "hjerte", "ortopedi",
                 "barn og unge", "fødsel", "rehabilitering", "eldre", "legemidler",
                 "prehospitale tjenester", "poliklinikk", "dagkirurgi", "infeksjon"]
PUBLIC_TOPICS = ["kulturhus", "idrettsanlegg", "svømmehall", "bibliotek", "frivilligsentral",
                 "legevakt", "sykehjemsplasser", "helsehus", "ungdomsklubb", "kulturskole",
                 "flerbrukshall", "kunstgressbane", "turstier", "museumsdrift"]
