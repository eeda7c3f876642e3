import { describe, it, expect } from 'vitest';
import {
  REPORTING_VERBS,
  REPORTING_VERB_BY_FORM,
  regularForms,
  type ReportingVerb,
} from '../src/lexicon/reporting-verbs.js';
import { SPEECH_NOUNS } from '../src/lexicon/speech-nouns.js';
import {
  ANONYMOUS_SOURCE_HEADS,
  ANONYMOUS_SOURCE_MODIFIERS,
  ANONYMOUS_SOURCE_DETERMINERS,
  FAMILIARITY_TAILS,
} from '../src/lexicon/anonymous-sources.js';
import {
  HONORIFICS,
  PERSON_TITLES,
  GENDERED_TITLES,
  NATIONALITY_ADJECTIVES,
} from '../src/lexicon/titles.js';
import {
  OUTLETS,
  OUTLET_NOUNS,
  OUTLET_NAME_HINTS,
  AMBIGUOUS_OUTLET_NAMES,
} from '../src/lexicon/outlets.js';
import {
  ORGANIZATION_HEADS,
  ORGANIZATION_NAMES,
  ORGANIZATION_NOUNS,
} from '../src/lexicon/organizations.js';
import { PRONOUNS, NON_NAME_CAPITALISED } from '../src/lexicon/words.js';
import { QUOTE_ONLY_VERBS } from '../src/lexicon/grammar.js';

/** Entries that occur more than once. */
const duplicates = (items: Iterable<string>): string[] => {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) dup.add(item);
    seen.add(item);
  }
  return [...dup];
};

/** Entries that are empty, padded, or hold a double space / tab / newline. */
const malformed = (items: Iterable<string>): string[] =>
  [...items].filter((s) => s.trim() === '' || s !== s.trim() || /\s{2}|[\t\n\r]/.test(s));

const notLowercase = (items: Iterable<string>): string[] => [...items].filter((s) => s !== s.toLowerCase());

const verb = (lemma: string): ReportingVerb | undefined => REPORTING_VERBS.find((v) => v.lemma === lemma);

