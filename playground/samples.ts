/**
 * The articles the page offers: the seed article (the project's own example, the default text)
 * and three invented ones written for the playground, each showing different structure.
 * @module
 */
import seed from '../seeds/000_ca9804c517f5dec6.txt';
import comet from './samples/comet-survey.txt';
import library from './samples/library-vote.txt';
import orchard from './samples/orchard-frost.txt';

/** One entry of the sample picker. */
export interface Sample {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

/** The samples, the seed first. */
export const SAMPLES: readonly Sample[] = [
  { id: 'seed', label: 'Seed: Rutte expects US to show flexibility (sections, 7 quotes)', text: seed },
  { id: 'orchard', label: 'Wire report: late frost (byline, dateline, mixed quote)', text: orchard },
  { id: 'library', label: 'Local news: Sunday libraries (split quotes, anonymous source)', text: library },
  { id: 'comet', label: 'Science: amateur comet (according to, told the outlet)', text: comet },
];
