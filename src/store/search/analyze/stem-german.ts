// The German stemming algorithm of the Snowball project ("german2" variant), written out from its
// published description. A stem is a
// search key, not a word: "Soldaten" and "Soldat" both become "soldat", "Flüchtlinge" "fluchtling".

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü']);
const S_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 't']);
const ST_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't']);

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** Start of the region after the first non-vowel that follows a vowel, from `from` on. */
function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) {
    if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  }
  return w.length;
}

/**
 * The stem of one lower-case German word; umlauts come out plain (ä → a), ß as ss. Letters outside
 * a–z and äöüß pass through unchanged.
 */
export function stemGerman(word: string): string {
  let w = word.replace(/ß/g, 'ss');
  // u and y between vowels act as consonants: mark them (U, Y) so the regions are found right.
  let marked = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if ((c === 'u' || c === 'y') && isVowel(marked[i - 1]) && isVowel(w[i + 1])) marked += c.toUpperCase();
    else marked += c;
  }
  // The "german2" variant: ae, oe and ue (not after q, and not with a u marked above) are umlauts
  // typed without a German keyboard, so "Fluechtlinge" meets "Flüchtlinge" while "Frauen" stays apart.
  w = marked.replace(/(?<!q)ue/g, 'ü').replace(/ae/g, 'ä').replace(/oe/g, 'ö');
  // R2 is searched from where R1 really starts; only then is R1 moved to leave at least 3 letters before it.
  const p1 = regionAfter(w, 0);
  const r2Start = regionAfter(w, p1);
  const r1 = Math.max(3, p1);
  const inR1 = (suffixLength: number) => w.length - suffixLength >= r1;
  const inR2 = (suffixLength: number) => w.length - suffixLength >= r2Start;

  // Step 1
  {
    const a = ['ern', 'em', 'er'].find((s) => w.endsWith(s));
    const b = ['en', 'es', 'e'].find((s) => w.endsWith(s));
    const longest = [a, b, w.endsWith('s') ? 's' : undefined].filter((s): s is string => s !== undefined).sort((x, y) => y.length - x.length)[0];
    if (longest !== undefined && inR1(longest.length)) {
      if (longest === a) w = w.slice(0, -longest.length);
      else if (longest === b) {
        w = w.slice(0, -longest.length);
        if (w.endsWith('niss')) w = w.slice(0, -1);
      } else if (S_ENDING.has(w[w.length - 2] ?? '')) w = w.slice(0, -1);
    }
  }
  // Step 2
  {
    const a = ['est', 'en', 'er'].find((s) => w.endsWith(s));
    if (a !== undefined) {
      if (inR1(a.length)) w = w.slice(0, -a.length);
    } else if (w.endsWith('st') && inR1(2) && ST_ENDING.has(w[w.length - 3] ?? '') && w.length - 3 >= 3) {
      w = w.slice(0, -2);
    }
  }
  // Step 3: derivational suffixes, in R2
  {
    const d = ['isch', 'lich', 'heit', 'keit', 'end', 'ung', 'ig', 'ik'].find((s) => w.endsWith(s));
    if (d !== undefined && inR2(d.length)) {
      if (d === 'end' || d === 'ung') {
        w = w.slice(0, -d.length);
        if (w.endsWith('ig') && inR2(2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
      } else if (d === 'ig' || d === 'ik' || d === 'isch') {
        if (w[w.length - d.length - 1] !== 'e') w = w.slice(0, -d.length);
      } else if (d === 'lich' || d === 'heit') {
        w = w.slice(0, -d.length);
        if ((w.endsWith('er') || w.endsWith('en')) && inR1(2)) w = w.slice(0, -2);
      } else {
        w = w.slice(0, -d.length);
        const e = ['lich', 'ig'].find((s) => w.endsWith(s));
        if (e !== undefined && inR2(e.length)) w = w.slice(0, -e.length);
      }
    }
  }
  return w.replace(/U/g, 'u').replace(/Y/g, 'y').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}
