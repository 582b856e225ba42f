import {describe, expect, it} from 'vitest'
import {runRule, testRule} from '../helpers/rule-tester.js'
import {seedText, wikinewsText} from '../helpers/corpus.js'

const reason = 'Unexpected use of the passive voice'

describe('passive: minimal cases', () => {
  testRule('passive', {
    valid: [
      {name: 'active voice', text: 'Headline\n\nThe storm broke the old window last night.\n'},
      {
        name: 'an ignored participle',
        text: 'Headline\n\nThe window was broken.\n',
        options: {ignore: ['broken']}
      },
      {
        name: 'in the headline, not the body',
        text: 'Window was broken by storm\n\nThe storm hit the town.\n'
      }
    ],
    invalid: [
      {
        name: 'was + irregular participle',
        text: 'Headline\n\nThe old window was broken during the storm.\n',
        messages: [`3:20-3:26: ${reason}`]
      },
      {
        name: 'several in one paragraph',
        text: 'Headline\n\nThe man was beaten. His car was stolen and the house was shut.\n',
        messages: [`3:13-3:19: ${reason}`, `3:33-3:39: ${reason}`, `3:58-3:62: ${reason}`]
      },
      {
        name: 'in Markdown after an escape and an entity',
        path: 'a.md',
        text: '# Headline\n\nTom \\& Jerry &amp; co. The window was broken.\n',
        messages: [`3:39-3:45: ${reason}`]
      },
      {
        name: 'in HTML after entities',
        path: 'a.html',
        text: '<h1>Headline</h1><p>Tom &amp; Jerry&rsquo;s window was broken.</p>\n',
        messages: [`1:56-1:62: ${reason}`]
      }
    ]
  })
})

describe('passive: real articles', () => {
  it('Wikinews 0009 (CC BY 2.5): broken, bound, broken, shut', async () => {
    const text = wikinewsText('0009.txt')
    expect(await runRule('passive', {name: '0009', text})).toEqual([
      `3:74-3:80: ${reason}`,
      `9:108-9:113: ${reason}`,
      `11:30-11:36: ${reason}`,
      `11:112-11:116: ${reason}`
    ])
  })

  it('the seed has no passive that retext-passive knows', async () => {
    expect(await runRule('passive', {name: 'seed', text: seedText()})).toEqual([])
  })
})
