// Subheadings and the short lines that are not: list items, fact boxes, quoted lines, credits,
// lead-ins, interview turns, bylines and one-line paragraphs. All texts are invented.
import { describe, it, expect } from 'vitest';
import { isHeadingCandidate } from '../src/structure/subheading.js';
import { headingTexts, paragraphTexts, structureOf, wrap } from './fixtures/structure-helpers/offsets.js';

const HEADLINE = 'Town prepares for its first marathon';
const P1 = 'More than four thousand runners have signed up for the town’s first marathon, which will close the ring road for most of Sunday morning.';
const P2 = 'Organisers said the route had been changed twice after residents of the old quarter complained about the noise of the early start.';
const P3 = 'Shops along the route have been asked to open late, and the two bakeries on the square have agreed to hand out water to the runners.';

function article(...body: string[]): string {
  return [HEADLINE, ...body].join('\n\n');
}

describe('isHeadingCandidate', () => {
  it.each([
    'What happens on race day',
    'What happens on race day?',
    'The road to the finish line',
    '2. Check the shoes before the start',
    'A QUIET TOWN WAKES UP',
    'Route changes: what residents need to know',
    'What is a marathon? Definition and history',
    'A Heading Set in Title Case That Runs On Past Twelve Words Without a Stop',
    'Route 66 in 24 hours',
    '4. Not only … but also …',
    '‘Marathonmania’ fills the hotels',
    'Runners arrive for a ‘festival of speed’',
    '’90s Running Shoes',
    'Keep the crowd cheerin’',
    'Let the Race Begin!',
    'RACE DAY: THE BEST PLACES TO WATCH IT',
  ])('takes %j', (text) => {
    expect(isHeadingCandidate(text)).toBe(true);
  });

  it.each([
    'Why?',
    'The race starts at seven.',
    'It rained. Then it stopped',
    '(Reporting by Jane Doe; Editing by John Roe)',
    'Why it matters:',
    '“We will be back next year,” she said',
    '- Water stations every five kilometres',
    '• Water stations every five kilometres',
    'By Jane Doe',
    'Jane Doe | Reuters',
    'Q: Why did you start running?',
    'JANE DOE: Why did you start running?',
    'And the good news?',
    'Age: 19',
    'Record: 12-0, 9 KOs',
    'the race starts at the old bridge',
    'A heading that goes on far too long to be a heading, with more than twelve words in it',
    'A HEADING SET IN CAPITALS THAT RUNS ON PAST TWELVE WORDS WITHOUT A STOP',
    'Is it far? The route runs past the harbour and the old mill',
    'Why? Definition and history',
    'Harbour Harriers 12 9 14 – 35',
    'The answer to the puzzle is …',
    '‘Yes,’ she said',
    '‘We love it,’ said the mayor',
    'Runners arrive for what the mayor called ‘the biggest day the town has seen’',
    '“We ran the best race in the county”',
    'What a race!',
    'Let the race begin!',
    'Let the Race Begin!!',
    'MARATHON ORGANISER CHARGED AFTER ROUTE SIGNS SENT RUNNERS INTO THE HARBOUR',
    'Well, the race did not go to plan',
    'Oh, and one more thing',
    'The race was a triumph, wasn’t it?',
    'Not a bad day for the town, right?',
  ])('rejects %j', (text) => {
    expect(isHeadingCandidate(text)).toBe(false);
  });
});

