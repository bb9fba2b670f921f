import type { DemoArticle } from '../types.ts';
import { ruecktrittArticles } from './story-ruecktritt.ts';
import { kesslerArticles } from './story-kessler.ts';
import { natriumArticles } from './story-natrium.ts';
import { aufstiegArticles } from './story-aufstieg.ts';
import { rundschauArticles } from './rundschau.ts';
import { tagesblickArticles } from './tagesblick.ts';
import { kurierArticles } from './wirtschaftskurier.ts';

/** All demo articles: the story groups first, then each source's own pieces. */
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...ruecktrittArticles,
  ...kesslerArticles,
  ...natriumArticles,
  ...aufstiegArticles,
  ...rundschauArticles,
  ...tagesblickArticles,
  ...kurierArticles,
];
