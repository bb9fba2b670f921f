import type { RenderContext } from '../site.ts';
import { escapeHtml } from '../../util/html.ts';

/** Site name, used in titles and OpenGraph. */
export const TAGESBLICK_NAME = 'Tagesblick';

const NAV: Array<[string, string]> = [
  ['politik/', 'Politik'],
  ['wirtschaft/', 'Wirtschaft'],
  ['wissenschaft/', 'Wissenschaft'],
  ['kultur/', 'Kultur'],
  ['sport/', 'Sport'],
];

/** Page head with OpenGraph tags; `meta` holds extra tags (article times, section). */
export function tagesblickHead(
  ctx: RenderContext,
  p: { title: string; description: string; canonical: string; image?: string; type: string; meta?: string },
): string {
  return `<!doctype html><html lang="de" class="no-js"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(p.title)} | ${TAGESBLICK_NAME}</title>` +
    `<meta name="description" content="${escapeHtml(p.description)}">` +
    `<link rel="canonical" href="${escapeHtml(p.canonical)}">` +
    `<meta property="og:site_name" content="${TAGESBLICK_NAME}"><meta property="og:locale" content="de_DE">` +
    `<meta property="og:type" content="${p.type}"><meta property="og:title" content="${escapeHtml(p.title)}">` +
    `<meta property="og:description" content="${escapeHtml(p.description)}"><meta property="og:url" content="${escapeHtml(p.canonical)}">` +
    (p.image ? `<meta property="og:image" content="${escapeHtml(p.image)}"><meta name="twitter:card" content="summary_large_image">` : '') +
    (p.meta ?? '') +
    `<link rel="alternate" type="application/atom+xml" title="${TAGESBLICK_NAME} – Schlagzeilen" href="${ctx.origin}${ctx.root}atom.xml">` +
    `<link rel="stylesheet" href="${ctx.root}static/tb-main.css">` +
    `<style>body{font-family:system-ui,sans-serif;margin:0;background:#fafafa}main,header,footer{max-width:960px;margin:0 auto;padding:0 1rem}` +
    `.v-teaser{display:flex;gap:1rem;background:#111;color:#fff;padding:.5rem;margin:1rem 0}.v-teaser a{color:inherit;display:flex;gap:1rem}` +
    `.v-teaser__image{width:240px}.pull-quote{font-size:1.4rem;border-left:4px solid #0a58ca;padding-left:1rem}` +
    `.newsletter-box,.more-on-topic{background:#e8f0fe;padding:1rem;margin:1.5rem 0}.sr-only{position:absolute;left:-9999px}</style>` +
    `<script>document.documentElement.className='js'</script></head>`;
}

/** The slim top header with navigation. */
export function tagesblickHeader(ctx: RenderContext): string {
  const items = NAV.map(([path, label]) => `<li class="nav__item"><a class="nav__link" href="${ctx.root}${path}">${label}</a></li>`).join('');
  return `<a class="skip-link sr-only" href="#content">Zum Inhalt springen</a>` +
    `<header class="masthead"><a class="masthead__logo" href="${ctx.root}" aria-label="${TAGESBLICK_NAME} Startseite"><img src="${ctx.root}bilder/logo.svg" alt="${TAGESBLICK_NAME}" width="240" height="24"></a>` +
    `<nav class="nav" aria-label="Ressorts"><ul class="nav__list"><li class="nav__item"><a class="nav__link" href="${ctx.root}">Startseite</a></li>${items}` +
    `<li class="nav__item"><a class="nav__link" href="https://live.tagesblick.example/">Live</a></li><li class="nav__item"><a class="nav__link" href="https://podcast.tagesblick.example/">Podcasts</a></li></ul></nav>` +
    `<button class="masthead__search" aria-label="Suche öffnen">Suche</button></header>`;
}

/** The footer. */
export function tagesblickFooter(ctx: RenderContext): string {
  const links = ['Impressum', 'Datenschutz', 'Kontakt', 'Barrierefreiheit', 'Werbung', 'Jobs', 'Einwilligungen verwalten']
    .map((l) => `<li><a href="https://www.tagesblick.example/service/${encodeURIComponent(l.toLowerCase())}">${escapeHtml(l)}</a></li>`)
    .join('');
  return `<footer class="footer"><ul class="footer__links">${links}</ul>` +
    `<p class="footer__feeds"><a href="${ctx.root}atom.xml">Atom-Feed</a></p>` +
    `<p class="footer__copy">© ${TAGESBLICK_NAME} ${ctx.now.getUTCFullYear()}</p></footer>`;
}
