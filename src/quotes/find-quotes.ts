/**
 * The quotes stage: pairs quotation marks, reads each paragraph's frame sentence by sentence for
 * attributions, then gathers what attributions leave over — the second half of a split quote,
 * the paragraphs of a multi-paragraph quote, a quotation introduced by a colon in the sentence
 * before, a fully quoted paragraph that continues the previous speaker — and drops scare quotes
 * and titles (short quoted phrases inside a sentence that nobody is said to have said).
 * @module
 */
import type { CueType, Paragraph, Quote, Span } from '../schema.js';
import { isBlank } from '../text/chars.js';
import { spanText, textSpan, trimSpan } from '../text/span.js';
import { attributeSentence, type Attribution } from './attribute.js';
import type { TokenStore } from '../text/tokens.js';
import { cueTypeOf } from './cue-type.js';
import { isSignatureDash } from './colon.js';
import { buildFrame, isQuotedTitle, type Frame, type Items } from './frame.js';
import { isPunct } from './items.js';
import { pairQuotes, type QuoteSegment } from './pairing.js';
import { HEADLINE_VERB_CLASSES } from '../lexicon/reporting-verbs.js';

/** A quote being assembled. */
export interface Draft {
  kind: Quote['kind'];
  readonly parts: Span[];
  /** The blocks it spans. A set: a quote continued over a thousand one-line paragraphs must not be searched per paragraph. */
  readonly paragraphs: Set<number>;
  /** The last of {@link Draft.paragraphs}, kept as they are added (`-1`: none yet). */
  lastParagraph: number;
  /** Cue, type and speaker: set when the draft is made; an unattributed quotation may still get them (see {@link attributesOrphan}). */
  cue: Span | null;
  cueType: CueType;
  speaker: Span | null;
  /** Segments (by index) this quote has taken. */
  readonly segments: number[];
}

/** A cue and speaker whose content is the quotation that comes next ("Cruz continued:"). */
interface LeadIn {
  readonly cue: Span;
  readonly cueType: CueType;
  readonly speaker: Span;
}

// An unattributed quotation shorter than this inside a sentence is a scare quote or a title.
const MIN_UNATTRIBUTED_WORDS = 5;
// A quotation handed over to a frame ("“Not yet,” came the reply") needs only two words to be one.
const MIN_FRAMED_WORDS = 2;

/** What the quotes passes share: the blocks read, the paired marks and the quotes being assembled. */
export interface QuotesState {
  readonly store: TokenStore;
  /** The headline (when there is one) and the paragraphs, in input order. */
  readonly blocks: readonly Span[];
  /** 1 when block 0 is the headline, else 0: block `p` is paragraph `p - first`. */
  readonly first: number;
  readonly paragraphs: readonly Paragraph[];
  /** Top-level quoted segments, in input order (set by {@link pairMarks}). */
  segments: readonly QuoteSegment[];
  /** Which draft took each segment. */
  readonly owner: Map<number, Draft>;
  readonly drafts: Draft[];
}

/**
 * The quotes passes' state for one parse: the headline's and paragraphs' blocks over the parse's
 * tokens, the first paragraph's starting after the dateline; no marks paired yet.
 */
export function newQuotesState(store: TokenStore, headline: Span | null, paragraphs: readonly Paragraph[], dateline: Span | null = null): QuotesState {
  // The dateline ("WASHINGTON (AP) —") is furniture: its place is never a speaker nor content.
  const body = dateline === null ? paragraphs : paragraphs.map((p) => (p.start <= dateline.start && dateline.end <= p.end ? { start: dateline.end, end: p.end } : p));
  const blocks: readonly Span[] = headline === null ? body : [headline, ...body];
  return { store, blocks, first: headline === null ? 0 : 1, paragraphs, segments: [], owner: new Map(), drafts: [] };
}

