/**
 * An allocation-free validity check compiled from zod schema definitions.
 *
 * `schema.safeParse(value)` builds a full copy of `value` (zod's output, with unknown keys
 * stripped) even when nothing reads it; for `parseArticle`, which returns its own object, that
 * copy was a fifth of everything a parse allocated. {@link compileCheck} walks the schema's
 * definitions (`schema._zod.def`) once and returns a predicate that reads the value in place.
 *
 * The predicate is *conservative*: `true` means `schema.safeParse(value)` would succeed; `false`
 * means "not shown valid here" — the caller then runs `safeParse` itself, which decides and, on a
 * real failure, supplies zod's own issues and messages. So a kind of schema or check the compiler
 * does not model can never be accepted by mistake: it compiles to `false` and is listed in
 * {@link CompiledCheck.unsupported}, and the tests require that list to be empty for
 * `ArticleSchema`.
 *
 * Modelled, with zod's acceptance rules (zod 4 core, forward parse):
 * - `object` (default strip mode: unknown keys are allowed and ignored), `array`, `nullable`,
 *   `string`, `number`, `enum`;
 * - checks `number_format` (`safeint`, i.e. `z.int()`), `greater_than` (`z.nonnegative()`,
 *   `z.gte()`, `z.gt()`, `z.positive()`), `custom` (`z.refine()`).
 *
 * Everything else (optional, default, transform, pipe, union, literal, lazy, coercion, strict or
 * loose objects, string formats, length checks, checks with `when`, …) is unsupported.
 * @module
 */
import type * as z from 'zod/mini';

/**
 * A compiled validity check. `true`: `safeParse` would succeed on `value`. `false`: not shown
 * valid; ask `safeParse`.
 *
 * @example
 * ```ts
 * const ok: ValueCheck = (value) => typeof value === 'string';
 * ```
 */
export type ValueCheck = (value: unknown) => boolean;

/**
 * What {@link compileCheck} returns.
 *
 * @example
 * ```ts
 * const { check, unsupported } = compileCheck(SpanSchema);
 * unsupported; // [] — every part of SpanSchema is modelled
 * check({ start: 0, end: 5 }); // true
 * ```
 */
export interface CompiledCheck {
  /** The predicate; it never allocates on a valid value made of modelled parts. */
  readonly check: ValueCheck;
  /**
   * One entry per schema or check the compiler does not model, as `path: what`
   * (`quotes[].kind: type "literal"`). Those parts compile to `false`, which sends every value
   * that reaches them to `safeParse`: still correct, but slow, so keep this empty.
   */
  readonly unsupported: readonly string[];
}

/** Any zod schema (classic or mini): all the compiler reads is `_zod`. */
type Schema = z.core.$ZodType;
/** Any check attached to a schema (`.check(...)`), or a schema that is itself a check (`z.int()`). */
type Check = z.core.$ZodCheck<never>;

/** Compile-time bookkeeping for one {@link compileCheck} call; discarded when it returns. */
interface Compilation {
  readonly unsupported: string[];
  /**
   * Schemas already compiled, so a shared sub-schema (`TextSpanSchema`) compiles to one closure:
   * `[0]` plain, `[1]` exact (see {@link compileSchema}).
   */
  readonly done: readonly [Map<Schema, ValueCheck>, Map<Schema, ValueCheck>];
  /** Schemas on the current path: a getter-built recursive schema must not recurse forever. */
  readonly open: Set<Schema>;
}

const never: ValueCheck = () => false;

/**
 * Compiles `schema` into an in-place validity check (see the module comment for what is
 * modelled). Compile once, at load, and reuse the result: compiling walks the whole schema.
 *
 * Refinements (`z.refine`) are called with the value itself rather than with zod's stripped copy,
 * and only once every other part of the value is shown valid (zod too runs them only on an
 * otherwise valid value). To keep the answer zod's, a value under a refinement that carries keys
 * zod would strip is left to `safeParse`, so a refinement sees the same keys and primitives as in
 * zod (not the same object identities or prototypes). A refinement may run twice on an invalid
 * value (here, then in `safeParse`), so it must be pure; one that returns a promise is left to
 * `safeParse`.
 *
 * @param schema - A zod 4 schema (built with `zod/mini` or `zod`).
 * @returns The check and the list of unmodelled parts.
 *
 * @example
 * ```ts
 * import { ArticleSchema } from './schema.js';
 *
 * const { check } = compileCheck(ArticleSchema);
 * if (!check(article)) {
 *   const result = ArticleSchema.safeParse(article); // zod decides, with its own messages
 * }
 * ```
 */
export function compileCheck(schema: Schema): CompiledCheck {
  const compilation: Compilation = { unsupported: [], done: [new Map(), new Map()], open: new Set() };
  const check = compileSchema(schema, '(root)', false, compilation);
  return Object.freeze({ check, unsupported: Object.freeze(compilation.unsupported) });
}

function unsupported(path: string, what: string, compilation: Compilation): ValueCheck {
  compilation.unsupported.push(`${path}: ${what}`);
  return never;
}

/**
 * Compiles one schema and its checks. `exact`: the value must also have no keys that zod would
 * strip, anywhere in it. A refinement is handed the value itself where zod hands it its stripped
 * copy, so below a refinement every object rejects unknown keys (sending such a value to
 * `safeParse`): what the refinement sees then has exactly the keys and primitives zod's copy has.
 */
function compileSchema(schema: Schema, path: string, exact: boolean, compilation: Compilation): ValueCheck {
  const own = exact || checksOf(schema).some((c) => c._zod.def.check === 'custom');
  const done = compilation.done[own ? 1 : 0];
  const compiled = done.get(schema);
  if (compiled !== undefined) return compiled;
  if (compilation.open.has(schema)) return unsupported(path, 'a recursive schema', compilation);
  compilation.open.add(schema);
  const base = compileType(schema, path, own, compilation);
  const checked = withChecks(base, schema, path, compilation);
  compilation.open.delete(schema);
  done.set(schema, checked);
  return checked;
}

