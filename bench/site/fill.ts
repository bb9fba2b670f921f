// Fills a fresh Presseschau database with generated articles for bench:site: German-looking text
// made of invented syllables (no real article text), spread over sources and categories, with
// publication times over the last years. Every article is analysed as the refresh path would leave
// it (a row in story_articles); one in ten is a wire copy of the text another source published just
// before (see COPY_EVERY), so the lists pay for listing each wire text once. Written straight through better-sqlite3 in large
// transactions after the real migrations ran, since a million inserts through the repositories would
// take longer than the benchmark itself.
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/store/index.ts';

/**
 * Of every COPY_EVERY articles the first is an original and the next COPIES_PER_ORIGINAL are copies of
 * its text by other sources, a few minutes later and each in its own category (as agencies' texts are
 * republished): 10% of all articles.
 */
export const COPY_EVERY = 20;
const COPIES_PER_ORIGINAL = 2;

export interface FillPlan {
  articles: number;
  sources: number;
  categories: number;
}

/** A small deterministic generator (mulberry32), so two runs build the same database. */
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

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'z', 'sch', 'st', 'br', 'kr', 'tr', 'pf', 'gr', 'fl', 'sp'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'ei', 'au', 'ie', 'eu'];
const CODAS = ['', 'n', 'r', 'l', 'st', 'ng', 'ch', 'cht', 'nd', 'rt', 'ß', 'tz', 'ck'];
const ENDINGS = ['ung', 'heit', 'keit', 'schaft', 'en', 'er', 'ern', 'ig', 'lich', 'isch'];
const SMALL = ['der', 'die', 'das', 'und', 'mit', 'für', 'auf', 'nicht', 'auch', 'wird', 'hat', 'sich', 'dem', 'den', 'im', 'zu', 'von', 'nach', 'bei', 'sagte'];

class Words {
  constructor(private readonly next: () => number) {}
  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  word(capital = false): string {
    const syllables = 1 + Math.floor(this.next() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += this.pick(ONSETS) + this.pick(NUCLEI) + this.pick(CODAS);
    if (this.next() < 0.3) w += this.pick(ENDINGS);
    return capital ? w[0]!.toUpperCase() + w.slice(1) : w;
  }
  sentence(min: number, max: number): string {
    const n = min + Math.floor(this.next() * (max - min + 1));
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(i === 0 || this.next() < 0.25 ? this.word(true) : this.next() < 0.35 ? this.pick(SMALL) : this.word());
    return parts.join(' ') + (this.next() < 0.1 ? '?' : '.');
  }
  paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence(6, 16)).join(' ');
  }
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** The article number whose text article `i` republishes, or null for an original text. */
function copiedArticle(i: number): number | null {
  const k = i % COPY_EVERY;
  return k >= 1 && k <= COPIES_PER_ORIGINAL ? i - k : null;
}

/** Creates the database at `path` (migrations included) and fills it; returns the number of articles. */
export async function fillDatabase(path: string, plan: FillPlan, now: Date, onProgress: (done: number) => void): Promise<void> {
  const store = await openDatabase({ path });
  await store.close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const words = new Words(random(20261127));
  const created = now.toISOString();

  const insertCategory = db.prepare('insert into categories (slug, name, position) values (?, ?, ?)');
  const insertSource = db.prepare(
    'insert into sources (slug, name, site_url, language, category_id, display_policy, read_more_text, created_at) values (?, ?, ?, ?, ?, ?, null, ?)',
  );
  db.transaction(() => {
    for (let i = 1; i <= plan.categories; i++) {
      const name = `${words.word(true)} ${i}`;
      insertCategory.run(`${slugOf(name)}`, name, i);
    }
    for (let i = 1; i <= plan.sources; i++) {
      const name = `${words.word(true)} ${words.word(true)}blatt ${i}`;
      const policy = i % 10 === 0 ? 'excerpt' : 'full';
      insertSource.run(slugOf(name), name, `https://quelle-${i}.example/`, i % 7 === 0 ? 'en' : 'de', 1 + (i % plan.categories), policy, created);
    }
  })();

  const insertArticle = db.prepare(`insert into articles
    (feed_id, source_id, category_id, guid, url, canonical_url, slug, title, lead, body_html, body_text, byline, image_url, language,
     media_json, published_at, modified_at, first_seen_at, sort_at, updated_at, extraction_status, extraction_error)
    values (null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, null, ?, ?, ?, 'extracted', null)`);
  // Publication times spread evenly back over about three years, newest last inserted.
  const spanMs = 3 * 365 * 24 * 3600_000;
  // Text comes from pools built once (generating a million articles word by word takes minutes);
  // combining pool entries by the article's number still gives every article its own title and body.
  const pool = Array.from({ length: 5000 }, (_, k) => words.paragraph(3 + (k % 3)));
  const leads = Array.from({ length: 3000 }, () => words.paragraph(2));
  const titles = Array.from({ length: 4000 }, () => words.sentence(3, 6).replace(/[.?]$/, ''));
  const bylines = Array.from({ length: 2000 }, () => `${words.word(true)} ${words.word(true)}`);
  const publishedOf = (i: number) => new Date(now.getTime() - spanMs + ((i + 1) / plan.articles) * spanMs).toISOString();
  const textOf = (i: number) => {
    const title = `${titles[i % titles.length]} ${titles[(i * 31 + 7) % titles.length]!.toLowerCase()}`;
    const paragraphs = Array.from({ length: 4 + (i % 5) }, (_, k) => pool[(i * 17 + k * 101) % pool.length]!);
    const html = paragraphs.map((p, k) => (k === 2 ? `<h2>${titles[(i + k) % titles.length]}</h2><p>${p}</p>` : `<p>${p}</p>`)).join('');
    return { title, slug: slugOf(title), lead: leads[(i * 13) % leads.length]!, html, text: paragraphs.join('\n\n') };
  };
  // Article number i is stored with id i + 1 (a fresh table); a copy's story is its original's.
  const insertStory = db.prepare(
    'insert into stories (id, opened_by_article_id, title, first_article_at, last_article_at, article_count, source_count) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertMembership = db.prepare('insert into story_articles (article_id, story_id, joined_at, lang, duplicate_of_id) values (?, ?, ?, ?, ?)');
  const batch = 20_000;
  for (let start = 0; start < plan.articles; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(plan.articles, start + batch); i++) {
        const source = 1 + (i % plan.sources);
        const category = 1 + ((i * 7) % plan.categories);
        const copyOf = copiedArticle(i);
        const own = textOf(copyOf ?? i);
        const published = publishedOf(i);
        const url = `https://quelle-${source}.example/artikel/${i + 1}`;
        const language = source % 7 === 0 ? 'en' : 'de';
        insertArticle.run(
          source, category, `guid-${i + 1}`, url, url, own.slug, own.title, own.lead, own.html, own.text,
          copyOf === null ? bylines[i % bylines.length]! : 'dpa', i % 3 === 0 ? `https://quelle-${source}.example/bild/${i + 1}.jpg` : null,
          language, published, published, published, published,
        );
        if (copyOf === null) {
          const copies = i % COPY_EVERY === 0 ? Math.min(COPIES_PER_ORIGINAL, plan.articles - 1 - i) : 0;
          insertStory.run(i + 1, i + 1, own.title, published, publishedOf(i + copies), 1 + copies, 1 + copies);
        }
        insertMembership.run(i + 1, (copyOf ?? i) + 1, published, language, copyOf === null ? null : copyOf + 1);
      }
    })();
    onProgress(Math.min(plan.articles, start + batch));
  }
  db.pragma('optimize');
  db.close();
}
