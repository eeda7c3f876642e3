/**
 * The playground page: wires the text area, the sample picker, the tabs and the sources panel to
 * the real library, which runs in a worker. Re-parses on input after a short pause.
 * @module
 */
import type { Article } from '../src/index.js';
import { layoutArticle } from './annotate.js';
import type { ParseResponse } from './parse-protocol.js';
import { startParser } from './parser-client.js';
import { renderArticle } from './render-article.js';
import { renderSources, selectSource } from './render-sources.js';
import { SAMPLES } from './samples.js';
import { setUpTabs } from './tabs.js';

/** Pause after the last keystroke before re-parsing. */
const DEBOUNCE_MS = 150;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground: #${id} is missing from the page`);
  return el as T;
}

const input = byId<HTMLTextAreaElement>('input');
const picker = byId<HTMLSelectElement>('sample');
const view = byId<HTMLElement>('article-view');
const sourceList = byId<HTMLElement>('source-list');
const summary = byId<HTMLElement>('summary');
const timing = byId<HTMLElement>('parse-time');
const selection = byId<HTMLElement>('selection-status');
const error = byId<HTMLElement>('parse-error');
const json = byId<HTMLElement>('json-view');

let article: Article | null = null;
let selected: number | null = null;
let shown = 0;
// The JSON of a 100 KB article is megabytes; it is built only when its tab is shown.
let jsonStale = true;

const tabs = setUpTabs(byId('tabs'), (panel) => {
  if (panel === 'panel-json') refreshJson();
});

function refreshJson(): void {
  if (!jsonStale) return;
  json.textContent = article ? JSON.stringify(article, null, 2) : '';
  jsonStale = false;
}

function show(text: string, response: ParseResponse): void {
  const { parseMs } = response;
  article = response.success ? response.article : null;
  jsonStale = true;
  selected = null;
  error.hidden = response.success;
  if (response.success) {
    const t1 = performance.now();
    renderArticle(view, text, response.article, layoutArticle(response.article));
    renderSources(sourceList, response.article);
    const drawMs = performance.now() - t1;
    summary.textContent = summarise(response.article);
    timing.textContent = `Parsed ${text.length.toLocaleString('en')} characters in ${parseMs.toFixed(1)} ms (drawn in ${drawMs.toFixed(1)} ms).`;
    timing.dataset['drawMs'] = drawMs.toFixed(3);
  } else {
    view.replaceChildren();
    sourceList.replaceChildren();
    summary.textContent = '';
    error.textContent = `${response.code}: ${response.message}`;
    timing.textContent = `Parse failed after ${parseMs.toFixed(1)} ms.`;
  }
  // Machine-readable for the browser test: which input the page shows, and how long it took.
  timing.dataset['parseMs'] = parseMs.toFixed(3);
  timing.dataset['inputLength'] = String(text.length);
  timing.dataset['parses'] = String(++shown);
  selection.textContent = '';
  if (tabs.current() === 'panel-json') refreshJson();
}

function summarise(a: Article): string {
  const unattributed = a.quotes.filter((q) => q.source === null).length;
  const parts = [
    plural(a.paragraphs.length, 'paragraph'),
    plural(a.sections.length, 'section'),
    `${plural(a.quotes.length, 'quote')}${unattributed ? ` (${unattributed} unattributed)` : ''}`,
    plural(a.sources.length, 'source'),
  ];
  return parts.join(' · ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const parser = startParser(show);
const update = (): void => parser.parse(input.value);

// Shown in the picker once the text is edited, so it never names a sample the text no longer is.
const OWN_TEXT = new Option('Your own text', 'own');
OWN_TEXT.disabled = true;
picker.append(OWN_TEXT);
for (const sample of SAMPLES) picker.append(new Option(sample.label, sample.id));

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  picker.value = SAMPLES.find((s) => s.text === input.value)?.id ?? OWN_TEXT.value;
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
});
picker.addEventListener('change', () => {
  const sample = SAMPLES.find((s) => s.id === picker.value);
  if (!sample) return;
  input.value = sample.text;
  clearTimeout(timer);
  update();
});

// One listener for every source button; buttons are native, so Enter and Space work as clicks.
sourceList.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('button[data-source]');
  if (!button || !article) return;
  const index = Number(button.dataset['source']);
  selected = selected === index ? null : index;
  const count = selectSource(view, sourceList, selected);
  const source = selected === null ? undefined : article.sources[selected];
  selection.textContent = source ? `Highlighting ${source.name}: ${plural(count, 'quote')} and ${plural(source.mentions.length, 'mention')}.` : 'No source selected.';
});

picker.value = SAMPLES[0]?.id ?? OWN_TEXT.value;
input.value = SAMPLES[0]?.text ?? '';
update();
