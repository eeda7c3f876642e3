/**
 * A made-up news article (about 2 KB) with the parts the parser looks for: headline, byline,
 * dateline, paragraphs, a subheading and quotes with speech verbs. Written for the benchmarks;
 * it copies no corpus text. The adversarial "article repeated" shape repeats it to size.
 * @module
 */

/** The article's text: headline, byline, blank-line separated paragraphs, two subheadings. */
export const SAMPLE_ARTICLE = `Harbour town votes to rebuild its flooded sea wall

By Ellen Marsh, Coastal Affairs Reporter

PORTHAVEN — Residents of this fishing town voted on Tuesday to spend £4.2m rebuilding the sea wall that gave way during the February storms, ending a year of argument over who should pay.

“We have waited long enough,” said Mayor Idris Penhallow, who chaired the three-hour meeting. “Every winter we lose another row of houses to the water.”

The council will borrow most of the money, with the rest coming from a regional flood fund. Officials said work could start in the spring.

Opposition at the meeting

Not everyone was convinced. Local fisherman Tomos Achterberg told the meeting the plan did nothing for the harbour mouth. “A taller wall just sends the waves somewhere else,” he said. “Ask anyone who works the boats.”

Dr Sunniva Okafor, an engineer at the University of the West Coast, said the design was sound but warned that costs often rise. ‘Budgets for sea defences tend to grow by a third once the digging starts,’ she said.

According to the council’s own figures, the storms damaged 212 homes and closed the coast road for eleven days.

Shopkeepers on the seafront were among the loudest supporters. “Half my stock went under in one night,” said Marta Quillon, who runs a hardware store by the slipway. “I cannot insure the place until the wall is fixed.”

What happens next

The contract will be put out to tender next month. “We expect bids from at least five firms,” a council spokeswoman said, adding that the winner would be named by June.

Mr Penhallow said the town had learned from the floods. “Nobody here will forget that night,” he said. “Now we have to make sure it cannot happen again.”

Residents can read the full plans at the library on Quay Street, where the council will hold drop-in sessions every Saturday until the end of March. A second vote on the harbour mouth is due in the autumn.
`;
