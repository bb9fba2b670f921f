import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiRoutes, createApi } from '../../src/api/app.ts';
import { OpenApiDocumentSchema } from '../../src/api/openapi/document.ts';
import { apiSchemas } from '../../src/api/shared/registry.ts';
import { honoPath } from '../../src/api/shared/route.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { call, storedApi } from './support/stored-api.ts';

const api = storedApi();

type Json = Record<string, unknown>;

async function documentOf(): Promise<Json> {
  const answer = await call(api.current, '/api/openapi.json');
  assert.equal(answer.status, 200);
  return OpenApiDocumentSchema.parse(answer.json) as Json;
}

/** Every `$ref` anywhere in a JSON value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

/** Follows a local JSON pointer (`#/components/schemas/X`). */
function resolve(doc: Json, ref: string): unknown {
  assert.match(ref, /^#\//, `only local references: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), doc);
}

/** A concrete path for a documented one, with ids and slugs that exist. */
function concrete(path: string, ids: { article: number }): string {
  return path.replace('{id}', String(ids.article)).replace('{slug}', path.includes('/sources/') ? 'abendbote' : 'politik');
}

describe('GET /api/openapi.json', () => {
  test('is an OpenAPI 3.1 document in which every operation has an id, parameters and responses', async () => {
    const doc = await documentOf();
    assert.equal(doc.openapi, '3.1.0');
    const operationIds = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      assert.ok(path.startsWith('/api/'), path);
      for (const [method, op] of Object.entries(item as Json)) {
        assert.equal(method, 'get', `${path}: only GET`);
        const operation = op as Json & { operationId: string; parameters: Json[]; responses: Json };
        assert.ok(!operationIds.has(operation.operationId), `operationId ${operation.operationId} is unique`);
        operationIds.add(operation.operationId);
        for (const status of ['200', '304', '500']) assert.ok(operation.responses[status], `${path} documents ${status}`);
        const ok = operation.responses['200'] as { content: { 'application/json': { schema: Json } } };
        assert.ok(ok.content['application/json'].schema.$ref, `${path}: 200 names a schema`);
        // Path parameters and the template agree.
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const declared = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
        assert.deepEqual(declared, templated, path);
        for (const p of operation.parameters) {
          assert.ok(typeof p.name === 'string' && ['path', 'query'].includes(p.in as string) && p.schema, `${path}: parameter ${String(p.name)}`);
          if (p.in === 'path') assert.equal(p.required, true);
        }
      }
    }
    assert.ok(operationIds.size >= 7);
  });

  test('every reference resolves, and every component is a named schema of the code', async () => {
    const doc = await documentOf();
    for (const ref of refs(doc)) assert.ok(resolve(doc, ref) !== undefined, `${ref} resolves`);
    const components = (doc.components as { schemas: Json }).schemas;
    for (const [id, schema] of Object.entries(components)) {
      assert.ok(!('$schema' in (schema as Json)) && !('$id' in (schema as Json)), `${id} is a plain schema object`);
    }
    const registered = new Set<string>();
    for (const route of apiRoutes(api.current.ctx.publicReader)) registered.add(apiSchemas.get(route.response)!.id);
    for (const id of registered) assert.ok(components[id], `${id} is a component`);
  });

  test('the document lists exactly the routes the API answers', async () => {
    const doc = await documentOf();
    const documented = Object.keys(doc.paths as Json).map(honoPath).sort();
    const app = createApi({ reader: api.current.ctx.publicReader, logger: silentLogger() });
    const answered = [...new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path))].sort();
    assert.deepEqual(answered, documented);
    // And each documented path really answers over HTTP (not the catch-all 404).
    for (const path of Object.keys(doc.paths as Json)) {
      const answer = await call(api.current, concrete(path, { article: api.current.articles[0]!.id }));
      assert.equal(answer.status, 200, path);
    }
  });

  test('each documented query parameter is accepted, and nothing else is', async () => {
    const doc = await documentOf();
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      const operation = (item as Json).get as { parameters: Array<{ name: string; in: string }> };
      const route = apiRoutes(api.current.ctx.publicReader).find((r) => r.path === path)!;
      const documented = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name).sort();
      assert.deepEqual(documented, Object.keys(route.query.shape).sort(), path);
      const target = concrete(path, { article: api.current.articles[0]!.id });
      assert.equal((await call(api.current, `${target}?undocumented=1`)).status, 400, path);
    }
  });

  test('real responses of every route parse with the schemas the document is built from', async () => {
    const s = api.current;
    const routes = apiRoutes(s.ctx.publicReader);
    const samples: Record<string, string[]> = {
      '/api/v1/articles': ['', '?limit=2', '?category=politik&lang=de&since=2026-11-01', '?source=morgenpost', '?category=leer'],
      '/api/v1/articles/{id}': s.articles.map((a) => String(a.id)),
      '/api/v1/sources': [''],
      '/api/v1/sources/{slug}': ['abendbote', 'kuestenblatt', 'morgenpost'],
      '/api/v1/categories': [''],
      '/api/v1/categories/{slug}': ['politik', 'inland', 'kommunal', 'kultur', 'leer'],
      '/api/v1/tags': ['', '?prefix=kli&limit=1'],
      '/api/openapi.json': [''],
      '/api/v1/search': ['', '?q=Absatz', '?q=Meldung+quelle:abendbote&order=newest&limit=2&page=2'],
    };
    assert.deepEqual(Object.keys(samples).sort(), routes.map((r) => r.path).sort());
    let checked = 0;
    for (const route of routes) {
      for (const sample of samples[route.path]!) {
        const path = route.path.includes('{') ? route.path.replace(/\{\w+\}/, sample) : route.path + sample;
        const answer = await call(s, path);
        assert.equal(answer.status, 200, path);
        const parsed = route.response.safeParse(answer.json);
        assert.ok(parsed.success, `${path}: ${parsed.success ? '' : parsed.error.message}`);
        checked++;
      }
    }
    assert.ok(checked > s.articles.length);
  });
});
