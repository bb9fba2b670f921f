// The stable codes a failed feed refresh is stored with, and their plain-language messages.

/** Every code a failed refresh is stored with; `http_<status>` covers the HTTP errors without a code of their own. */
export type FeedErrorCode =
  | 'timeout'
  | 'dns'
  | 'tls'
  | 'network'
  | 'too_large'
  | 'too_many_redirects'
  | 'blocked_address'
  | 'invalid_url'
  | 'not_a_feed'
  | 'parse_error'
  | 'gone'
  | 'internal'
  | `http_${number}`;

/** The languages the messages exist in. */
export type FeedErrorLanguage = 'de' | 'en';

const MESSAGES: Record<string, Record<FeedErrorLanguage, string>> = {
  timeout: { de: 'Der Server hat nicht rechtzeitig geantwortet.', en: 'The server did not answer in time.' },
  dns: { de: 'Der Servername wurde nicht gefunden.', en: 'The server name could not be found.' },
  tls: { de: 'Die sichere Verbindung ist gescheitert (Zertifikat).', en: 'The secure connection failed (certificate).' },
  network: { de: 'Die Verbindung zum Server ist gescheitert.', en: 'The connection to the server failed.' },
  too_large: { de: 'Der Feed ist größer als erlaubt.', en: 'The feed is larger than allowed.' },
  too_many_redirects: { de: 'Zu viele Weiterleitungen.', en: 'Too many redirects.' },
  blocked_address: {
    de: 'Die Adresse zeigt in ein internes Netz und wird nicht abgerufen.',
    en: 'The address points into a private network and is not fetched.',
  },
  invalid_url: { de: 'Die Adresse des Feeds ist ungültig.', en: 'The feed address is not valid.' },
  not_a_feed: { de: 'Unter der Adresse liegt kein Feed.', en: 'The address does not hold a feed.' },
  parse_error: { de: 'Der Feed ist so beschädigt, dass er nicht gelesen werden kann.', en: 'The feed is too damaged to be read.' },
  gone: {
    de: 'Der Feed wurde vom Verlag entfernt (HTTP 410); er wird nicht mehr abgerufen.',
    en: 'The publisher removed the feed (HTTP 410); it is no longer fetched.',
  },
  internal: { de: 'Interner Fehler beim Aktualisieren.', en: 'Internal error while refreshing.' },
  http_401: { de: 'Der Feed verlangt eine Anmeldung (HTTP 401).', en: 'The feed requires a login (HTTP 401).' },
  http_403: { de: 'Der Server verweigert den Zugriff (HTTP 403).', en: 'The server refuses access (HTTP 403).' },
  http_404: { de: 'Der Feed wurde nicht gefunden (HTTP 404).', en: 'The feed was not found (HTTP 404).' },
  http_429: {
    de: 'Der Server bittet, seltener abzurufen (HTTP 429).',
    en: 'The server asks to be polled less often (HTTP 429).',
  },
};

/** The plain-language message for a stored error code, in German or English; unknown codes are named as such. */
export function feedErrorMessage(code: string, language: FeedErrorLanguage): string {
  const known = MESSAGES[code];
  if (known) return known[language];
  const status = /^http_(\d{3})$/.exec(code)?.[1];
  if (status && status.startsWith('5')) {
    return language === 'de'
      ? `Der Server hat einen Fehler gemeldet (HTTP ${status}).`
      : `The server reported an error (HTTP ${status}).`;
  }
  if (status) return language === 'de' ? `Der Server hat mit HTTP ${status} geantwortet.` : `The server answered HTTP ${status}.`;
  return language === 'de' ? `Unbekannter Fehler (${code}).` : `Unknown error (${code}).`;
}

/** The code for an HTTP answer that is no success: 410 is `gone`, everything else `http_<status>`. */
export function httpErrorCode(status: number): FeedErrorCode {
  return status === 410 ? 'gone' : `http_${status}`;
}
