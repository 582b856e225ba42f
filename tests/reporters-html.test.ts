import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {formats} from '../src/cli/options.js'
import {html} from '../src/reporters/html.js'
import {escapeHtml, safeUrl} from '../src/reporters/html/escape.js'
import {firstCopyOf, linesRange} from '../src/reporters/html/file.js'
import {colourSlot, formatFigure, statLabel, statTitle} from '../src/reporters/html/labels.js'
import {lineStarts, segment} from '../src/reporters/html/segments.js'
import {formatters} from '../src/reporters/index.js'
import type {LintResult, ReportContext} from '../src/reporters/types.js'
import {message, result} from './helpers/results.js'

function context(sources: Record<string, string> = {}): ReportContext {
  return {
    cwd: '/work/newsroom',
    color: false,
    rules: new Map([
      [
        'passive',
        {
          description: 'Passive voice',
          url: 'https://github.com/copydesk/copydesk/blob/main/rules/passive/README.md'
        }
      ]
    ]),
    source: (filePath) => sources[filePath]
  }
}

/** The `.src` element of the first file. */
function sourceView(page: string): string {
  return /<div class="src"[^>]*>[\s\S]*?<\/div>/.exec(page)?.[0] ?? ''
}

describe('escapeHtml', () => {
  it('escapes markup, quotes and ampersands, and keeps CR and NUL as characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>\r\n\0`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;&#13;\n&#xFFFD;'
    )
  })

  it('leaves other text as it is', () => {
    expect(escapeHtml('Kim’s “plan” — 10%\t\u00A0\u2028')).toBe('Kim’s “plan” — 10%\t\u00A0\u2028')
  })
})

describe('safeUrl', () => {
  it('keeps http(s) URLs and drops every other scheme or relative reference', () => {
    expect(safeUrl('https://example.com/a?b=<c>')).toBe('https://example.com/a?b=%3Cc%3E')
    expect(safeUrl('http://example.com/')).toBe('http://example.com/')
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined()
    expect(safeUrl('rules/passive.md')).toBeUndefined()
    expect(safeUrl(undefined)).toBeUndefined()
  })
})

describe('segment', () => {
  it('splits at every boundary and lists the covering ranges, outermost first', () => {
    // 0123456789
    //   [0---)        range 0: 2–6
    //     [1---)      range 1: 4–8 (crosses 0)
    //     [2)         range 2: 4–6 (inside both)
    expect(
      segment(10, [
        {start: 2, end: 6},
        {start: 4, end: 8},
        {start: 4, end: 6}
      ])
    ).toEqual([
      {start: 0, end: 2, cover: []},
      {start: 2, end: 4, cover: [0]},
      {start: 4, end: 6, cover: [0, 1, 2]},
      {start: 6, end: 8, cover: [1]},
      {start: 8, end: 10, cover: []}
    ])
  })

  it('nests the longer of two ranges with one start outside, whatever the input order', () => {
    expect(
      segment(6, [
        {start: 0, end: 3},
        {start: 0, end: 6}
      ])
    ).toEqual([
      {start: 0, end: 3, cover: [1, 0]},
      {start: 3, end: 6, cover: [1]}
    ])
  })

  it('adds cuts, clamps ranges to the text, ignores empty ones and orders reversed ends', () => {
    expect(
      segment(
        5,
        [
          {start: 3, end: 3},
          {start: -4, end: 2},
          {start: 9, end: 4}
        ],
        [1, 1, 7]
      )
    ).toEqual([
      {start: 0, end: 1, cover: [1]},
      {start: 1, end: 2, cover: [1]},
      {start: 2, end: 3, cover: []},
      {start: 3, end: 4, cover: []},
      {start: 4, end: 5, cover: [2]}
    ])
  })

  it('gives no pieces for an empty text', () => {
    expect(segment(0, [{start: 0, end: 0}])).toEqual([])
  })
})

describe('lineStarts and linesRange', () => {
  it('counts CRLF, LF and CR line ends as vfile-location does', () => {
    expect(lineStarts('a\r\nb\nc\rd')).toEqual([0, 3, 5, 7])
    expect(lineStarts('')).toEqual([0])
    expect(lineStarts('a\n')).toEqual([0, 2])
  })

  it('gives the offsets of whole lines without the white space around them', () => {
    const text = 'one\n  two\nthree  \nfour'
    const starts = lineStarts(text)
    expect(linesRange(text, starts, {startLine: 2, endLine: 3})).toEqual({start: 6, end: 15})
    expect(text.slice(6, 15)).toBe('two\nthree')
    expect(linesRange(text, starts, {startLine: 4, endLine: 4})).toEqual({start: 18, end: 22})
  })
})

