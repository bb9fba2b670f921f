// Generated articles for bench:search: German (four in five) and English text with a Zipf-like word
// frequency, real common words first (so stemming, folding and compounds have work to do), compounds
// of our head nouns, and a long tail of invented words. Every article is generated from its own number,
// so both databases receive the same million articles without holding them in memory.
import { COMPOUND_HEADS } from '../../src/store/search/analyze/compound-heads.ts';

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DE_FUNCTION = 'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum'.split(' ');
const DE_WORDS = `Regierung Stadt Jahr Prozent Menschen Millionen Euro Polizei Land Kinder Schulen Straße Straßen Haushalt Minister
Ministerin Wahl Wahlen Partei Parteien Gericht Urteil Soldaten Soldat Flüchtlinge Flüchtling Klima Energie Strom Preise Mieten Wohnungen
Krankenhaus Ärzte Pflege Rente Steuern Schulden Bürger Bürgermeister Gemeinde Verkehr Bahn Züge Unternehmen Arbeitsplätze Wirtschaft
Forschung Studie Universität Fußball Trainer Spieler Verein Saison Theater Konzert Ausstellung Museum Bücher Wetter Regen Hochwasser Sturm
Feuerwehr Unfall Brand Ermittlungen Prozess Anklage Verhandlungen Koalition Opposition Bundestag Landtag Gesetz Reform Streik Gewerkschaft
Lehrer Schüler Eltern Familien Frauen Männer Jugendliche Senioren Gesundheit Impfung Grenze Krieg Frieden Waffen Hilfe Spenden Kirche
berichtete erklärte sagte forderte kündigte kritisierte beschlossen geplant gestiegen gesunken neue neuen große großen erste ersten
deutschen europäischen öffentlichen wichtig schwierig gemeinsam weiter bereits künftig`.split(/\s+/);
const DE_MODIFIERS = 'Bundes Landes Stadt Kinder Wasser Strom Klima Verkehrs Wirtschafts Arbeits Gesundheits Finanz Innen Außen Verteidigungs Umwelt Schul Bau Wohnungs Energie Sicherheits Justiz Kultur Sport Jugend Familien Regierungs Polizei Haushalts'.split(' ');
const EN_FUNCTION = 'the of and to a in is that for on with as was by at it from be has are an have this were said'.split(' ');
const EN_WORDS = `government minister election elections voters party parties court ruling soldiers refugees climate energy prices housing rents
hospital doctors pension taxes debt citizens mayor council traffic trains companies jobs economy research study university football coach
players club season theatre concert exhibition museum books weather rain flooding storm firefighters accident investigation trial talks
coalition opposition parliament law reform strike union teachers students parents families women men health border war peace aid running
announced criticised planned rising falling new largest first national public important difficult`.split(/\s+/);

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'z', 'sch', 'st', 'br', 'kr', 'tr', 'gr', 'fl', 'sp'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'ei', 'au', 'ie'];
const CODAS = ['', 'n', 'r', 'l', 'st', 'ng', 'ch', 'nd', 'rt', 'ß', 'tz', 'ck'];
const TAIL_SIZE = 40_000;

function inventedWords(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const seen = new Set<string>();
  while (seen.size < count) {
    const syllables = 2 + Math.floor(next() * 2);
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(NUCLEI) + pick(CODAS);
    seen.add(w);
  }
  return [...seen];
}

/** A vocabulary ordered by frequency, with the cumulative weights of a Zipf distribution over it. */
class Vocabulary {
  private readonly cumulative: Float64Array;
  constructor(readonly words: readonly string[]) {
    this.cumulative = new Float64Array(words.length);
    let sum = 0;
    for (let r = 0; r < words.length; r++) {
      sum += 1 / (r + 1);
      this.cumulative[r] = sum;
    }
  }
  /** The word for a uniform number in [0, 1). */
  pick(u: number): string {
    const target = u * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }
}

const compounds = DE_MODIFIERS.flatMap((m, i) => COMPOUND_HEADS.filter((_, k) => (k + i) % 9 === 0).map((h) => m + h));
/** The German vocabulary by rank: function words, common words, compounds, then invented words. */
export const GERMAN = new Vocabulary([...DE_FUNCTION, ...DE_WORDS, ...compounds.map((c) => c[0]!.toUpperCase() + c.slice(1)), ...inventedWords(1, TAIL_SIZE)]);
/** The English vocabulary by rank. */
export const ENGLISH = new Vocabulary([...EN_FUNCTION, ...EN_WORDS, ...inventedWords(2, TAIL_SIZE).map((w) => w.replace(/[äöüß]/g, 'e'))]);

/** Sizes of the generated site. */
export const SOURCES = 50;
export const CATEGORIES = 12;
/** Publication times spread over this span before "now", the newest last (ids grow with time, as when fetched). */
export const SPAN_MS = 3 * 365 * 24 * 3600_000;

/** One generated article. */
export interface GeneratedArticle {
  /** 1-based; becomes the article id. */
  n: number;
  sourceId: number;
  categoryId: number;
  language: 'de' | 'en';
  title: string;
  lead: string;
  body: string;
  published: string;
}

function sentence(vocabulary: Vocabulary, next: () => number, min: number, max: number): string {
  const n = min + Math.floor(next() * (max - min + 1));
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(vocabulary.pick(next()));
  const first = words[0]!;
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return words.join(' ');
}

/** The article with number `n` of `total`, ending at `now`. */
export function generateArticle(n: number, total: number, now: number): GeneratedArticle {
  const next = random(n * 2654435761);
  const sourceId = 1 + (n % SOURCES);
  // Every fifth source publishes in English.
  const language = sourceId % 5 === 0 ? 'en' : 'de';
  const vocabulary = language === 'en' ? ENGLISH : GERMAN;
  const title = sentence(vocabulary, next, 5, 9);
  const lead = `${sentence(vocabulary, next, 10, 16)}.`;
  const body = `${sentence(vocabulary, next, 12, 20)}. ${sentence(vocabulary, next, 12, 20)}.\n\n${sentence(vocabulary, next, 12, 20)}.`;
  const published = new Date(now - SPAN_MS + (n / total) * SPAN_MS).toISOString();
  return { n, sourceId, categoryId: 1 + ((n * 7) % CATEGORIES), language, title, lead, body, published };
}