/** Pass `quote-marks`: pairs the quotation marks of every block into top-level segments. */
export function pairMarks(qs: QuotesState): void {
  const { first, paragraphs } = qs;
  // A new run of quotations starts at the first paragraph after the headline and at each new section.
  const startsRun = (p: number): boolean => p <= first || paragraphs[p - first]?.section !== paragraphs[p - first - 1]?.section;
  qs.segments = pairQuotes(qs.store.input, qs.blocks, startsRun);
}

/**
 * Pass `attributions`: reads each block's frame sentence by sentence — cues, speakers and the
 * attributions they make — and the quotations no attribution takes.
 */
export function readFrames(qs: QuotesState): void {
  const { store, segments, owner, drafts, first } = qs;
  let next = 0;
  // One read state for the article: what a paragraph leaves (a lead-in, the last quotes) is read by the next.
  const st: ReadState = { store, segments, owner, drafts, leadIn: null, lastDirect: null, lastReported: null, sentenceReported: null, headline: false };
  // The item references of the frame being read: one buffer for every frame, overwritten by the next
  // (a frame is read only until the next is built), sized for the longest paragraph.
  const refs = new Int32Array(mostItems(qs));
  for (let p = 0; p < qs.blocks.length; p++) {
    const frame = buildFrame(store, p, qs.blocks[p] as Span, segments, next, refs);
    while (next < segments.length && (segments[next] as QuoteSegment).paragraph === p) next++;
    st.headline = p < first;
    readParagraph(frame, st);
    // Nothing in a headline carries over into the body.
    if (st.headline) {
      st.leadIn = null;
      st.lastDirect = null;
      st.lastReported = null;
    }
  }
}

/** An upper bound of the items of any block's frame: its tokens, and one item per quotation. */
function mostItems(qs: QuotesState): number {
  const { store, segments, blocks } = qs;
  let most = 0;
  let s = 0;
  for (let p = 0; p < blocks.length; p++) {
    const block = blocks[p] as Span;
    let n = store.indexAt(block.end) - store.indexAt(block.start);
    for (; s < segments.length && (segments[s] as QuoteSegment).paragraph === p; s++) n++;
    most = Math.max(most, n);
  }
  return most;
}

/**
 * Pass `quotes`: joins the segments that continue a quote across paragraphs and returns every
 * quote of the article in input order. A headline quote has `paragraphs: []`.
 */
export function gatherQuotes(qs: QuotesState): Quote[] {
  const input = qs.store.input;
  joinContinuedSegments({ store: qs.store, segments: qs.segments, owner: qs.owner, drafts: qs.drafts, leadIn: null, lastDirect: null, lastReported: null, sentenceReported: null, headline: false });
  return qs.drafts
    .filter((d) => d.parts.length > 0)
    .sort((a, b) => (a.parts[0] as Span).start - (b.parts[0] as Span).start)
    .map((d, index) => toQuote(input, d, index, qs.first));
}

interface ReadState {
  /** The article's tokens; `store.input` is the text they index. */
  readonly store: TokenStore;
  readonly segments: readonly QuoteSegment[];
  readonly owner: Map<number, Draft>;
  readonly drafts: Draft[];
  leadIn: LeadIn | null;
  lastDirect: Draft | null;
  /** The last attribution of reported speech (indirect), whose speaker a quoted paragraph after it may go on with. */
  lastReported: Draft | null;
  /** The reported speech (indirect, with a speaker) that ended the previous sentence of this paragraph, or null. */
  sentenceReported: Draft | null;
  /** True while the headline is read: only attributions of words count there, nothing is left over. */
  headline: boolean;
}

