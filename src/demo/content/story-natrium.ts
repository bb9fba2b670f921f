// Story "natrium-akku": researchers in (made-up) Brennau present a sodium battery; the Rundschau prints the
// agency text the Tagesblick also used, lightly edited and under another headline.
import type { DemoArticle } from '../types.ts';
import { h2, infobox, p, quote, video } from './blocks.ts';
import { editedCopy } from './derive.ts';

const agencyOriginal: DemoArticle = {
  id: 'tb-natrium-akku',
  source: 'tagesblick',
  category: 'wissenschaft',
  kicker: 'Energiespeicher',
  title: 'Forscher entwickeln Akku aus Kochsalz-Bestandteilen',
  lead: 'Ein Team der Universität Brennau hat eine Natrium-Batterie vorgestellt, die ohne Lithium und Kobalt auskommt. Sie soll günstiger und sicherer sein – hat aber noch Schwächen.',
  author: 'agd',
  publishedOffsetHours: 75,
  story: 'natrium-akku',
  image: {
    alt: 'Batteriezellen im Labor',
    caption: 'Prototypen der neuen Natrium-Zellen im Labor des Instituts für Materialchemie.',
    credit: 'Universität Brennau',
    colors: ['#134e5e', '#71b280'],
    motif: 'grid',
  },
  body: [
    p('Brennau (agd) – Wissenschaftler der Universität Brennau haben eine neue Batterie auf Natrium-Basis entwickelt, die nach ihren Angaben deutlich länger hält als bisherige Modelle dieser Art. Die Zellen kommen ohne Lithium, Kobalt und Nickel aus, deren Abbau als teuer und ökologisch problematisch gilt. Die Ergebnisse stellte das Team um die Chemikerin Prof. Dr. Miriam Okafor-Lenz in der Fachzeitschrift „Angewandte Energiematerialien“ vor.'),
    p('Natrium ist ein Bestandteil von Kochsalz und nahezu unbegrenzt verfügbar. Batterien auf dieser Grundlage gelten deshalb seit Jahren als mögliche Alternative zu Lithium-Ionen-Akkus. Bislang scheiterte ein breiter Einsatz vor allem daran, dass die Zellen nach einigen Hundert Ladezyklen stark an Kapazität verloren. Die Brennauer Zellen haben im Labor nach Angaben der Forscher mehr als 5000 Ladezyklen überstanden und dabei rund 85 Prozent ihrer ursprünglichen Kapazität behalten.'),
    h2('Schutzschicht aus Zellulose'),
    p('Der Schlüssel liegt nach Angaben des Teams in einer hauchdünnen Schutzschicht auf der Anode, die aus einem Abfallprodukt der Papierherstellung gewonnen wird. Sie verhindert, dass sich an der Elektrode feine Ablagerungen bilden, die die Leistung schmälern und im schlimmsten Fall einen Kurzschluss auslösen können. „Wir haben im Grunde ein altes Problem mit einem sehr alten Material gelöst“, sagte Okafor-Lenz.'),
    quote('Wir haben im Grunde ein altes Problem mit einem sehr alten Material gelöst', 'Prof. Dr. Miriam Okafor-Lenz'),
    p('Die Forscherin betonte zugleich die Grenzen der Technik. Die Energiedichte der Natrium-Zellen liegt weiterhin unter der moderner Lithium-Ionen-Akkus. Für Smartphones oder Elektroautos mit großer Reichweite seien die Zellen daher vorerst weniger geeignet. Sinnvoll sei der Einsatz vor allem in stationären Speichern, etwa um Strom aus Wind- und Solaranlagen zwischenzuspeichern, oder in günstigen Kleinwagen für den Stadtverkehr.'),
    video('So funktioniert der Salz-Akku', '1:54'),
    h2('Fachleute vorsichtig optimistisch'),
    p('Unabhängige Fachleute reagierten vorsichtig positiv. Der Batterieforscher Dr. Konstantin Meier vom Zentrum für Speichertechnik in Elbhafen, der nicht an der Studie beteiligt war, sprach von einem „interessanten Fortschritt“. Entscheidend sei nun, ob sich die Ergebnisse aus dem Labor in der Serienfertigung wiederholen ließen. Dort seien die Anforderungen an Reinheit und Gleichmäßigkeit der Materialien deutlich höher.'),
    p('Nach Angaben der Universität laufen bereits Gespräche mit Unternehmen über eine Zusammenarbeit. Eine Ausgründung aus dem Institut plant, bis Ende kommenden Jahres eine Pilotlinie in der Region aufzubauen. Finanziert wurde das Forschungsprojekt vom Land Hohenmark und einer Stiftung für Energieforschung mit insgesamt 4,2 Millionen Euro.'),
    p('Weltweit arbeiten zahlreiche Forschungsgruppen und Hersteller an Natrium-Batterien. Erste Fahrzeuge mit solchen Akkus sind in Asien bereits auf dem Markt. In Europa gibt es bislang nur wenige Produktionsstätten. Fachleute sehen darin eine Chance, die Abhängigkeit von importierten Rohstoffen zu verringern.'),
  ],
};

