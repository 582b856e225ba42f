import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {resolveConfig} from '../../src/config/resolve.js'
import {unified} from 'unified'
import {ruleById} from '../../rules/registry.js'
import {analyze} from '../../src/analysis/index.js'
import {lineUnits} from '../../src/analysis/repeats/units.js'
import {createProcessor, lint} from '../../src/processor.js'
import {seedText} from '../helpers/corpus.js'
import {runRule, testRule} from '../helpers/rule-tester.js'
import * as patterns from '../../rules/scrape-residue/patterns.js'

const entity = (written: string, expected: string) =>
  `Unexpected HTML entity \`${written}\` written out, expected ${expected}`
const counter = (written: string) =>
  `Unexpected widget counter \`${written}\`, expected article text`
const placeholder = (written: string) =>
  `Unexpected unfilled placeholder \`${written}\`, expected the text it stands for`
const tag = (written: string) => `Unexpected HTML tag \`${written}\` in the text, expected none`

describe('scrape-residue: minimal cases', () => {
  testRule('scrape-residue', {
    valid: [
      {name: 'clean text', text: 'Headline\n\nAT&T and R&D rose 5% [sic] in Q3; see [DEBATE].\n'},
      {name: 'a real entity in Markdown is markup', path: 'a.md', text: '# Tom &amp; Jerry\n'},
      {
        name: 'real tags and entities in HTML are markup',
        path: 'a.html',
        text: '<p>Tom &amp; Jerry<br>went&nbsp;home</p>\n'
      },
      {name: 'a zero width joiner in an emoji', text: 'Headline\n\nFamily: 👨\u200d👩\u200d👧.\n'},
      {name: 'a byte order mark opening the file', text: '\ufeffHeadline\n\nText.\n'},
      {name: 'a counter with a space is a label', text: 'Headline\n\nComments 0\n'}
    ],
    invalid: [
      {
        name: 'entities written out',
        text: 'Headline\n\nASIA&nbsp\nTom &amp; Jerry&#8217;s &quot;show&quot;\n',
        messages: [
          `3:5-3:10: ${entity('&nbsp', 'a space')}`,
          `4:5-4:10: ${entity('&amp;', '`&`')}`,
          `4:16-4:23: ${entity('&#8217;', '`’`')}`,
          `4:25-4:31: ${entity('&quot;', '`"`')}`,
          `4:35-4:41: ${entity('&quot;', '`"`')}`
        ]
      },
      {
        name: 'stray tags',
        text: 'Headline\n\nThe end.</p><br/>Next <span class="x">line</span>\n',
        messages: [
          `3:9-3:13: ${tag('</p>')}`,
          `3:13-3:18: ${tag('<br/>')}`,
          `3:23-3:39: ${tag('<span class="x">')}`,
          `3:43-3:50: ${tag('</span>')}`
        ]
      },
      {
        name: 'invisible and control characters',
        text: 'Headline\n\nzero\u200b\u200bwidth, soft\u00adhyphen, bell\u0007.\n',
        messages: [
          `3:5-3:7: Unexpected invisible character U+200B (zero width space), expected none`,
          `3:18-3:19: Unexpected invisible character U+00AD (soft hyphen), expected none`,
          `3:31-3:32: Unexpected invisible character U+0007 (control character), expected none`
        ]
      },
      {
        name: 'widget counters glued to their label',
        text: 'Headline\n\nComments0\n\nViews12 Likes3\n',
        messages: [
          `3:1-3:10: ${counter('Comments0')}`,
          `5:1-5:8: ${counter('Views12')}`,
          `5:9-5:15: ${counter('Likes3')}`
        ]
      },
      {
        name: 'unfilled placeholders',
        text: 'Headline\n\nDear {{name}}, [CITY] police said %s on ${date} [INSERT QUOTE].\n',
        messages: [
          `3:6-3:14: ${placeholder('{{name}}')}`,
          `3:16-3:22: ${placeholder('[CITY]')}`,
          `3:35-3:37: ${placeholder('%s')}`,
          `3:41-3:48: ${placeholder('${date}')}`,
          `3:49-3:63: ${placeholder('[INSERT QUOTE]')}`
        ]
      },
      {
        name: 'HTML: an entity escaped in the source is residue in the text',
        path: 'a.html',
        text: '<h1>Headline</h1>\n<p>ASIA&amp;nbsp and &lt;br&gt; here</p>\n',
        messages: [`2:8-2:17: ${entity('&nbsp', 'a space')}`, `2:22-2:32: ${tag('<br>')}`]
      },
      {
        name: 'Markdown: an entity without its semicolon stays text',
        path: 'a.md',
        text: '# Headline\n\nASIA&nbsp and *Comments0*\n',
        messages: [`3:5-3:10: ${entity('&nbsp', 'a space')}`, `3:16-3:25: ${counter('Comments0')}`]
      }
    ]
  })
})