function readParagraph(frame: Frame, st: ReadState): void {
  const { items } = frame;
  st.sentenceReported = null;
  // The quotation the previous sentence was, when no one was found to have said it.
  let orphan: Draft | null = null;
  for (const sentence of frame.sentences) {
    const drafts = st.drafts.length;
    const found = attributeSentence(items, sentence, frame.titleCase);
    // A headline's "X expects …" or "X wants …" is the writer's framing; "X says" and "X: …" attribute words.
    const attributions = st.headline ? found.filter((a) => a.cue.verb === null || HEADLINE_VERB_CLASSES.has(a.cue.verb.class)) : found;
    if (orphan !== null && attributesOrphan(items, sentence, attributions)) {
      const a = attributions[0] as Attribution;
      orphan.cue = spanOf(items, a.cue.from, a.cueTo);
      orphan.cueType = cueTypeOf(a);
      orphan.speaker = spanOf(items, a.speaker.from, a.speaker.to);
      orphan = null;
      continue;
    }
    for (const a of attributions) addAttribution(frame, a, st);
    if (orphan !== null) adjacentSpeaker(orphan, items, sentence.from, st);
    if (st.headline) continue;
    // Quotations the attributions did not take.
    const whole = isOnlyQuotes(items, sentence.from, sentence.to);
    for (let i = sentence.from; i < sentence.to; i++) {
      const segment = items.segment(i);
      if (segment < 0 || st.owner.has(segment)) continue;
      // "“…,” Trump said: “…”", "Conceding …, he warned: “…”": a quotation after the colon that
      // closes an attribution's frame is that speaker's too.
      const framing = isPunct(items, i - 1, ':') ? frameClosedAt(attributions, i - 1) : undefined;
      if (framing === undefined) leftover(frame, i, i === sentence.from, whole, st);
      else {
        const draft = newDraft(leadInOf(items, framing), st);
        takeSegment(draft, segment, st);
        st.lastDirect = draft;
      }
    }
    // A lead-in ("Cruz continued:") waits for the quotations that follow; any other sentence ends it.
    const last = attributions.at(-1);
    // "… said that, given the choice:" — a sentence that ends on a colon hands on to the quotation after it too.
    if (last !== undefined && (last.content.length === 0 || (isPunct(items, sentence.to - 1, ':') && !isOnlyQuotes(items, sentence.to - 2, sentence.to)))) {
      st.leadIn = leadInOf(items, last);
    } else if (attributions.length > 0 || !whole) {
      st.leadIn = null;
    }
    const added = st.drafts.length > drafts ? st.drafts.at(-1) : undefined;
    st.sentenceReported = added?.kind === 'indirect' && added.speaker !== null ? added : null;
    orphan = whole && added !== undefined && added.speaker === null && added.cue === null ? added : null;
  }
}

/**
 * "“He is the right man. ” “He is a good coach,” Lee said.": a quotation nobody was found to
 * have said, followed with nothing but blanks between by a quotation of the next sentence that an
 * attribution gave a speaker, is that speaker's too (copy that closes and reopens the marks at
 * every sentence). `first` is the next sentence's first item.
 */
function adjacentSpeaker(orphan: Draft, items: Items, first: number, st: ReadState): void {
  const segment = items.segment(first);
  const next = segment < 0 ? undefined : st.owner.get(segment);
  const last = orphan.segments.at(-1);
  if (next === undefined || next === orphan || next.speaker === null || next.kind !== 'direct' || last === undefined) return;
  const before = st.segments[last] as QuoteSegment;
  const after = st.segments[segment] as QuoteSegment;
  if (after.open < 0 || !onlyBlanks(st.store.input, before.end, after.open)) return;
  orphan.cue = next.cue;
  orphan.cueType = next.cueType;
  orphan.speaker = next.speaker;
}

/** True when `input` holds only blanks in `[from, to)`. */
function onlyBlanks(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(input.charCodeAt(i))) return false;
  return true;
}

/**
 * The attribution whose frame (speaker and cue) ends right before item `colon`, or undefined. A
 * plain loop: a closure over the caller's loop index would cost a context per item read.
 */