describe('reporting verbs', () => {
  const allForms = REPORTING_VERBS.flatMap((v) => v.forms);

  it('spells the forms of regular verbs by English spelling rules', () => {
    expect(regularForms('explain')).toEqual(['explain', 'explains', 'explained', 'explaining']);
    expect(regularForms('state')).toEqual(['state', 'states', 'stated', 'stating']);
    expect(regularForms('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing']);
    expect(regularForms('worry')).toEqual(['worry', 'worries', 'worried', 'worrying']);
    expect(regularForms('convey')).toEqual(['convey', 'conveys', 'conveyed', 'conveying']);
    expect(regularForms('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing']);
    expect(regularForms('vouch')).toEqual(['vouch', 'vouches', 'vouched', 'vouching']);
    expect(regularForms('point out')).toEqual(['point out', 'points out', 'pointed out', 'pointing out']);
    expect(regularForms('admit', true)).toEqual(['admit', 'admits', 'admitted', 'admitting']);
    expect(regularForms('sum up', true)).toEqual(['sum up', 'sums up', 'summed up', 'summing up']);
  });

  it('gives an "-ize" verb its British "-ise" forms too', () => {
    expect(verb('criticize')?.forms).toEqual(['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising']);
  });

  it('has a news-sized inventory', () => {
    expect(REPORTING_VERBS.length).toBeGreaterThanOrEqual(150);
    expect(REPORTING_VERBS.length).toBeLessThanOrEqual(300);
  });

  it('has unique lemmas and forms that identify exactly one verb', () => {
    expect(duplicates(REPORTING_VERBS.map((v) => v.lemma))).toEqual([]);
    expect(duplicates(allForms)).toEqual([]);
    expect(REPORTING_VERB_BY_FORM.size).toBe(allForms.length);
  });

  it('has well-formed lowercase forms, each verb listing its lemma', () => {
    expect(malformed(allForms)).toEqual([]);
    expect(notLowercase(allForms)).toEqual([]);
    expect(REPORTING_VERBS.filter((v) => !v.forms.includes(v.lemma)).map((v) => v.lemma)).toEqual([]);
    // Every verb has at least a base form plus inflections.
    expect(REPORTING_VERBS.filter((v) => v.forms.length < 3).map((v) => v.lemma)).toEqual([]);
  });

  it('keeps phrasal particles in every form of a phrasal verb', () => {
    for (const v of REPORTING_VERBS.filter((x) => x.lemma.includes(' '))) {
      const particle = v.lemma.split(' ').at(-1) ?? '';
      expect(v.forms.every((f) => f.endsWith(` ${particle}`)), v.lemma).toBe(true);
    }
  });

  it('contains the core news cues, tagged as direct', () => {
    for (const lemma of ['say', 'tell', 'add', 'state', 'explain', 'insist', 'write', 'ask', 'point out']) {
      expect(verb(lemma)?.direct, lemma).toBe(true);
    }
    expect(verb('say')?.class).toBe('speech');
    expect(verb('say')?.takesThat).toBe(true);
    expect(verb('ask')?.takesThat).toBe(false);
  });

  it('marks cognition verbs as cognition and not as direct tags', () => {
    for (const lemma of ['believe', 'think', 'hope', 'fear', 'expect', 'know', 'learn', 'understand']) {
      expect(verb(lemma)?.class, lemma).toBe('cognition');
      expect(verb(lemma)?.direct, lemma).toBe(false);
    }
  });

  it('has correct irregular, British and phrasal forms', () => {
    const expected: readonly (readonly [string, string])[] = [
      ['said', 'say'],
      ['told', 'tell'],
      ['wrote', 'write'],
      ['written', 'write'],
      ['thought', 'think'],
      ['knew', 'know'],
      ['known', 'know'],
      ['felt', 'feel'],
      ['meant', 'mean'],
      ['spoke', 'speak'],
      ['swore', 'swear'],
      ['understood', 'understand'],
      ['learnt', 'learn'],
      ['learned', 'learn'],
      ['emphasised', 'emphasize'],
      ['emphasized', 'emphasize'],
      ['criticised', 'criticize'],
      ['signalled', 'signal'],
      ['signaled', 'signal'],
      ['pointed out', 'point out'],
      ['went on', 'go on'],
      ['shot back', 'shoot back'],
      ['denied', 'deny'],
      ['replied', 'reply'],
      ['admitted', 'admit'],
      ['quipped', 'quip'],
    ];
    for (const [form, lemma] of expected) expect(REPORTING_VERB_BY_FORM.get(form)?.lemma, form).toBe(lemma);
  });

  it('leaves out the deliberately excluded ambiguous verbs', () => {
    // ("sought" is in since issue 10, for its infinitive: "sought to reassure donors".)
    for (const form of ['held', 'released', 'nodded', 'shrugged', 'smiling']) {
      expect(REPORTING_VERB_BY_FORM.has(form), form).toBe(false);
    }
  });

  it('lists the stage directions it keeps as tags of a quotation only', () => {
    for (const form of ['smiled', 'beamed', 'grinned', 'started', 'reacted', 'sang']) {
      const lemma = REPORTING_VERB_BY_FORM.get(form)?.lemma ?? '';
      expect(QUOTE_ONLY_VERBS.has(lemma), form).toBe(true);
    }
  });

  it('lists "call" only as a naming verb, which needs a quoted characterisation', () => {
    expect(REPORTING_VERB_BY_FORM.get('called')?.class).toBe('naming');
  });
});

