// The language an article is analysed in. The input's own `lang` wins; without one, a count of
// frequent German and English function words decides. This stands in until a real language detector
// exists in the project (see issue 8); then that detector should be called here instead.

/** Languages the entity and quote finders have word lists for. */
export type AnalysisLanguage = 'de' | 'en';

const GERMAN = new Set('der die das und ist nicht sich mit dem den auch ein eine sagte dass wird von zu im'.split(' '));
const ENGLISH = new Set('the and is not with of to in that was for said it on are by'.split(' '));

/** The primary subtag of a language tag ("de-AT" → "de"), or null when there is none. */
export function primaryLanguage(tag: unknown): string | null {
  if (typeof tag !== 'string' || tag.trim() === '') return null;
  return tag.trim().toLowerCase().split(/[-_]/)[0]!;
}

/** German or English by function-word counts; ties go to German, the site's first language. */
export function guessLanguage(text: string): AnalysisLanguage {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word)) de++;
    if (ENGLISH.has(word)) en++;
  }
  return en > de ? 'en' : 'de';
}