function frameClosedAt(attributions: readonly Attribution[], colon: number): Attribution | undefined {
  for (const a of attributions) if (Math.max(a.cueTo, a.speaker.to) === colon) return a;
  return undefined;
}

/** The cue, its type and the speaker of attribution `a`, for the quotations it hands on to. */
function leadInOf(items: Items, a: Attribution): LeadIn {
  return { cue: spanOf(items, a.cue.from, a.cueTo), cueType: cueTypeOf(a), speaker: spanOf(items, a.speaker.from, a.speaker.to) };
}

/**
 * True when `sentence` only names who said the quotation before it: "“…we will win.” Lee said." —
 * a speaker and a cue with nothing to report, closed by a full stop (the quotation's own stop
 * ended the sentence early). A colon or a quotation after the cue hands on instead.
 */
function attributesOrphan(items: Items, sentence: { from: number; to: number }, found: readonly Attribution[]): boolean {
  const a = found[0];
  if (found.length !== 1 || a === undefined || a.content.length > 0 || a.shape !== 'leading' || a.speaker.from !== sentence.from) return false;
  if (a.speaker.from === a.speaker.to || !isPunct(items, sentence.to - 1, '.')) return false;
  for (let i = sentence.from; i < sentence.to; i++) if (items.isQuote(i)) return false;
  return true;
}

function addAttribution(frame: Frame, a: Attribution, st: ReadState): void {
  const { items } = frame;
  const draft: Draft = {
    kind: 'indirect',
    parts: [],
    paragraphs: new Set<number>().add(frame.paragraph),
    lastParagraph: frame.paragraph,
    cue: spanOf(items, a.cue.from, a.cueTo),
    cueType: cueTypeOf(a),
    // ("Asked whether …, Lee said": an empty speaker phrase is an asker the sentence does not name.)
    speaker: a.speaker.from === a.speaker.to ? null : spanOf(items, a.speaker.from, a.speaker.to),
    segments: [],
  };
  for (const range of a.content) {
    const quotes = segmentsIn(items, range.from, range.to);
    const words = range.to - range.from - quotes.length;
    const onlyQuote = quotes.length === 1 && (words === 0 || (words === 1 && items.kind(range.to - 1) === 'punct'));
    if (quotes.some((q) => st.owner.has(q))) return;
    if (onlyQuote) {
      draft.kind = 'direct';
      takeSegment(draft, quotes[0] as number, st);
    } else {
      if (quotes.length > 0) draft.kind = 'mixed';
      for (const q of quotes) {
        st.owner.set(q, draft);
        draft.segments.push(q);
      }
      draft.parts.push(trimmedPart(st.store.input, items.start(range.from), items.end(range.to - 1)));
    }
  }
  if (a.content.length === 0) return;
  st.drafts.push(draft);
  if (draft.kind !== 'indirect') st.lastDirect = draft;
  else st.lastReported = draft;
}

