import { de } from './de.ts';
import { en } from './en.ts';
import { LANGUAGES, type Language, type Messages } from './messages.ts';

export type { Language, Messages } from './messages.ts';
export { LANGUAGES } from './messages.ts';

const catalogs: Record<Language, Messages> = { de, en };

/** The message catalog of an interface language. */
export function messagesFor(language: Language): Messages {
  return catalogs[language];
}

/** Whether a string names one of the interface languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The other interface language, the target of the language switch. */
export function otherLanguage(language: Language): Language {
  return language === 'de' ? 'en' : 'de';
}

/** Replaces `{name}` placeholders with plain-text values; unknown placeholders stay as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * Splits a template around its placeholders so that views can put elements (a link, a <time>) in
 * their place; text pieces stay strings and are escaped by the renderer.
 */
export function fillParts<T>(template: string, values: Record<string, T>): Array<string | T> {
  const parts: Array<string | T> = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const key = match[1] ?? '';
    if (!(key in values)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(values[key] as T);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}