describe('subheadings in an article', () => {
  it('opens a section at a short line between paragraphs', () => {
    const input = article(P1, 'Changes to the route', P2, P3);
    const s = structureOf(input);
    expect(headingTexts(s)).toEqual([null, 'Changes to the route']);
    expect(s.sections.map((section) => section.paragraphs)).toEqual([[0], [1, 2]]);
    const at = input.indexOf('Changes');
    expect(s.sections[1]?.heading).toEqual({ start: at, end: at + 20, text: 'Changes to the route' });
    expect(paragraphTexts(s)).toEqual([P1, P2, P3]);
  });

  it('finds a heading in hard-wrapped text without blank lines', () => {
    // The paragraph before the heading ends on a short line, so the break before it is plainly hard.
    const first = `${P1.slice(0, -1)} and part of the afternoon.`;
    const input = [HEADLINE, '', ...wrap(first, 72), 'Changes to the route', ...wrap(P2, 72), ...wrap(P3, 72)].join('\n');
    const s = structureOf(input);
    expect(headingTexts(s)).toEqual([null, 'Changes to the route']);
    expect(paragraphTexts(s)).toEqual([first, P2, P3]);
  });

  it('keeps a short sentence paragraph as a paragraph', () => {
    const s = structureOf(article(P1, 'It was not to be.', P2));
    expect(headingTexts(s)).toEqual([null]);
    expect(paragraphTexts(s)).toEqual([P1, 'It was not to be.', P2]);
  });

  it('keeps a list after a lead-in as paragraphs', () => {
    const items = ['Water stations every five kilometres', 'A first-aid tent at the finish', 'Buses back to the start'];
    const s = structureOf(article(P1, 'Runners will find:', ...items, P2));
    expect(headingTexts(s)).toEqual([null]);
    expect(paragraphTexts(s)).toEqual([P1, 'Runners will find:', ...items, P2]);
  });

  it('keeps a run of short lines kept together in one block as a list', () => {
    const s = structureOf(article(P1, 'Sign up before Friday\nCollect your number on Saturday\nBe at the start by seven', P2));
    expect(headingTexts(s)).toEqual([null]);
  });

  it('heads a list that follows a finished paragraph', () => {
    const s = structureOf(article(P1, 'What to bring', 'Your race number', 'A water bottle', 'Warm clothes for after the finish', P2));
    expect(headingTexts(s)).toEqual([null, 'What to bring']);
  });

  it('heads a fact box indented under it, whose fields are not headings', () => {
    const box = '    Age: 34\n    Club: Riverside Harriers\n    Best time: 2:31:07';
    const s = structureOf(article(P1, '1. Maria Lindgren', box, P2, '2. Tomas Berg', '    Age: 29\n    Club: Old Quarter AC', P3));
    expect(headingTexts(s)).toEqual([null, '1. Maria Lindgren', '2. Tomas Berg']);
    expect(paragraphTexts(s)).toContain('Club: Riverside Harriers');
  });

  it('does not take a quoted line, a credit, a lead-in, a byline or an interview turn for a heading', () => {
    const s = structureOf(
      article(
        P1,
        '“We will be back next year”',
        P2,
        'Why it matters:',
        'Hotels are full for the first time since the bridge closed',
        'Q: Why did you start running?',
        P3,
        'By Jane Doe',
        P1,
        '(Reporting by Jane Doe; Editing by John Roe)',
      ),
    );
    expect(headingTexts(s)).toEqual([null]);
    expect(paragraphTexts(s)).toHaveLength(10);
  });

  it('does not take a short last line for a heading', () => {
    const s = structureOf(article(P1, P2, 'Jane Doe in Riverton'));
    expect(headingTexts(s)).toEqual([null]);
    expect(paragraphTexts(s)).toEqual([P1, P2, 'Jane Doe in Riverton']);
  });

  it('opens the first section when the body starts with a heading', () => {
    const s = structureOf(article('Key facts', P1, P2));
    expect(headingTexts(s)).toEqual(['Key facts']);
    expect(s.sections[0]?.paragraphs).toEqual([0, 1]);
  });
});