describe('speech nouns', () => {
  it('has well-formed, lowercase speech nouns', () => {
    expect(malformed(SPEECH_NOUNS)).toEqual([]);
    expect(notLowercase(SPEECH_NOUNS)).toEqual([]);
  });

  it('covers the common attribution channels in singular and plural', () => {
    for (const noun of [
      'statement',
      'statements',
      'interview',
      'interviews',
      'tweet',
      'press conference',
      'news conference',
      'letter',
      'remarks',
      'post',
      'memo',
      'filing',
      'report',
      'testimony',
      'email',
      'op-ed',
    ]) {
      expect(SPEECH_NOUNS.has(noun), noun).toBe(true);
    }
    expect(SPEECH_NOUNS.has('response')).toBe(false);
    expect(SPEECH_NOUNS.has('order')).toBe(false);
  });
});

describe('anonymous sources', () => {
  it('has well-formed lowercase sets', () => {
    for (const set of [ANONYMOUS_SOURCE_HEADS, ANONYMOUS_SOURCE_MODIFIERS, ANONYMOUS_SOURCE_DETERMINERS]) {
      expect(malformed(set)).toEqual([]);
      expect(notLowercase(set)).toEqual([]);
    }
  });

  it('lists heads in singular and plural', () => {
    const pairs: readonly (readonly [string, string])[] = [
      ['source', 'sources'],
      ['official', 'officials'],
      ['spokesman', 'spokesmen'],
      ['spokeswoman', 'spokeswomen'],
      ['aide', 'aides'],
      ['insider', 'insiders'],
      ['diplomat', 'diplomats'],
      ['person', 'people'],
      ['adviser', 'advisers'],
      ['advisor', 'advisors'],
      ['witness', 'witnesses'],
    ];
    for (const [one, many] of pairs) {
      expect(ANONYMOUS_SOURCE_HEADS.has(one), one).toBe(true);
      expect(ANONYMOUS_SOURCE_HEADS.has(many), many).toBe(true);
    }
    expect(ANONYMOUS_SOURCE_HEADS.has('spokespeople')).toBe(true);
  });

  it('keeps determiners, modifiers and heads apart', () => {
    const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((x) => b.has(x));
    expect(overlap(ANONYMOUS_SOURCE_DETERMINERS, ANONYMOUS_SOURCE_HEADS)).toEqual([]);
    // 'official' is both: "official sources" (modifier) and "an official said" (head).
    expect(overlap(ANONYMOUS_SOURCE_MODIFIERS, ANONYMOUS_SOURCE_HEADS)).toEqual(['official']);
    expect(overlap(ANONYMOUS_SOURCE_DETERMINERS, ANONYMOUS_SOURCE_MODIFIERS)).toEqual([]);
    for (const word of ['senior', 'administration', 'white house', 'u.s.', 'western', 'israeli', 'former']) {
      expect(ANONYMOUS_SOURCE_MODIFIERS.has(word), word).toBe(true);
    }
    for (const word of ['a', 'two', 'several', 'multiple', 'another']) {
      expect(ANONYMOUS_SOURCE_DETERMINERS.has(word), word).toBe(true);
    }
  });

  it('has unique tails ordered so a longer tail is tried before its prefix', () => {
    expect(duplicates(FAMILIARITY_TAILS)).toEqual([]);
    expect(malformed(FAMILIARITY_TAILS)).toEqual([]);
    expect(notLowercase(FAMILIARITY_TAILS)).toEqual([]);
    FAMILIARITY_TAILS.forEach((tail, i) => {
      const later = FAMILIARITY_TAILS.slice(i + 1);
      expect(later.some((t) => t.startsWith(`${tail} `)), tail).toBe(false);
    });
    for (const tail of [
      'familiar with the matter',
      'who spoke on condition of anonymity',
      'who asked not to be named',
      'briefed on',
      'with knowledge of',
    ]) {
      expect(FAMILIARITY_TAILS, tail).toContain(tail);
    }
  });
});

