// Page furniture: section labels, ad slots, timestamps and breadcrumbs above the headline, and
// the ad slots and box labels that interrupt a body. All texts are invented.
import { describe, it, expect } from 'vitest';
import { BODY_FURNITURE_LINES, LINK_BOX_LABELS } from '../src/lexicon/furniture.js';
import { isBodyFurniture, isDateLine, isFurniture } from '../src/structure/furniture.js';
import { headingTexts, paragraphTexts, structureOf } from './fixtures/structure-helpers/offsets.js';

const HEADLINE = 'River barge strike ends after two weeks';
const P1 = 'Barge crews returned to work on Thursday after the operators agreed to a new pay scale.';
const P2 = 'Grain shipments had backed up at three ports during the stoppage, traders said.';

describe('isFurniture', () => {
  it.each([
    'World',
    'Advertisement',
    'ADVERTISEMENT',
    'Share this article',
    'Middle East',
    'Listen to this article',
    'Updated 5:02 PM EDT, Tue July 4, 2025',
    'Published 14 March 2024, 09:30 GMT',
    '6 min read',
    'Home > World > Europe',
    'News | Business | Markets',
    'Sport › Football',
    'Skip to main content',
  ])('takes %j', (text) => {
    expect(isFurniture(text)).toBe(true);
  });

  it.each([
    'World leaders meet in Geneva',
    'The barge strike ended on Thursday.',
    'Best phones of 2024 | Tested and ranked by our reviewers',
    'Updated rules for barge crews take effect',
    'Sunday lunch with the barge crews',
    'Share prices rose after the strike ended',
  ])('leaves %j', (text) => {
    expect(isFurniture(text)).toBe(false);
  });
});

describe('isDateLine', () => {
  it('takes timestamps and reading times, not sentences with a date', () => {
    expect(isDateLine('Last modified on Tue 4 Jul 2025 17.02 BST')).toBe(true);
    expect(isDateLine('3 hours ago')).toBe(true);
    expect(isDateLine('The strike ended on 4 July 2025')).toBe(false);
    expect(isDateLine('and the')).toBe(false);
  });
});

describe('isBodyFurniture', () => {
  it('takes ad slots and box labels, not words that may head a section', () => {
    expect(isBodyFurniture('Story continues below advertisement')).toBe(true);
    expect(isBodyFurniture('Related stories:')).toBe(true);
    expect(isBodyFurniture('Continue reading the main story')).toBe(true);
    expect(isBodyFurniture('Video')).toBe(false);
    expect(isBodyFurniture('Analysis')).toBe(false);
    expect(isBodyFurniture('Advertisement for the new barge terminal drew complaints')).toBe(false);
  });

  // The quick checks that dismiss prose before the word lists are read must not lose a label
  // whose separators fall oddly (a colon standing alone, separators before the first button).
  it('reads comment counters and button rows however their separators fall', () => {
    for (const text of ['Comments : 12', 'Replies: 3', '12 comments', ' Share  |  Print ', 'More on this story']) {
      expect(isBodyFurniture(text)).toBe(true);
    }
    for (const text of ['Comments on the 12 proposals', 'Comments 12 13', 'Share the 12 prints', 'Share Printers']) {
      expect(isBodyFurniture(text)).toBe(false);
    }
  });
});

describe('furniture in an article', () => {
  it('skips section labels and ad slots above the headline', () => {
    const input = `World\nAdvertisement\n\n${HEADLINE}\n\n${P1}\n\n${P2}`;
    const s = structureOf(input);
    expect(s.headline).toEqual({ start: 21, end: 21 + HEADLINE.length, text: HEADLINE });
    expect(paragraphTexts(s)).toEqual([P1, P2]);
  });

  it('skips breadcrumbs above the headline and a timestamp under it', () => {
    const input = `Home > World > Europe\n${HEADLINE}\nUpdated 5:02 PM EDT, Tue July 4, 2025\n\n${P1}\n\n${P2}`;
    const s = structureOf(input);
    expect(s.headline?.text).toBe(HEADLINE);
    expect(s.byline).toBeNull();
    expect(paragraphTexts(s)).toEqual([P1, P2]);
  });

  it('drops an ad slot between paragraphs', () => {
    const s = structureOf(`${HEADLINE}\n\n${P1}\n\nADVERTISEMENT\n\n${P2}`);
    expect(paragraphTexts(s)).toEqual([P1, P2]);
    expect(headingTexts(s)).toEqual([null]);
  });

  it('keeps a headline that has a site name after a bar', () => {
    const headline = 'Barge strike ends after two weeks of talks | The River Post';
    const s = structureOf(`${headline}\n\n${P1}\n\n${P2}`);
    expect(s.headline?.text).toBe(headline);
  });
});

