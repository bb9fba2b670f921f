import type { RenderContext } from '../site.ts';
import { escapeHtml } from '../../util/html.ts';

/** Site name, used in titles, JSON-LD and the logo. */
export const RUNDSCHAU_NAME = 'Nordstädter Rundschau';
/** The site's colour. */
export const RUNDSCHAU_COLOR = '#8b1a1a';

const SECTIONS: Array<[string, string]> = [
  ['lokales/', 'Lokales'],
  ['politik/', 'Politik'],
  ['wirtschaft/', 'Wirtschaft'],
  ['sport/', 'Sport'],
  ['kultur/', 'Kultur'],
  ['wissenschaft/', 'Wissenschaft'],
];

const SERVICE_LINKS = [
  'Nordstadt', 'Umland', 'Polizeimeldungen', 'Verkehr', 'Wetter', 'Veranstaltungen', 'Traueranzeigen',
  'Immobilien', 'Stellenmarkt', 'E-Paper', 'Abo', 'Leserreisen',
];

const FOOTER_LINKS = [
  'Impressum', 'Datenschutz', 'AGB', 'Kontakt', 'Mediadaten', 'Anzeigen aufgeben', 'Abo-Service', 'Leserbriefe',
  'Karriere', 'Barrierefreiheit', 'Nutzungsbedingungen', 'Cookie-Einstellungen', 'Widerruf Tracking', 'RSS-Feeds',
  'Newsletter', 'Archiv', 'Redaktion', 'Jugendschutz', 'Transparenz', 'Hilfe & FAQ',
];

/** External service links point to a reserved domain so they never resolve. */
function serviceUrl(label: string): string {
  const slug = label.toLowerCase().replace(/ä/g, 'ae').replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/[^a-z0-9]+/g, '-');
  return `https://service.nordstaedter-rundschau.example/${slug}`;
}

/** The consent dialog every page opens with. */
export function cookieBanner(): string {
  return `
<div id="cmp-banner" class="cmp-banner consent" role="dialog" aria-modal="true" aria-labelledby="cmp-title">
  <div class="cmp-banner__inner">
    <h2 id="cmp-title">Wir respektieren Ihre Privatsphäre</h2>
    <p>Wir und unsere 147 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, etwa Cookies,
    und verarbeiten personenbezogene Daten wie eindeutige Kennungen, um Anzeigen und Inhalte zu personalisieren,
    Reichweite zu messen und unser Angebot zu verbessern. Mit „Alle akzeptieren“ stimmen Sie dem zu. Ihre Auswahl
    können Sie jederzeit unter „Cookie-Einstellungen“ im Seitenfuß ändern.</p>
    <div class="cmp-banner__buttons">
      <button type="button" class="cmp-accept" data-cmp-action="accept-all">Alle akzeptieren</button>
      <button type="button" class="cmp-settings" data-cmp-action="settings">Einstellungen</button>
      <a href="${serviceUrl('Datenschutz')}">Datenschutzerklärung</a>
    </div>
  </div>
</div>`;
}

/** Logo, service bar and the big section navigation. */
export function siteHeader(ctx: RenderContext): string {
  const sections = SECTIONS.map(([path, label]) => `<li class="nav__item"><a href="${ctx.root}${path}">${label}</a></li>`).join('\n        ');
  const services = SERVICE_LINKS.map((l) => `<li><a href="${serviceUrl(l)}">${escapeHtml(l)}</a></li>`).join('');
  return `
<div class="topbar"><span class="topbar__weather">Nordstadt 11 °C, bewölkt</span> <a href="${serviceUrl('E-Paper')}">E-Paper</a> | <a href="${serviceUrl('Abo')}">Abo</a> | <a href="${serviceUrl('Login')}">Anmelden</a></div>
<header class="site-header">
  <a class="site-header__logo" href="${ctx.root}"><img src="${ctx.root}bilder/logo.svg" alt="${RUNDSCHAU_NAME}" width="300" height="30"></a>
  <nav class="nav nav--main" aria-label="Hauptnavigation">
    <ul class="nav__list">
        <li class="nav__item"><a href="${ctx.root}">Startseite</a></li>
        ${sections}
    </ul>
    <ul class="nav__services">${services}</ul>
  </nav>
  <form class="site-search" action="${serviceUrl('Suche')}" method="get"><input type="search" name="q" placeholder="Suchbegriff"><button>Suchen</button></form>
</header>
<div class="ad-slot ad-slot--billboard" id="ad-billboard"><span class="ad-slot__label">Anzeige</span></div>`;
}

/** The footer with its many service links. */
export function siteFooter(ctx: RenderContext): string {
  const links = FOOTER_LINKS.map((l) => `<li><a href="${serviceUrl(l)}">${escapeHtml(l)}</a></li>`).join('\n      ');
  return `
<footer class="site-footer">
  <div class="site-footer__cols">
    <ul class="site-footer__links">
      ${links}
    </ul>
    <p class="site-footer__feeds"><a href="${ctx.root}rss/alle.xml">RSS: Alle Meldungen</a> · <a href="${ctx.root}rss/lokales.xml">RSS: Lokales</a></p>
  </div>
  <p class="site-footer__copy">© ${ctx.now.getUTCFullYear()} Nordstädter Rundschau Verlagsgesellschaft mbH &amp; Co. KG · Alle Rechte vorbehalten</p>
</footer>`;
}

/** The document head shared by all pages; the page declares ISO-8859-1 like the old CMS it imitates. */
export function documentHead(ctx: RenderContext, p: { title: string; description: string; canonical: string; extra?: string }): string {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} | ${RUNDSCHAU_NAME}</title>
<meta name="description" content="${escapeHtml(p.description)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="${escapeHtml(p.canonical)}">
<link rel="alternate" type="application/rss+xml" title="${RUNDSCHAU_NAME} – Alle Meldungen" href="${ctx.origin}${ctx.root}rss/alle.xml">
<link rel="icon" href="${ctx.root}bilder/logo.svg">
${p.extra ?? ''}
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"site":"nr","env":"prod"});</script>
<style>
body{font-family:Georgia,serif;margin:0;color:#222}.site-header,.site-footer,main{max-width:1100px;margin:0 auto;padding:0 1rem}
.cmp-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid ${RUNDSCHAU_COLOR};padding:1rem;z-index:9}
.nav__list,.nav__services,.share-bar ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0}
.read-also,.author-box,.comments{background:#f4efe9;padding:1rem;margin:1.5rem 0}.sidebar{font-size:.9rem}
.ad-slot{background:#eee;min-height:90px;text-align:center;color:#999;font-size:.7rem}
</style>
</head>`;
}
