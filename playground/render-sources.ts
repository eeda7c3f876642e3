/**
 * The sources panel: one toggle button per source with every field the Source has, and the
 * highlighting of the selected source's quotes and mentions in the article view.
 * @module
 */
import type { Article, Source } from '../src/index.js';
import { colourClass, sourceLabel } from './render-article.js';

/**
 * Replaces `list`'s content with one `<li><button aria-pressed>` per source.
 *
 * @example
 * ```ts
 * renderSources(list, article);
 * ```
 */
export function renderSources(list: HTMLElement, article: Article): void {
  const items = article.sources.map((source) => {
    const li = document.createElement('li');
    li.append(sourceButton(source));
    return li;
  });
  list.replaceChildren(...items);
}

function sourceButton(source: Source): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `source ${colourClass(source.index)}`;
  button.dataset['source'] = String(source.index);
  button.setAttribute('aria-pressed', 'false');

  const head = span('source-head');
  head.append(span('chip', sourceLabel(source.index)), span('source-name', source.name));
  const forms = [...new Set(source.mentions.map((m) => m.text))];
  const quotes = source.quotes.map((q) => `Q${q + 1}`).join(', ');
  button.append(
    head,
    field('kind', source.kind),
    field('title', source.title ?? '—'),
    field('affiliation', source.affiliation ?? '—'),
    field('gender', source.gender === null ? '—' : `${source.gender} (${source.genderEvidence ?? '?'})`),
    field('quotes', source.quotes.length === 0 ? '0' : `${source.quotes.length} (${quotes})`),
    field('mentions', `${source.mentions.length}: ${forms.join(' · ')}`),
  );
  return button;
}

function field(name: string, value: string): HTMLElement {
  const row = span(`field field-${name}`);
  row.append(span('field-name', `${name}: `), span('field-value', value));
  return row;
}

function span(className: string, text?: string): HTMLElement {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Marks the selected source's quotes, cues, speakers and mentions with `is-selected` (and dims
 * the rest via `has-selection` on `view`); `null` clears the selection. Returns how many distinct
 * quotes are now highlighted in the view, for the status line.
 *
 * @example
 * ```ts
 * selectSource(view, list, 3); // 2
 * ```
 */
export function selectSource(view: HTMLElement, list: HTMLElement, selected: number | null): number {
  const key = selected === null ? null : String(selected);
  view.classList.toggle('has-selection', key !== null);
  const quotes = new Set<string>();
  for (const el of view.querySelectorAll<HTMLElement>('[data-source]')) {
    const on = el.dataset['source'] === key;
    el.classList.toggle('is-selected', on);
    if (on && el.classList.contains('quote') && el.dataset['quote'] !== undefined) quotes.add(el.dataset['quote']);
  }
  for (const button of list.querySelectorAll<HTMLElement>('button[data-source]')) {
    button.setAttribute('aria-pressed', String(button.dataset['source'] === key));
  }
  return quotes.size;
}