describe('firstCopyOf', () => {
  it('reads the first copy from duplicate-block messages only', () => {
    const duplicate = (text: string) => message({ruleId: 'duplicate-block', message: text})
    expect(
      firstCopyOf(duplicate('Unexpected duplicate of lines 48–61, expected one copy'))
    ).toEqual({startLine: 48, endLine: 61})
    expect(
      firstCopyOf(duplicate('Unexpected near-duplicate of line 7, expected one copy'))
    ).toEqual({startLine: 7, endLine: 7})
    expect(
      firstCopyOf(duplicate('Unexpected repeat of the quote on lines 3–4, expected it once'))
    ).toEqual({startLine: 3, endLine: 4})
    expect(firstCopyOf(duplicate('Unexpected duplicate'))).toBeUndefined()
    expect(
      firstCopyOf(message({ruleId: 'passive', message: 'Unexpected duplicate of line 7'}))
    ).toBeUndefined()
  })
})

describe('labels', () => {
  it('keeps known rules on fixed colours and hashes the others into the palette', () => {
    expect(colourSlot('readability')).toBe(0)
    expect(colourSlot('duplicate-block')).toBe(9)
    expect(colourSlot('some-new-rule')).toBe(colourSlot('some-new-rule'))
    expect(colourSlot('some-new-rule')).toBeGreaterThanOrEqual(0)
    expect(colourSlot('some-new-rule')).toBeLessThan(10)
  })

  it('names figures: known labels, otherwise the key in words', () => {
    expect(statTitle('quote-attribution')).toBe('Quotes')
    expect(statTitle('title-consistency')).toBe('Title consistency')
    expect(statLabel('quote-attribution', 'unattributed')).toBe('no speaker')
    expect(statLabel('hedging', 'density')).toBe('hedges per 100 words')
    expect(statLabel('repeats', 'perHundredWords')).toBe('per hundred words')
    expect(statLabel('readability', 'hardSentences')).toBe('hard sentences')
    expect(statLabel('readability', 'per_100_words')).toBe('per 100 words')
    expect(formatFigure(3)).toBe('3')
    expect(formatFigure(1.23456)).toBe('1.23')
  })
})

