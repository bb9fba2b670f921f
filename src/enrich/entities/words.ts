// Closed word classes written by us: German and English function words, the words that open a
// sentence or follow an article, and the suffixes of German common nouns. They tell a capitalised
// name from a capitalised ordinary word, which in German is every noun.

/** Builds a lookup set from a space-separated word list (all lower case; "_" joins multi-word names). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== '').map((w) => w.replaceAll('_', ' ')));
}

/** German and English function words: never the start of a name, whatever their case. */
export const FUNCTION_WORDS = wordSet(`
  der die das den dem des ein eine einer einem einen eines kein keine keiner keinem keinen keines
  ich du er sie es wir ihr man mich dich sich uns euch ihn ihm ihnen mir dir
  mein meine meinen meinem meiner meines sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres
  unser unsere unseren unserem unserer euer eure dies diese dieser diesem diesen dieses jener jene jenes
  jede jeder jedem jeden jedes alle allen aller alles manche mancher viele vielen einige einigen mehrere
  welche welcher welches was wer wen wem wessen wie wo wann warum weshalb wieso woher wohin
  und oder aber doch denn sondern sowie noch auch nur schon sogar bereits immer nie nicht
  dass daß ob weil da wenn als während nachdem bevor seit seitdem obwohl damit sodass falls indem
  in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur über unter um durch für gegen ohne
  zwischen neben hinter trotz wegen laut gemäß zufolge seitens innerhalb außerhalb bis ab per pro
  so dann dort hier heute gestern morgen jetzt nun zudem außerdem dennoch deshalb daher darum also
  ja nein bitte etwa rund fast knapp gut mehr weniger sehr ganz bisher zuletzt zuvor später danach
  ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien habe könne müsse
  kann können konnte konnten muss müssen musste soll sollen sollte will wollen wollte darf dürfen
  the a an this that these those there here he she it we they you i me him her us them his its our their
  and or but nor yet so for of in on at by to from with without about into over under after before
  is are was were be been being has have had do does did will would shall should can could may might must
  not no as if when while because although though since until who whom whose which what where why how
  also only even just still already then now today yesterday tomorrow however meanwhile according
  mr mrs ms dr prof
`);

/**
 * Capitalised words that open sentences or headings but are no names: adverbs, conjunctions and
 * interjections a German or English sentence often starts with.
 */
export const SENTENCE_OPENERS = wordSet(`
  auch aber allerdings anfangs anschließend bislang besonders damals dabei dadurch dafür dagegen
  daraufhin demnach derzeit deswegen ebenfalls eigentlich einst erst erstmals freilich gerade
  gleichzeitig immerhin inzwischen insgesamt jedoch jüngst kürzlich mittlerweile möglicherweise
  nachdem natürlich nebenbei offenbar offensichtlich schließlich seither sicher stattdessen tatsächlich
  trotzdem unterdessen vermutlich vielleicht wahrscheinlich weiterhin wiederum zunächst zugleich
  zusätzlich zwar eben genau hingegen indes künftig letztlich neu neue neuen erneut bisherige
  ebenso einmal laut nach unter zudem ob wer wie was wo warum wenn als weil dass
  yes no well first second finally instead still thus therefore moreover last next
`);

/** Suffixes of German common nouns (abstracta, collectives, agent nouns of trades). */
export const NOUN_SUFFIXES: readonly string[] = [
  'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen',
  'sion', 'sionen', 'tät', 'täten', 'ismus', 'ismen', 'nis', 'nisse', 'nissen', 'tum', 'tümer',
  'ment', 'ments', 'enz', 'enzen', 'anz', 'anzen', 'ik', 'iken', 'ur', 'uren', 'ei', 'eien', 'chen',
  'lein', 'ling', 'linge', 'ität', 'itäten', 'ie', 'ien', 'ierung', 'ierungen', 'ismus', 'ler',
  'wesen', 'werk', 'zeug', 'stoff', 'stoffe', 'zeit', 'jahr', 'jahre', 'jahren', 'tag', 'tage',
  'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'punkt', 'frage', 'fragen', 'recht',
  'rechte', 'gesetz', 'gesetze', 'preis', 'preise', 'kosten', 'zahl', 'zahlen', 'geld', 'land',
  'länder', 'ländern', 'stadt', 'städte', 'haus', 'häuser', 'plan', 'pläne', 'krieg', 'kriege',
  'markt', 'märkte', 'arbeit', 'politik', 'wirtschaft', 'gruppe', 'gruppen', 'system', 'systeme',
];

/** Words that read as capitalised German nouns but are too short or irregular for the suffix rule. */
export const COMMON_NOUNS = wordSet(`
  mann frau kind kinder leute menschen mensch herr herrn welt zukunft ende anfang teil teile weg
  fall fälle ziel ziele grund gründe bild bilder wort worte worten ort orte seite seiten mal art
  angaben angabe bericht berichte meinung ansicht sicht hilfe kritik lage krise streit ruf
  polizei regierung opposition armee militär truppen soldaten schule schulen kirche presse medien
  wasser feuer luft erde geld euro dollar prozent millionen milliarden million milliarde uhr
  montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni
  juli august september oktober november dezember woche monat jahr tag nacht abend morgen mittag
  sprecher sprecherin chef chefin leiter leiterin vorsitzende vorsitzender experte experten
  bürger bürgerin bürgerinnen bürgermeister einwohner bewohner opfer täter zeugen zeuge ärzte arzt
  präsident präsidentin minister ministerin kanzler kanzlerin politiker politikerin abgeordnete
  abgeordneter richter richterin anwalt anwältin staatsanwalt staatsanwaltschaft gericht
  unternehmen firma konzern bank partei verband verein bund länder staat staaten
  ergebnis ergebnisse problem probleme thema themen idee ideen plan pläne projekt projekte
  hause zeit stunde stunden minute minuten sekunde auto autos zug bus flugzeug schiff straße straßen
  platz platzes raum räume haus wohnung stadt dorf land region gebiet gebiete grenze grenzen
  aussage aussagen erklärung antwort antworten brief briefe interview gespräch gespräche
  vorwurf vorwürfe entscheidung entscheidungen beschluss urteil verfahren prozess
  sache sachen dinge ding frage fragen nachricht nachrichten zeitung zeitungen sender
  norden süden osten westen nordosten nordwesten südosten südwesten mitte form höhe betrieb ablauf
  umlauf folge folgen kraft gefahr richtung gang zuge rahmen namen bezug hinblick verbindung
  the mister police officials government authorities organisers organizers researchers scientists
  experts residents witnesses critics analysts officers staff
`);