/** What to do with quotation item `i`, which no attribution took. */
function leftover(frame: Frame, i: number, startsSentence: boolean, whole: boolean, st: ReadState): void {
  const segment = frame.items.segment(i);
  const seg = st.segments[segment] as QuoteSegment;
  const prev = st.segments[segment - 1];
  // The next paragraph of a multi-paragraph quotation: joined at the end, whoever owns the chain.
  if (prev !== undefined && prev.continued && prev.paragraph === seg.paragraph - 1 && i === 0) return;
  if (startsSentence && st.leadIn !== null) {
    const draft = newDraft(st.leadIn, st);
    takeSegment(draft, segment, st);
    st.lastDirect = draft;
    return;
  }
  // "“…,” he said. “…”" and a fully quoted paragraph after a quoted one: the same speaker goes on.
  // "Lee said the plan would fail.¶“We cannot afford it.”": a paragraph that opens with a quotation,
  // right after a paragraph of reported speech, goes on with that speaker — unless a quote came since.
  const reported = st.lastReported;
  if (i === 0 && whole && reported !== null && reported.lastParagraph === frame.paragraph - 1 && (st.lastDirect === null || !follows(st.lastDirect, frame.paragraph))) {
    const draft = newDraft(reported, st);
    takeSegment(draft, segment, st);
    st.lastDirect = draft;
    return;
  }
  if (startsSentence && whole && st.lastDirect !== null && follows(st.lastDirect, frame.paragraph)) {
    if (st.lastDirect.paragraphs.has(frame.paragraph)) takeSegment(st.lastDirect, segment, st);
    else {
      const draft = newDraft(st.lastDirect, st);
      takeSegment(draft, segment, st);
      st.lastDirect = draft;
    }
    return;
  }
  // ("“Tales From the Crypt,” an HBO series, …": a quoted title names a work; nobody said it.)
  if (isQuotedTitle(st.store, seg)) return;
  // A quotation that opens its sentence and hands over to a frame ("“…,” said …") was said by
  // someone, even when the frame is not understood: it is kept, with no speaker.
  const framed = startsSentence && !whole && handsOver(st.store.input, seg) && frame.items.isWord(i + 1);
  // A quotation that a colon introduces and that closes its sentence ("Trump went even further:
  // “…”") is quoted speech too, whoever the frame names.
  const introduced = isPunct(frame.items, i - 1, ':') && !frame.items.isWord(i + 1);
  // A quotation opening its sentence and signed with a dash ("“…” — Tucson") was said by someone.
  const signed = startsSentence && isSignatureDash(frame.items, i + 1);
  const words = countWords(st.store.input, seg.contentStart, seg.contentEnd);
  if ((framed && words >= MIN_FRAMED_WORDS) || (seg.family === 'double' && (whole ? startsSentence : introduced || signed) && words >= MIN_UNATTRIBUTED_WORDS)) {
    // "Sami recalled how dark the road was. “I was like, where is the city?”": a sentence that is
    // only a quotation, right after a sentence of reported speech, goes on with that speaker.
    const draft = newDraft(whole && st.sentenceReported !== null ? st.sentenceReported : UNATTRIBUTED, st);
    takeSegment(draft, segment, st);
    st.lastDirect = draft;
  }
}


/** True when the quotation's words end with a comma, a question mark or an exclamation mark: "“…,” said …". */
function handsOver(input: string, seg: QuoteSegment): boolean {
  let e = seg.contentEnd;
  while (e > seg.contentStart && isBlank(input.charCodeAt(e - 1))) e--;
  const last = input.charCodeAt(e - 1);
  return last === 0x2c || last === 0x3f || last === 0x21;
}

/** True when `draft` was last extended in this paragraph or the one before. */
function follows(draft: Draft, paragraph: number): boolean {
  const last = draft.lastParagraph;
  return last === paragraph || last === paragraph - 1;
}

function takeSegment(draft: Draft, s: number, st: ReadState): void {
  const seg = st.segments[s] as QuoteSegment;
  st.owner.set(s, draft);
  draft.segments.push(s);
  const part = trimmedPart(st.store.input, seg.contentStart, seg.contentEnd);
  // A paragraph that holds only an opening mark contributes no words and is not one the quote spans.
  if (part.end > part.start) {
    draft.parts.push(part);
    draft.paragraphs.add(seg.paragraph);
    if (seg.paragraph > draft.lastParagraph) draft.lastParagraph = seg.paragraph;
  }
}

/**
 * Gives every segment of a multi-paragraph quotation to one quote: the attributed one when a
 * segment has an attribution (usually the last paragraph's "…,” she said"), else the first.
 */