describe('scrape-residue: replacements', () => {
  it('gives `expected` where the fix is clear', async () => {
    const file = await lint(
      new VFile({path: 'a.txt', value: 'Headline\n\nA&nbsp;B &amp; C\u200bD Comments0 {{x}}\n'}),
      resolveConfig({})
    )
    const messages = file.messages.filter((message) => message.ruleId === 'scrape-residue')
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['&nbsp;', [' ']],
      ['&amp;', ['&']],
      ['\u200b', ['']],
      ['Comments0', []],
      ['{{x}}', []]
    ])
  })
})

describe('scrape-residue: the seed', () => {
  it('reports the five `&nbsp` and the two "Comments0", none in the repeated copies', async () => {
    expect(await runRule('scrape-residue', {name: 'seed', text: seedText()})).toEqual([
      `33:1-33:10: ${counter('Comments0')}`,
      `37:1-37:10: ${counter('Comments0')}`,
      `95:9-95:14: ${entity('&nbsp', 'a space')}`,
      `100:13-100:18: ${entity('&nbsp', 'a space')}`,
      `105:13-105:18: ${entity('&nbsp', 'a space')}`,
      `110:11-110:16: ${entity('&nbsp', 'a space')}`,
      `115:13-115:18: ${entity('&nbsp', 'a space')}`
    ])
  })

  it('reports residue in a repeated block once, at the first copy', async () => {
    const box = 'Popular Now\n\n• One story\n    ASIA&nbsp\n• Two story\n    SPORTS&nbsp\n'
    const text = 'Headline\n\nBody text.\n\n' + box + '\nFooter\n\n' + box
    expect(await runRule('scrape-residue', {name: 'repeat', text})).toEqual([
      `8:9-8:14: ${entity('&nbsp', 'a space')}`,
      `10:11-10:16: ${entity('&nbsp', 'a space')}`
    ])
  })
})

