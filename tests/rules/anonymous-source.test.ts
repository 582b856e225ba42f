import {describe, expect, it} from 'vitest'
import {runRule, testRule} from '../helpers/rule-tester.js'
import {seedText} from '../helpers/corpus.js'

const reason = (source: string) =>
  `Unexpected anonymous source \`${source}\`, expected a named source`
const doc = (body: string) => `Headline of the story\n\n${body}\n`

describe('anonymous-source: minimal cases', () => {
  testRule('anonymous-source', {
    valid: [
      {name: 'named speaker', text: doc('"We will rebuild the bridge," Jane Smith said.')},
      {
        name: 'the official refers back',
        text: doc('"We will rebuild the bridge," the official said.')
      },
      {
        name: 'a spokesman in indirect speech',
        text: doc('A spokesman said the bridge would reopen.')
      },
      {
        name: 'allowed phrase',
        text: doc('"We will rebuild the bridge," a spokesperson said.'),
        options: {allow: ['a spokesperson']}
      },
      {name: 'in the headline', text: 'Sources say bridge to close\n\nThe council met on Monday.\n'}
    ],
    invalid: [
      {
        name: 'quote by a senior official',
        text: doc('A senior government official stated, "We see no need to change our policy."'),
        messages: [`3:1-3:29: ${reason('A senior government official')}`]
      },
      {
        name: 'inverted: said an aide who asked not to be named',
        text: doc('"We see no need to change our policy," said an aide who asked not to be named.'),
        messages: [`3:45-3:52: ${reason('an aide')}`]
      },
      {
        name: 'indirect: sources say',
        text: doc('Diplomatic sources report that the talks will resume.'),
        messages: [`3:1-3:19: ${reason('Diplomatic sources')}`]
      },
      {
        name: 'indirect: according to officials',
        text: doc('According to officials, the talks will resume.'),
        messages: [`3:14-3:23: ${reason('officials')}`]
      },
      {
        name: 'indirect: people familiar with the matter',
        text: doc('People familiar with the matter said the talks will resume.'),
        messages: [`3:1-3:32: ${reason('People familiar with the matter')}`]
      }
    ]
  })
})

describe('anonymous-source: the seed', () => {
  it('reports lines 14, 20 and 26', async () => {
    expect(await runRule('anonymous-source', {name: 'seed', text: seedText()})).toEqual([
      `14:113-14:131: ${reason('Diplomatic sources')}`,
      `20:133-20:161: ${reason('A senior government official')}`,
      `26:1-26:14: ${reason('Some analysts')}`
    ])
  })
})