/** The schema's own type test, before its checks (zod's `_zod.parse`). */
function compileType(schema: Schema, path: string, exact: boolean, compilation: Compilation): ValueCheck {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string': {
      if ((def as z.core.$ZodStringDef).coerce) return unsupported(path, 'a coercing string', compilation);
      return (v) => typeof v === 'string';
    }
    case 'number': {
      if ((def as z.core.$ZodNumberDef).coerce) return unsupported(path, 'a coercing number', compilation);
      // zod's number rejects NaN and ±Infinity; Number.isFinite rejects both and every non-number.
      return Number.isFinite;
    }
    case 'enum': {
      // The set zod's own enum parse tests against, which it derives from `def.entries` (leaving
      // out a TypeScript numeric enum's reverse mappings). Read rather than re-derived so the two
      // cannot disagree, and because `z.util` would add ~9 KB of zod to a browser bundle.
      const values = (schema as z.core.$ZodEnum)._zod.values as ReadonlySet<unknown> | undefined;
      if (!(values instanceof Set)) return unsupported(path, 'an enum without its value set', compilation);
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = compileSchema((def as z.core.$ZodNullableDef).innerType, path, exact, compilation);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = compileSchema((def as z.core.$ZodArrayDef).element, `${path}[]`, exact, compilation);
      return (v) => {
        if (!Array.isArray(v)) return false;
        // Indexed, like zod's own loop: a hole reads as `undefined` and fails like it does there.
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object':
      return compileObject(def as z.core.$ZodObjectDef, path, exact, compilation);
    default:
      return unsupported(path, `type "${def.type}"`, compilation);
  }
}

function compileObject(def: z.core.$ZodObjectDef, path: string, exact: boolean, compilation: Compilation): ValueCheck {
  // strictObject/looseObject/catchall set `catchall`; only the default (strip) mode is modelled.
  if (def.catchall !== undefined) return unsupported(path, 'an object with a catchall (strict or loose)', compilation);
  const shape = def.shape;
  if (Object.getOwnPropertySymbols(shape).length > 0) return unsupported(path, 'an object with symbol keys', compilation);
  // zod skips a `__proto__` key of the shape altogether; not worth modelling.
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return unsupported(path, 'an object with a "__proto__" key', compilation);
  const prefix = path === '(root)' ? '' : `${path}.`;
  const fields = keys.map((key) => {
    const field = shape[key] as Schema;
    // zod lets an optional field be absent; no modelled type accepts `undefined`, so for every
    // field compiled here "present and valid" is the same as "valid".
    if (field._zod.optin !== undefined || field._zod.optout !== undefined) {
      return unsupported(`${prefix}${key}`, 'an optional field', compilation);
    }
    return compileSchema(field, `${prefix}${key}`, exact, compilation);
  });
  const count = keys.length;
  const known = new Set(keys);
  return (v) => {
    // zod's object test: a non-null object that is not an array.
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (let i = 0; i < count; i++) if (!(fields[i] as ValueCheck)(o[keys[i] as string])) return false;
    // Below a refinement (see compileSchema): a key zod would strip — own or inherited, for…in
    // lists both — leaves the value to safeParse.
    if (exact) for (const key in o) if (!known.has(key)) return false;
    return true;
  };
}

/**
 * The checks zod runs after the type test, in its order: the schema itself when it is a check
 * (`z.int()` is a number schema that is also a `number_format` check), then `def.checks`.
 */
function checksOf(schema: Schema): Check[] {
  const own = schema._zod.def.checks ?? [];
  return schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : [...own];
}

function withChecks(base: ValueCheck, schema: Schema, path: string, compilation: Compilation): ValueCheck {
  const checks = checksOf(schema).map((c) => compileOneCheck(c, path, compilation));
  if (checks.length === 0) return base;
  if (checks.length === 1) {
    const only = checks[0] as ValueCheck;
    return (v) => base(v) && only(v);
  }
  // With no issue from the type test, zod runs every check; the value is valid when all pass.
  return (v) => {
    if (!base(v)) return false;
    for (let i = 0; i < checks.length; i++) if (!(checks[i] as ValueCheck)(v)) return false;
    return true;
  };
}

function compileOneCheck(check: Check, path: string, compilation: Compilation): ValueCheck {
  const def = check._zod.def;
  // `when` decides at parse time whether the check runs at all; not modelled.
  if (def.when !== undefined) return unsupported(path, `check "${def.check}" with a "when" condition`, compilation);
  switch (def.check) {
    case 'number_format': {
      const { format } = def as z.core.$ZodCheckNumberFormatDef;
      // `safeint` (z.int()): an integer within ±(2^53 − 1) — exactly Number.isSafeInteger.
      if (format === 'safeint') return Number.isSafeInteger;
      return unsupported(path, `number format "${format}"`, compilation);
    }
    case 'greater_than': {
      const { value: bound, inclusive } = def as z.core.$ZodCheckGreaterThanDef;
      if (typeof bound !== 'number') return unsupported(path, `a ${typeof bound} bound`, compilation);
      // The comparison zod's check makes; after the number type test `v` is a finite number.
      return inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case 'custom': {
      const { fn } = def as z.core.$ZodCustomDef;
      return (v) => {
        const result = fn(v);
        // An async refinement makes zod's synchronous parse throw; leave that to safeParse.
        return !(result instanceof Promise) && Boolean(result);
      };
    }
    default:
      return unsupported(path, `check "${def.check}"`, compilation);
  }
}
