// Nouns that often end German compounds in news text. A word that ends in one of them (after at least
// three letters) is also indexed by its parts, so "Regierung" finds "Bundesregierung" and "Minister"
// finds "Verteidigungsminister". Chosen from the words of politics, economy, society, sport and weather;
// extend the list when a common compound is not found.
export const COMPOUND_HEADS: readonly string[] = `
abkommen abgabe absprache abstimmung amt angebot angriff anlage anschlag antrag arbeit arzt ausschuss
aussage bahn bank bau bedarf behörde beitrag bericht beruf beschluss besuch betrieb bewegung bezirk bilanz
bildung botschaft brand brücke bündnis bürger chef debatte demonstration dienst direktor dorf druck
ebene einsatz energie entscheidung entwicklung erklärung ernte fahrer fall familie fest feuer firma flucht
flüchtling flug flughafen forderung forscher forschung fraktion frage frau freiheit frieden front führung
gebiet gebühr gefahr gegner gehalt geld gemeinde gericht gesellschaft gesetz gespräch gesundheit gewalt
gewerkschaft gipfel grenze gruppe gutachten hafen handel haus haushalt heim hilfe hochschule industrie
initiative institut investition jahr jugend kampf kanzler kanzlerin karte kasse kauf kirche klage klima
klinik koalition kommission konferenz konflikt kongress konzern kosten kraft krankheit krankenhaus krieg
krise kritik kultur kunde kurs land lage leben lehrer leistung leitung liga lohn macht markt mehrheit
meister meisterschaft menge miete minister ministerin ministerium mitglied mittel modell nachricht netz
not opfer ordnung organisation partei plan polizei politik politiker posten preis präsident präsidentin
praxis produktion programm projekt protest prozess prüfung quote rat recht rede reform regel regierung
region reise rente richter risiko runde schaden schule schutz sender sicherheit sieg sitzung spiel spieler
sprecher sprecherin staat stadt stand station steuer stelle stimme strafe strasse straße streik strom
studie stunde system tag tarif team technik test ticket trainer treffen umfrage unfall union unternehmen
untersuchung urteil verband verbot verein verfahren verfassung vergleich verhandlung verkauf verkehr
verlust versammlung versicherung vertrag vertreter verwaltung volk vorschlag vorsitz vorstand wahl wahlkampf
wald wachstum waffe wagen wand welt werk wert wetter wirtschaft woche wohnung zahl zeit zeitung zentrum
ziel zoll zone zug
`.split(/\s+/).filter((w) => w.length > 0);
