// Patterns that recognise page furniture by principle (class/id words, roles, box headings), shared by
// the boilerplate and media steps. German and English, since our publishers write both.

/**
 * class/id words of boxes that are never article text: consent (GDPR, German DSGVO), newsletter, sharing,
 * related, comments, ads. "promoted" is not "promo": content systems flag the article itself as promoted
 * to the front page.
 */
export const BOILERPLATE_CLASS = new RegExp(
  [
    'cookie', 'consent', 'gdpr', 'dsgvo', '\\bcmp\\b', 'newsletter', 'subscribe', '\\babo-?(?:box|teaser|hinweis|promo)',
    'share', 'sharing', 'shariff', 'social', 'teilen', 'related', 'recommend', 'empfehl', 'outbrain', 'taboola',
    'comment(?!ary)', 'kommentar', 'disqus', 'discussion', 'leserbrief',
    'author-?box', 'autor(?:en)?-?box', 'about-?(?:the-?)?author', 'author-?(?:bio|info|profile|card)',
    'breadcrumb', '\\bads?\\b', '\\bad-', '-ad\\b', 'advert', 'anzeige', 'sponsor', 'promo(?!ted)', 'paywall',
    'read-?more', 'weiterlesen', 'more-?(?:articles|stories|news)', 'mehr-?zum-?thema', 'lesen-?sie-?auch',
    'auch-?interessant', 'most-?read', 'meistgelesen', 'popular', 'trending', 'sidebar', 'toolbar', 'popup', 'modal',
  ].join('|'),
);

/**
 * class/id words of a live ticker or live blog ("live-match-comment", "liveticker-entry"): its entries
 * are the article, even where a class calls them comments.
 */
export const LIVE_CLASS = /(?:^|[\s_-])live(?:[\s_-]|$)|live-?(?:ticker|blog|match|feed|coverage)|liveticker|liveblog|ticker-?(?:entry|eintrag|item|post)/;

/** ARIA roles of page furniture. */
export const BOILERPLATE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
]);

/** Elements that are furniture by their tag. */
export const BOILERPLATE_TAGS = 'nav, footer, aside, header, form, dialog, button, select, input, textarea';

/** Headings of teaser and furniture boxes ("Lesen Sie auch", "Mehr zum Thema", "Related"…). */
export const BOX_HEADING = /^(?:lesen sie (?:auch|mehr)|mehr zum thema|mehr dazu|mehr themen|mehr zu\b|zum weiterlesen|weiterführende links?|weitere (?:beiträge|tipps|tourentipps|infos|informationen)|entdecke (?:weitere|mehr)|das könnte (?:dich|sie) (?:auch )?interessieren|vorschau auf den nächsten|à lire aussi|lire aussi|lea (?:también|más)|vea también|le puede interesar|leggi anche|czytaj (?:też|także)|auch interessant|das könnte sie (?:auch )?interessieren|weitere (?:artikel|themen|nachrichten|meldungen)|verwandte (?:artikel|themen)|meistgelesen|am meisten gelesen|top-?themen|empfehlungen|newsletter|kommentare|leserkommentare|diskussion|teilen|artikel teilen|über (?:den|die) autor(?:in)?|zum autor|zur autorin|read (?:more|also|next)|related(?: articles| stories| content| coverage)?|more (?:on this|from|stories|news)|you (?:may|might) also like|recommended|most (?:read|popular)|trending|comments|share(?: this)?(?: article| story)?|about the author|sign up|subscribe)\b/i;