describe('titles', () => {
  it('has honorifics in both US and UK spellings with the right gender', () => {
    expect(malformed(HONORIFICS.keys())).toEqual([]);
    expect(HONORIFICS.get('Mr.')).toBe('male');
    expect(HONORIFICS.get('Mr')).toBe('male');
    expect(HONORIFICS.get('Mrs.')).toBe('female');
    expect(HONORIFICS.get('Ms')).toBe('female');
    expect(HONORIFICS.get('Dr.')).toBeNull();
    expect(HONORIFICS.get('Mx.')).toBeNull();
    expect(HONORIFICS.get('Dame')).toBe('female');
    // Every dotted honorific that has a dotless British twin agrees with it.
    for (const [key, gender] of HONORIFICS) {
      const bare = key.replace(/\.$/, '');
      if (bare !== key && HONORIFICS.has(bare)) expect(HONORIFICS.get(bare), key).toBe(gender);
    }
  });

  it('has well-formed lowercase person titles with the AP abbreviations', () => {
    expect(malformed(PERSON_TITLES)).toEqual([]);
    expect(notLowercase(PERSON_TITLES)).toEqual([]);
    for (const title of [
      'president',
      'prime minister',
      'secretary-general',
      'secretary general',
      'sen.',
      'rep.',
      'gov.',
      'gen.',
      'lt.',
      'ceo',
      'spokeswoman',
      'attorney general',
      'vice president',
    ]) {
      expect(PERSON_TITLES.has(title), title).toBe(true);
    }
  });

  it('has gendered titles that are all person titles and agree with the honorifics', () => {
    expect(notLowercase(GENDERED_TITLES.keys())).toEqual([]);
    expect([...GENDERED_TITLES.keys()].filter((t) => !PERSON_TITLES.has(t))).toEqual([]);
    for (const [key, gender] of HONORIFICS) {
      const titled = GENDERED_TITLES.get(key.toLowerCase());
      if (titled !== undefined && gender !== null) expect(titled, key).toBe(gender);
    }
    expect(GENDERED_TITLES.get('spokeswoman')).toBe('female');
    expect(GENDERED_TITLES.get('spokesman')).toBe('male');
    expect(GENDERED_TITLES.has('president')).toBe(false);
  });

  it('has capitalised nationality adjectives and no organisations among them', () => {
    expect(NATIONALITY_ADJECTIVES.size).toBeGreaterThanOrEqual(150);
    expect(malformed(NATIONALITY_ADJECTIVES)).toEqual([]);
    expect([...NATIONALITY_ADJECTIVES].filter((n) => !/^[A-Z]/.test(n))).toEqual([]);
    for (const n of ['Ukrainian', 'Russian', 'American', 'U.S.', 'US', 'UK', 'British', 'Chinese', 'EU']) {
      expect(NATIONALITY_ADJECTIVES.has(n), n).toBe(true);
    }
    expect(NATIONALITY_ADJECTIVES.has('NATO')).toBe(false);
  });
});

