import type { Language } from '../i18n/index.ts';

const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * The `lang` attribute an article needs: its language when that differs from the interface
 * language, else null (the page's own `lang` applies). Malformed tags are dropped.
 */
export function contentLanguage(articleLanguage: string | null, ui: Language): string | null {
  if (!articleLanguage) return null;
  const tag = articleLanguage.trim().replace(/_/g, '-');
  if (!TAG.test(tag)) return null;
  const primary = tag.split('-')[0]?.toLowerCase();
  return primary === ui ? null : tag;
}