describe('headings read in context (issue 14)', () => {
  it.each([
    ['a question', 'What happens on race day?'],
    ['a quotation', '‘A long road to the finish’'],
    ['a colon heading', 'Explainer: how the route was chosen'],
    ['one word', 'Background'],
    ['one short word', 'Costs'],
    ['a product name in lower case', 'iPhone 13'],
  ])('takes %s between paragraphs', (_kind, heading) => {
    const s = structureOf(article(P1, P2, heading, P3, P1));
    expect(headingTexts(s)).toEqual([null, heading]);
    expect(paragraphTexts(s)).toEqual([P1, P2, P3, P1]);
  });

  it.each([
    ['ending in a colon', 'The organisers listed three changes:'],
    ['ending in a comma', 'When the first runners arrived,'],
    ['ending in a conjunction', 'The route will close because of either'],
    ['ending in an article', 'Runners will then cross the'],
  ])('rejects a sentence fragment %s', (_kind, fragment) => {
    const s = structureOf(article(P1, fragment, 'the ring road or the old bridge, depending on the weather.', P2));
    expect(headingTexts(s)).toEqual([null]);
  });

  it('rejects a short line that goes on in lower case on the next line', () => {
    const s = structureOf(article(P1, 'Runners who finish early', 'will be given a medal and a free breakfast at the town hall.', P2));
    expect(headingTexts(s)).toEqual([null]);
  });

  it('takes a short line over a list in lower case indented under it for a heading, as a broken sentence never is', () => {
    const commands = ['    route.open north', '    route.open south', '    route.close bridge'].join('\n');
    const s = structureOf(article(P1, 'Commands for the route planner', commands, P2));
    expect(headingTexts(s)).toEqual([null, 'Commands for the route planner']);
    const flush = ['route.open north', 'route.open south', 'route.close bridge'].join('\n');
    expect(headingTexts(structureOf(article(P1, 'Commands for the route planner', flush, P2)))).toEqual([null]);
  });

  it('rejects a quoted line spoken in the first person and a quoted sentence', () => {
    expect(headingTexts(structureOf(article(P1, '“We will be back next year”', P2, P3)))).toEqual([null]);
    expect(headingTexts(structureOf(article(P1, '“The race is on.”', P2, P3)))).toEqual([null]);
  });

  it('rejects a question that opens the body, and an interviewer’s question', () => {
    expect(headingTexts(structureOf(article('Is a marathon too much for a small town?', P1, P2)))).toEqual([null]);
    const answer = 'I started when I was ten, running to school and back because the bus never came on time.';
    const s = structureOf(article(P1, 'What made you start running?', answer, P2));
    expect(headingTexts(s)).toEqual([null]);
    expect(paragraphTexts(s)).toEqual([P1, 'What made you start running?', answer, P2]);
  });

  it('rejects an interviewer’s question whose answer opens with the speaker’s name', () => {
    const answer = 'Dana Okafor: It was the bus, really. It never came on time, so running was quicker.';
    const s = structureOf(article(P1, 'What made you start running?', answer, P2));
    expect(headingTexts(s)).toEqual([null]);
  });

  it('takes parallel short blocks as headings even when a short line stands next to them', () => {
    const short = 'It rained all night';
    const s = structureOf(article(P1, 'Part 1', short, P2, 'Part 2', short, P3, 'Part 3', P1));
    expect(headingTexts(s)).toEqual([null, 'Part 1', 'Part 2', 'Part 3']);
    expect(s.sections.map((section) => section.paragraphs.length)).toEqual([1, 2, 2, 1]);
  });

  it('does not take a run of numbered lines with nothing between them for parallel headings', () => {
    const s = structureOf(article(P1, 'Step 1', 'Step 2', 'Step 3', P2));
    expect(headingTexts(s)).toEqual([null]);
  });

  it('keeps the seed’s kind of heading that ends on a demonstrative', () => {
    expect(headingTexts(structureOf(article(P1, 'What came before this', P2, P3)))).toEqual([null, 'What came before this']);
  });
});