describe('outlets', () => {
  const namesOf = (o: { readonly name: string; readonly aliases: readonly string[] }) => [o.name, ...o.aliases];
  const allOutletNames = OUTLETS.flatMap(namesOf);

  it('has 300+ well-formed outlets', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(300);
    expect(malformed(allOutletNames)).toEqual([]);
  });

  it('gives every name and alias to exactly one outlet (case-insensitively)', () => {
    // Case variants within one outlet are allowed (TASS / Tass); across outlets they are not.
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of OUTLETS) {
      for (const n of new Set(namesOf(o).map((x) => x.toLowerCase()))) {
        const prev = owner.get(n);
        if (prev !== undefined && prev !== o.name) clashes.push(`${n}: ${prev} / ${o.name}`);
        owner.set(n, o.name);
      }
    }
    expect(clashes).toEqual([]);
    for (const o of OUTLETS) expect(duplicates(namesOf(o)), o.name).toEqual([]);
  });

  it('has no alias that is an ordinary capitalised word or a bare back-reference', () => {
    const aliases = OUTLETS.flatMap((o) => o.aliases);
    expect(allOutletNames.filter((n) => NON_NAME_CAPITALISED.has(n))).toEqual([]);
    for (const bad of ['Time', 'Post', 'The Post', 'The Journal', 'The Globe', 'The Star', 'Times', 'Fox', 'Guardian']) {
      expect(aliases, bad).not.toContain(bad);
    }
  });

  it('resolves the big wire and national names', () => {
    const byName = (s: string) => OUTLETS.find((o) => namesOf(o).includes(s))?.name;
    expect(byName('AP')).toBe('Associated Press');
    expect(byName('The Associated Press')).toBe('Associated Press');
    expect(byName('AFP')).toBe('Agence France-Presse');
    expect(byName('NYT')).toBe('The New York Times');
    expect(byName('WSJ')).toBe('The Wall Street Journal');
    expect(byName('FT')).toBe('Financial Times');
    expect(byName('The Times')).toBe('The Times');
    for (const n of ['Reuters', 'Bloomberg', 'Axios', 'Politico', 'CNN', 'BBC', 'Al Jazeera', 'Kyiv Independent', 'TASS', 'Xinhua', 'El País', 'dpa']) {
      expect(byName(n), n).toBeDefined();
    }
  });

  it('flags only names that exist, and no outlet doubles as an organisation', () => {
    const known = new Set(allOutletNames);
    expect([...AMBIGUOUS_OUTLET_NAMES].filter((n) => !known.has(n))).toEqual([]);
    const orgNames = new Set(ORGANIZATION_NAMES.flatMap(namesOf).map((n) => n.toLowerCase()));
    expect(allOutletNames.filter((n) => orgNames.has(n.toLowerCase()))).toEqual([]);
  });

  it('has lowercase outlet nouns and capitalised name hints', () => {
    expect(malformed(OUTLET_NOUNS)).toEqual([]);
    expect(notLowercase(OUTLET_NOUNS)).toEqual([]);
    expect(OUTLET_NOUNS.has('newspaper')).toBe(true);
    expect(malformed(OUTLET_NAME_HINTS)).toEqual([]);
    expect([...OUTLET_NAME_HINTS].filter((h) => !/^[A-Z]/.test(h))).toEqual([]);
    for (const h of ['Times', 'Post', 'Journal', 'Herald', 'Gazette', 'Tribune']) expect(OUTLET_NAME_HINTS.has(h), h).toBe(true);
  });
});

describe('organisations', () => {
  const namesOf = (o: { readonly name: string; readonly aliases: readonly string[] }) => [o.name, ...o.aliases];
  const all = ORGANIZATION_NAMES.flatMap(namesOf);

  it('gives every name and alias to exactly one organisation', () => {
    expect(malformed(all)).toEqual([]);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of ORGANIZATION_NAMES) {
      for (const n of new Set(namesOf(o).map((x) => x.toLowerCase()))) {
        const prev = owner.get(n);
        if (prev !== undefined && prev !== o.name) clashes.push(`${n}: ${prev} / ${o.name}`);
        owner.set(n, o.name);
      }
    }
    expect(clashes).toEqual([]);
    expect(all.filter((n) => /^the /i.test(n))).toEqual([]);
  });

  it('resolves the common metonyms and acronyms', () => {
    const byName = (s: string) => ORGANIZATION_NAMES.find((o) => namesOf(o).includes(s))?.name;
    expect(byName('U.N.')).toBe('United Nations');
    expect(byName('UN')).toBe('United Nations');
    expect(byName('EU')).toBe('European Union');
    expect(byName('Fed')).toBe('Federal Reserve');
    expect(byName('WHO')).toBe('World Health Organization');
    for (const n of ['NATO', 'Pentagon', 'White House', 'Kremlin', 'Downing Street', 'Hamas', 'Google']) {
      expect(byName(n), n).toBe(n);
    }
  });

  it('has capitalised heads, lowercase nouns, and no name that is an ordinary sentence opener', () => {
    expect(malformed(ORGANIZATION_HEADS)).toEqual([]);
    expect([...ORGANIZATION_HEADS].filter((h) => !/^[A-Z]/.test(h) && h !== 'plc')).toEqual([]);
    expect(all.filter((n) => NON_NAME_CAPITALISED.has(n))).toEqual([]);
    expect(malformed(ORGANIZATION_NOUNS)).toEqual([]);
    expect(notLowercase(ORGANIZATION_NOUNS)).toEqual([]);
    for (const noun of ['company', 'ministry', 'government', 'party']) expect(ORGANIZATION_NOUNS.has(noun), noun).toBe(true);
  });
});

