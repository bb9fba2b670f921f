import type { DemoImage } from './types.ts';
import { escapeXml } from './util/html.ts';
import { stableHash } from './util/slug.ts';

const WIDTH = 1200;
const HEIGHT = 675;

/** An article picture: a diagonal gradient with a motif whose placement depends on `seed`. */
export function renderArticleSvg(image: DemoImage, seed: string): string {
  const h = stableHash(seed);
  const [from, to] = image.colors;
  return svgDocument(
    image.alt,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
      `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>` +
      motif(image.motif, h),
  );
}

function motif(kind: DemoImage['motif'], h: number): string {
  const x = 200 + (h % 800);
  const y = 150 + ((h >>> 10) % 350);
  const white = 'fill="#ffffff" fill-opacity="0.35"';
  switch (kind) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="${120 + (h % 90)}" ${white}/><circle cx="${x + 160}" cy="${y + 60}" r="60" ${white}/>`;
    case 'bars':
      return Array.from({ length: 8 }, (_, i) => {
        const bh = 80 + ((h >>> i) % 380);
        return `<rect x="${140 + i * 120}" y="${HEIGHT - 60 - bh}" width="70" height="${bh}" ${white}/>`;
      }).join('');
    case 'wave':
      return `<path d="M0 ${y} C 300 ${y - 140}, 600 ${y + 140}, ${WIDTH} ${y - 40} L ${WIDTH} ${HEIGHT} L 0 ${HEIGHT} Z" ${white}/>`;
    case 'mountain':
      return `<path d="M0 ${HEIGHT} L ${x - 300} ${y + 80} L ${x} ${y - 60} L ${x + 260} ${y + 120} L ${WIDTH} ${y + 20} L ${WIDTH} ${HEIGHT} Z" ${white}/>`;
    case 'grid':
      return Array.from({ length: 6 }, (_, i) =>
        `<line x1="${i * 200 + (h % 100)}" y1="0" x2="${i * 200 + (h % 100)}" y2="${HEIGHT}" stroke="#ffffff" stroke-opacity="0.3" stroke-width="6"/>`,
      ).join('');
  }
}

/** A video thumbnail: dark gradient, a play button and the clip's duration in the corner. */
export function renderVideoThumbSvg(title: string, duration: string): string {
  return svgDocument(
    title,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2b3a55"/>` +
      `<stop offset="1" stop-color="#0d1321"/></linearGradient></defs>` +
      `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>` +
      `<circle cx="600" cy="337" r="90" fill="#ffffff" fill-opacity="0.85"/>` +
      `<path d="M570 280 L 570 395 L 665 337 Z" fill="#0d1321"/>` +
      `<rect x="1040" y="600" width="130" height="50" rx="6" fill="#000000" fill-opacity="0.7"/>` +
      `<text x="1105" y="635" font-family="sans-serif" font-size="30" fill="#ffffff" text-anchor="middle">${escapeXml(duration)}</text>`,
  );
}

/** A publisher logo: the name set in the site's colour. */
export function renderLogoSvg(name: string, color: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60" role="img" aria-label="${escapeXml(name)}">` +
    `<rect width="8" height="60" fill="${color}"/>` +
    `<text x="24" y="44" font-family="Georgia, serif" font-size="38" font-weight="bold" fill="${color}">${escapeXml(name)}</text></svg>`
  );
}

function svgDocument(label: string, content: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(label)}">` +
    content +
    `</svg>`
  );
}
