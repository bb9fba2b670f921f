// The 20 query shapes of bench:search, each with five instances drawn from the generated vocabulary
// by frequency rank (common, middling, rare words), from generated titles (phrases), and filters.
import { ENGLISH, generateArticle, GERMAN } from './corpus.ts';

/** A query shape and its instances. */
export interface Shape {
  name: string;
  queries: string[];
  page?: number;
}

const FIRST_COMMON = 46; // after the German function words
const five = <T>(f: (k: number) => T) => Array.from({ length: 5 }, (_, k) => f(k));
const de = (rank: number) => GERMAN.words[rank]!;
const en = (rank: number) => ENGLISH.words[rank]!;

/** The shapes for a corpus of `articles` generated up to `now`. */
export function queryShapes(articles: number, now: number): Shape[] {
  const title = (k: number) => generateArticle(1 + Math.floor(((k + 1) * articles) / 7), articles, now).title.split(' ');
  const common = (k: number) => de(FIRST_COMMON + k * 3);
  const middling = (k: number) => de(800 + k * 97);
  const rare = (k: number) => de(25_000 + k * 1_999);
  const year = new Date(now).getUTCFullYear() - 1;
  return [
    { name: 'common word', queries: five(common) },
    { name: 'middling word', queries: five(middling) },
    { name: 'rare word', queries: five(rare) },
    { name: 'two common words', queries: five((k) => `${common(k)} ${common(k + 5)}`) },
    { name: 'common and rare word', queries: five((k) => `${common(k)} ${rare(k)}`) },
    { name: 'three words', queries: five((k) => `${common(k)} ${middling(k)} ${common(k + 7)}`) },
    { name: 'phrase of two', queries: five((k) => `"${title(k).slice(1, 3).join(' ')}"`) },
    { name: 'phrase of three', queries: five((k) => `"${title(k).slice(0, 3).join(' ')}"`) },
    { name: 'word OR word', queries: five((k) => `${middling(k)} OR ${rare(k)}`) },
    { name: 'word -word', queries: five((k) => `${common(k)} -${common(k + 1)}`) },
    { name: 'compound part', queries: ['Gesetz', 'Bericht', 'Verein', 'Schule', 'Minister'] },
    { name: 'folded spelling', queries: ['Fluechtlinge', 'Aerzte', 'Strasse', 'Buergermeister', 'Oeffentlichen'] },
    { name: 'word quelle:', queries: five((k) => `${common(k)} quelle:quelle-${k * 7 + 1}`) },
    { name: 'word rubrik:', queries: five((k) => `${middling(k)} rubrik:rubrik-${k + 1}`) },
    { name: 'word von: bis:', queries: five((k) => `${common(k)} von:${year}-0${k + 1}-01 bis:${year}-0${k + 1}-28`) },
    { name: 'English word sprache:en', queries: five((k) => `${en(25 + k * 4)} sprache:en`) },
    { name: 'filters only', queries: five((k) => `rubrik:rubrik-${k + 2} von:${year}-0${k + 2}-01`) },
    { name: 'no match', queries: five((k) => `zzqx${k}wort`) },
    { name: 'common word, page 3', queries: five(common), page: 3 },
    { name: 'words, exclusion, two filters', queries: five((k) => `${common(k)} ${common(k + 2)} -${middling(k)} quelle:quelle-${k + 2} von:${year}-01-01`) },
  ];
}
