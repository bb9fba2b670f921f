import { elementToText, htmlToText, parseFragment } from '../sanitize/index.ts';
import { all, classAndId, closest, detach, first, textOf } from './dom.ts';
import { CREDIT_CLASS, CREDIT_LINE } from './patterns.ts';

// A credit is a line; a longer text is a caption that describes the picture.
const MAX_CREDIT = 150;
const PICTURE = 'img, picture, svg, video, canvas';
// A picture's wrapper holds the picture, a caption and a credit, not the article.
const MAX_WRAPPER_TEXT = 600;
const CONTAINERS = new Set(['BODY', 'MAIN', 'ARTICLE', 'SECTION']);

/** Whether an element sits by a picture: in its figure, or in a small wrapper that holds the picture. */
function byPicture(el: Element): boolean {
  const figure = closest(el, 'figure');
  if (figure) return Boolean(first(figure, PICTURE));
  const wrapper = el.parentElement;
  return Boolean(wrapper && !CONTAINERS.has(wrapper.tagName) && textOf(wrapper).length <= MAX_WRAPPER_TEXT && first(wrapper, PICTURE));
}

/**
 * Removes the credits of pictures ("Foto: dpa", "Credit: Getty Images", "(AP Photo/Jane Doe)",
 * `<span class="credit">`), whether they stand alone or inside a caption; the caption that describes
 * the picture stays. A credit names the owner of an image and reads as a stray line in the text.
 */
export function removePictureCredits(doc: Document): void {
  if (!doc.body) return;
  const captions: Element[] = [];
  for (const el of all(doc.body, 'figcaption, [class], [id]')) {
    const names = classAndId(el);
    if (el.tagName === 'FIGCAPTION' || names.includes('caption')) captions.push(el);
    if (el.parentNode && CREDIT_CLASS.test(names) && textOf(el).length <= MAX_CREDIT && byPicture(el)) detach(el);
  }
  for (const caption of captions) {
    if (!caption.parentNode) continue;
    for (const el of [caption, ...all(caption, '*')]) {
      if (!el.parentNode || first(el, 'p, div, figcaption')) continue;
      const text = textOf(el);
      if (text.length > 0 && text.length <= MAX_CREDIT && CREDIT_LINE.test(text) && byPicture(el)) detach(el);
    }
  }
}

/** class/id words of picture captions (the element that says what a picture shows). */
const CAPTION_CLASS = /caption|bildunterschrift|bildtext|bild-?beschreibung|image-?(?:text|description)|legende\b/;
const MAX_CAPTION = 600;

/**
 * Marks the captions a page writes as styled blocks (`<div class="caption">`, `<p class="bildunterschrift">`)
 * beside a picture as what they are, `<figcaption>`: sanitising keeps no classes, and only a marked
 * caption can be told from the article's paragraphs afterwards (see {@link articleText}).
 */
export function markPictureCaptions(doc: Document): void {
  if (!doc.body) return;
  for (const el of all(doc.body, '[class], [id]')) {
    // The class test first: it rules out nearly every element, and `closest` walks all ancestors.
    if (!CAPTION_CLASS.test(classAndId(el)) || el.tagName === 'FIGCAPTION' || !el.parentNode || closest(el, 'figcaption')) continue;
    const text = textOf(el);
    if (text.length === 0 || text.length > MAX_CAPTION || first(el, PICTURE) || !byPicture(el)) continue;
    const caption = doc.createElement('figcaption');
    caption.append(...Array.from(el.childNodes));
    el.replaceWith(caption);
  }
}

// A caption of this many words is a sentence saying what the picture shows; a shorter one is a label
// ("Abb. 2: Lageplan", a product, a name) that the text may refer to.
const DESCRIPTIVE_WORDS = 8;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * The plain text of the article's (sanitised) HTML: figure captions that describe their picture in a
 * sentence are left out. They tell what a photo shows, not what the article says, and in `text` they
 * would feed search, quotes and entities as if they were article prose; the HTML keeps them under
 * their pictures. Media blocks (`figure[data-media]`) are left to the text step, which skips them
 * whole. One parse serves both the caption check and the text walk.
 */
export function articleText(html: string): string {
  if (!html.includes('<figcaption')) return htmlToText(html);
  const body = parseFragment(html);
  for (const caption of all(body, 'figcaption')) {
    if (closest(caption, 'figure')?.hasAttribute('data-media')) continue;
    if (wordCount(textOf(caption)) < DESCRIPTIVE_WORDS) continue;
    detach(caption);
  }
  return elementToText(body);
}
