import type { Kysely } from 'kysely';
import type { DisplayPolicy } from '../../domain/read-models.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { DEFAULT_DISPLAY_POLICY_KEY, getSetting, setSetting, type Database } from '../../store/index.ts';
import { audit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/deps.ts';
import { getLegalText, LEGAL_LANGUAGES, LEGAL_PAGES, LEGAL_TEXT_MAX, setLegalText, type LegalPage } from '../site/legal-texts.ts';

/**
 * The site settings the admin edits in the browser. They are stored in `settings` and laid over the
 * values from the environment: at start (applyStoredSiteSettings) and in the serving process at once
 * when saved; other processes see them after their next start.
 */
export interface SiteSettings {
  siteName: string;
  footerText: string;
  defaultLanguage: 'de' | 'en';
  /** Articles per list page. */
  pageSize: number;
  /** The display policy a new source starts with. */
  displayDefault: DisplayPolicy;
}

/** The live site configuration the settings are applied to (the site reads it on every request). */
export interface SiteSettingsTarget {
  siteName: string;
  footerText: string;
  defaultLanguage: 'de' | 'en';
  pageSize?: number;
}

/** The settings form as typed: every field text; legal texts by `page.language`. */
export interface SettingsInput {
  siteName: string;
  footerText: string;
  defaultLanguage: string;
  pageSize: string;
  displayDefault: string;
  legal: Partial<Record<`${LegalPage}.${'de' | 'en'}`, string>>;
}

const KEYS = { siteName: 'site.name', footerText: 'site.footer', defaultLanguage: 'site.language', pageSize: 'site.page_size' } as const;
const POLICIES: readonly DisplayPolicy[] = ['full', 'excerpt', 'headline'];
const NAME_MAX = 80;
const FOOTER_MAX = 500;
const PAGE_SIZE_MIN = 5;
const PAGE_SIZE_MAX = 100;
const DEFAULT_PAGE_SIZE = 20;

function invalid(message: string): AppError {
  return new AppError('services', 'invalid_input', message);
}

/** Every legal text key of the form (`impressum.de` …). */
export const LEGAL_FIELDS = LEGAL_PAGES.flatMap((page) => LEGAL_LANGUAGES.map((language) => `${page}.${language}` as const));

/** The settings as they are now: the stored ones over the live configuration. */
export async function readSiteSettings(db: Kysely<Database>, live: SiteSettingsTarget): Promise<SiteSettings & { legal: Record<string, string> }> {
  const [policy, ...legal] = await Promise.all([
    getSetting(db, DEFAULT_DISPLAY_POLICY_KEY),
    ...LEGAL_FIELDS.map((field) => {
      const [page, language] = field.split('.') as [LegalPage, string];
      return getLegalText(db, page, language);
    }),
  ]);
  return {
    siteName: live.siteName,
    footerText: live.footerText,
    defaultLanguage: live.defaultLanguage,
    pageSize: live.pageSize ?? DEFAULT_PAGE_SIZE,
    displayDefault: (POLICIES as readonly string[]).includes(policy ?? '') ? (policy as DisplayPolicy) : 'full',
    legal: Object.fromEntries(LEGAL_FIELDS.map((field, i) => [field, legal[i] ?? ''])),
  };
}

/** Lays the stored settings over the configuration from the environment; call once at start. */
export async function applyStoredSiteSettings(db: Kysely<Database>, target: SiteSettingsTarget): Promise<void> {
  const [name, footer, language, pageSize] = await Promise.all(Object.values(KEYS).map((key) => getSetting(db, key)));
  if (name) target.siteName = name;
  if (footer !== null && footer !== undefined) target.footerText = footer;
  if (language === 'de' || language === 'en') target.defaultLanguage = language;
  const size = Number(pageSize);
  if (pageSize && Number.isInteger(size) && size >= PAGE_SIZE_MIN && size <= PAGE_SIZE_MAX) target.pageSize = size;
}

function check(input: SettingsInput): SiteSettings {
  const siteName = input.siteName.replace(/\s+/g, ' ').trim();
  if (!siteName) throw invalid('the site name must not be empty');
  if ([...siteName].length > NAME_MAX) throw invalid(`the site name must not be longer than ${NAME_MAX} characters`);
  const footerText = input.footerText.replace(/\s+/g, ' ').trim();
  if ([...footerText].length > FOOTER_MAX) throw invalid(`the footer must not be longer than ${FOOTER_MAX} characters`);
  if (input.defaultLanguage !== 'de' && input.defaultLanguage !== 'en') throw invalid(`"${input.defaultLanguage}" is no interface language (de, en)`);
  const pageSize = Number(input.pageSize);
  if (!/^\d+$/.test(input.pageSize.trim()) || pageSize < PAGE_SIZE_MIN || pageSize > PAGE_SIZE_MAX) {
    throw invalid(`articles per page must be a whole number from ${PAGE_SIZE_MIN} to ${PAGE_SIZE_MAX}`);
  }
  if (!(POLICIES as readonly string[]).includes(input.displayDefault)) throw invalid(`"${input.displayDefault}" is no display policy (full, excerpt, headline)`);
  for (const [field, text] of Object.entries(input.legal)) {
    if (!(LEGAL_FIELDS as readonly string[]).includes(field)) throw invalid(`"${field}" is no legal page`);
    if ((text ?? '').length > LEGAL_TEXT_MAX) throw invalid(`the text of ${field} must not be longer than ${LEGAL_TEXT_MAX} characters`);
  }
  return { siteName, footerText, defaultLanguage: input.defaultLanguage, pageSize, displayDefault: input.displayDefault as DisplayPolicy };
}

/**
 * Checks and saves the settings and the legal texts in one transaction, writes the audit log, and
 * applies them to the live configuration. Bad input is AppError('services', 'invalid_input') and
 * changes nothing.
 */
export async function saveSiteSettings(
  deps: { db: Kysely<Database>; clock: Clock },
  input: SettingsInput,
  live: SiteSettingsTarget,
  actor: Actor,
): Promise<SiteSettings> {
  const settings = check(input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await setSetting(trx, KEYS.siteName, settings.siteName, now);
    await setSetting(trx, KEYS.footerText, settings.footerText, now);
    await setSetting(trx, KEYS.defaultLanguage, settings.defaultLanguage, now);
    await setSetting(trx, KEYS.pageSize, String(settings.pageSize), now);
    await setSetting(trx, DEFAULT_DISPLAY_POLICY_KEY, settings.displayDefault, now);
    const changedLegal: string[] = [];
    for (const [field, text] of Object.entries(input.legal)) {
      const [page, language] = field.split('.') as [string, string];
      const before = (await getLegalText(trx, page as LegalPage, language)) ?? '';
      const result = await setLegalText({ db: trx, clock: deps.clock }, { page, language, text: text ?? '' });
      if (before !== (result.cleared ? '' : (text ?? '').replace(/\r\n?/g, '\n').trim())) changedLegal.push(field);
    }
    const detail = `name=${settings.siteName} language=${settings.defaultLanguage} page_size=${settings.pageSize} display=${settings.displayDefault} legal=${changedLegal.join(',') || '-'}`;
    await audit(trx, deps.clock, actor, 'settings.edit', 'site', detail);
  });
  live.siteName = settings.siteName;
  live.footerText = settings.footerText;
  live.defaultLanguage = settings.defaultLanguage;
  live.pageSize = settings.pageSize;
  return settings;
}