describe('scrape-residue: the quick look before the patterns', () => {
  // Pieces of residue and near misses, joined at random: whatever the patterns find, the
  // quick look must let through, or a finding would be lost.
  const pieces = [
    ...['&nbsp', '&amp;', '&#8217;', '&x', '& ', '&', '<br>', '</p>', '<b', '< ', '<', '{{name}}'],
    ...['{x}', '${a}', '$5', '%s', '%d', '%1$s', '50%', '[CITY]', '[INSERT QUOTE]', '[sic]', '[A'],
    ...['[Danny', '[TK]', 'Comments0', 'views12', 'REACTION3', 'reads', 'liked', 'G8', '0'],
    ...['comment\u017f3', 'li\u212ae9', 'ſ', '\u212a', '\u200b', '\u200c', '\u00ad', '\u0007'],
    ...['\u0085', '\u000b', '\u000c', '\ufeff', '\u00a0', 'a\u200cb', 'é', '１', '…', '•'],
    ...[' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '* ', '1. ', '(2) ', '– '],
    ...['word', 'Mayor', '3', 'x', 'd', 'n', '.', ',']
  ]
  const text = fc.array(fc.constantFrom(...pieces), {maxLength: 16}).map((parts) => parts.join(''))
  const matches = (value: string) => [
    ...value.matchAll(patterns.residue),
    ...value.matchAll(patterns.placeholder)
  ]

  it('lets through every text the patterns find something in', () => {
    fc.assert(
      fc.property(text, (value) => {
        if (matches(value).length > 0) expect(patterns.mayHoldResidue(value)).toBe(true)
      }),
      {numRuns: 3000}
    )
  })

  it('finds each hint in every text its pattern finds something in', () => {
    fc.assert(
      fc.property(text, (value) => {
        if ([...value.matchAll(patterns.residue)].length > 0) {
          expect(patterns.residueHint.test(value)).toBe(true)
        }
        if ([...value.matchAll(patterns.placeholder)].length > 0) {
          expect(patterns.placeholderHint.test(value)).toBe(true)
        }
      }),
      {numRuns: 3000}
    )
  })

  it('marks, while reading lines for repeats, every line a pattern finds something in', () => {
    fc.assert(
      fc.property(text, (value) => {
        const lines = lineUnits(value).residueLines!
        for (const match of matches(value)) {
          const start = match.index
          const end = start + match[0].length
          let marked = false
          for (let at = 0; at < lines.length; at += 2) {
            if (lines[at]! < end && lines[at + 1]! > start) marked = true
          }
          expect(marked, `${JSON.stringify(match[0])} in ${JSON.stringify(value)}`).toBe(true)
        }
      }),
      {numRuns: 3000}
    )
  })

  it('reports the same reading only marked lines as reading the whole file', async () => {
    let found = 0
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const marked = await residueFindings(value, true)
        found += marked.length
        expect(marked).toEqual(await residueFindings(value, false))
      }),
      {numRuns: 1000}
    )
    // Not a vacuous test: the texts hold residue.
    expect(found).toBeGreaterThan(500)
  })

  it('hints at residue only where the patterns may find some', () => {
    expect(patterns.residueHint.test('AT&T, G8 and [Danny] in 2020s; a <b and &amp')).toBe(true)
    expect(patterns.residueHint.test('AT&T, G8 and [Danny] in 2020s; x < y')).toBe(false)
    expect(patterns.placeholderHint.test('Dear [NAME],')).toBe(true)
    expect(patterns.placeholderHint.test('Dear [Name], 50% off')).toBe(false)
  })

  it('marks every widget label with a counter, in any case', () => {
    // Each label with its optional letters in and out ("favou?rites?": four forms).
    const forms = (label: string): string[] => {
      const at = label.indexOf('?')
      if (at === -1) return [label]
      const rest = label.slice(at + 1)
      return [label.slice(0, at) + rest, label.slice(0, at - 1) + rest].flatMap(forms)
    }
    for (const form of patterns.widgetLabels.flatMap(forms)) {
      for (const written of [form, form.toUpperCase(), form[0]!.toUpperCase() + form.slice(1)]) {
        const line = `Headline ${written}7 here`
        expect([...line.matchAll(patterns.residue)], written).toHaveLength(1)
        expect(patterns.mayHoldResidue(line), written).toBe(true)
        expect(lineUnits(line).residueLines, written).toEqual([0, line.length])
      }
    }
  })

  it('rules out plain prose, money and percentages', () => {
    expect(patterns.mayHoldResidue('Shares rose 5% to $12 (see page 3) on {Monday}.')).toBe(false)
    expect(patterns.mayHoldResidue('R & D < 5, [Danny] G8.')).toBe(false)
    expect(patterns.mayHoldResidue('Comments0')).toBe(true)
    expect(patterns.mayHoldResidue('Dear %s,')).toBe(true)
  })
})

/**
 * `scrape-residue`'s findings in plain text, after the analyses, reading only the lines the
 * repeats analysis marked (`marked`) or, with the marks removed, the whole file.
 */
async function residueFindings(value: string, marked: boolean): Promise<string[]> {
  const file = new VFile({path: 'a.txt', value})
  const tree = createProcessor().parse(file)
  analyze(tree, file)
  if (!marked) delete file.data.repeats!.residueLines
  await unified().use(ruleById.get('scrape-residue')!.plugin, ['warn']).run(tree, file)
  return file.messages.map((message) => `${JSON.stringify(message.place)} ${message.reason}`)
}
