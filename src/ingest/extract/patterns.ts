// Patterns that recognise page furniture by principle (class/id words, roles, box headings), shared by
// the boilerplate and media steps. German and English, since our publishers write both.

/** class/id words of boxes that are never article text: consent, newsletter, sharing, related, comments, ads. */
export const BOILERPLATE_CLASS = new RegExp(
  [
    'cookie', 'consent', 'gdpr', '\\bcmp\\b', 'newsletter', 'subscribe', '\\babo-?(?:box|teaser|hinweis|promo)',
    'share', 'sharing', 'shariff', 'social', 'teilen', 'related', 'recommend', 'empfehl', 'outbrain', 'taboola',
    'comment', 'kommentar', 'disqus', 'discussion', 'leserbrief',
    'author-?box', 'autor(?:en)?-?box', 'about-?(?:the-?)?author', 'author-?(?:bio|info|profile|card)',
    'breadcrumb', '\\bads?\\b', '\\bad-', '-ad\\b', 'advert', 'anzeige', 'sponsor', 'promo', 'paywall',
    'read-?more', 'weiterlesen', 'more-?(?:articles|stories|news)', 'mehr-?zum-?thema', 'lesen-?sie-?auch',
    'auch-?interessant', 'most-?read', 'meistgelesen', 'popular', 'trending', 'sidebar', 'toolbar', 'popup', 'modal',
  ].join('|'),
);

/** ARIA roles of page furniture. */
export const BOILERPLATE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
]);

/** Elements that are furniture by their tag. */
export const BOILERPLATE_TAGS = 'nav, footer, aside, header, form, dialog, button, select, input, textarea';

/** Headings of teaser and furniture boxes ("Lesen Sie auch", "Mehr zum Thema", "Related"…). */
export const BOX_HEADING = /^(?:lesen sie (?:auch|mehr)|mehr zum thema|mehr dazu|auch interessant|das könnte sie (?:auch )?interessieren|weitere (?:artikel|themen|nachrichten|meldungen)|verwandte (?:artikel|themen)|meistgelesen|am meisten gelesen|top-?themen|empfehlungen|newsletter|kommentare|leserkommentare|diskussion|teilen|artikel teilen|über (?:den|die) autor(?:in)?|zum autor|zur autorin|read (?:more|also|next)|related(?: articles| stories| content| coverage)?|more (?:on this|from|stories|news)|you (?:may|might) also like|recommended|most (?:read|popular)|trending|comments|share(?: this)?(?: article| story)?|about the author|sign up|subscribe)\b/i;

/** A paragraph that is only a pointer to another article ("Lesen Sie auch: …", "Read more: …"). */
export const TEASER_PREFIX = /^(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|siehe auch|zum thema|passend dazu|read (?:more|also)|related|see also|more on this|also read)\b\s*[:\-–—|»>]?/i;

/** Links that lead away to the full text or elsewhere ("Gesamten Artikel lesen", "Continue reading"). */
export const READ_ON_LINK = /^(?:(?:den |die )?(?:gesamten?|ganzen?|kompletten?|vollständigen?) (?:artikel|text|beitrag) (?:lesen|anzeigen)|(?:zum|zur) (?:vollständigen |ganzen )?(?:artikel|beitrag|text)|weiterlesen|mehr lesen|artikel lesen|read (?:the )?(?:full|whole|entire) (?:article|story)|continue reading|read more|keep reading)\s*[.…›»>→]*$/i;

/** Lines that only say who wrote, when, or how long it takes to read. */
export const META_LINE = /^(?:(?:von|by|text|autor(?:in)?|author)\s*:?\s+\S|(?:veröffentlicht|aktualisiert|published|updated|stand)\b|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|january|february|march|april|may|june|july|august|september|october|november|december)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|vor \d+ (?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|lesezeit|\d+\s*min(?:\.|uten)? (?:lesezeit|read)|\d+ min read)/i;

/** Copyright and rights lines. */
export const RIGHTS_LINE = /^(?:©|\(c\)|copyright\b)|all rights (?:are )?reserved|alle rechte vorbehalten/i;

/** class/id/data words of video and audio players and teasers. */
export const MEDIA_HINT = /video|audio|player|podcast|mediathek|clip|\bmedia\b|jwplayer|brightcove|youtube|vimeo|vjs/;

/** A clock duration as shown on video teasers ("18:17", "1:02:33"), not a time of day ("10:30 Uhr"). */
export const DURATION_TEXT = /(?:^|\s)((?:\d{1,2}:)?\d{1,2}:\d{2})(?:\s*(?:min\.?|minuten|minutes))?(?!\s*uhr)(?=\s|$)/i;

/** class/id words of pull quotes. */
export const PULL_QUOTE_CLASS = /quote|zitat|citation|pull/;

/** class/id/itemprop words of a dek / standfirst. */
export const LEAD_CLASS = /\b(?:lead|lede|intro|dek|standfirst|teaser-?text|summary|subtitle|abstract|vorspann|kurztext|description|article-?teaser)\b/;

/** src of player iframes (video and audio hosts, generic embed/player paths). */
export const PLAYER_IFRAME = /youtube(?:-nocookie)?\.com\/embed|youtu\.be|player\.vimeo\.com|dailymotion\.com\/embed|soundcloud\.com\/player|open\.spotify\.com\/embed|podigee|letscast|audioboom|podcasts\.apple|brightcove|jwplayer|jwplatform|kaltura|glomex|mediathek|\/(?:player|embed)\/.*(?:video|audio)|\/(?:video|audio|podcast)s?\/.*(?:embed|player)/i;

/** src of audio players among the player iframes. */
export const AUDIO_IFRAME = /soundcloud|spotify|podigee|letscast|audioboom|podcast|\/audio/i;
