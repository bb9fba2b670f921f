// One line of `analyze --batch`: JSON in, the analysis or a clear error out, never a lost line.
import { analyzeArticle, type AnalyzeResult } from './analyze.ts';

/** A failed line: a stable code and a message that names the line. */
export interface AnalyzeError {
  code: 'invalid_json' | 'invalid_line';
  message: string;
}

/** The output of one input line: the article's id and its analysis, or its id and an error. */
export type AnalyzeLine = ({ id: unknown } & AnalyzeResult) | { id: unknown; lang: null; entities: []; quotes: []; error: AnalyzeError };

function failed(id: unknown, code: AnalyzeError['code'], message: string): AnalyzeLine {
  return { id, lang: null, entities: [], quotes: [], error: { code, message } };
}

/** Analyses one JSON line `{"id", "title", "text", "lang"?}`. */
export function analyzeBatchLine(raw: string, lineNumber: number): AnalyzeLine {
  let request: unknown;
  try {
    request = JSON.parse(raw);
  } catch {
    return failed(null, 'invalid_json', `input line ${lineNumber} is not valid JSON`);
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return failed(null, 'invalid_line', `input line ${lineNumber} is not a JSON object`);
  }
  const fields = request as Record<string, unknown>;
  const id = fields['id'] ?? null;
  const text = fields['text'];
  const title = fields['title'] ?? '';
  const lang = fields['lang'];
  if (typeof text !== 'string') return failed(id, 'invalid_line', `input line ${lineNumber} has no "text" string`);
  if (typeof title !== 'string') return failed(id, 'invalid_line', `input line ${lineNumber} has a "title" that is not a string`);
  if (lang !== undefined && lang !== null && typeof lang !== 'string') {
    return failed(id, 'invalid_line', `input line ${lineNumber} has a "lang" that is not a string`);
  }
  return { id, ...analyzeArticle({ title, text, lang: lang ?? null }) };
}
