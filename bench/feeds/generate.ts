// Deterministic large feeds for the speed benchmark: made-up German news items, the same bytes on
// every run and in every process, so each parser in its own child process reads identical input.

/** The formats the generator writes. */
export type GeneratedFormat = 'rss' | 'atom';

const WORDS = (
  'Bundesregierung Stadtrat Haushalt Verkehrswende Bürgermeisterin Gemeinde Landkreis Straßenbahn ' +
  'Wärmepumpe Schulbau Förderprogramm Ausschuss Gutachten Bürgerinitiative Radweg Hochwasserschutz ' +
  'Grundsteuer Kita-Plätze Krankenhaus Pflegekräfte Ärztemangel Energiepreise Windpark Bahnhof ' +
  'Sanierung Baustelle Umleitung Mieterverein Wohnungsbau Stadtwerke Feuerwehr Polizei Gericht ' +
  'Staatsanwaltschaft Landtag Opposition Koalition Abstimmung Einwohner Gewerbegebiet Innenstadt ' +
  'Wochenmarkt Theater Museum Ausstellung Verein Saison Trainer Aufstieg Meisterschaft Heimspiel ' +
  'über für größer schließlich außerdem mögliche wünscht prüft fordert kündigt beschließt erklärt ' +
  'die der das und mit auf bei nach vor im am zum zur ein eine nicht noch schon auch nur wieder'
).split(' ');

const PLACES = ['Görlitz', 'Lüneburg', 'Würzburg', 'Fürth', 'Düsseldorf', 'Münster', 'Tübingen', 'Köln'];
const SECTIONS = ['Lokales', 'Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Wissen', 'Verkehr', 'Umwelt'];
const AUTHORS = ['Jana Öztürk', 'Lukas Weiß', 'Marie-Luise Krämer', 'Tobias Groß', 'Aylin Schäfer'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A small seeded PRNG (mulberry32): fast, and the same sequence everywhere. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Item {
  title: string;
  link: string;
  date: Date;
  author: string;
  summaryHtml: string;
  contentHtml: string;
  categories: string[];
}

function makeItem(random: () => number, index: number): Item {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (words: number): string => {
    const parts = Array.from({ length: words }, () => pick(WORDS));
    const text = parts.join(' ');
    return text[0]!.toUpperCase() + text.slice(1) + '.';
  };
  const paragraphs: string[] = [];
  const paragraphCount = 4 + Math.floor(random() * 6);
  for (let p = 0; p < paragraphCount; p++) {
    const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(8 + Math.floor(random() * 10)));
    if (p === 1) paragraphs.push(`<h2>${sentence(4)}</h2>`);
    if (p === 2) paragraphs.push(`<blockquote><p>„${sentence(9)}“ sagt ${pick(AUTHORS)}.</p></blockquote>`);
    paragraphs.push(`<p>${body.join(' ')} <a href="/thema/${index % 97}">Mehr &amp; Hintergründe</a></p>`);
  }
  const place = pick(PLACES);
  return {
    title: `${place}: ${sentence(5 + Math.floor(random() * 5)).slice(0, -1)} – „${pick(WORDS)}“ & mehr`,
    link: `https://nachrichten.example/${place.toLowerCase()}/artikel-${index}.html?utm_source=feed&amp;ref=rss`,
    date: new Date(Date.UTC(2026, 10, 27, 12) - index * 7 * 60_000),
    author: pick(AUTHORS),
    summaryHtml: `<p><strong>${place}.</strong> ${sentence(14)} ${sentence(10)}</p><img src="/bilder/${index}.jpg" alt="Symbolbild">`,
    contentHtml: paragraphs.join('\n'),
    categories: [pick(SECTIONS), place, ...(random() < 0.5 ? [pick(SECTIONS)] : [])],
  };
}

function escapeXml(text: string): string {
  return text.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rfc822(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0100`
  );
}

function rssItem(item: Item, index: number): string {
  // Summaries are escaped text and contents CDATA: both spellings of HTML in feeds get exercised.
  return (
    `<item>\n<title>${escapeXml(item.title)}</title>\n<link>${item.link}</link>\n` +
    `<guid isPermaLink="false">nachrichten-example-${index}</guid>\n<pubDate>${rfc822(item.date)}</pubDate>\n` +
    `<dc:creator>${item.author}</dc:creator>\n` +
    item.categories.map((c) => `<category>${c}</category>\n`).join('') +
    `<description>${escapeXml(item.summaryHtml)}</description>\n` +
    `<content:encoded><![CDATA[${item.contentHtml}]]></content:encoded>\n` +
    `<enclosure url="https://nachrichten.example/bilder/${index}.jpg" type="image/jpeg" length="48213"/>\n</item>\n`
  );
}

function atomEntry(item: Item, index: number): string {
  const iso = item.date.toISOString();
  return (
    `<entry>\n<title type="html">${escapeXml(item.title)}</title>\n<link rel="alternate" href="${item.link}"/>\n` +
    `<id>tag:nachrichten.example,2026:${index}</id>\n<published>${iso}</published>\n<updated>${iso}</updated>\n` +
    `<author><name>${item.author}</name></author>\n` +
    item.categories.map((c) => `<category term="${c}"/>\n`).join('') +
    `<summary type="html">${escapeXml(item.summaryHtml)}</summary>\n` +
    `<content type="html">${escapeXml(item.contentHtml)}</content>\n</entry>\n`
  );
}

const RSS_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n' +
  '<title>Nachrichten Beispielstadt – Alle Meldungen</title>\n<link>https://nachrichten.example/</link>\n' +
  '<description>Aktuelle Nachrichten aus der Region</description>\n<language>de-DE</language>\n<ttl>15</ttl>\n';
const RSS_TAIL = '</channel>\n</rss>\n';
const ATOM_HEAD =
  '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">\n' +
  '<title>Nachrichten Beispielstadt – Alle Meldungen</title>\n<link rel="alternate" href="https://nachrichten.example/"/>\n' +
  '<id>tag:nachrichten.example,2026:feed</id>\n<updated>2026-11-27T12:00:00Z</updated>\n';
const ATOM_TAIL = '</feed>\n';

/** Writes a feed of the given format with as many items as fit in about `targetBytes` (UTF-8). */
export function generateFeed(format: GeneratedFormat, targetBytes: number, seed = 20261127): Buffer {
  const random = seeded(seed);
  const [head, tail, write] = format === 'rss' ? [RSS_HEAD, RSS_TAIL, rssItem] : [ATOM_HEAD, ATOM_TAIL, atomEntry];
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let index = 0; size < targetBytes; index++) {
    const part = write(makeItem(random, index), index);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  parts.push(tail);
  return Buffer.from(parts.join(''), 'utf8');
}
