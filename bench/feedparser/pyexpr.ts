// A parser and evaluator for the small subset of Python expressions that feedparser's test suite
// writes in its `Expect:` headers. Nothing here runs JavaScript built from the expression text.

/** A parsed expression node. */
export type Node =
  | { k: 'lit'; v: PyValue }
  | { k: 'name'; name: string }
  | { k: 'tuple' | 'list'; items: Node[] }
  | { k: 'dict'; entries: Array<[Node, Node]> }
  | { k: 'not'; arg: Node }
  | { k: 'neg'; arg: Node }
  | { k: 'add'; left: Node; right: Node }
  | { k: 'bool'; op: 'and' | 'or'; left: Node; right: Node }
  | { k: 'cmp'; first: Node; rest: Array<[string, Node]> }
  | { k: 'index'; target: Node; index: Node }
  | { k: 'attr'; target: Node; name: string }
  | { k: 'call'; fn: Node; args: Node[] };

/** A Python tuple (as opposed to a list): both are arrays, a tuple carries this marker. */
export class PyTuple extends Array<PyValue> {}

/** A Python callable made available to expressions. */
export type PyFunction = (...args: PyValue[]) => PyValue;

/** Values an expression works with. Objects stand for Python dicts or namespaces. */
export type PyValue = null | boolean | number | string | PyValue[] | PyFunction | PyObject;

/** A dict-like value; `get` decides what a missing key means (KeyError, or a not-applicable field). */
export interface PyObject {
  readonly pyKind: 'object';
  has(key: string): boolean;
  get(key: string): PyValue;
  keys(): string[];
  /** Called before a missing key is reported; may throw to say the key is outside our model. */
  missing?(key: string): void;
  /** Equality with another value, when the object has its own notion (dates compare as instants). */
  equals?(other: PyValue): boolean;
}

/** Raised for a Python exception during evaluation (KeyError, IndexError, TypeError…). */
export class PyError extends Error {}

type Token = { t: 'num' | 'str' | 'name' | 'op'; v: string };

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

