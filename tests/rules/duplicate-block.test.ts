import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {resolveConfig} from '../../src/config/resolve.js'
import {lint} from '../../src/processor.js'
import {seedText} from '../helpers/corpus.js'
import {runRule, testRule} from '../helpers/rule-tester.js'

const copyOf = (lines: string) => `Unexpected duplicate of ${lines}, expected one copy`
const nearCopyOf = (lines: string) => `Unexpected near-duplicate of ${lines}, expected one copy`

const box = ['Popular Now', '', '• First story of the day', '• Second story', '• Third story']
const article = 'Headline of the story\n\nThe council met on Tuesday and voted on the budget.\n\n'
/** A paragraph of 30 words, long enough to be a block on its own. */
const long =
  'The regional council voted on Tuesday to extend the night bus service to the three ' +
  'outlying towns, after a year of petitions from shift workers and students who said ' +
  'the last bus left too early.'

describe('duplicate-block: minimal cases', () => {
  testRule('duplicate-block', {
    valid: [
      {name: 'no repeat', text: article + box.join('\n') + '\n\nMost Read\n\n• Other story\n'},
      {
        name: 'a short line recurring far apart',
        text: article + 'Comments0\n\n300\n\nShare this\n\nComments0\n'
      },
      {
        name: 'two repeated lines, fewer than 25 words',
        text: article + 'Latest\n\n• One story\n• Two story\n\nMore\n\n• One story\n• Two story\n'
      },
      {
        name: 'a short sentence said twice in body prose (speech, not a caption)',
        text:
          'Interview with the mayor\n\nThe mayor spoke to us on Friday about the plan.\n\n' +
          'Did it work?\n\nYeah.\n\nYeah.\n\nWe had to try it before winter came, she said.\n'
      }
    ],
    invalid: [
      {
        name: 'an exact repeat of a box',
        text: article + box.join('\n') + '\n\nFooter\n\n' + box.join('\n') + '\n',
        messages: [`13:1-17:14: ${copyOf('lines 5–9')}`]
      },
      {
        name: 'a near repeat: white space, &nbsp, curly quotes, case, bullets',
        text:
          article +
          'Top Stories\n\n• Mayor’s “plan” passes\n• Rail strike ends\n    SPORTS\u00a0\n\n' +
          'Footer\n\n' +
          'TOP  STORIES\n\n- Mayor\'s "plan"   passes\n- rail strike ends\n    SPORTS&nbsp\n',
        messages: [`13:1-17:16: ${copyOf('lines 5–9')}`]
      },
      {
        name: 'a different heading: found from the first repeated line',
        text:
          article +
          'You May Also Like\n\n• First story of the day\n• Second story\n• Third story\n\n' +
          'Must-Reads\n\n• First story of the day\n• Second story\n• Third story\n',
        messages: [`13:1-15:14: ${copyOf('lines 7–9')}`]
      },
      {
        name: 'a doubled caption line',
        text: 'Headline of the story\n\nYonhap News\nYonhap News\n\n' + long + '\n',
        messages: [`4:1-4:12: ${copyOf('line 3')}`]
      },
      {
        name: 'one long paragraph repeated',
        text: article + long + '\n\nAnother paragraph here.\n\n' + long + '\n',
        messages: [`9:1-9:${long.length + 1}: ${copyOf('line 5')}`]
      },
      {
        name: 'a long paragraph repeated with one word changed (winnowing)',
        text:
          article +
          long +
          '\n\nAnother paragraph here.\n\n' +
          long.replace('year', 'decade') +
          '\n',
        messages: [`9:1-9:${long.length + 3}: ${nearCopyOf('line 5')}`]
      },
      {
        name: 'Markdown: markup and list markers do not hide a repeat',
        path: 'a.md',
        text:
          '# Headline\n\nBody text here.\n\n## Popular\n\n* [First story](/a)\n* **Second** story\n* Third story\n\n' +
          '## Read more\n\n1. First story\n2. Second story\n3. Third *story*\n',
        messages: [`13:4-15:16: ${copyOf('lines 7–9')}`]
      },
      {
        name: 'HTML: block-level text is compared',
        path: 'a.html',
        text:
          '<h1>Headline</h1>\n<p>Body text here.</p>\n' +
          '<ul><li><a href="/a">First story</a></li><li>Second story</li><li>Third story</li></ul>\n' +
          '<p>Middle</p>\n' +
          '<ol>\n<li>First <b>story</b></li>\n<li>Second story</li>\n<li>Third story</li>\n</ol>\n',
        messages: [`6:5-8:16: ${copyOf('line 3')}`]
      }
    ]
  })
})

describe('duplicate-block: the seed', () => {
  it('finds the doubled caption and the two repeated boxes, one finding each', async () => {
    expect(await runRule('duplicate-block', {name: 'seed', text: seedText()})).toEqual([
      `8:1-8:12: ${copyOf('line 7')}`,
      `117:1-130:87: ${copyOf('lines 48–61')}`,
      `134:3-184:13: ${copyOf('lines 65–115')}`
    ])
  })
})

describe('duplicate-block: severity', () => {
  it('reports a repeated quotation (a pull quote) as info', async () => {
    const quote =
      '“We will rebuild every school that the flood destroyed, and we will do it before the ' +
      'next winter comes to the valley,” the minister said.'
    const file = await lint(
      new VFile({path: 'a.txt', value: article + quote + '\n\nMore text here.\n\n' + quote + '\n'}),
      resolveConfig({rules: {'duplicate-block': 'error'}})
    )
    const messages = file.messages.filter((message) => message.ruleId === 'duplicate-block')
    expect(messages.map((message) => [message.line, message.fatal, message.reason])).toEqual([
      [9, undefined, 'Unexpected repeat of the quote on line 5, expected it once']
    ])
  })
})

describe('duplicate-block: property', () => {
  /** Paragraphs of 25–35 words from a vocabulary, each with a word of its own. */
  const vocabulary = Array.from({length: 400}, (_, index) => 'w' + index.toString(36))
  const paragraph = fc.array(fc.constantFrom(...vocabulary), {minLength: 25, maxLength: 35})

  it('N distinct paragraphs plus one copied paragraph: one finding, at the copy', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(paragraph, {minLength: 1, maxLength: 10}),
        fc.nat(),
        fc.nat(),
        async (bodies, pick, place) => {
          const paragraphs = bodies.map((words, index) => `p${index} ${words.join(' ')}.`)
          const source = pick % paragraphs.length
          // Insert the copy anywhere after its source.
          const at = source + 1 + (place % (paragraphs.length - source))
          const all = [...paragraphs.slice(0, at), paragraphs[source]!, ...paragraphs.slice(at)]
          const text = 'Headline\n\n' + all.join('\n\n') + '\n'
          const line = 3 + 2 * at
          const messages = await runRule('duplicate-block', {name: 'property', text})
          const end = paragraphs[source]!.length + 1
          expect(messages).toEqual([
            `${line}:1-${line}:${end}: ${copyOf(`line ${3 + 2 * source}`)}`
          ])
        }
      ),
      {numRuns: 60}
    )
  })
})
