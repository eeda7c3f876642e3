/**
 * The Article's JSON Schema (draft 2020-12), for users outside TypeScript: generated from
 * `ArticleSchema`, with a `description` on every object and field taken from the TSDoc comments
 * in `src/schema.ts` — the one place fields are written and documented, so the descriptions cost
 * the browser bundle nothing. `npm run build` writes it to `dist/schema.json`
 * (`news-article-parser/schema.json`); `test/json-schema.test.ts` checks real output against it.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as z from 'zod/mini';
import * as schemas from '../src/schema.js';

const SCHEMA_FILE = fileURLToPath(new URL('../src/schema.ts', import.meta.url));
const OUT_FILE = fileURLToPath(new URL('../dist/schema.json', import.meta.url));

/** Where the published schema says it lives: the file the package exports. */
export const SCHEMA_ID = 'https://unpkg.com/news-article-parser/dist/schema.json';

/** The documentation of one `XSchema` constant: its type's comment and each field's. */
interface Documented {
  readonly description: string | undefined;
  readonly fields: ReadonlyMap<string, string>;
}

/** The text of a node's TSDoc comment without its tags (`@example` and the like), or undefined. */
function docText(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => source.text.startsWith('/**', r.pos)).at(-1);
  if (last === undefined) return undefined;
  const body = source.text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n');
  const untagged = body.split(/\n@\w/)[0] ?? '';
  const text = untagged.replace(/\{@link ([^}|]+)(?:\|[^}]*)?\}/g, '$1').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** The object literal given to the first `z.object(…)` inside `node`. */
function objectLiteralOf(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'object') {
    const arg = node.arguments[0];
    if (arg !== undefined && ts.isObjectLiteralExpression(arg)) return arg;
  }
  return ts.forEachChild(node, objectLiteralOf);
}

/** Reads `src/schema.ts`: for every `XSchema` constant, the comment of type `X` and of each field. */
export function readDocumentation(text = readFileSync(SCHEMA_FILE, 'utf8')): Map<string, Documented> {
  const source = ts.createSourceFile(SCHEMA_FILE, text, ts.ScriptTarget.ES2022, true);
  const typeDocs = new Map<string, string | undefined>();
  const fieldDocs = new Map<string, Map<string, string>>();
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement)) typeDocs.set(statement.name.text, docText(statement, source));
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      const literal = decl.initializer === undefined ? undefined : objectLiteralOf(decl.initializer);
      if (!ts.isIdentifier(decl.name) || literal === undefined) continue;
      const fields = new Map<string, string>();
      for (const prop of literal.properties) {
        const doc = docText(prop, source);
        if (prop.name !== undefined && ts.isIdentifier(prop.name) && doc !== undefined) fields.set(prop.name.text, doc);
      }
      fieldDocs.set(decl.name.text, fields);
    }
  }
  const out = new Map<string, Documented>();
  for (const [name, fields] of fieldDocs) out.set(name, { description: typeDocs.get(name.replace(/Schema$/, '')), fields });
  return out;
}

/** True for a zod schema (classic or mini: both carry `_zod`). */
function isSchema(value: unknown): value is z.core.$ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** The exported schemas by name, with the `$defs` name each gets in the JSON Schema. */
function namedSchemas(): Map<z.core.$ZodType, { constName: string; id: string }> {
  const named = new Map<z.core.$ZodType, { constName: string; id: string }>();
  for (const [constName, value] of Object.entries(schemas)) {
    if (isSchema(value) && constName.endsWith('Schema')) named.set(value, { constName, id: constName.replace(/Schema$/, '') });
  }
  return named;
}

/**
 * The JSON Schema (draft 2020-12) of {@link schemas.ArticleSchema}, every reused type under
 * `$defs`, every object and field described. Throws when a field has no TSDoc comment, so an
 * undocumented field fails the build.
 */
export function articleJsonSchema(): Record<string, unknown> {
  const docs = readDocumentation();
  const named = namedSchemas();
  const registry = z.registry<{ id: string }>();
  for (const [schema, { id }] of named) if (id !== 'Article') registry.add(schema, { id });
  const missing: string[] = [];
  const json = z.toJSONSchema(schemas.ArticleSchema, {
    target: 'draft-2020-12',
    metadata: registry,
    unrepresentable: 'throw',
    override: (ctx) => {
      const name = named.get(ctx.zodSchema as z.core.$ZodType)?.constName;
      const doc = name === undefined ? undefined : docs.get(name);
      if (doc === undefined) return;
      const target = ctx.jsonSchema as { description?: string; properties?: Record<string, { description?: string }> };
      if (doc.description !== undefined) target.description = doc.description;
      for (const key of Object.keys(target.properties ?? {})) {
        const field = doc.fields.get(key);
        const prop = target.properties?.[key];
        // A copy: fields made from one shared schema ("start" and "end" are both `index`) share one node.
        if (field === undefined || prop === undefined || target.properties === undefined) missing.push(`${name ?? '?'}.${key}`);
        else target.properties[key] = { ...prop, description: field };
      }
    },
  }) as Record<string, unknown>;
  if (missing.length > 0) throw new Error(`Fields without a TSDoc description in src/schema.ts: ${missing.join(', ')}`);
  return { $schema: json.$schema, $id: SCHEMA_ID, title: 'Article', ...json };
}

/** Writes the schema to `dist/schema.json` (run by `npm run build`). */
function main(): void {
  writeFileSync(OUT_FILE, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${OUT_FILE}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
