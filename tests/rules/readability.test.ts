import {describe, expect, it} from 'vitest'
import {runRule, testRule} from '../helpers/rule-tester.js'
import {seedText, wikinewsText} from '../helpers/corpus.js'

const hard =
  'The intergovernmental organisation’s unprecedented reconsideration of multilateral agricultural liberalisation commitments necessitated comprehensive renegotiation.'
const easy = 'The cat sat on the mat and the dog ran to the park.'
const reason = (agree: number) =>
  `Unexpected hard to read sentence, according to ${agree} out of 7 algorithms`

describe('readability: minimal cases', () => {
  testRule('readability', {
    valid: [
      {name: 'an easy sentence', text: `Headline\n\n${easy}\n`},
      {
        name: 'a hard sentence shorter than minWords',
        text: `Headline\n\n${hard}\n`,
        options: {minWords: 20}
      },
      {
        name: 'a hard sentence below an unreachable threshold',
        text: `Headline\n\n${hard}\n`,
        options: {threshold: 1, age: 40}
      }
    ],
    invalid: [
      {
        name: 'a hard sentence after an easy one',
        text: `Headline\n\n${easy} ${hard}\n`,
        messages: [`3:53-3:217: ${reason(5)}`]
      },
      {
        name: 'in Markdown, positions point into the source',
        path: 'a.md',
        text: `# Headline\n\n*${easy}* ${hard}\n`,
        messages: [`3:55-3:219: ${reason(5)}`]
      },
      {
        name: 'in HTML, positions point into the source',
        path: 'a.html',
        text: `<h1>Headline</h1>\n<p>${easy} ${hard}</p>\n`,
        messages: [`2:56-2:220: ${reason(5)}`]
      }
    ]
  })
})

describe('readability: real articles', () => {
  it('the seed: body sentences only (lines 10–28), none in the chrome', async () => {
    expect(await runRule('readability', {name: 'seed', text: seedText()})).toEqual([
      `10:201-10:373: ${reason(5)}`,
      `12:1-12:192: ${reason(4)}`,
      `12:193-12:398: ${reason(5)}`,
      `14:1-14:112: ${reason(4)}`,
      `14:113-14:241: ${reason(5)}`,
      `14:242-14:337: ${reason(4)}`,
      `16:1-16:139: ${reason(5)}`,
      `18:1-18:179: ${reason(5)}`,
      `18:283-18:399: ${reason(4)}`,
      `20:1-20:132: ${reason(5)}`,
      `20:133-20:256: ${reason(5)}`,
      `20:257-20:326: ${reason(4)}`,
      `22:1-22:122: ${reason(4)}`,
      `24:1-24:132: ${reason(5)}`,
      `26:1-26:119: ${reason(4)}`,
      `26:120-26:292: ${reason(5)}`,
      `28:1-28:156: ${reason(4)}`,
      `28:157-28:253: ${reason(4)}`,
      `28:254-28:395: ${reason(5)}`
    ])
  })

  it('Wikinews 0009 (CC BY 2.5): not the headline, every hard body sentence', async () => {
    expect(await runRule('readability', {name: '0009', text: wikinewsText('0009.txt')})).toEqual([
      `3:1-3:214: ${reason(5)}`,
      `5:1-5:144: ${reason(5)}`,
      `5:145-5:302: ${reason(5)}`,
      `7:1-7:132: ${reason(5)}`,
      `7:133-7:362: ${reason(5)}`,
      `9:1-9:158: ${reason(5)}`,
      `9:159-9:419: ${reason(5)}`,
      `11:1-11:193: ${reason(5)}`
    ])
  })
})
