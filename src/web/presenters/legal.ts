import type { Language } from '../i18n/index.ts';

/** A legal page ready for its view: heading, paragraphs of lines, and the text's language when it differs. */
export interface LegalView {
  title: string;
  /** Paragraphs, each a list of lines (kept as the admin broke them). */
  paragraphs: string[][];
  /** `lang` of the text when it is not in the interface language (a German-only Impressum in English). */
  lang: string | null;
}

/**
 * The text to show: the admin's in the interface language, else the admin's in the other language
 * (a legal text in German beats a generic one in English), else the site's default.
 */
export function presentLegal(
  title: string,
  texts: { own: string | null; other: string | null; fallback: string },
  language: Language,
  other: Language,
): LegalView {
  const chosen = texts.own ?? texts.other ?? texts.fallback;
  const lang = texts.own === null && texts.other !== null ? other : null;
  const paragraphs = chosen
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  return { title, paragraphs, lang: lang === language ? null : lang };
}