describe('words', () => {
  it('has subject pronouns with their features', () => {
    expect(notLowercase(PRONOUNS.keys())).toEqual([]);
    expect(PRONOUNS.get('he')).toEqual({ number: 'singular', gender: 'male', person: true });
    expect(PRONOUNS.get('she')?.gender).toBe('female');
    expect(PRONOUNS.get('it')?.person).toBe(false);
    expect(PRONOUNS.get('they')?.number).toBe('plural');
    expect(PRONOUNS.has('i')).toBe(true);
  });

  it('has capitalised non-name words that do not shadow names, honorifics or titles', () => {
    expect(NON_NAME_CAPITALISED.size).toBeGreaterThanOrEqual(250);
    expect(malformed(NON_NAME_CAPITALISED)).toEqual([]);
    for (const w of ['The', 'However', 'Monday', 'January', 'According', 'Meanwhile']) {
      expect(NON_NAME_CAPITALISED.has(w), w).toBe(true);
    }
    // Months that are also names (Theresa May, April Ryan) must not be blocked.
    for (const w of ['May', 'April', 'June', 'August']) expect(NON_NAME_CAPITALISED.has(w), w).toBe(false);
    expect([...HONORIFICS.keys()].filter((h) => NON_NAME_CAPITALISED.has(h))).toEqual([]);
    expect([...NATIONALITY_ADJECTIVES].filter((n) => NON_NAME_CAPITALISED.has(n))).toEqual([]);
  });
});

describe('place names', () => {
  it('holds countries, US states and capitals, but not ordinary cities', async () => {
    const { PLACE_NAMES } = await import('../src/lexicon/places.js');
    for (const name of ['Russia', 'North Korea', 'Virginia', 'Beijing', 'Brussels']) expect(PLACE_NAMES.has(name), name).toBe(true);
    for (const name of ['Phoenix', 'Dallas', 'russia']) expect(PLACE_NAMES.has(name), name).toBe(false);
  });
});

/** Every Set and Map a lexicon module exports, by export name. */
const listsOf = (mod: Record<string, unknown>): [string, ReadonlySet<string> | ReadonlyMap<string, unknown>][] =>
  Object.entries(mod).filter((e): e is [string, ReadonlySet<string> | ReadonlyMap<string, unknown>] => e[1] instanceof Set || e[1] instanceof Map);

describe('lexicon modules read by lower-cased words', () => {
  // The callers of these modules compare lower-cased words, so every list must be lowercase,
  // well-formed and non-empty (checkedSet also throws on a duplicate at load).
  it.each([
    ['grammar', () => import('../src/lexicon/grammar.js')],
    ['attribution', () => import('../src/lexicon/attribution.js')],
    ['names', () => import('../src/lexicon/names.js')],
  ])('%s.ts: every exported list is non-empty, lowercase and well-formed', async (_name, load) => {
    const lists = listsOf(await load());
    expect(lists.length).toBeGreaterThan(5);
    for (const [name, list] of lists) {
      expect(list.size, name).toBeGreaterThan(0);
      expect(notLowercase(list.keys()), name).toEqual([]);
      expect(malformed(list.keys()), name).toEqual([]);
    }
  });

  it('titles.ts: the title word lists moved from the quote and source rules are lowercase', async () => {
    const titles = await import('../src/lexicon/titles.js');
    const moved = ['TITLE_QUALIFIERS', 'TITLE_MODIFIERS', 'OF_COMPLEMENTS', 'GENERIC_ROLES', 'LEADING_TITLES', 'DESCRIPTION_FILLERS', 'ROLE_CHANGERS'] as const;
    for (const name of moved) {
      const list = titles[name];
      expect(list.size, name).toBeGreaterThan(0);
      expect(notLowercase(list), name).toEqual([]);
      expect(malformed(list), name).toEqual([]);
    }
    expect(titles.TITLE_EXPANSIONS.size).toBeGreaterThan(0);
    for (const [abbr, full] of titles.TITLE_EXPANSIONS) {
      expect(notLowercase([abbr, ...full]), abbr).toEqual([]);
      expect(full.length, abbr).toBeGreaterThan(0);
    }
  });
});

