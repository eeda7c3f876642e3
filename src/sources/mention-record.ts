/**
 * The object a {@link NameMention} is stored in. An article has a mention for nearly every
 * capitalised run, each kept until the parse ends, and one field costs eight bytes: so the
 * mention keeps only what it cannot derive. Where its name ends and the sentence and paragraph
 * it stands in are read from the words' columns by its name's tokens; its yes/no facts, its kind
 * and its genders share one integer.
 * @module
 */
import type { Gender } from '../lexicon/titles.js';
import type { NameKind, NameMention } from './names.js';
import { TokenList } from './words.js';

/** The bits of {@link MentionRecord}'s `bits`: four flags, then two genders and the kind, two bits each. */
const Bit = {
  TitleBefore: 1 << 0,
  SaysMore: 1 << 1,
  Marked: 1 << 2,
  Oblique: 1 << 3,
} as const;
const GENDER_SHIFT = 4;
const HONORIFIC_GENDER_SHIFT = 6;
const KIND_SHIFT = 8;

/** Genders by code (0: none). */
const GENDERS: readonly (Gender | null)[] = [null, 'male', 'female'];
/** Kinds by code. */
const KINDS: readonly NameKind[] = ['person', 'organization', 'outlet', 'unknown'];

/** What a mention says besides its tokens and offsets, as {@link packMention} packs it. */
export interface MentionFacts {
  readonly titleBefore: boolean;
  readonly saysMore: boolean;
  readonly marked: boolean;
  readonly oblique: boolean;
  readonly gender: Gender | null;
  readonly honorificGender: Gender | null;
  readonly kind: NameKind;
}

/** The integer that holds `facts` (see {@link MentionRecord}). */
export function packMention(facts: MentionFacts): number {
  return (
    (facts.titleBefore ? Bit.TitleBefore : 0) |
    (facts.saysMore ? Bit.SaysMore : 0) |
    (facts.marked ? Bit.Marked : 0) |
    (facts.oblique ? Bit.Oblique : 0) |
    (GENDERS.indexOf(facts.gender) << GENDER_SHIFT) |
    (GENDERS.indexOf(facts.honorificGender) << HONORIFIC_GENDER_SHIFT) |
    (KINDS.indexOf(facts.kind) << KIND_SHIFT)
  );
}

/** A {@link NameMention}: the fields it cannot derive, and getters for the rest. */
export class MentionRecord implements NameMention {
  /** Keeps the shape of this class's instances alive between parses (see `TokenStore.shapeAnchor`). @internal */
  static readonly shapeAnchor: MentionRecord = new MentionRecord(TokenList.shapeAnchor, 0, 0, [], null, -1, -1, 0, 0, 0, 0);
  constructor(
    /** The words the mention's tokens index. */
    private readonly tokens: TokenList,
    readonly start: number,
    readonly nameStart: number,
    readonly words: readonly string[],
    readonly title: string | null,
    readonly titleFrom: number,
    readonly titleTo: number,
    readonly runFrom: number,
    readonly first: number,
    readonly last: number,
    /** {@link packMention}'s integer. */
    private readonly bits: number,
  ) {}

  get end(): number {
    return this.tokens.end[this.last] as number;
  }

  get sentence(): number {
    return this.tokens.sentence[this.first] as number;
  }

  get paragraph(): number {
    return this.tokens.paragraph[this.first] as number;
  }

  get titleBefore(): boolean {
    return (this.bits & Bit.TitleBefore) !== 0;
  }

  get saysMore(): boolean {
    return (this.bits & Bit.SaysMore) !== 0;
  }

  get marked(): boolean {
    return (this.bits & Bit.Marked) !== 0;
  }

  get oblique(): boolean {
    return (this.bits & Bit.Oblique) !== 0;
  }

  get gender(): Gender | null {
    return GENDERS[(this.bits >> GENDER_SHIFT) & 3] ?? null;
  }

  get honorificGender(): Gender | null {
    return GENDERS[(this.bits >> HONORIFIC_GENDER_SHIFT) & 3] ?? null;
  }

  get kind(): NameKind {
    return KINDS[(this.bits >> KIND_SHIFT) & 3] ?? 'unknown';
  }
}
