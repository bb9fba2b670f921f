// Story "aufstieg-fc-nordstadt": the (made-up) FC Nordstadt 09 wins promotion.
import type { DemoArticle } from '../types.ts';
import { h2, p, quote, video } from './blocks.ts';

/** The local paper and the national site report the same promotion. */
export const aufstiegArticles: DemoArticle[] = [
  {
    id: 'nr-fc-nordstadt-aufstieg',
    source: 'nordstaedter-rundschau',
    category: 'sport',
    kicker: 'FC Nordstadt 09',
    title: 'Geschafft! Der FCN ist zurück in der Zweiten Liga',
    lead: 'Mit einem 3:1 gegen den SV Eichental macht der FC Nordstadt 09 den Aufstieg perfekt. 18.400 Fans im Stadion am Wall feiern bis in die Nacht – und Trainer Uwe Harms kämpft mit den Tränen.',
    author: 'Mats Feldhusen',
    publishedOffsetHours: 20,
    story: 'aufstieg-fc-nordstadt',
    image: {
      alt: 'Jubelnde Spieler vor der Fankurve',
      caption: 'Nach dem Schlusspfiff feierten die Spieler mit den Fans in der Westkurve.',
      credit: 'Sven Ruppert',
      colors: ['#c0392b', '#f1c40f'],
      motif: 'circle',
    },
    body: [
      p('Nordstadt. Als Schiedsrichter Daniel Kroll um 15.24 Uhr die Partie abpfiff, gab es im Stadion am Wall kein Halten mehr. Hunderte Fans stürmten den Rasen, Spieler lagen sich in den Armen, auf der Tribüne wurden Schals geschwenkt. Nach vier Jahren in der Drittklassigkeit ist der FC Nordstadt 09 zurück in der Zweiten Liga. Das 3:1 gegen den SV Eichental am vorletzten Spieltag machte den Aufstieg rechnerisch perfekt.'),
      p('Dabei hatte der Nachmittag nicht nach einem Fest ausgesehen. Eichental ging nach einer Viertelstunde durch einen abgefälschten Schuss von Robin Kessel in Führung, im Stadion wurde es still. Doch die Mannschaft von Trainer Uwe Harms blieb ruhig. Kapitän Luca Brinkmann glich kurz vor der Pause per Kopf nach einer Ecke aus, und in der zweiten Halbzeit drehte Jonas Weidemann mit zwei Toren innerhalb von acht Minuten das Spiel.'),
      h2('Weidemann wird zum Helden'),
      p('Weidemann, im Winter vom Absteiger aus Falkenried gekommen, hat damit in der Rückrunde elf Treffer erzielt. „Ich habe nicht viel gedacht, ich wollte den Ball einfach nur reinmachen“, sagte der 24-Jährige nach dem Spiel, die Aufstiegsmütze schief auf dem Kopf. Sein zweites Tor, ein Schlenzer von der Strafraumgrenze in den Winkel, dürfte in Nordstadt noch lange erzählt werden.'),
      p('Trainer Harms, der den Verein vor zwei Jahren auf einem Abstiegsplatz übernommen hatte, rang sichtlich um Fassung. „Diese Stadt hat so lange auf diesen Tag gewartet. Ich bin einfach nur dankbar“, sagte er. Er habe in der Halbzeit nicht viel sagen müssen. Die Mannschaft habe gewusst, dass sie besser sei als das, was sie in der ersten halben Stunde gezeigt habe.'),
      h2('Feier auf dem Marktplatz'),
      p('Nach dem Spiel zog ein Autokorso hupend durch die Innenstadt. Auf dem Marktplatz versammelten sich am Abend nach Schätzungen der Polizei rund 6000 Menschen. Die Mannschaft zeigte sich gegen 20 Uhr auf dem Balkon des Rathauses, Oberbürgermeister Frank Heidtmann überreichte Kapitän Brinkmann ein Trikot mit der Aufschrift „Zweite Liga – wir sind wieder da“. Die Polizei sprach von einer friedlichen Feier, es habe nur wenige Einsätze gegeben.'),
      p('Für den Verein bedeutet der Aufstieg auch wirtschaftlich einen großen Schritt. Die Einnahmen aus den Fernsehgeldern dürften sich nach Angaben von Geschäftsführer Stefan Rohlfs mehr als verdreifachen. Zugleich muss das Stadion am Wall bis zum Saisonstart an die Auflagen der Liga angepasst werden, unter anderem bei der Flutlichtanlage. Rohlfs sagte, die Planungen dafür liefen bereits seit dem Winter. „Wir waren optimistisch, aber nicht leichtsinnig.“'),
      p('Am kommenden Sonntag steht in Wehrfeld das letzte Saisonspiel an. Sportlich geht es dort um nichts mehr, Harms kündigte aber an, keine B-Elf aufzustellen. Die Meisterschaft ist dem FCN bei drei Punkten Vorsprung noch nicht sicher.'),
    ],
  },
  {
    id: 'tb-fc-nordstadt-aufstieg',
    source: 'tagesblick',
    category: 'sport',
    kicker: 'Dritte Liga',
    title: 'Nordstadt feiert die Rückkehr in die Zweite Liga',
    lead: 'Der FC Nordstadt 09 steigt nach vier Jahren wieder auf. Beim 3:1 gegen Eichental trifft Winterneuzugang Jonas Weidemann doppelt. Für den Traditionsklub beginnt eine neue Zeit.',
    author: 'Philipp Graumann',
    publishedOffsetHours: 19,
    story: 'aufstieg-fc-nordstadt',
    body: [
      p('Der FC Nordstadt 09 ist zurück in der Zweiten Liga. Der Traditionsverein aus der Hohenmark gewann am Samstag vor 18.400 Zuschauern im ausverkauften Stadion am Wall mit 3:1 gegen den SV Eichental und ist am vorletzten Spieltag nicht mehr von den ersten beiden Plätzen zu verdrängen. Nach dem Schlusspfiff stürmten Hunderte Fans den Platz.'),
      p('Eichental war früh durch Robin Kessel in Führung gegangen. Kapitän Luca Brinkmann glich kurz vor der Pause aus, ehe Jonas Weidemann nach dem Seitenwechsel mit zwei Treffern die Partie entschied. Der Stürmer war erst im Januar aus Falkenried gekommen und hat seitdem elf Tore erzielt. „Wir wussten, dass wir dieses Spiel nicht verlieren dürfen. Am Ende hat die Mannschaft gezeigt, was in ihr steckt“, sagte Trainer Uwe Harms.'),
      quote('Am Ende hat die Mannschaft gezeigt, was in ihr steckt', 'Uwe Harms, Trainer FC Nordstadt 09'),
      h2('Vom Abstiegsplatz an die Spitze'),
      p('Für Harms ist der Aufstieg der Höhepunkt einer bemerkenswerten Entwicklung. Als der 47-Jährige vor zwei Jahren übernahm, stand der Verein auf einem Abstiegsplatz der Dritten Liga, die Finanzen waren angespannt. Harms setzte auf junge Spieler aus dem eigenen Nachwuchs und auf eine defensive Grundordnung, die in dieser Saison die wenigsten Gegentore der Liga zuließ.'),
      video('Aufstieg perfekt: Die Stimmen nach dem Spiel', '3:05'),
      p('Der Verein, der in den Achtzigerjahren sogar zwei Spielzeiten in der Ersten Liga verbrachte, war vor vier Jahren nach einer Saison voller Trainerwechsel abgestiegen. Danach drohte zeitweise die Insolvenz. Geschäftsführer Stefan Rohlfs hatte die Schulden seitdem nach eigenen Angaben um mehr als die Hälfte reduziert. „Wir haben jeden Euro zweimal umgedreht“, sagte er nach dem Spiel.'),
      h2('Große Aufgaben warten'),
      p('Die Zweite Liga bringt dem Klub deutlich höhere Einnahmen, aber auch neue Anforderungen. Das Stadion benötigt unter anderem eine stärkere Flutlichtanlage, der Kader soll in der Breite verstärkt werden. Sportdirektorin Katrin Lübbers kündigte an, man werde „mit Augenmaß“ investieren. Man wolle nicht die Fehler anderer Aufsteiger wiederholen, die sich mit teuren Transfers übernommen hätten.'),
      p('Auch in der Stadt selbst war die Freude groß. Am Abend feierten Tausende Anhänger auf dem Marktplatz, die Mannschaft zeigte sich auf dem Balkon des Rathauses. Die Polizei meldete einen weitgehend friedlichen Verlauf. Für die regionale Wirtschaft, die unter der Insolvenz des Maschinenbauers Kessler leidet, ist der Aufstieg ein willkommener Lichtblick: Hotels und Gastronomie rechnen mit deutlich mehr Gästen an Spieltagen.'),
      p('Wer in der kommenden Saison auf Nordstadt trifft, muss sich auf eine besondere Kulisse einstellen. Schon jetzt meldet der Verein eine Rekordnachfrage nach Dauerkarten. Bis zum Saisonende am kommenden Wochenende will der FCN aber noch den Meistertitel sichern.'),
    ],
  },
];