function joinContinuedSegments(st: ReadState): void {
  const { segments, owner } = st;
  for (let s = 0; s < segments.length; s++) {
    if (!(segments[s] as QuoteSegment).continued || (s > 0 && (segments[s - 1] as QuoteSegment).continued)) continue;
    const chain = [s];
    while ((segments[chain.at(-1) as number] as QuoteSegment).continued && (chain.at(-1) as number) + 1 < segments.length) chain.push((chain.at(-1) as number) + 1);
    // (pairQuotes only marks a segment continued when the next segment opens the next paragraph.)
    const owners = chain.map((c) => owner.get(c)).filter((d): d is Draft => d !== undefined);
    const target = owners.find((d) => d.speaker !== null) ?? owners[0];
    adoptChain(chain, target ?? newDraft(UNATTRIBUTED, st), st);
  }
}

function adoptChain(chain: readonly number[], target: Draft, st: ReadState): void {
  const inChain = new Set(chain);
  for (const c of chain) {
    const current = st.owner.get(c);
    if (current === target) continue;
    // A quote made of this chain's segments alone is absorbed; a mixed quote keeps its words.
    if (current !== undefined) {
      if (current.kind !== 'direct' || current.segments.some((x) => !inChain.has(x))) continue;
      current.parts.length = 0;
    }
    takeSegment(target, c, st);
  }
  if (target.kind === 'indirect') target.kind = 'mixed';
}

/** The attribution of a quotation no cue introduces. */
const UNATTRIBUTED = { cue: null, cueType: 'none', speaker: null } as const;

/** A new direct quote with the cue, cue type and speaker of `from` (a lead-in, an earlier quote, or none). */
function newDraft(from: Pick<Draft, 'cue' | 'cueType' | 'speaker'>, st: ReadState): Draft {
  const draft: Draft = { kind: 'direct', parts: [], paragraphs: new Set(), lastParagraph: -1, cue: from.cue, cueType: from.cueType, speaker: from.speaker, segments: [] };
  st.drafts.push(draft);
  return draft;
}

/** The trimmed span of a quote part, without the comma that punctuates its attribution ("…,” she said). */
function trimmedPart(input: string, start: number, end: number): Span {
  const t = trimSpan(input, start, end);
  let e = t.end;
  while (e > t.start && input.charCodeAt(e - 1) === 0x2c) e--;
  return e === t.end ? t : trimSpan(input, t.start, e);
}

/** The segments of the quotation items in `[from, to)`. */
function segmentsIn(items: Items, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (items.isQuote(i)) out.push(items.segment(i));
  return out;
}

/** True when `[from, to)` holds no word: only quotations and punctuation (a "whole" quoted sentence). */
function isOnlyQuotes(items: Items, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (items.isWord(i)) return false;
  return true;
}

function countWords(input: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isBlank(input.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function spanOf(items: Items, from: number, to: number): Span {
  return { start: items.start(from), end: items.end(to - 1) };
}

/** The collapsed text of a quote part, as `textSpan(…).text` gives it. */
function partText(input: string, part: Span): string {
  const t = trimSpan(input, part.start, part.end);
  return spanText(input, t.start, t.end);
}

/** Builds the public Quote; block indices shift by `first` (1 when block 0 is the headline). */
function toQuote(input: string, d: Draft, index: number, first: number): Quote {
  // Most quotes have one part and one paragraph: nothing to sort or join then.
  const parts = d.parts.length === 1 ? d.parts : [...d.parts].sort((a, b) => a.start - b.start);
  const paragraphs: number[] = [];
  for (const p of d.paragraphs) if (p >= first) paragraphs.push(p - first);
  if (paragraphs.length > 1) paragraphs.sort((a, b) => a - b);
  return {
    index,
    kind: d.kind,
    text: parts.length === 1 ? partText(input, parts[0] as Span) : parts.map((s) => partText(input, s)).join(' '),
    spans: parts.map((s) => ({ start: s.start, end: s.end })),
    paragraphs,
    cue: d.cue === null ? null : textSpan(input, d.cue.start, d.cue.end),
    cueType: d.cueType,
    speaker: d.speaker === null ? null : textSpan(input, d.speaker.start, d.speaker.end),
    source: null,
  };
}
