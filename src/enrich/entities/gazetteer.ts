// Compact name lists written by us from general knowledge: common given names, the countries,
// states and larger cities a German-language news site mentions most, and the words that make a
// name an organisation. They seed the recogniser; anything else must be found from context.
import { wordSet } from './words.ts';

/** Given names common in German- and English-language news (lower case). */
export const GIVEN_NAMES = wordSet(`
  adam alexander alexandra alfred alice alina andrea andreas angela angelika anja anna anne annalena
  annegret anton armin arne barbara bastian benjamin bernd bettina boris brigitte carsten caroline
  charlotte christian christiane christina christine christoph christopher claudia cem daniel daniela
  david dieter dirk dominik doris dorothea edmund elias elisabeth emil emma erich erik ernst eva fabian
  felix florian frank franz franziska friedrich friedrich-wilhelm frieda gabriele georg gerhard gregor
  gudrun günter guido hans hannah hannelore harald heiko heinrich heinz helga helmut hendrik herbert
  hermann horst hubert hubertus ines ingrid irene jakob jan jana janine jens joachim johann johanna
  johannes jonas josef julia julian jürgen karin karl karl-heinz karsten katarina katharina kathrin
  katja kerstin kevin klara klaus konrad kristina kurt lars laura lea lena leon lisa lothar lucas luis
  lukas luisa lutz manfred manuela marco marcus margarete maria marie marina mario marion mark markus
  martin martina matthias max maximilian melanie michael michaela mona monika nadine nancy nicole niklas
  nils nina norbert olaf oliver otto patrick paul paula peter petra philipp rainer ralf ralph regina
  reinhard renate richard robert roderich roland rolf rudolf ruth sabine sahra sandra sarah sascha
  sebastian sigmar silke simon simone sophie stefan stefanie steffen stephan susanne sven svenja
  theo thomas thorsten tim tobias toni torsten ulrich ulrike ursula uta ute uwe valentin vera viktor
  volker walter werner wilhelm winfried wolfgang yvonne
  alan albert alexei amy andrew ann anthony barack ben bernie bill bob brian carl charles chris
  dan daniel donald ed edward elizabeth emily emmanuel george gordon hillary jack james jane jeff
  jennifer jim joe john jonathan joseph justin kamala keir kate kim liz margaret mary matt michelle
  mike nancy nick olivia pete rachel rishi robert ron sam sarah steve susan ted theresa tony vladimir
  wladimir william xi recep giorgia pedro mark jens ursula josep kaja volodymyr wolodymyr sergej sergei
  ahmed ali mohammed mohammad mustafa hassan fatima ayse mehmet
`);

/** Words that put a person's name after them: titles and forms of address. */
export const PERSON_TITLES = wordSet(`
  herr herrn frau dr prof professor professorin mr mrs ms sir dame lady lord
`);

/**
 * Function nouns that name a person by role: "Bundeskanzler Olaf Scholz", "der SPD-Politiker",
 * "Präsidentin". Matched as the end of a word, so compounds (Außenminister, CDU-Außenpolitiker) count.
 */
