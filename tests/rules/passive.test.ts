import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {evaluate} from '../../bench/passive-labelled.js'
import {findPassives} from '../../rules/passive/detect.js'
import {runRule, testRule} from '../helpers/rule-tester.js'
import {seedText, wikinewsText} from '../helpers/corpus.js'

const agentless = (actual: string) =>
  `Unexpected passive \`${actual}\` with no actor, expected who acted: ` +
  'name them as the subject, or say why they are unknown'
const withAgent = (actual: string) =>
  `Passive \`${actual}\` names its actor with “by”, expected the active voice: the actor as subject`

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
      },
      {
        name: 'adjectival participles',
        text:
          'Headline\n\nShe was tired. He is interested in art. They were concerned. ' +
          'The firm is based in Oslo. The match is set to start. They were very pleased.\n'
      },
      {
        name: 'a condition after present-tense be, not an event',
        text: 'Headline\n\nThree people are injured and four are still hospitalized.\n'
      },
      {name: 'words in -eed are not participles', text: 'Headline\n\nThat is indeed a need.\n'},
      {
        name: 'by-agent passives are left out with agent: false',
        text: 'Headline\n\nSkype was founded by two engineers.\n',
        options: {agent: false}
      },
      {
        name: 'quoted speech is the source’s voice',
        text: 'Headline\n\n“The suspects were arrested at dawn,” the chief said.\n'
      }
    ],
    invalid: [
      {
        name: 'was + irregular participle',
        text: 'Headline\n\nThe old window was broken during the storm.\n',
        messages: [`3:16-3:26: ${agentless('was broken')}`]
      },
      {
        name: 'regular participles after be and get, adverbs between',
        text:
          'Headline\n\nTwo men were reportedly arrested. The bill has been approved. ' +
          'He got fired.\n',
        messages: [
          `3:9-3:33: ${agentless('were reportedly arrested')}`,
          `3:48-3:61: ${agentless('been approved')}`,
          `3:66-3:75: ${agentless('got fired')}`
        ]
      },
      {
        name: 'a by-agent passive is info; by with a time is not an agent',
        text:
          'Headline\n\nSkype was founded by two engineers. ' +
          'A decision is expected by Friday.\n',
        messages: [
          `3:7-3:18: ${withAgent('was founded')}`,
          `3:48-3:59: ${agentless('is expected')}`
        ]
      },
      {
        name: 'the writer’s words around a quote',
        text: 'Headline\n\n“We will rebuild,” said the mayor, whose office was flooded.\n',
        messages: [`3:49-3:60: ${agentless('was flooded')}`]
      },
      {
        name: 'in Markdown after an escape and an entity',
        path: 'a.md',
        text: '# Headline\n\nTom \\& Jerry &amp; co. The window was broken.\n',
        messages: [`3:35-3:45: ${agentless('was broken')}`]
      },
      {
        name: 'in HTML after entities',
        path: 'a.html',
        text: '<h1>Headline</h1><p>Tom &amp; Jerry&rsquo;s window was broken.</p>\n',
        messages: [`1:52-1:62: ${agentless('was broken')}`]
      }
    ]
  })
})

describe('passive: findPassives', () => {
  /** Each passive of `text` as [auxiliary, participle, agent]. */
  function passivesOf(text: string): Array<[string, string, boolean]> {
    const found: Array<[string, string, boolean]> = []
    visit(unified().use(retextEnglish).parse(text), 'SentenceNode', (sentence: Sentence) => {
      for (const passive of findPassives(sentence)) {
        found.push([toString(passive.auxiliary), toString(passive.participle), passive.agent])
      }
    })
    return found
  }

  it('reads forms of be and get in any case', () => {
    expect(passivesOf('THE WINDOW WAS BROKEN BY THE STORM. It Was broken. He Got Fired.')).toEqual([
      ['WAS', 'BROKEN', true],
      ['Was', 'broken', false],
      ['Got', 'Fired', false]
    ])
  })

  it('stops at clause breaks and at the end of the sentence', () => {
    expect(
      passivesOf('He was arrested (on Saturday) by police. It was; arrested by police. They were')
    ).toEqual([['was', 'arrested', false]])
  })

  it('lets the last of two auxiliaries start the passive', () => {
    expect(passivesOf('The man is being held by police.')).toEqual([['being', 'held', true]])
  })
})

describe('passive: real articles', () => {
  it('Wikinews 0009 (CC BY 2.5): agentless passives, and one by-agent as info', async () => {
    const text = wikinewsText('0009.txt')
    expect(await runRule('passive', {name: '0009', text})).toEqual([
      `3:71-3:80: ${agentless('be broken')}`,
      `5:4-5:20: ${agentless('is also expected')}`,
      `7:256-7:275: ${agentless('been decommissioned')}`,
      `7:347-7:361: ${agentless('been destroyed')}`,
      `9:117-9:128: ${agentless('be resisted')}`,
      `11:25-11:36: ${agentless('were broken')}`,
      `11:108-11:116: ${withAgent('was shut')}`
    ])
  })

  it('the seed: its one passive is inside a quote', async () => {
    expect(await runRule('passive', {name: 'seed', text: seedText()})).toEqual([])
  })
})

describe('passive: the hand-labelled set (tests/fixtures/passive/labelled.tsv)', () => {
  const result = evaluate()

  it('has at least 200 sentences and 80 passives', () => {
    expect(result.sentences).toBeGreaterThanOrEqual(200)
    expect(result.passives).toBeGreaterThanOrEqual(80)
  })

  it('finds passives with precision ≥ 0.90 and recall ≥ 0.85', () => {
    expect(result.copydesk.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.copydesk.recall).toBeGreaterThanOrEqual(0.85)
  })

  it('warns about agentless passives with precision ≥ 0.90 and recall ≥ 0.85', () => {
    expect(result.agentlessFindings.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.agentlessFindings.recall).toBeGreaterThanOrEqual(0.85)
  })

  it('does better than retext-passive alone, which misses regular participles', () => {
    expect(result.retextPassive.recall).toBeLessThan(0.5)
    expect(result.copydesk.recall).toBeGreaterThan(result.retextPassive.recall)
  })
})
