import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {rules} from '../../rules/registry.js'
import {resolveConfig} from '../../src/config/resolve.js'
import {lint} from '../../src/processor.js'
import {runRule, testRule} from '../helpers/rule-tester.js'
import {seedText, wikinewsText} from '../helpers/corpus.js'

// 32 words, many of them long: hard for grade 16 (the default) by 5 of the 7 formulas.
const hard =
  'The intergovernmental organisation’s unprecedented reconsideration of multilateral agricultural liberalisation commitments necessitated comprehensive renegotiation of tariff schedules, compensatory adjustment mechanisms, phytosanitary certification requirements and institutional dispute settlement procedures across numerous participating jurisdictions worldwide.'
const easy = 'The cat sat on the mat and the dog ran to the park.'
const reason = (
  grade: number | string,
  words: number,
  agree: number,
  target: number,
  cause: string
) =>
  `Unexpected hard to read sentence (grade ${grade}, ${words} words; ${agree} of 7 formulas), ` +
  `expected grade ${target} or lower: ${cause}`

describe('readability: minimal cases', () => {
  testRule('readability', {
    valid: [
      {name: 'an easy sentence', text: `Headline\n\n${easy}\n`},
      {
        name: 'a hard sentence shorter than minWords',
        text: `Headline\n\n${hard}\n`,
        options: {minWords: 40}
      },
      {
        name: 'a hard sentence for a higher target grade',
        text: `Headline\n\n${hard}\n`,
        options: {grade: 30}
      },
      {
        name: 'a hard sentence in quoted speech',
        text: `Headline\n\nThe minister said: “${hard}”\n`
      },
      {
        name: 'a short hard sentence: below the default minWords (20)',
        text: 'Headline\n\nThe intergovernmental organisation necessitated comprehensive renegotiation.\n'
      }
    ],
    invalid: [
      {
        name: 'a hard sentence after an easy one',
        text: `Headline\n\n${easy} ${hard}\n`,
        messages: [`3:53-3:417: ${reason('20+', 32, 5, 16, '32 words: split it')}`]
      },
      {
        name: '`grade` sets the target (age = grade + 5)',
        text: `Headline\n\n${easy} ${hard}\n`,
        options: {grade: 12},
        messages: [`3:53-3:417: ${reason('20+', 32, 5, 12, '32 words: split it')}`]
      },
      {
        name: '`age` is read when `grade` is not set',
        text: `Headline\n\n${easy} ${hard}\n`,
        options: {age: 17},
        messages: [`3:53-3:417: ${reason('20+', 32, 5, 12, '32 words: split it')}`]
      },
      {
        name: 'a short sentence of long words, with minWords 5',
        text: 'Headline\n\nThe intergovernmental organisation necessitated comprehensive renegotiation.\n',
        options: {minWords: 5},
        messages: [
          `3:1-3:77: ${reason('20+', 6, 5, 16, '5 words of 3+ syllables: use shorter words')}`
        ]
      },
      {
        name: 'in Markdown, positions point into the source',
        path: 'a.md',
        text: `# Headline\n\n*${easy}* ${hard}\n`,
        messages: [`3:55-3:419: ${reason('20+', 32, 5, 16, '32 words: split it')}`]
      },
      {
        name: 'in HTML, positions point into the source',
        path: 'a.html',
        text: `<h1>Headline</h1>\n<p>${easy} ${hard}</p>\n`,
        messages: [`2:56-2:420: ${reason('20+', 32, 5, 16, '32 words: split it')}`]
      }
    ]
  })
})

async function stats(text: string) {
  const others = Object.fromEntries(
    rules.filter(({meta}) => meta.id !== 'readability').map(({meta}) => [meta.id, 'off' as const])
  )
  const file = await lint(
    new VFile({path: 'a.txt', value: text}),
    resolveConfig({rules: {readability: 'warn'}}, others)
  )
  return file.data.stats?.readability
}

describe('readability: article figures', () => {
  it('publishes sentences, hard ones, their share and the median grade', async () => {
    expect(await stats(`Headline\n\n${easy} ${hard}\n`)).toEqual({
      sentences: 2,
      hard: 1,
      shareHard: 0.5,
      medianGrade: 23.5
    })
  })
})

describe('readability: real articles', () => {
  it('the seed: no finding in its body (hardest sentence grade 16), none in quotes or chrome', async () => {
    expect(await runRule('readability', {name: 'seed', text: seedText()})).toEqual([])
    expect(await stats(seedText())).toEqual({
      sentences: 14,
      hard: 0,
      shareHard: 0,
      medianGrade: 13
    })
  })

  it('the seed at grade 13: its one 31-word writer’s sentence, still none in quotes', async () => {
    expect(
      await runRule('readability', {name: 'seed', text: seedText(), options: {grade: 13}})
    ).toEqual([`12:193-12:398: ${reason(16, 31, 5, 13, '31 words: split it')}`])
  })

  it('Wikinews 0009 (CC BY 2.5): no finding at the defaults; at grade 12, four', async () => {
    const text = wikinewsText('0009.txt')
    expect(await runRule('readability', {name: '0009', text})).toEqual([])
    expect(await runRule('readability', {name: '0009', text, options: {grade: 12}})).toEqual([
      `5:145-5:302: ${reason(14, 23, 5, 12, '4 words of 3+ syllables: use shorter words')}`,
      `7:133-7:362: ${reason(18, 33, 5, 12, '33 words: split it')}`,
      `9:1-9:158: ${reason(14, 25, 5, 12, '8 words of 3+ syllables: use shorter words')}`,
      `9:159-9:419: ${reason(15, 40, 5, 12, '40 words: split it')}`
    ])
  })
})
