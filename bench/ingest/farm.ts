// The fixture farm's content: feeds of made-up German local news and their article pages, generated
// from the feed and item numbers alone, so that every process (farm, workers, extraction) agrees on
// them without sharing files. All texts are our own word lists put together at random.

/** How big the farm is. */
export interface FarmShape {
  feeds: number;
  /** Items per feed. */
  items: number;
  /** Publisher hosts (one port each); feed f lives on host f mod hosts. */
  hosts: number;
}

const PLACES = ['Ahrensfelde', 'Bergheim', 'Dornstadt', 'Eichenau', 'Fallingbostel', 'Grünwald', 'Hohenlinden', 'Kirchberg', 'Lindenfels', 'Moosach', 'Neudorf', 'Ottersweier', 'Rosenheim-Süd', 'Seefeld', 'Talheim', 'Weißenbach'];
const SUBJECTS = ['Der Gemeinderat', 'Die Bürgermeisterin', 'Der Sportverein', 'Die Feuerwehr', 'Das Landratsamt', 'Die Grundschule', 'Der Heimatverein', 'Die Stadtwerke', 'Der Kreistag', 'Die Bücherei', 'Der Bauausschuss', 'Die Kirchengemeinde'];
const VERBS = ['beschließt', 'plant', 'verschiebt', 'prüft', 'eröffnet', 'verteidigt', 'kündigt an', 'diskutiert', 'finanziert', 'lehnt ab'];
const OBJECTS = ['den Neubau der Turnhalle', 'eine neue Buslinie', 'die Sanierung des Freibads', 'den Radweg entlang des Bachs', 'ein Fest zum Jubiläum', 'höhere Gebühren für Parkplätze', 'einen Zuschuss für Vereine', 'die Erweiterung des Kindergartens', 'ein Konzept für Wärme aus Holz', 'mehr Bänke am Marktplatz'];
const CLAUSES = [
  'nachdem die Anwohner lange darauf gewartet hatten',
  'obwohl die Kosten seit dem Frühjahr gestiegen sind',
  'wie eine Sprecherin am Dienstag mitteilte',
  'weil der Zuschuss des Landes sonst verfallen würde',
  'während die Opposition weitere Gutachten verlangt',
  'damit die Arbeiten noch vor dem Winter beginnen können',
  'so steht es in der Vorlage für die Sitzung',
];
const QUOTES = ['„Wir haben lange gerungen, aber das Ergebnis kann sich sehen lassen“', '„Das ist ein guter Tag für den Ort“', '„Wir werden genau hinschauen, wie das Geld verwendet wird“'];

/** A small seeded generator (mulberry32), so that feed f, item i always reads the same. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const SYLLABLES = ['ber', 'lin', 'mau', 'ker', 'sten', 'hol', 'dar', 'wie', 'gen', 'rot', 'ham', 'tal', 'fel', 'mun', 'sche'];
const FIRST_NAMES = ['Anna', 'Jonas', 'Petra', 'Mehmet', 'Clara', 'Lukas', 'Sabine', 'Tobias', 'Ines', 'Karl', 'Miriam', 'Oskar'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** An invented word of three syllables (3,375 of them), capitalised: surnames and street names. */
function invented(rnd: () => number): string {
  const word = pick(rnd, SYLLABLES) + pick(rnd, SYLLABLES) + pick(rnd, SYLLABLES);
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * One sentence. Names, streets, amounts and dates differ from article to article, as they do in real
 * local news, so two articles share the phrases of the templates but are not copies of each other
 * (with the templates alone, nearly every article read as a wire copy of many others).
 */
function sentence(rnd: () => number, place: string): string {
  const amount = `${1 + Math.floor(rnd() * 900)}.${String(Math.floor(rnd() * 1000)).padStart(3, '0')} Euro`;
  const date = `${1 + Math.floor(rnd() * 28)}. ${pick(rnd, MONTHS)}`;
  const source = rnd() < 0.25 ? `, berichtet ${pick(rnd, FIRST_NAMES)} ${invented(rnd)}` : '';
  return `${pick(rnd, SUBJECTS)} in ${place} ${pick(rnd, VERBS)} am ${date} ${pick(rnd, OBJECTS)} an der ${invented(rnd)}straße für ${amount}, ${pick(rnd, CLAUSES)}${source}.`;
}

/** Title and paragraphs of item i of feed f. */
export function farmStory(f: number, i: number): { title: string; lead: string; paragraphs: string[]; publishedAt: Date } {
  // One item in ten is wire copy: the text of the item with the same number in the feed before, which
  // is an item of its own (a copy of a copy would chain back through every feed: one text thousands
  // of times, and a recursion as deep as the feeds are many).
  if ((f + i) % 10 === 5 && f > 0) {
    const wire = farmStory(f - 1, i);
    const publishedAt = new Date(wire.publishedAt.getTime() + 600_000);
    return { ...wire, title: `${wire.title.replace(/ \(\d+-\d+\)$/, '')} (${f}-${i})`, publishedAt };
  }
  const rnd = random(f * 7919 + i * 104729 + 1);
  const place = pick(rnd, PLACES);
  const title = `${place}: ${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} (${f}-${i})`;
  const paragraphs = Array.from({ length: 6 + Math.floor(rnd() * 5) }, (_, p) => {
    const sentences = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rnd, place));
    if (p === 2) sentences.push(`${pick(rnd, QUOTES)}, sagte ein Sprecher der Gemeinde.`);
    return sentences.join(' ');
  });
  // Items are an hour apart, the newest first, all before the farm's fixed day.
  const publishedAt = new Date(Date.UTC(2026, 10, 26, 23, 0) - i * 3600_000 - f * 1000);
  return { title, lead: sentence(rnd, place), paragraphs, publishedAt };
}