describe('lists and runs that look like headings (issue 14)', () => {
  it('takes the names of an entry list (name, the lines about it, the next name) for headings, indented or not', () => {
    const offers = ['Harbour Books', 'Up to 30 per cent off', 'Riverside Shoes', '20 per cent off boots', 'Old Mill Bakery', 'Two loaves for the price of one'];
    const names = [null, 'Harbour Books', 'Riverside Shoes', 'Old Mill Bakery'];
    expect(headingTexts(structureOf(article(P1, ...offers, P2)))).toEqual(names);
    const indented = offers.map((line, i) => (i % 2 === 1 ? `    ${line}` : line));
    expect(headingTexts(structureOf(article(P1, ...indented, P2)))).toEqual(names);
    // A name may head several lines, kept together in a block.
    const block = ['Harbour Books', ['Up to 30 per cent off', 'Free delivery on orders over $50', 'Gift cards from $10'].join('\n'), 'Riverside Shoes', '20 per cent off boots', 'Old Mill Bakery', 'Two loaves for the price of one'];
    expect(headingTexts(structureOf(article(P1, ...block, P2)))).toEqual(names);
  });

  it('takes a line in capitals or Title Case right over an entry list’s first name for the list’s title, and an offer in sentence case not', () => {
    const home = ['Harbour Books', 'Up to 30 per cent off', 'Riverside Shoes', '20 per cent off boots and sandals for the whole family, $40 (down from $80)', 'Old Mill Bakery', 'Two loaves for the price of one'];
    const garden = ['Green Thumb', 'Up to 25 per cent off', 'Hedge & Co', 'Free delivery', 'Pond World', '10 per cent off pumps'];
    const names = ['Harbour Books', 'Riverside Shoes', 'Old Mill Bakery', 'Green Thumb', 'Hedge & Co', 'Pond World'];
    const withTitle = (title: string): (string | null)[] => headingTexts(structureOf(article(P1, ...home, title, ...garden, P2)));
    expect(withTitle('BEST GARDEN DEALS')).toEqual([null, ...names.slice(0, 3), 'BEST GARDEN DEALS', ...names.slice(3)]);
    expect(withTitle('Best Deals for the Garden')).toEqual([null, ...names.slice(0, 3), 'Best Deals for the Garden', ...names.slice(3)]);
    // In sentence case it is one more offer of the entry before.
    expect(withTitle('Half price on winter coats')).toEqual([null, ...names]);
  });

  it('takes a Title Case line over the first of a set of parallel headings for the set’s title', () => {
    const headings = (title: string): (string | null)[] =>
      headingTexts(structureOf(article(P1, 'Tested over six weeks', title, '1. Harbour Racer', P2, '2. Quayside Trainer', P3)));
    expect(headings('The Best Running Shoes We Tested')).toEqual([null, 'Tested over six weeks', 'The Best Running Shoes We Tested', '1. Harbour Racer', '2. Quayside Trainer']);
    // In sentence case, right after another short line, it is one line of a run of short lines.
    expect(headings('The best running shoes we tested')).toEqual([null, 'Tested over six weeks', '1. Harbour Racer', '2. Quayside Trainer']);
  });

  it('takes a short line or a parallel heading after a colon for a heading when a paragraph follows it', () => {
    const lead = 'The organisers listed the reasons to run as follows:';
    expect(headingTexts(structureOf(article(P1, `${lead}\nRunning for a good cause`, P2, P3)))).toEqual([null, 'Running for a good cause']);
    expect(headingTexts(structureOf(article(P1, `${lead}\nCharity`, P2, P3)))).toEqual([null, 'Charity']);
    const steps = structureOf(article(P1, `${lead}\nStep 1 — Sign up online`, P2, 'Step 2 — Collect your number', P3));
    expect(headingTexts(steps)).toEqual([null, 'Step 1 — Sign up online', 'Step 2 — Collect your number']);
    // What the colon announced is a list item when short lines follow it.
    expect(headingTexts(structureOf(article(P1, `${lead}\nRunning for a Good Cause`, 'Meeting the Neighbours', P2)))).toEqual([null]);
    expect(headingTexts(structureOf(article(P1, `${lead}\nRunning for a good cause`, 'Meeting the neighbours', 'Seeing the harbour', P2)))).toEqual([null]);
  });

  it('does not take capitalised list items for entry names when they stand side by side or are too few to set a pattern', () => {
    const sideBySide = ['Harbour Books', 'Riverside Shoes', 'Up to 30 per cent off', 'Old Mill Bakery', 'Corner Deli', 'Two loaves for the price of one'];
    // The first line after a finished paragraph heads the list, as any list's title does; the others stay items.
    expect(headingTexts(structureOf(article(P1, ...sideBySide, P2)))).toEqual([null, 'Harbour Books']);
    const features = ['Contacts', 'Call logs', 'Messages', 'Photos and videos stored on the phone', 'Browser history'];
    expect(headingTexts(structureOf(article(P1, ...features, P2)))).toEqual([null, 'Contacts']);
  });

  it('takes a heading right under another when both are set as titles, or the first in capitals', () => {
    const titles = structureOf(article(P1, 'Heavy Duty Driveline Components', 'A Stronger Front Axle and Wider Shafts', P2, P3));
    expect(headingTexts(titles)).toEqual([null, 'Heavy Duty Driveline Components', 'A Stronger Front Axle and Wider Shafts']);
    expect(titles.sections.map((section) => section.paragraphs)).toEqual([[0], [], [1, 2]]);
    // The minor words of other languages' titles count as minor words too.
    const italian = structureOf(article(P1, 'Il Porto di Genova', 'Come Funziona il Porto', P2, P3));
    expect(headingTexts(italian)).toEqual([null, 'Il Porto di Genova', 'Come Funziona il Porto']);
    const kicker = structureOf(article(P1, 'LOCAL ATHLETICS', 'Harbour runner keeps her county title', P2, P3));
    expect(headingTexts(kicker)).toEqual([null, 'LOCAL ATHLETICS', 'Harbour runner keeps her county title']);
  });

  it.each([
    ['an address under a name', 'Harbour Street Bar', '12 Harbour St., North Quay'],
    ['a field under a name', 'The Riverside Office', 'Design firm: Acme Studio'],
    ['a note in sentence case under a title', 'Acme Roadster X5', 'Tested on the coast road in March'],
  ])('does not take %s for a heading of its own', (_kind, name, note) => {
    const s = structureOf(article(P1, name, note, P2, P3));
    expect(headingTexts(s)).toEqual([null, name]);
    expect(paragraphTexts(s)).toEqual([P1, note, P2, P3]);
  });

  it('takes a numbered or Title Case heading longer than a sentence-case short line may be', () => {
    const numbered = '3. Harbour Run — The Best Course for First-Time Runners Who Want a Flat and Fast Finish';
    expect(headingTexts(structureOf(article(P1, numbered, P2, P3)))).toEqual([null, numbered]);
    const sentence = 'The first runners reached the harbour before the bakeries on the square had opened their doors';
    expect(headingTexts(structureOf(article(P1, sentence, P2, P3)))).toEqual([null]);
    // A promotion for another article, set in capitals at a headline's length, is no heading.
    const promo = 'HERE IS WHERE YOU CAN WATCH THE HARBOUR RUN AND EVERY OTHER RACE IN THE COUNTY THIS YEAR';
    expect(headingTexts(structureOf(article(P1, promo, P2, P3)))).toEqual([null]);
  });

  it('does not take a row of a results table for a heading', () => {
    expect(headingTexts(structureOf(article(P1, 'Harbour Harriers 12 9 14 – 35', P2, P3)))).toEqual([null]);
    expect(headingTexts(structureOf(article(P1, 'Results from 2024', P2, P3)))).toEqual([null, 'Results from 2024']);
  });

  it('takes a heading with an abbreviation in it', () => {
    expect(headingTexts(structureOf(article(P1, 'Riverton vs. Oldbridge', P2, P3)))).toEqual([null, 'Riverton vs. Oldbridge']);
  });

  it('does not take a question after a paragraph of questions for a heading', () => {
    const questions = 'Will the town cope? Will the hotels be full, and will anyone come back next year?';
    expect(headingTexts(structureOf(article(P1, questions, 'Is this what the town really wants?', P2)))).toEqual([null]);
    // In capitals it is a heading all the same.
    expect(headingTexts(structureOf(article(P1, questions, 'IS THIS WHAT THE TOWN WANTS?', P2)))).toEqual([null, 'IS THIS WHAT THE TOWN WANTS?']);
  });

  it('takes a whole line in single marks for a heading, even in the first person, when the article quotes in double marks', () => {
    const quoted = [
      '“We were told the road would close at six,” said one runner. “It closed at five.”',
      '“The signs were wrong,” said another, “and nobody told the bakeries.”',
    ];
    const heading = '‘I was told the road would be open’';
    expect(headingTexts(structureOf(article(P1, ...quoted, heading, P2, P3)))).toEqual([null, heading]);
    // Without double marks to set the house style, it is a quote on a line of its own.
    expect(headingTexts(structureOf(article(P1, P2, heading, P2, P3)))).toEqual([null]);
    // In double marks it is a quote whatever the article does.
    expect(headingTexts(structureOf(article(P1, ...quoted, '“I was told the road would be open”', P2, P3)))).toEqual([null]);
  });

  it('takes a quoted title opened with a closing mark', () => {
    expect(headingTexts(structureOf(article(P1, P2, '”Twas the Night Before the Race’', P3)))).toEqual([null, '”Twas the Night Before the Race’']);
  });
});

