// The language an article is analysed in: the input's own `lang` wins; without one, the shared
// detector of src/enrich/language decides.
import { detectLanguage } from '../../enrich/language/detect.ts';

/** Languages the entity and quote finders have word lists for. */
export type AnalysisLanguage = 'de' | 'en';

/** The primary subtag of a language tag ("de-AT" → "de"), or null when there is none. */
export function primaryLanguage(tag: unknown): string | null {
  if (typeof tag !== 'string' || tag.trim() === '') return null;
  return tag.trim().toLowerCase().split(/[-_]/)[0]!;
}

/**
 * German or English by the detector. A text too short or too unclear to tell is read as German, the
 * site's first language: the finders then still try, where an "other" would give nothing.
 */
export function guessLanguage(text: string): AnalysisLanguage {
  const { lang } = detectLanguage(text);
  return lang === 'en' ? 'en' : 'de';
}