/** The path of feed f on its host. */
export const feedPath = (f: number): string => `/feeds/${f}.xml`;
/** The path of article i of feed f on its host. */
export const articlePath = (f: number, i: number): string => `/artikel/${f}/${i}.html`;

const escape = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Feed f as RSS 2.0 with its items, the links on `origin`. */
export function renderFeed(origin: string, f: number, items: number): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const story = farmStory(f, i);
    const link = origin + articlePath(f, i);
    return `<item><title>${escape(story.title)}</title><link>${link}</link><guid isPermaLink="true">${link}</guid><pubDate>${story.publishedAt.toUTCString()}</pubDate><description>${escape(story.lead)}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Lokales ${f}</title><link>${origin}/</link><description>Nachrichten aus der Region</description><language>de</language>${entries.join('')}</channel></rss>\n`;
}

/** Article i of feed f as a publisher's page: navigation, teasers and footer around the story. */
export function renderArticle(origin: string, f: number, i: number): string {
  const story = farmStory(f, i);
  const url = origin + articlePath(f, i);
  const nav = ['Lokales', 'Sport', 'Kultur', 'Wirtschaft', 'Service', 'Anzeigen'].map((n) => `<li><a href="/${n.toLowerCase()}/">${n}</a></li>`).join('');
  const teasers = Array.from({ length: 6 }, (_, t) => {
    const other = farmStory(f, (i + t + 1) % 20);
    return `<li><a href="${articlePath(f, (i + t + 1) % 20)}">${escape(other.title)}</a></li>`;
  }).join('');
  const body = story.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${escape(story.title)} | Lokales ${f}</title>
<link rel="canonical" href="${url}"><meta property="og:title" content="${escape(story.title)}">
<meta property="og:type" content="article"><meta name="author" content="Redaktion Lokales ${f}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(story.title)},"datePublished":"${story.publishedAt.toISOString()}"}</script>
</head><body>
<header><a href="/" class="logo">Lokales ${f}</a><nav><ul>${nav}</ul></nav></header>
<div class="cookie">Wir verwenden Cookies, um unser Angebot zu verbessern. <button>Einverstanden</button></div>
<main><article><h1>${escape(story.title)}</h1>
<p class="byline">Von Redaktion Lokales ${f} · <time datetime="${story.publishedAt.toISOString()}">${story.publishedAt.toUTCString()}</time></p>
<p class="lead"><strong>${escape(story.lead)}</strong></p>
${body}
</article>
<aside><h2>Mehr aus der Region</h2><ul>${teasers}</ul></aside></main>
<footer><p>© Lokales ${f} · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>
</body></html>
`;
}

/** The hosts' origins from their ports, in host order. */
export function farmOrigins(ports: readonly number[]): string[] {
  return ports.map((p) => `http://127.0.0.1:${p}`);
}

/** The URL of feed f in a farm listening on `origins`. */
export function farmFeedUrl(origins: readonly string[], f: number): string {
  return origins[f % origins.length]! + feedPath(f);
}
