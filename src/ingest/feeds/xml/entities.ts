import { HTML_ENTITIES, characterFromCode } from '../html-entities.ts';

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MAX_ENTITIES = 256;
const MAX_ENTITY_LENGTH = 4096;
const REFERENCE_RE = /&(?:(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z_:][\w.:-]*)(;)?)?/g;
const DECLARATION_RE = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:((?:SYSTEM|PUBLIC)\b[^>]*)|"([^"]*)"|'([^']*)')\s*>/g;

/**
 * Resolves character and entity references in XML text. Only entities declared in the internal DTD
 * subset with a plain-text value are expanded: external entities (XXE) are never loaded and entities
 * whose value refers to other entities (the "billion laughs" pattern) are never expanded, so the
 * output can never be larger than the input plus one bounded value per reference.
 */
export class EntityResolver {
  private readonly declared = new Map<string, string>();
  private htmlDeclared = false;

  constructor(private readonly onProblem: (reason: string) => void) {}

  /** Reads the entity declarations of a DOCTYPE (the whole `<!DOCTYPE …>` text). */
  readDoctype(doctype: string): void {
    // The Netscape RSS 0.91 DTD declares the HTML 4 entities, so feeds using it may use them.
    if (/RSS 0\.91/i.test(doctype)) this.htmlDeclared = true;
    for (const m of doctype.matchAll(DECLARATION_RE)) {
      const [, parameter, name, external, double, single] = m;
      if (parameter) continue;
      if (external !== undefined) {
        this.onProblem(`external entity &${name}; is not loaded`);
        continue;
      }
      this.declare(name!, double ?? single ?? '');
    }
  }

  private declare(name: string, raw: string): void {
    if (this.declared.size >= MAX_ENTITIES || raw.length > MAX_ENTITY_LENGTH) {
      this.onProblem(`entity &${name}; is too large or too many entities are declared; not expanded`);
      return;
    }
    let nested = false;
    const value = raw.replace(REFERENCE_RE, (whole, ref: string | undefined) => {
      if (ref === undefined) return whole;
      if (ref.startsWith('#')) return this.character(ref);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      nested = true;
      return whole;
    });
    if (nested || /%[\w.:-]+;/.test(raw)) {
      this.onProblem(`entity &${name}; refers to other entities and is not expanded`);
      return;
    }
    if (!this.declared.has(name)) this.declared.set(name, value);
  }

  private character(ref: string): string {
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    const char = characterFromCode(code);
    if (char === null) this.onProblem(`invalid character reference &${ref};`);
    return char ?? '\uFFFD';
  }

  /** Replaces the references in a run of text or an attribute value. */
  decode(text: string): string {
    if (!text.includes('&')) return text;
    return decodePredefined(text) ?? this.decodeAny(text);
  }

  private decodeAny(text: string): string {
    return text.replace(REFERENCE_RE, (whole, ref: string | undefined, semicolon: string | undefined) => {
      if (ref === undefined || semicolon === undefined) {
        this.onProblem('unescaped & in text');
        return whole;
      }
      if (ref.startsWith('#')) return this.character(ref);
      const known = PREDEFINED[ref] ?? this.declared.get(ref);
      if (known !== undefined) return known;
      const html = HTML_ENTITIES.get(ref);
      if (html !== undefined) {
        if (!this.htmlDeclared) this.onProblem(`undefined entity &${ref};`);
        return html;
      }
      this.onProblem(`undefined entity &${ref};`);
      return whole;
    });
  }
}

const PREDEFINED_AT: Array<[string, string]> = [['&lt;', '<'], ['&gt;', '>'], ['&amp;', '&'], ['&quot;', '"'], ['&apos;', "'"]];

/**
 * The text with its references replaced when every one of them is one of XML's five predefined
 * entities (escaped HTML in a feed is made of little else), else null. A plain scan from "&" to "&",
 * several times faster than a pattern with a callback per reference.
 */
function decodePredefined(text: string): string | null {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', from)) {
    const hit = PREDEFINED_AT.find(([ref]) => text.startsWith(ref, amp));
    if (!hit) return null;
    out += text.slice(from, amp) + hit[1];
    from = amp + hit[0].length;
  }
  return out + text.slice(from);
}
