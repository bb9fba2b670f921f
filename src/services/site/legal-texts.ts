import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { Database } from '../../store/schema.ts';
import { deleteSetting, getSetting, setSetting } from '../../store/index.ts';

/** The legal pages a German site must have: the Impressum (§ 5 DDG) and the privacy notice (Art. 13 GDPR). */
export const LEGAL_PAGES = ['impressum', 'datenschutz'] as const;
/** One of the legal pages. */
export type LegalPage = (typeof LEGAL_PAGES)[number];
/** The languages a legal text can be given in. */
export const LEGAL_LANGUAGES = ['de', 'en'] as const;
/** Longest legal text accepted, in characters. */
export const LEGAL_TEXT_MAX = 100_000;

const legalInput = z.object({
  page: z.enum(LEGAL_PAGES),
  language: z.enum(LEGAL_LANGUAGES),
  // Plain text: blank lines separate paragraphs. Markup is shown as text, never interpreted.
  text: z.string().max(LEGAL_TEXT_MAX),
});

/** The settings key of a legal text. */
function legalKey(page: LegalPage, language: string): string {
  return `legal.${page}.${language}`;
}

/**
 * Sets the text of a legal page in one language (plain text, paragraphs separated by blank lines);
 * an empty text removes it, so the site's default shows again. Bad input is AppError('settings',
 * 'bad_legal_text') and changes nothing.
 */
export async function setLegalText(
  deps: { db: Kysely<Database>; clock: Clock },
  input: { page: string; language: string; text: string },
): Promise<{ page: LegalPage; language: string; cleared: boolean }> {
  const parsed = legalInput.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    throw new AppError('settings', 'bad_legal_text', `the legal text was not changed (${problems})`);
  }
  const { page, language } = parsed.data;
  const text = parsed.data.text.replace(/\r\n?/g, '\n').trim();
  if (!text) {
    await deleteSetting(deps.db, legalKey(page, language));
    return { page, language, cleared: true };
  }
  await setSetting(deps.db, legalKey(page, language), text, deps.clock.now());
  return { page, language, cleared: false };
}

/** The stored text of a legal page in a language, or null when the admin has not given one. */
export function getLegalText(db: Kysely<Database>, page: LegalPage, language: string): Promise<string | null> {
  return getSetting(db, legalKey(page, language));
}