/** The agency report, its edited copy in the Rundschau and the business angle in the Kurier. */
export const natriumArticles: DemoArticle[] = [
  agencyOriginal,
  editedCopy(
    agencyOriginal,
    {
      id: 'nr-natrium-akku',
      source: 'nordstaedter-rundschau',
      category: 'wissenschaft',
      kicker: 'Forschung aus der Region',
      title: 'Salz statt Lithium: Brennauer Akku hält 5000 Ladungen',
      lead: 'Chemiker der Universität Brennau haben eine Natrium-Batterie entwickelt, die ohne teure Rohstoffe auskommt. Eine Pilotlinie in der Region ist geplant.',
      author: 'agd',
      publishedOffsetHours: 73,
    },
    {
      replace: [
        ['Brennau (agd) – Wissenschaftler', 'Brennau. Wissenschaftler'],
        ['deutlich länger hält', 'erheblich länger hält'],
        ['nahezu unbegrenzt verfügbar', 'praktisch unbegrenzt verfügbar'],
        ['sagte Okafor-Lenz', 'sagt Okafor-Lenz'],
        ['in der Region aufzubauen', 'im Raum Brennau aufzubauen'],
        ['Fachleute vorsichtig optimistisch', 'Experten vorsichtig optimistisch'],
      ],
      dropLast: 1,
    },
  ),
  {
    id: 'wk-salzwerk-finanzierung',
    source: 'wirtschaftskurier',
    category: 'wissenschaft',
    kicker: 'Start-ups',
    title: 'Salzwerk Energy sammelt 14 Millionen Euro ein',
    lead: 'Die Ausgründung der Universität Brennau will die neue Natrium-Batterie in Serie bringen. Investoren setzen auf stationäre Speicher – und auf die Unabhängigkeit von Lithium.',
    author: 'Dr. Felix Amberg',
    publishedOffsetHours: 98,
    story: 'natrium-akku',
    body: [
      p('Das Batterie-Start-up Salzwerk Energy hat in einer ersten großen Finanzierungsrunde 14 Millionen Euro eingesammelt. Angeführt wird die Runde vom Wagniskapitalgeber Nordlicht Ventures, beteiligt sind außerdem die Beteiligungsgesellschaft des Landes Hohenmark und mehrere Privatinvestoren aus dem Energiesektor. Das bestätigte Mitgründer Paul Vandersee dem Wirtschaftskurier. Die Bewertung des Unternehmens nannte er nicht.'),
      p('Salzwerk ist eine Ausgründung des Instituts für Materialchemie der Universität Brennau. Die Gründer wollen eine Natrium-Ionen-Batterie zur Marktreife bringen, die dort in den vergangenen vier Jahren entwickelt wurde und in dieser Woche in einer Fachzeitschrift vorgestellt werden soll. „Wir haben die Forschung abgeschlossen, jetzt beginnt die eigentliche Arbeit“, sagte Vandersee.'),
      h2('Pilotlinie im Gewerbegebiet Brennau-Süd'),
      p('Mit dem Geld will das Unternehmen bis Ende kommenden Jahres eine Pilotfertigung aufbauen. Geplant ist eine Halle im Gewerbegebiet Brennau-Süd, in der zunächst Zellen für stationäre Speicher mit einer Jahreskapazität von rund 50 Megawattstunden entstehen sollen. Das entspricht grob dem Bedarf von einigen Tausend Heimspeichern. Die Zahl der Beschäftigten soll von derzeit 23 auf etwa 70 steigen.'),
      p('Investorin Carla Beaumont von Nordlicht Ventures begründet die Beteiligung mit den Rohstoffkosten. „Natrium ist billig, überall verfügbar und politisch unproblematisch“, sagte sie. Wer große Speicher für das Stromnetz baue, brauche nicht die höchste Energiedichte, sondern niedrige Kosten pro gespeicherter Kilowattstunde und eine lange Lebensdauer. Genau dort sehe sie die Stärke der Brennauer Technik.'),
      infobox(
        'Salzwerk Energy GmbH',
        'Gegründet: vor drei Jahren als Ausgründung der Universität Brennau',
        'Gründer: Paul Vandersee, Dr. Aylin Demirtaş, Prof. Dr. Miriam Okafor-Lenz (wissenschaftliche Beraterin)',
        'Beschäftigte: 23',
        'Finanzierung bisher: 2,5 Mio. € Förderung, 14 Mio. € Wagniskapital',
      ),
      h2('Harte Konkurrenz aus Asien'),
      p('Leicht wird der Weg nicht. Mehrere große asiatische Hersteller produzieren Natrium-Zellen bereits in industriellem Maßstab und drücken die Preise. Branchenbeobachter verweisen zudem auf die Schwierigkeiten anderer europäischer Batterie-Start-ups, die beim Hochlauf ihrer Fertigung mit Verzögerungen und Kostenüberschreitungen kämpften. Der Analyst Jörg Stellmacher von der Beratungsfirma Voss & Partner mahnt deshalb zur Geduld.'),
      p('Es dauere in der Regel mehrere Jahre, bis eine neue Zellchemie zuverlässig in großen Stückzahlen gefertigt werden könne, sagte Stellmacher. Für Investoren sei das ein langer Atem. Vandersee gibt sich dennoch zuversichtlich. Man wolle nicht mit den Riesen um Elektroautos konkurrieren, sondern eine Nische besetzen, in der Langlebigkeit mehr zähle als Größe. Erste Absichtserklärungen von zwei regionalen Stadtwerken lägen bereits vor.'),
    ],
  },
];