describe('house style and lead-ins (issue 14)', () => {
  it('takes a line that opens with a comma after a plain first word, or a question that is not a tag question', () => {
    expect(isHeadingCandidate('Bows, ribbons and rosettes')).toBe(true);
    expect(isHeadingCandidate('Was the race a success?')).toBe(true);
  });

  it('does not take an indented line between flush paragraphs for a heading when the article’s headings are flush', () => {
    const link = '    Harbour council votes to close the old bridge to cars';
    const headings = headingTexts(structureOf(article(P1, 'Changes to the route', P2, link, P3, 'Where to watch', P1)));
    expect(headings).toEqual([null, 'Changes to the route', 'Where to watch']);
    expect(paragraphTexts(structureOf(article(P1, 'Changes to the route', P2, link, P3, 'Where to watch', P1)))).toContain(link.trim());
  });

  it('keeps indented headings when the article indents its headings, and one stray blank does not count as an indent', () => {
    const indented = headingTexts(structureOf(article(P1, '  1. Check the route', P2, '  2. Pack the night before', P3)));
    expect(indented).toEqual([null, '1. Check the route', '2. Pack the night before']);
    const stray = headingTexts(structureOf(article(P1, 'Changes to the route', P2, ' Where to watch', P3, 'After the race', P1)));
    expect(stray).toEqual([null, 'Changes to the route', 'Where to watch', 'After the race']);
  });

  it('takes an open lead-in for the heading of the lines that finish it, and those lines for its items', () => {
    const box = [
      'Buy it if...',
      'You run every day',
      'The cushioning held up over three hundred kilometres of road running in our test.',
      'You’re training for a marathon',
      'It is light enough for long runs and grips well on wet roads.',
      'Skip it if…',
      'You need a trail shoe',
      'The sole is too smooth for mud and loose gravel.',
      'How we tested',
      P2,
    ];
    const s = structureOf(article(P1, ...box));
    expect(headingTexts(s)).toEqual([null, 'Buy it if...', 'Skip it if…', 'How we tested']);
    expect(paragraphTexts(s)).toContain('You run every day');
    expect(paragraphTexts(s)).toContain('You need a trail shoe');
  });

  it('does not take a line that trails off in an ellipsis for a lead-in when nothing heading-shaped follows it', () => {
    const s = structureOf(article(P1, 'Buy it if...', P2, P3));
    expect(headingTexts(s)).toEqual([null]);
  });

  it('takes a numbered question of a parallel set for a heading, even after a paragraph ending in a question', () => {
    const body = [P1, 'Question 1: Is the route safe?', 'Could the old bridge hold so many runners at once?', 'Question 2: Is the date right?', P2];
    expect(headingTexts(structureOf(article(...body)))).toEqual([null, 'Question 1: Is the route safe?', 'Question 2: Is the date right?']);
  });

  it('takes a line with a colon for a heading when a run of short lines is indented under it, even after a score line', () => {
    const body = [P1, 'Comfort score: 4 / 5', 'Harbour Racer review: Grip', '      Sticky on wet roads', '      Loose on gravel', P2];
    expect(headingTexts(structureOf(article(...body)))).toEqual([null, 'Harbour Racer review: Grip']);
  });
});