export const ROLE_STEMS: readonly string[] = [
  'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'minister', 'ministerin', 'politiker',
  'politikerin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'vorsitzende', 'vorsitzender',
  'bürgermeister', 'bürgermeisterin', 'abgeordnete', 'abgeordneter', 'senator', 'senatorin',
  'sekretär', 'sekretärin', 'direktor', 'direktorin', 'leiter', 'leiterin', 'experte', 'expertin',
  'trainer', 'trainerin', 'anwalt', 'anwältin', 'richter', 'richterin', 'gouverneur', 'premier',
  'premierminister', 'premierministerin', 'regierungschef', 'regierungschefin', 'staatschef',
  'kommissar', 'kommissarin', 'botschafter', 'botschafterin', 'ökonom', 'ökonomin', 'forscher',
  'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'ermittler', 'ermittlerin', 'general',
  'kapitän', 'kapitänin', 'vorstand', 'aktivist', 'aktivistin', 'autor', 'autorin', 'sängerin',
  'sänger', 'schauspieler', 'schauspielerin', 'ministerpräsident', 'ministerpräsidentin',
  'generalsekretär', 'generalsekretärin', 'fraktionschef', 'fraktionschefin', 'parteichef',
  'oberbürgermeister', 'oberbürgermeisterin', 'innenpolitiker', 'außenpolitiker', 'bischof',
  'papst', 'könig', 'königin', 'prinz', 'prinzessin', 'chancellor', 'president', 'minister',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'governor', 'mayor', 'chief',
  'director', 'leader', 'lawmaker', 'official', 'economist', 'analyst', 'professor', 'judge',
  'coach', 'ceo', 'chairman', 'chairwoman', 'ambassador', 'prime', 'führer', 'führerin', 'gewerkschafter',
  'gewerkschafterin', 'funktionär', 'funktionärin', 'pfleger', 'pflegerin', 'vorsteher', 'vorsteherin',
  'landesrat', 'landesrätin', 'kurator', 'kuratorin', 'regisseur', 'regisseurin', 'hebamme',
  'landwirt', 'landwirtin', 'ärztin', 'arzt', 'schriftsteller', 'schriftstellerin', 'virologe', 'virologin',
  'klimaforscher', 'bergsteiger', 'bergsteigerin', 'schülerin', 'schüler', 'anwohner', 'anwohnerin',
  'verbraucherschützer', 'verbraucherschützerin', 'aktivist', 'tierpfleger', 'kommandant', 'kommandantin',
  'kommandeur', 'kommandeurin',
];

/** Words that end an organisation's name ("Deutsche Bank", "Siemens AG", "Bundesministerium"). */
export const ORG_HEADS: readonly string[] = [
  'ag', 'gmbh', 'se', 'kg', 'e.v.', 'ev', 'inc', 'ltd', 'llc', 'corp', 'plc', 'co',
  'partei', 'ministerium', 'verband', 'bank', 'universität', 'hochschule', 'gericht', 'gerichtshof',
  'institut', 'stiftung', 'gewerkschaft', 'konzern', 'agentur', 'behörde', 'amt', 'kommission',
  'rat', 'bund', 'verein', 'klinik', 'klinikum', 'zeitung', 'rundfunk', 'bahn', 'werke', 'gruppe',
  'union', 'organisation', 'organization', 'party', 'ministry', 'university', 'court', 'council',
  'agency', 'institute', 'foundation', 'bank', 'company', 'group', 'association', 'commission',
  'department', 'office', 'committee', 'fc', 'sv', 'tsv', 'vfb', 'vfl',
  'league', 'force', 'airlines', 'airways', 'holdings', 'energy', 'media', 'systems', 'worldwide',
  'united', 'records', 'corporation', 'federation', 'motors', 'entertainment', 'network', 'school',
  'college', 'parlament', 'nationen', 'verlag',
];

/** Words that open a place's name in other languages ("San Remo", "Puerto Rico", "Lake Placid"). */
export const FOREIGN_PLACE_OPENERS = wordSet(`san santa são sao saint puerto porto port rio río fort mount
  lake cape costa los las`);

/** Words that end a place's name: streets, squares, islands, rivers ("Fifth Avenue", "Hudson River"). */
export const PLACE_HEADS = wordSet(`straße strasse platz allee gasse ufer bahnhof flughafen
  street avenue road square island islands river bay valley beach hall`);

/** Organisations usually written by their initials, and a few well-known names (lower case). */
export const KNOWN_ORGS = wordSet(`
  spd cdu csu fdp afd bsw grüne grünen linke linken npd övp spö fpö neos svp
  un uno eu nato who wto imf iwf ezb ecb opec osze oecd unicef unesco unhcr ioc fifa uefa dfb
  dpa afp ap reuters bbc cnn ard zdf orf srf rtl ndr wdr swr mdr br hr rbb sat.1 pro7 faz taz handelsblatt nzz
  bundestag bundesrat bundesregierung bundeswehr bundesverfassungsgericht bundesgerichtshof
  bundesanwaltschaft bundespolizei bundesnetzagentur bundesbank europaparlament kreml pentagon
  siemens volkswagen vw bmw daimler mercedes-benz porsche bosch basf bayer sap telekom lufthansa
  allianz adidas puma aldi lidl google apple microsoft amazon meta facebook twitter tesla openai
  nasa fbi cia kgb fsb hamas hisbollah hizbollah taliban
`);

