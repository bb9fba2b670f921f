import type { Language } from '../../i18n/index.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import type { AdminMessages } from './messages.ts';

export type { AdminMessages } from './messages.ts';

const catalogs: Record<Language, AdminMessages> = { de, en };

/** The admin area's catalog of an interface language. */
export function adminMessagesFor(language: Language): AdminMessages {
  return catalogs[language];
}
