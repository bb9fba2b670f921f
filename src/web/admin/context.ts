import type { AccountDeps } from '../../services/accounts/deps.ts';
import type { ActiveSession, LoginLimits, SessionLimits } from '../../services/accounts/sessions.ts';
import type { IngestDeps } from '../../services/deps.ts';
import type { SiteDeps } from '../context.ts';
import type { AdminMessages } from './i18n/index.ts';

/** What the admin area needs besides the public site: accounts, the ingest services, and how it is reached. */
export interface AdminOptions {
  accounts: AccountDeps;
  /** For discovery and subscribing (the same use cases the CLI's `feeds add` calls). */
  ingest: IngestDeps;
  /** The site's public URL; when it is https, the session cookie is always `Secure`. */
  publicUrl: string | null;
  /** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy (PRESSESCHAU_TRUST_PROXY). */
  trustProxy: boolean;
  loginLimits?: LoginLimits;
  sessionLimits?: SessionLimits;
}

/** What the admin routes get: the admin options and the public site's config, logger and clock. */
export interface AdminDeps extends AdminOptions {
  site: Pick<SiteDeps, 'config' | 'logger' | 'clock'>;
}

/** Per-request state of the admin area, set by its gate middleware. */
export interface AdminRequest {
  /** The logged-in session, or null. */
  session: ActiveSession | null;
  /** The client's address, for the login limit and the audit log. */
  address: string;
  /** Whether the request came over HTTPS (directly, by the public URL, or by a trusted proxy). */
  secure: boolean;
  messages: AdminMessages;
}

declare module 'hono' {
  /** The admin area keeps its per-request state in `c.get('admin')`. */
  interface ContextVariableMap {
    admin: AdminRequest;
  }
}
