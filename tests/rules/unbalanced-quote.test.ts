import {describe, expect, it} from 'vitest'
import {runRule, testRule} from '../helpers/rule-tester.js'
import {seedText} from '../helpers/corpus.js'

const unclosed = (mark: string) =>
  `Unexpected opening quote mark \`${mark}\` that is never closed, expected a closing mark`
const stray = (mark: string) =>
  `Unexpected closing quote mark \`${mark}\` with no opening mark, expected an opening mark`
const doc = (body: string) => `Headline of the story\n\n${body}\n`

describe('unbalanced-quote: minimal cases', () => {
  testRule('unbalanced-quote', {
    valid: [
      {name: 'balanced', text: doc('"We will rebuild the bridge," she said.')},
      {
        name: 'multi-paragraph quote',
        text: doc('She said: "We will rebuild the bridge.\n\n"It will take two years."')
      },
      {name: 'apostrophes', text: doc("The students' union met in the ’90s. It’s rock ’n’ roll.")},
      {name: 'inch marks', text: doc('He is 6\'3" tall, and his board is 30" wide.')},
      {name: 'single quote never closed is an apostrophe', text: doc("She said 'twas fine.")}
    ],
    invalid: [
      {
        name: 'never closed',
        text: doc('She said, "We will rebuild the bridge.\n\nThe council met on Monday.'),
        messages: [`3:11-3:12: ${unclosed('"')}`]
      },
      {
        // The attribution after a forgotten closing mark ends the quote there: it does not
        // run on into the next paragraph's quote.
        name: 'closing mark forgotten before the attribution (corpus 1091)',
        text: doc(
          '"We will rebuild the bridge and the road. said Ian Greenberg, the mayor.\n\n' +
            '"It will take two years."'
        ),
        messages: [`3:1-3:2: ${unclosed('"')}`]
      },
      {
        name: 'closing mark forgotten before "Name said"',
        text: doc('"We will rebuild the bridge. Greenberg said.\n\n"It will take two years."'),
        messages: [`3:1-3:2: ${unclosed('"')}`]
      },
      {
        name: 'closing mark with no opener',
        text: doc('We will rebuild the bridge,” she said.'),
        messages: [`3:28-3:29: ${stray('”')}`]
      }
    ]
  })
})

describe('unbalanced-quote: the seed', () => {
  it('reports nothing', async () => {
    expect(await runRule('unbalanced-quote', {name: 'seed', text: seedText()})).toEqual([])
  })
})
