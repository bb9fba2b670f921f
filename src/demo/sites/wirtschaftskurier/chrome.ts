import type { RenderContext } from '../site.ts';
import { escapeHtml } from '../../util/html.ts';

/** Site name. */
export const KURIER_NAME = 'Wirtschaftskurier';

const NAV: Array<[string, string]> = [
  ['wirtschaft/', 'Unternehmen & Märkte'],
  ['politik/', 'Wirtschaftspolitik'],
  ['wissenschaft/', 'Technologie'],
  ['kultur/', 'Leben & Stil'],
];

/** A UTF-8 head in the style of a WordPress theme. */
export function kurierHead(ctx: RenderContext, p: { title: string; description: string; canonical: string; jsonLd?: string }): string {
  return `<!DOCTYPE html>
<html lang="de-DE">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>${escapeHtml(p.title)} | ${KURIER_NAME}</title>
	<meta name="description" content="${escapeHtml(p.description)}">
	<link rel="canonical" href="${escapeHtml(p.canonical)}">
	<link rel="alternate" type="application/rss+xml" title="${KURIER_NAME} &raquo; Feed" href="${ctx.origin}${ctx.root}feed/">
	<link rel="stylesheet" id="wk-theme-css" href="${ctx.root}static/theme.css?ver=6.4.2" media="all">
	<meta name="generator" content="WordPress 6.4.2">
	${p.jsonLd ?? ''}
	<style id="wk-inline-css">.wk-cookie{position:fixed;inset:auto 0 0 0;background:#10243e;color:#fff;padding:1rem}
	.wk-infobox{border:1px solid #c9a227;padding:1rem;margin:1.5rem 0}.wk-related{background:#f2f5f8;padding:1rem}
	body{font-family:"Source Serif",Georgia,serif;margin:0}main,header,footer,nav.breadcrumbs{max-width:980px;margin:0 auto;padding:0 1rem}
	table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem}</style>
</head>`;
}

/** The cookie notice, bottom bar style. */
export function kurierCookieBanner(): string {
  return `
<div class="wk-cookie cc-window" id="cookie-notice" role="region" aria-label="Cookie-Hinweis">
	<span class="cc-message">Diese Website verwendet Cookies und ähnliche Technologien. Einige sind technisch notwendig, andere helfen uns, das Angebot zu verbessern und Werbung auszuspielen. Weitere Informationen finden Sie in unserer <a href="https://www.wirtschaftskurier.example/datenschutz/">Datenschutzerklärung</a>.</span>
	<a class="cc-btn cc-allow" role="button" tabindex="0" href="#">Akzeptieren</a>
	<a class="cc-btn cc-deny" role="button" tabindex="0" href="#">Nur notwendige</a>
</div>`;
}

/** Logo, market ticker and navigation. */
export function kurierHeader(ctx: RenderContext): string {
  const items = NAV.map(([path, label]) => `<li class="menu-item"><a href="${ctx.root}${path}">${escapeHtml(label)}</a></li>`).join('\n\t\t\t');
  return `
<div class="ticker" aria-hidden="true"><span>NKX 14.812 <b class="up">+0,42 %</b></span> <span>Euro 1,0841 $ <b class="down">-0,11 %</b></span> <span>Brent 78,20 $ <b class="up">+0,9 %</b></span></div>
<header id="masthead" class="site-header">
	<p class="site-title"><a href="${ctx.root}" rel="home"><img src="${ctx.root}bilder/logo.svg" alt="${KURIER_NAME}" width="280" height="28"></a></p>
	<nav id="site-navigation" class="main-navigation">
		<ul id="primary-menu" class="menu">
			<li class="menu-item"><a href="${ctx.root}">Start</a></li>
			${items}
			<li class="menu-item"><a href="https://boerse.wirtschaftskurier.example/">Börse</a></li>
			<li class="menu-item"><a href="https://karriere.wirtschaftskurier.example/">Karriere</a></li>
		</ul>
	</nav>
</header>`;
}

/** Footer with the usual legal links. */
export function kurierFooter(ctx: RenderContext): string {
  return `
<footer id="colophon" class="site-footer">
	<ul class="footer-menu">
		<li><a href="https://www.wirtschaftskurier.example/impressum/">Impressum</a></li>
		<li><a href="https://www.wirtschaftskurier.example/datenschutz/">Datenschutz</a></li>
		<li><a href="https://www.wirtschaftskurier.example/agb/">AGB</a></li>
		<li><a href="https://www.wirtschaftskurier.example/mediadaten/">Mediadaten</a></li>
		<li><a href="${ctx.root}feed/">RSS-Feed</a></li>
	</ul>
	<p class="site-info">© ${ctx.now.getUTCFullYear()} ${KURIER_NAME} Verlag GmbH, Elbingen</p>
</footer>`;
}