function readString(src: string, start: number, raw: boolean): [string, number] {
  const quote = src[start]!;
  let i = start + 1;
  let out = '';
  while (i < src.length && src[i] !== quote) {
    if (src[i] === '\\' && !raw) {
      const c = src[i + 1]!;
      if (c === 'x' || c === 'u' || c === 'U') {
        const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(src.slice(i + 2, i + 2 + len), 16));
        i += 2 + len;
        continue;
      }
      out += ESCAPES[c] ?? `\\${c}`;
      i += 2;
      continue;
    }
    out += src[i++];
  }
  if (i >= src.length) throw new PyError('unterminated string');
  return [out, i + 1];
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const triple = /^[uUbBrR]{0,2}("""|''')/.exec(src.slice(i, i + 5));
    if (triple) {
      const open = i + triple[0].length;
      const close = src.indexOf(triple[1]!, open);
      if (close < 0) throw new PyError('unterminated string');
      tokens.push({ t: 'str', v: src.slice(open, close) });
      i = close + 3;
      continue;
    }
    const prefix = /^([uUbBrR]{0,2})(['"])/.exec(src.slice(i, i + 3));
    if (prefix && (prefix[1] === '' || /^[a-zA-Z]+$/.test(prefix[1]!))) {
      const [value, end] = readString(src, i + prefix[1]!.length, /r/i.test(prefix[1]!));
      tokens.push({ t: 'str', v: value });
      i = end;
      continue;
    }
    const num = /^\d+(\.\d+)?L?/.exec(src.slice(i));
    if (num) {
      tokens.push({ t: 'num', v: num[0].replace(/L$/, '') });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(src.slice(i));
    if (name) {
      tokens.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(==|!=|<=|>=|[<>()[\]{}.,:+-])/.exec(src.slice(i));
    if (!op) throw new PyError(`unexpected character ${c}`);
    tokens.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return tokens;
}

/** Parses an expression into a tree; throws PyError on syntax outside the supported subset. */
export function parsePython(src: string): Node {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (v?: string): Token | undefined => (v === undefined || tokens[pos]?.v === v ? tokens[pos] : undefined);
  const isKeyword = (v: string): boolean => tokens[pos]?.t === 'name' && tokens[pos]?.v === v;
  const expect = (v: string): void => {
    if (tokens[pos]?.v !== v) throw new PyError(`expected ${v} at token ${pos}`);
    pos++;
  };

  function orTest(): Node {
    let left = andTest();
    while (isKeyword('or')) {
      pos++;
      left = { k: 'bool', op: 'or', left, right: andTest() };
    }
    return left;
  }
  function andTest(): Node {
    let left = notTest();
    while (isKeyword('and')) {
      pos++;
      left = { k: 'bool', op: 'and', left, right: notTest() };
    }
    return left;
  }
  function notTest(): Node {
    if (isKeyword('not')) {
      pos++;
      return { k: 'not', arg: notTest() };
    }
    return comparison();
  }
  function compOp(): string | null {
    const t = tokens[pos];
    if (!t) return null;
    if (t.t === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(t.v)) return (pos++, t.v);
    if (t.t === 'name' && t.v === 'in') return (pos++, 'in');
    if (t.t === 'name' && t.v === 'not' && tokens[pos + 1]?.v === 'in') return ((pos += 2), 'not in');
    if (t.t === 'name' && t.v === 'is') {
      pos++;
      if (isKeyword('not')) return (pos++, 'is not');
      return 'is';
    }
    return null;
  }
  function comparison(): Node {
    const first = sum();
    const rest: Array<[string, Node]> = [];
    for (let op = compOp(); op; op = compOp()) rest.push([op, sum()]);
    return rest.length ? { k: 'cmp', first, rest } : first;
  }
  function sum(): Node {
    let left = unary();
    while (peek('+')) {
      pos++;
      left = { k: 'add', left, right: unary() };
    }
    return left;
  }
  function unary(): Node {
    if (peek('-')) {
      pos++;
      return { k: 'neg', arg: unary() };
    }
    return postfix();
  }
  function postfix(): Node {
    let node = atom();
    for (;;) {
      if (peek('[')) {
        pos++;
        const index = orTest();
        expect(']');
        node = { k: 'index', target: node, index };
      } else if (peek('.')) {
        pos++;
        const name = tokens[pos++];
        if (name?.t !== 'name') throw new PyError('expected a name after "."');
        node = { k: 'attr', target: node, name: name.v };
      } else if (peek('(')) {
        pos++;
        node = { k: 'call', fn: node, args: sequence(')') };
      } else return node;
    }
  }
  function sequence(close: string): Node[] {
    const items: Node[] = [];
    while (!peek(close)) {
      items.push(orTest());
      if (!peek(close)) expect(',');
    }
    pos++;
    return items;
  }
  function atom(): Node {
    const t = tokens[pos++];
    if (!t) throw new PyError('unexpected end of expression');
    if (t.t === 'num') return { k: 'lit', v: Number(t.v) };
    if (t.t === 'str') {
      let v = t.v;
      // Adjacent string literals concatenate.
      while (tokens[pos]?.t === 'str') v += tokens[pos++]!.v;
      return { k: 'lit', v };
    }
    if (t.t === 'name') {
      if (t.v === 'True' || t.v === 'False') return { k: 'lit', v: t.v === 'True' };
      if (t.v === 'None') return { k: 'lit', v: null };
      return { k: 'name', name: t.v };
    }
    if (t.v === '(') {
      if (peek(')')) return (pos++, { k: 'tuple', items: [] });
      const first = orTest();
      if (peek(')')) return (pos++, first);
      expect(',');
      return { k: 'tuple', items: [first, ...sequence(')')] };
    }
    if (t.v === '[') return { k: 'list', items: sequence(']') };
    if (t.v === '{') {
      const entries: Array<[Node, Node]> = [];
      while (!peek('}')) {
        const key = orTest();
        expect(':');
        entries.push([key, orTest()]);
        if (!peek('}')) expect(',');
      }
      pos++;
      return { k: 'dict', entries };
    }
    throw new PyError(`unexpected token ${t.v}`);
  }

  const node = orTest();
  if (pos !== tokens.length) throw new PyError(`unexpected token ${tokens[pos]!.v}`);
  return node;
}

/** Python truthiness. */
export function truthy(v: PyValue): boolean {
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return v.keys().length > 0;
  return true;
}

/** Python `==`. */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (a !== null && typeof a === 'object' && !Array.isArray(a) && a.equals) return a.equals(b);
  if (b !== null && typeof b === 'object' && !Array.isArray(b) && b.equals) return b.equals(a);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => pyEquals(x, b[i]!));
  if (isObject(a) && isObject(b)) {
    const ka = a.keys();
    return ka.length === b.keys().length && ka.every((k) => b.has(k) && pyEquals(a.get(k), b.get(k)));
  }
  return a === b;
}

function isObject(v: PyValue): v is PyObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string' && typeof item === 'string') return container.includes(item);
  if (Array.isArray(container)) return container.some((x) => pyEquals(x, item));
  if (isObject(container) && typeof item === 'string') return present(container, item);
  throw new PyError('TypeError: argument is not iterable');
}

/** Decides `==` between two values; the default is Python's equality. */
export type EqualsRule = (a: PyValue, b: PyValue) => boolean;

function compare(op: string, a: PyValue, b: PyValue, eq: EqualsRule): boolean {
  switch (op) {
    case '==':
      return eq(a, b);
    case '!=':
      return !eq(a, b);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    case 'is':
      return a === b;
    case 'is not':
      return a !== b;
  }
  if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) throw new PyError('TypeError: unorderable');
  const [x, y] = [a as number | string, b as number | string];
  return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
}

/** Evaluates a parsed expression with the given names in scope (and, optionally, another `==`). */
export function evaluate(node: Node, scope: PyObject, eq: EqualsRule = pyEquals): PyValue {
  const ev = (n: Node): PyValue => evaluate(n, scope, eq);
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'name':
      if (!present(scope, node.name)) throw new PyError(`NameError: ${node.name}`);
      return scope.get(node.name);
    case 'tuple':
      return PyTuple.from(node.items.map(ev)) as PyValue[];
    case 'list':
      return node.items.map(ev);
    case 'dict':
      return plainDict(new Map(node.entries.map(([k, v]) => [String(ev(k)), ev(v)])));
    case 'not':
      return !truthy(ev(node.arg));
    case 'neg': {
      const v = ev(node.arg);
      if (typeof v !== 'number') throw new PyError('TypeError: bad operand for unary -');
      return -v;
    }
    case 'add': {
      const [a, b] = [ev(node.left), ev(node.right)];
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      throw new PyError('TypeError: unsupported operand for +');
    }
    case 'bool': {
      const left = ev(node.left);
      if (node.op === 'and') return truthy(left) ? ev(node.right) : left;
      return truthy(left) ? left : ev(node.right);
    }
    case 'cmp': {
      let left = ev(node.first);
      for (const [op, rightNode] of node.rest) {
        const right = ev(rightNode);
        if (!compare(op, left, right, eq)) return false;
        left = right;
      }
      return true;
    }
    case 'index':
      return index(ev(node.target), ev(node.index));
    case 'attr':
      return attribute(ev(node.target), node.name);
    case 'call': {
      const fn = ev(node.fn);
      if (typeof fn !== 'function') throw new PyError('TypeError: not callable');
      return fn(...node.args.map(ev));
    }
  }
}

function index(target: PyValue, key: PyValue): PyValue {
  if (Array.isArray(target) || typeof target === 'string') {
    if (typeof key !== 'number') throw new PyError('TypeError: indices must be integers');
    const i = key < 0 ? target.length + key : key;
    if (i < 0 || i >= target.length) throw new PyError('IndexError');
    return target[i]!;
  }
  if (isObject(target) && typeof key === 'string') {
    if (!present(target, key)) throw new PyError(`KeyError: ${key}`);
    return target.get(key);
  }
  throw new PyError('TypeError: not subscriptable');
}

function present(target: PyObject, key: string): boolean {
  if (target.has(key)) return true;
  target.missing?.(key);
  return false;
}

function attribute(target: PyValue, name: string): PyValue {
  if (isObject(target)) {
    // Dicts of feedparser answer attribute access like subscripts, and have get/has_key/keys.
    if (name === 'get') return (key, fallback = null) => (typeof key === 'string' && present(target, key) ? target.get(key) : fallback);
    if (name === 'has_key') return (key) => typeof key === 'string' && present(target, key);
    if (name === 'keys') return () => target.keys();
    if (!present(target, name)) throw new PyError(`AttributeError: ${name}`);
    return target.get(name);
  }
  throw new PyError(`AttributeError: ${name}`);
}

/** A dict over a Map, missing keys raising KeyError. */
export function plainDict(map: Map<string, PyValue>): PyObject {
  return {
    pyKind: 'object',
    has: (key) => map.has(key),
    get: (key) => {
      if (!map.has(key)) throw new PyError(`KeyError: ${key}`);
      return map.get(key)!;
    },
    keys: () => [...map.keys()],
  };
}