describe('the furniture of issue 14', () => {
  it.each([
    ['a newsletter prompt in capitals', 'SIGN UP FOR THE RIVER POST MORNING NEWSLETTER'],
    ['a newsletter prompt as a sentence', 'Get the week’s best barge stories straight to your inbox.'],
    ['a related-article line', 'Related: Ten ports that never strike'],
    ['a promo for other articles', 'More on the grain trade'],
    ['a link to a review', 'Read our Harbour Barge 300 Review'],
    ['a sponsor line', 'Sponsored by Acme Shipping'],
    ['a comment counter', 'Comments (12)'],
    ['a comment counter, number first', '12 comments'],
    ['a button row', 'Share Print Learn more'],
    ['a button row with bars', 'Facebook | Twitter | Email'],
    ['a feedback widget', 'Was this useful?'],
    ['an author box label', 'About the writer'],
    ['a comment box label', 'Join the conversation'],
    ['a player left loading', 'Loading'],
    ['a player left loading, with dots', 'Loading…'],
    ['an image placeholder', 'Image'],
    ['a video label', 'WATCH'],
    ['a sponsored-links label', 'Sponsored link'],
    ['a video rail label', 'Recommended Videos'],
    ['an in-page contents box', 'Table of Contents'],
    ['an in-page contents box, short label', 'Contents'],
    ['an embedded post’s credit line', 'A post shared by Harbour Barges (@harbourbarges)'],
    ['a link set as a bracketed title', '[ How to choose a grain broker ]'],
  ])('takes %s', (_kind, text) => {
    expect(isBodyFurniture(text)).toBe(true);
    expect(isFurniture(text)).toBe(true);
  });

  it.each([
    'More on that later, the captain said.',
    'More from the harbour master:',
    'Related stocks fell as the strike dragged on',
    'Sign up here and you will be sent the ballot by post.',
    'Comments from the crews were mostly positive',
    'Share prices fell',
    'Was this the end of the strike?',
    'About the barge crews',
    'Loading the barges took all night',
    'Image problems at the port authority',
    'Watch the river levels',
    'A post shared by two unions drew thousands of replies.',
    '[Editor’s note: this story was updated with the union’s reply.]',
    '[Name]',
    '[Update: the strike ended at noon!]',
  ])('leaves %j', (text) => {
    expect(isBodyFurniture(text)).toBe(false);
  });

  it('keeps every kind out of paragraphs and headings, in the lead and in the body', () => {
    const input = [
      HEADLINE,
      'Related: Ten ports that never strike',
      P1,
      'SIGN UP FOR THE RIVER POST MORNING NEWSLETTER',
      P2,
      'More on the grain trade',
      'Crews go back to work',
      P1,
      'Share Print Learn more',
      'Was this useful?',
      'Comments (12)',
    ].join('\n\n');
    const s = structureOf(input);
    expect(s.headline?.text).toBe(HEADLINE);
    expect(paragraphTexts(s)).toEqual([P1, P2, P1]);
    expect(headingTexts(s)).toEqual([null, 'Crews go back to work']);
  });

  it('keeps the placeholders a copied page leaves behind out of paragraphs and headings', () => {
    const input = [HEADLINE, P1, 'Loading', P2, 'Recommended Videos', 'Crews go back to work', P1, 'Image', P2].join('\n\n');
    const s = structureOf(input);
    expect(paragraphTexts(s)).toEqual([P1, P2, P1, P2]);
    expect(headingTexts(s)).toEqual([null, 'Crews go back to work']);
  });
});

describe('link boxes and gallery buttons', () => {
  it('lists every link-box label among the body-furniture lines, which the link-box rule relies on', () => {
    for (const label of LINK_BOX_LABELS) expect(BODY_FURNITURE_LINES.has(label), label).toBe(true);
  });

  it.each(['View 50 Photos', 'View gallery', 'View slideshow', 'Photos | Share'])('takes the gallery button %j', (text) => {
    expect(isBodyFurniture(text)).toBe(true);
  });

  it.each(['View photos of the barge strike', 'See 50 barges', 'View from the bridge', 'Photos', 'Share 12'])('leaves %j', (text) => {
    expect(isBodyFurniture(text)).toBe(false);
  });

  it('drops the titles set in under a related-stories label, and keeps the flush heading after them', () => {
    const input = [
      HEADLINE,
      P1,
      'Related Stories',
      '    Ten ports that never strike',
      '    Why barge crews want a new pay scale',
      'Crews go back to work',
      P2,
    ].join('\n\n');
    const s = structureOf(input);
    expect(paragraphTexts(s)).toEqual([P1, P2]);
    expect(headingTexts(s)).toEqual([null, 'Crews go back to work']);
  });

  it('keeps lines under the label that are not set in, or that end a sentence', () => {
    const flush = structureOf([HEADLINE, P1, 'Related stories', 'Ten ports that never strike', P2].join('\n\n'));
    expect(paragraphTexts(flush)).toContain(P2);
    expect([...paragraphTexts(flush), ...headingTexts(flush)]).toContain('Ten ports that never strike');
    const prose = structureOf([HEADLINE, 'Related', `    ${P2}`, P1].join('\n'));
    expect(paragraphTexts(prose)).toEqual([P2, P1]);
  });

  it('keeps a long indented list under the label: a box holds a handful of links', () => {
    const items = Array.from({ length: 9 }, (_, k) => `    Port number ${k + 1} reopens`);
    const s = structureOf([HEADLINE, P1, 'Related', ...items, P2].join('\n'));
    expect(paragraphTexts(s)).toContain('Port number 1 reopens');
  });
});