describe('grammar role lists', () => {
  it('builds the oblique markers on the prepositions', async () => {
    const { OBLIQUE_PREPOSITIONS, PREPOSITIONS } = await import('../src/lexicon/grammar.js');
    expect([...PREPOSITIONS].filter((p) => !OBLIQUE_PREPOSITIONS.has(p))).toEqual([]);
    for (const w of ['with', 'than', 'including', 'whom']) expect(OBLIQUE_PREPOSITIONS.has(w), w).toBe(true);
  });

  it('keeps pronoun role lists inside the pronouns they are cut from', async () => {
    const { BASE_FORM_PRONOUNS, FIRST_PERSON_PRONOUNS, SPEAKER_PRONOUNS, RELATIVE_PRONOUNS, RELATIVE_MARKERS } = await import('../src/lexicon/grammar.js');
    expect([...BASE_FORM_PRONOUNS].filter((p) => !SPEAKER_PRONOUNS.has(p))).toEqual([]);
    expect([...FIRST_PERSON_PRONOUNS].filter((p) => !PRONOUNS.has(p))).toEqual([]);
    expect([...RELATIVE_PRONOUNS].filter((p) => !RELATIVE_MARKERS.has(p))).toEqual([]);
    expect(BASE_FORM_PRONOUNS.has('he')).toBe(false);
  });

  it('maps every pronoun form to a subject pronoun of the lexicon, none of them one itself', async () => {
    const { PRONOUN_FORMS } = await import('../src/lexicon/words.js');
    expect(notLowercase(PRONOUN_FORMS.keys())).toEqual([]);
    expect([...PRONOUN_FORMS.values()].filter((p) => !PRONOUNS.has(p))).toEqual([]);
    expect([...PRONOUN_FORMS.keys()].filter((f) => PRONOUNS.has(f))).toEqual([]);
    expect(PRONOUN_FORMS.get('herself')).toBe('she');
  });
});