/** Countries, states, regions and larger cities (lower case; multi-word names joined by spaces). */
export const PLACES = wordSet(`
  deutschland österreich schweiz frankreich italien spanien portugal belgien niederlande holland
  luxemburg dänemark schweden norwegen finnland island irland großbritannien england schottland
  wales polen tschechien slowakei ungarn rumänien bulgarien griechenland türkei zypern malta
  kroatien slowenien serbien bosnien montenegro albanien kosovo nordmazedonien ukraine russland
  belarus weißrussland moldau litauen lettland estland georgien armenien aserbaidschan kasachstan
  usa amerika kanada mexiko brasilien argentinien chile peru kolumbien venezuela kuba bolivien
  china japan indien pakistan afghanistan iran irak syrien israel libanon jordanien saudi-arabien
  jemen katar kuwait ägypten libyen tunesien algerien marokko sudan äthiopien kenia nigeria ghana
  südafrika kongo mali niger somalia ruanda uganda tansania indonesien thailand vietnam korea
  nordkorea südkorea taiwan philippinen malaysia singapur australien neuseeland myanmar bangladesch
  vereinigte_staaten vereinigten_staaten united_states united_kingdom
  nepal tibet europa asien afrika nahost gaza westjordanland krim donbass
  germany austria switzerland france italy spain britain poland russia ukraine china india
  america canada mexico brazil japan israel iran iraq syria turkey egypt europe africa asia
  bayern baden-württemberg hessen sachsen sachsen-anhalt thüringen brandenburg mecklenburg-vorpommern
  niedersachsen nordrhein-westfalen rheinland-pfalz saarland schleswig-holstein
  tirol kärnten steiermark salzburg vorarlberg burgenland niederösterreich oberösterreich
  zürich bern basel genf luzern lausanne tessin wallis graubünden aargau st.gallen
  berlin hamburg münchen köln frankfurt stuttgart düsseldorf dortmund essen leipzig bremen dresden
  hannover nürnberg duisburg bochum wuppertal bielefeld bonn münster mannheim karlsruhe augsburg
  wiesbaden mainz kiel rostock potsdam erfurt magdeburg schwerin saarbrücken freiburg heidelberg
  regensburg würzburg ulm kassel halle chemnitz aachen braunschweig lübeck
  wien linz innsbruck graz klagenfurt
  paris london rom madrid lissabon brüssel amsterdam warschau prag budapest moskau kiew kyjiw
  istanbul ankara athen stockholm oslo kopenhagen helsinki dublin washington new_york peking
  beijing tokio delhi teheran bagdad damaskus jerusalem tel_aviv kairo charkiw odessa minsk
  vienna munich cologne brussels warsaw prague moscow kyiv rome lisbon athens tokyo
`);

/** Endings of German place names ("Sindelfingen", "Wolfsburg", "Rüdesheim"). */
export const PLACE_SUFFIXES: readonly string[] = [
  'ingen', 'hausen', 'heim', 'dorf', 'burg', 'kirchen', 'bach', 'feld', 'felde', 'hagen', 'stedt', 'leben',
  'rode', 'witz', 'itz', 'ow', 'brück', 'brücken', 'furt', 'hofen', 'kirch', 'münster', 'weiler', 'walde',
  'stadt', 'straße', 'strasse', 'allee', 'gasse',
];

/** Capitalised abbreviations that are no organisation ("ISBN", "EUR", "TV"). */
export const NON_NAME_ACRONYMS = wordSet('isbn issn usd eur chf km cm kg mm tv pc dvd cd ok faq mwst gmbh ag ps kw mw gb mb');

/** Words after which a capitalised name is a place ("in Rostock", "aus Kiel", "nach Graz"). */
export const PLACE_CUES = wordSet(`in aus nach nahe nördlich südlich östlich westlich
  from near`);