describe('html formatter', () => {
  const file = '/work/newsroom/story.txt'
  const text = 'Say <b>hi</b>\r\nNow "go".'
  const results: LintResult[] = [
    result(file, [
      message({
        ruleId: 'scrape-residue',
        message: 'Unexpected HTML tag `<b>` in the text, expected none',
        offset: 4,
        endOffset: 7,
        line: 1,
        column: 5,
        expected: ['']
      }),
      message({ruleId: 'passive', offset: 4, endOffset: 9, line: 1, column: 5, expected: []}),
      message({ruleId: 'quote-attribution', severity: 2, offset: 8, endOffset: 20, line: 1}),
      message({ruleId: 'unbalanced-quote', severity: 0, offset: 24, endOffset: 24, line: 2})
    ])
  ]

  it('is registered as --format html', () => {
    expect(formats).toContain('html')
    expect(formatters.html).toBe(html)
  })

  it('wraps each piece of the text in one element per finding covering it', () => {
    const tag = (id: string, rule: string, slot: number, severity: number, name: string) =>
      `<a class="tag c${slot} s${severity}" id="f0-${id}" href="#l0-${id}" aria-label="${rule}, ${name}, line ${
        id === '3' ? 2 : 1
      }" aria-describedby="d0-${id}">${rule}</a>`
    expect(sourceView(html(results, context({[file]: text})))).toBe(
      '<div class="src" role="region" aria-label="Text as written" lang="en">' +
        '<span class="ln" data-n="1" aria-hidden="true"></span>Say ' +
        tag('0', 'scrape-residue', 2, 1, 'warning') +
        tag('1', 'passive', 1, 1, 'warning') +
        '<span class="hl c1" data-f="f0-1"><span class="hl c2" data-f="f0-0">&lt;b&gt;</span></span>' +
        '<span class="hl c1" data-f="f0-1">h</span>' +
        tag('2', 'quote-attribution', 3, 2, 'error') +
        '<span class="hl c1" data-f="f0-1"><span class="hl c3" data-f="f0-2">i</span></span>' +
        '<span class="hl c3" data-f="f0-2">&lt;/b&gt;&#13;\n</span>' +
        '<span class="ln" data-n="2" aria-hidden="true"></span>' +
        '<span class="hl c3" data-f="f0-2">Now &quot;</span>go&quot;.' +
        tag('3', 'unbalanced-quote', 5, 0, 'info') +
        '</div>'
    )
  })

  it('lists each finding with its message, rule, severity and fix', () => {
    const page = html(results, context({[file]: text}))
    expect(page).toContain(
      '<div class="detail" id="d0-0"><p><span class="sev s1">warning</span> ' +
        '<span class="rid">scrape-residue</span></p>' +
        '<p class="msg">Unexpected HTML tag `&lt;b&gt;` in the text, expected none</p>' +
        '<p class="fix">Fix: delete it.</p></div>'
    )
    expect(page).toContain(
      '<a class="rid" href="https://github.com/copydesk/copydesk/blob/main/rules/passive/README.md">passive</a>'
    )
    expect(page).toContain('<p class="fix">Fix: no suggested replacement.</p>')
    expect(page).toContain('<p class="counts">4 findings: 1 error, 2 warnings, 1 info</p>')
  })

  it('links a repeated block to its first copy, shaded as a whole', () => {
    const story = 'Menu\nHome\n\nText.\n\nMenu\nHome\n'
    const page = html(
      [
        result(file, [
          message({
            ruleId: 'duplicate-block',
            message: 'Unexpected duplicate of lines 1–2, expected one copy',
            line: 6,
            offset: 18,
            endOffset: 27
          })
        ])
      ],
      context({[file]: story})
    )
    expect(sourceView(page)).toContain(
      '<span class="origin" id="c0-1-2" tabindex="-1">first copy, lines 1–2; repeated at ' +
        '<a href="#f0-0">line 6</a></span><span class="orig" data-o="c0-1-2">Menu\n</span>' +
        '<span class="ln" data-n="2" aria-hidden="true"></span><span class="orig" data-o="c0-1-2">Home</span>'
    )
    expect(sourceView(page)).toContain(
      '<a class="copylink" href="#c0-1-2">↑ first copy, lines 1–2</a>' +
        '<span class="hl c9 dup" data-f="f0-0">Menu\n</span>'
    )
  })

  it('escapes file names, rule ids, messages, fixes and figures, and links only http(s)', () => {
    const name = '/work/newsroom/<img src=x onerror=alert(1)>.txt'
    const page = html(
      [
        {
          ...result(name, [
            message({
              ruleId: '<script>alert(1)</script>',
              message: '"><script>alert(2)</script>',
              url: 'javascript:alert(3)',
              expected: ['</p><script>alert(4)</script>']
            })
          ]),
          stats: {'<b>rule</b>': {'<i>key</i>': 1}}
        }
      ],
      context({[name]: '<script>alert(5)</script>'})
    )
    const body = page.slice(page.indexOf('<body>'))
    expect(body.match(/<script/g)).toHaveLength(1)
    expect(body).not.toMatch(/<(img|b|i)\b|javascript:/)
    expect(page).toContain('<title>copydesk report: &lt;img src=x onerror=alert(1)&gt;.txt</title>')
    expect(page).toContain('&lt;script&gt;alert(5)&lt;/script&gt;')
    expect(page).toContain('<p class="msg">&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</p>')
    expect(page).toContain('<code>&lt;/p&gt;&lt;script&gt;alert(4)&lt;/script&gt;</code>')
    expect(page).toContain('<dt>&lt;b&gt;rule&lt;/b&gt;</dt><dd>1 &lt;i&gt;key&lt;/i&gt;</dd>')
  })

  it('allows exactly its own inline style and script in its Content-Security-Policy', () => {
    const page = html(results, context({[file]: text}))
    const hash = (value: string) =>
      `'sha256-${createHash('sha256').update(value).digest('base64')}'`
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]
    expect(csp).toBe(
      `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; ` +
        "base-uri 'none'; form-action 'none'"
    )
    expect(page).not.toMatch(/ style=|https?:\/\/(?!github\.com\/copydesk)/)
  })

  it('lists the findings of a file whose text is not available', () => {
    const page = html(results, context())
    expect(page).toContain('<p class="empty">The text of this file is not available.</p>')
    expect(page).toContain('<span class="jump" id="l0-0">')
    expect(page).not.toContain('class="src"')
  })

  it('summarises findings by rule and severity, and each file’s figures', () => {
    const page = html(
      [
        {...results[0]!, stats: {'quote-attribution': {quotes: 4, named: 3, anonymous: 1}}},
        result('/work/newsroom/b.md', [])
      ],
      context({[file]: text, '/work/newsroom/b.md': ''})
    )
    expect(page).toContain('<p class="totals">2 files, 4 findings: 1 error, 2 warnings, 1 info</p>')
    expect(page).toContain(
      '<tr><td><a href="https://github.com/copydesk/copydesk/blob/main/rules/passive/README.md">' +
        '<span class="badge c1">passive</span></a> Passive voice</td>' +
        '<td class="n">0</td><td class="n">1</td><td class="n">0</td></tr>'
    )
    expect(page).toContain(
      '<td class="figures"><strong>Quotes</strong>: 4 direct quotes · 3 named source · ' +
        '1 anonymous source</td>'
    )
    expect(page).toContain('<a href="#file-1">b.md</a>')
    expect(page).toContain('<p class="empty">No findings.</p>')
  })
})