describe('attribution, name and title lists', () => {
  it('lets a name pass over its particles and the joints of institutional names', async () => {
    const { NAME_PARTICLES } = await import('../src/lexicon/grammar.js');
    const { NAME_JOINTS } = await import('../src/lexicon/names.js');
    expect([...NAME_PARTICLES].filter((p) => !NAME_JOINTS.has(p))).toEqual([]);
    for (const w of ['of', 'st.', 'and', '&']) expect(NAME_JOINTS.has(w), w).toBe(true);
  });

  it('has one party-plural list, "socialists" included, and party members that are party words', async () => {
    const { PARTY_MEMBERS, PARTY_PLURALS, PARTY_WORDS } = await import('../src/lexicon/names.js');
    for (const w of ['republicans', 'democrats', 'tories', 'socialists']) expect(PARTY_PLURALS.has(w), w).toBe(true);
    expect([...PARTY_MEMBERS].filter((m) => !PARTY_WORDS.has(m))).toEqual([]);
  });

  it('keeps the quotes stage title qualifiers inside the title modifiers', async () => {
    const { TITLE_MODIFIERS, TITLE_QUALIFIERS } = await import('../src/lexicon/titles.js');
    expect([...TITLE_QUALIFIERS].filter((w) => !TITLE_MODIFIERS.has(w))).toEqual([]);
  });

  it('needs a tail only for heads that are anonymous-source heads', async () => {
    const { TAIL_ONLY_HEADS } = await import('../src/lexicon/anonymous-sources.js');
    expect(TAIL_ONLY_HEADS.size).toBeGreaterThan(0);
    expect([...TAIL_ONLY_HEADS].filter((h) => !ANONYMOUS_SOURCE_HEADS.has(h))).toEqual([]);
  });

  it('names only verb classes that exist as headline classes, and not cognition', async () => {
    const { HEADLINE_VERB_CLASSES } = await import('../src/lexicon/reporting-verbs.js');
    const classes = new Set(REPORTING_VERBS.map((v) => v.class));
    expect([...HEADLINE_VERB_CLASSES].filter((c) => !classes.has(c as ReportingVerb['class']))).toEqual([]);
    expect(HEADLINE_VERB_CLASSES.has('speech')).toBe(true);
    expect(HEADLINE_VERB_CLASSES.has('cognition')).toBe(false);
  });

  it('keeps colon labels and the hearer forms apart from what they must not block', async () => {
    const { COLON_LABELS, HEARER_FORMS } = await import('../src/lexicon/attribution.js');
    expect(COLON_LABELS.has('update')).toBe(true);
    // "wrote Smith" is an inverted citation: a form of writing is no hearer form.
    for (const f of ['wrote', 'said']) expect(HEARER_FORMS.has(f), f).toBe(false);
    expect([...HEARER_FORMS].filter((f) => !REPORTING_VERB_BY_FORM.has(f))).toEqual([]);
  });
});

describe('lists moved out of the code', () => {
  it('bylines.ts: lowercase, well-formed lists; name connectors take in the name particles and joints', async () => {
    const { NAME_CONNECTORS, AFFILIATION_WORDS } = await import('../src/lexicon/bylines.js');
    const { NAME_PARTICLES } = await import('../src/lexicon/grammar.js');
    const { NAME_JOINTS } = await import('../src/lexicon/names.js');
    for (const [name, list] of [['NAME_CONNECTORS', NAME_CONNECTORS], ['AFFILIATION_WORDS', AFFILIATION_WORDS]] as const) {
      expect(list.size, name).toBeGreaterThan(0);
      expect(notLowercase(list), name).toEqual([]);
      expect(malformed(list), name).toEqual([]);
    }
    expect([...NAME_PARTICLES].filter((p) => !NAME_CONNECTORS.has(p))).toEqual([]);
    expect([...NAME_JOINTS].filter((p) => !NAME_CONNECTORS.has(p))).toEqual([]);
    expect(AFFILIATION_WORDS.has('reuters')).toBe(true);
  });

  it('keeps each role subset inside the list its caller checks first', async () => {
    const { HEAD_JOINING_PREPOSITIONS, PREPOSITIONS } = await import('../src/lexicon/grammar.js');
    const { POSTMODIFIER_PREPOSITIONS, POSTMODIFIER_STARTS, TELL_FORMS, HEARER_FORMS } = await import('../src/lexicon/attribution.js');
    const { DATE_LINE_FILLERS, DATE_LINE_WORDS } = await import('../src/lexicon/furniture.js');
    expect([...HEAD_JOINING_PREPOSITIONS].filter((p) => !PREPOSITIONS.has(p))).toEqual([]);
    expect([...POSTMODIFIER_PREPOSITIONS].filter((p) => !POSTMODIFIER_STARTS.has(p))).toEqual([]);
    expect([...TELL_FORMS].filter((f) => !HEARER_FORMS.has(f))).toEqual([]);
    expect([...DATE_LINE_FILLERS].filter((w) => !DATE_LINE_WORDS.has(w))).toEqual([]);
  });
});
