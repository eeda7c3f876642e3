/**
 * The work done per input, the same inline and in a worker thread: read the file if it is one,
 * parse, render.
 * @module
 */
import { readFileSync } from 'node:fs';
import { safeParseArticle } from '../index.js';
import { readError, type Input, type InputError, type InputName } from './inputs.js';
import { render, type RenderMode, type Result } from './output.js';

/** What every input is processed with; plain data, so it can be handed to worker threads. */
export interface TaskSettings {
  readonly mode: RenderMode;
  readonly maxLength: number;
}

/** One input's rendered result, and its error for the report on standard error. */
export interface Outcome {
  readonly name: InputName;
  readonly rendered: string;
  readonly error: InputError | null;
}

/** Reads (if a file), parses and renders one input. Never throws for a bad input. */
export function processInput(input: Input, settings: TaskSettings): Outcome {
  const result = parseInput(input, settings.maxLength);
  return { name: input.name, rendered: render(input.name, result, settings.mode), error: result.error ?? null };
}

function parseInput(input: Input, maxLength: number): Result {
  if (input.kind === 'failed') return { error: input.error };
  let text: string;
  if (input.kind === 'text') text = input.text;
  else {
    try {
      text = readFileSync(input.path, 'utf8');
    } catch (error) {
      return { error: readError(input.path, error).error };
    }
  }
  const parsed = safeParseArticle(text, { maxLength });
  return parsed.success ? { article: parsed.data } : { error: { code: parsed.error.code, message: parsed.error.message } };
}