/** A paragraph that is only a pointer to another article ("Lesen Sie auch: …", "Read more: …"). */
export const TEASER_PREFIX = /^(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|zum weiterlesen|weiterführender? links?|das könnte (?:dich|sie)|à lire aussi|lire aussi|lea(?: también| más)?(?=\s*:)|vea también|puedes ver|le puede interesar|mir[ae](?=\s*:)|leggi anche|czytaj (?:też|także)|dowiedz się więcej|mehr dazu|auch interessant|siehe auch|zum thema|passend dazu|read (?:more|also)|related|see also|see more|don['’]t miss|more on this|also read)\b\s*[:\-–—|»>]?/i;

/** Links that lead away to the full text or elsewhere ("Gesamten Artikel lesen", "Continue reading"). */
export const READ_ON_LINK = /^(?:(?:den |die )?(?:gesamten?|ganzen?|kompletten?|vollständigen?) (?:artikel|text|beitrag) (?:lesen|anzeigen)|(?:zum|zur) (?:vollständigen |ganzen )?(?:artikel|beitrag|text)|weiterlesen|mehr lesen|artikel lesen|read (?:the )?(?:full|whole|entire) (?:article|story)|continue reading|read more|keep reading)\s*[.…›»>→]*$/i;

/**
 * Lines that only say who wrote, when, or how long it takes to read; also a short line that names the
 * author or agency before its date ("The Associated Press Published Monday, November 18, 2019").
 */
export const META_LINE = /^(?:(?:von|by|text|autor(?:in)?|author)\s*:?\s+\S|(?:veröffentlicht|aktualisiert|published|updated|stand)\b|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|january|february|march|april|may|june|july|august|september|october|november|december)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|vor \d+ (?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|lesezeit|\d+\s*min(?:\.|uten)? (?:lesezeit|read)|\d+ min read|^.{0,60}\b(?:published|updated|posted|veröffentlicht|aktualisiert)\b:?\s+(?:on |am )?(?:[a-zäöü]+\.?,?\s+){0,2}\d{1,4}\b)/i;

/** Copyright and rights lines. */
export const RIGHTS_LINE = /^(?:©|\(c\)|copyright\b)|all rights (?:are )?reserved|alle rechte vorbehalten|\bis the copyrighted property of\b|written permission must be obtained|^nachdruck(?: und vervielfältigung)? nur mit (?:schriftlicher )?(?:genehmigung|erlaubnis)/i;

/** class/id/data words of video and audio players and teasers. */
export const MEDIA_HINT = /video|audio|player|podcast|mediathek|clip|\bmedia\b|jwplayer|brightcove|youtube|vimeo|vjs/;

/** A clock duration as shown on video teasers ("18:17", "1:02:33"), not a time of day ("10:30 Uhr"). */
export const DURATION_TEXT = /(?:^|\s)((?:\d{1,2}:)?\d{1,2}:\d{2})(?:\s*(?:min\.?|minuten|minutes))?(?!\s*uhr)(?=\s|$)/i;

/** class/id words of pull quotes. */
export const PULL_QUOTE_CLASS = /quote|zitat|citation|pull/;

/** class/id/itemprop words of a dek / standfirst. */
export const LEAD_CLASS = /\b(?:lead|lede|intro|dek|standfirst|teaser-?text|summary|subtitle|abstract|vorspann|kurztext|(?:article|post|entry|story)-?description|article-?teaser)\b/;

/** src of player iframes (video and audio hosts, generic embed/player paths). */
export const PLAYER_IFRAME = /youtube(?:-nocookie)?\.com\/embed|youtu\.be|player\.vimeo\.com|dailymotion\.com\/embed|soundcloud\.com\/player|open\.spotify\.com\/embed|podigee|letscast|audioboom|podcasts\.apple|brightcove|jwplayer|jwplatform|kaltura|glomex|mediathek|\/(?:player|embed)\/.*(?:video|audio)|\/(?:video|audio|podcast)s?\/.*(?:embed|player)/i;

/** src of audio players among the player iframes. */
export const AUDIO_IFRAME = /soundcloud|spotify|podigee|letscast|audioboom|podcast|\/audio/i;

/** class/id words of picture credits. */
export const CREDIT_CLASS = /credit|copyright|bildquelle|image-?source|photo-?source|fotograf|photographer|\bquelle\b/;

/** A picture credit: "Foto: …", "Credit: …", "© …", "Photograph by …", an agency or stock name alone. */
export const CREDIT_LINE = /^(?:\(?(?:foto|fotos|bild|bilder|titelbild|photo|photos|credit|credits|crédits? photos?|image|images|bildquelle|bildrechte|quelle|source|copyright)\s*[:©/]|©|\(c\)\s|photo(?:graph)? by\b|foto von\b|credit\b|(?:image|photo|picture|foto|bild) (?:copyright|credit|rechte)\b)|^\(?(?:getty images|afp|ap photo|reuters|dpa|epa|imago|picture alliance|shutterstock|istock|unsplash)\b[^.]{0,80}\)?$/i;

/**
 * Whole lines that are page furniture, not text: labels ("Anzeige", "Advertisement:"), picture credits
 * ("Foto: …", "Credit: …"), navigation ("zurück zur Übersicht", "Permalink") and prompts to rate, share
 * or comment ("War der Artikel nützlich?", "If you enjoyed this post …"). Tested on short lines only.
 */
export const FURNITURE_LINE = new RegExp(
  [
    '^(?:anzeige|werbung|advert|advertisement|sponsored|publicidad|reklama|permalink|pdf|inhaltsverzeichnis|table of contents|drucken|print|pinnen|nach oben|back to top|caption|close|schließen|skip to (?:main )?content|zum inhalt springen)\\s*:?$',
    '^(?:image|photo|slide|bild|foto) \\d+ (?:of|von|/) \\d+$',
    'this slideshow requires javascript',
    '^(?:tags|schlagwörter|schlagworte)\\b\\s*:?\\s',
    '^(?:autor(?:en|in)?|authors?|tags|schlagwörter|kategorien|categories|credits?|titelbild|bildquelle)\\s*:$',
    '^(?:foto|fotos|bild|bilder|titelbild|titelfoto|photo|photos|credits?|crédits? photos?|image credit|bildquelle|quelle)\\s*[:©]',
    '^(?:photograph(?:ed)? by|photo by|foto von)\\b',
    '^zurück(?: zu[rm]? (?:übersicht|listenansicht|startseite|liste))?$',
    '^(?:lade weitere inhalte|mehr laden|load more|quellen (?:anzeigen|ausblenden)|rezept drucken|artikel drucken)\\s*(?:\\.{3}|…)?$',
    // A box heading left alone after its box went ("Mehr Themen:") introduces nothing of the article.
    '^(?:mehr themen|mehr zum thema|weitere themen|weitere artikel|lesen sie auch|auch interessant|related (?:articles|stories)|more stories)\\s*:?$',
    '^\\(?(?:noch )?keine bewertungen\\)?$',
    '(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)',
    'möchten sie (?:den|diesen) (?:artikel|beitrag) teilen',
    '(?:den|diesen) (?:artikel|beitrag) (?:mit anderen )?(?:teilen|bewerten)',
    'hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten',
    '^kommentare? (?:schreiben|verfassen|anzeigen)$',
    'um (?:einen )?kommentare? (?:zu )?schreiben',
    '^valora esta noticia$',
    '(?:was|is) this (?:article|page|post) helpful',
    'if you (?:enjoyed|liked) (?:reading )?this (?:post|article|story)',
    'we want to hear what you think',
    '^gefällt (?:dir|ihnen) (?:unser|dieser|der|das)',
    // Calls to share, install or join, below English articles.
    'like this (?:story|article)\\?',
    '^click here to (?:get|download|install) (?:the|our)\\b',
    '^join (?:our|the) .{0,40}\\b(?:forums?|community)\\b',
    '^(?:don[\'’]t miss|see more)\\s*:?$',
    // Availability and date lines of the page, not the article: "Video verfügbar bis 28.02.2031",
    // "Erstellt am Dienstag, 6. Mai 2031", "Dieser Text wurde am 3. Mai veröffentlicht".
    '^(?:(?:das |dieses )?(?:video|audio|sendung|beitrag)\\s+)?verfügbar bis (?:zum )?\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|[a-zäöü]+)\\s?\\d{2,4}\\b',
    '^(?:erstellt|veröffentlicht|aktualisiert|zuletzt aktualisiert|geändert|zuletzt geändert) am\\b[^!?]{0,40}\\d{4}(?:,? (?:um )?\\d{1,2}[:.]\\d{2}(?: uhr)?)?$',
    '^dieser (?:text|artikel|beitrag) wurde\\b.{0,40}\\bveröffentlicht\\b',
    // A note that the text is the author's opinion, not the newsroom's.
    '(?:gibt|gibt nur|spiegelt) die (?:persönliche )?meinung (?:des|der) (?:autors|autorin|verfasser|verfasserin|gastautors|gastautorin)\\b',
    '^\\d+ (?:besucher|gäste|user|mitglieder)(?: sind)? online\\b',
    // Picture credits standing alone: "Image copyright Getty Images", "Jane Roe/Getty Images",
    // "John Doe, Associated Press" (a name, then the agency; no sentence).
    '^(?:image|photo|picture|bild|foto)\\s*(?:copyright|credit|source|rechte|quelle)\\b',
    '^[^.!?]{2,60}(?:/|,\\s+)(?:getty images|(?:the )?associated press|ap photo|ap|reuters|afp|dpa|epa|imago(?: images)?|picture alliance|shutterstock|istock(?:photo)?)$',
  ].join('|'),
  'i',
);

/**
 * Calls to follow the publisher or an author elsewhere, or to subscribe to a newsletter, as a whole
 * paragraph ("Follow us on Twitter", "Sign up for our daily newsletter", "Folgen Sie uns auf
 * Instagram", "Abonnieren Sie unseren Newsletter"). Tested on paragraphs of a few lines only.
 */
export const PROMO_LINE = new RegExp(
  [
    '^follow (?:us|me|him|her|@?[\\p{Lu}@][\\p{L}\\p{N}_.]*(?: [\\p{Lu}][\\p{L}.]*){0,2}) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x)\\b',
    '^folgen sie (?:uns|mir|ihm|ihr|@?[\\p{Lu}@][\\p{L}\\p{N}_.]*(?: [\\p{Lu}][\\p{L}.]*){0,2}) (?:auf|bei) (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x)\\b',
    '\\b(?:subscribe|sign up|signup|register) (?:to|for) .{0,80}\\bnewsletters?\\b',
    '^click here to subscribe\\b',
    '\\b(?:in|into|to) your inbox\\b.{0,80}\\b(?:newsletters?|subscribe|sign up|delivered)\\b|\\b(?:newsletters?|subscribe|sign up|get the latest)\\b.{0,80}\\b(?:in|into|to) your inbox\\b',
    '\\b(?:abonnieren sie|bestellen sie|melden sie sich|registrieren sie sich)\\b.{0,60}\\bnewsletter\\b',
    '\\bnewsletter\\b.{0,60}\\b(?:abonnieren|bestellen|anmelden)\\b',
  ].join('|'),
  'iu',
);

// Every branch of PROMO_LINE holds one of these words, under the same flags, so a text without any of
// them cannot match; testing for them first spares most texts the long pattern and its backtracking.
const PROMO_WORDS = /follow|folgen|newsletter|click here|inbox/iu;

/** Whether a text is a promotion line ({@link PROMO_LINE}). */
export function isPromoLine(text: string): boolean {
  return PROMO_WORDS.test(text) && PROMO_LINE.test(text);
}

/** A gallery's slide counter as a whole line: "1/50", "Image 1 of 8", "Bild 3 von 12", "1 / 9". */
export const SLIDE_COUNTER = /^(?:(?:image|photo|picture|slide|bild|foto)\s+)?(\d{1,3})\s*(?:of|von|aus|\/)\s*(?:\/\s*)?(\d{1,3})$/i;

/** class/id words of picture galleries and slideshows. */
export const GALLERY_CLASS = /galler|slideshow|carousel|karussell|galerie|slider|diashow|lightbox/;
