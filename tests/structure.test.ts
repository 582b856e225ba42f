import {readFileSync, readdirSync} from 'node:fs'
import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {BlockKind, DocumentStructure} from '../src/analysis/structure/index.js'
import {analyzeStructure, kindAt, scopedTree} from '../src/analysis/structure/index.js'
import {createProcessor} from '../src/processor.js'

const corpus = new URL('../../shared/corpus/', import.meta.url)
const articleKinds: ReadonlySet<BlockKind> = new Set([
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'caption',
  'subhead',
  'body'
])

function analyze(value: string, path = 'x.txt') {
  const file = new VFile({path, value})
  const tree = createProcessor().parse(file)
  const structure = analyzeStructure(tree, file)
  checkInvariants(tree, structure)
  return {file, tree, structure}
}

/** Blocks as `startLine-endLine kind`, so a failure shows the whole structure. */
function summary(structure: DocumentStructure): string[] {
  return structure.blocks.map((block) => `${block.startLine}-${block.endLine} ${block.kind}`)
}

/** Line ranges of the blocks of one kind. */
function linesOf(structure: DocumentStructure, kind: BlockKind): string[] {
  return structure.blocks
    .filter((block) => block.kind === kind)
    .map((block) => `${block.startLine}-${block.endLine}`)
}

/** Sorted, apart, and every paragraph a rule can see starts inside a block. */
function checkInvariants(tree: Root, structure: DocumentStructure) {
  let end = -1
  for (const block of structure.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(end)
    expect(block.end).toBeGreaterThan(block.start)
    expect(block.endLine).toBeGreaterThanOrEqual(block.startLine)
    end = block.end
  }
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue
    expect(kindAt(structure, node.position!.start.offset!)).toBeDefined()
  }
}

function read(path: string): string {
  return readFileSync(new URL(path, corpus), 'utf8')
}

interface Article {
  headline: string
  /** Paragraphs after the headline; a trailing "Related Wikinews." box is the corpus's chrome. */
  paragraphs: string[]
  related: string[]
}

/** A Wikinews file: line 1 the headline, a blank line, paragraphs separated by blank lines. */
function wikinews(id: string): Article {
  const [headline, ...rest] = read(`wikinews/${id}.txt`).split(/\n[ \t]*\n/)
  const paragraphs = rest.map((paragraph) => paragraph.trim()).filter(Boolean)
  const box = paragraphs.findIndex((paragraph) =>
    /^Related (?:Wikinews|News|stories)\.$/.test(paragraph)
  )
  return {
    headline: headline!.trim(),
    paragraphs: box === -1 ? paragraphs : paragraphs.slice(0, box),
    related: box === -1 ? [] : paragraphs.slice(box)
  }
}

type Part = [kind: BlockKind | undefined, text: string]

/**
 * Join parts with blank lines; the expected summary lists each part with a kind at its lines
 * (parts without a kind, like front matter, get no block).
 */
function page(parts: Part[]): {value: string; expected: string[]} {
  const expected: string[] = []
  let line = 1
  for (const [kind, text] of parts) {
    const lines = text.split('\n').length
    if (kind) expected.push(`${line}-${line + lines - 1} ${kind}`)
    line += lines + 1
  }
  return {value: parts.map((part) => part[1]).join('\n\n') + '\n', expected}
}

const ids = Array.from({length: 20}, (_, index) => String((index + 1) * 100).padStart(4, '0'))
/** Headlines of other articles, for the link lists around an article. */
const otherHeadlines = ['0001', '0002', '0003', '0004', '0005', '0006'].map(
  (id) => wikinews(id).headline
)

describe('analysis/structure', () => {
  it('exposes the analysis and the scope helpers', async () => {
    const api = await import('../src/analysis/structure/index.js')
    expect(Object.keys(api).sort()).toEqual(['analyzeStructure', 'inScope', 'kindAt', 'scopedTree'])
  })
})

describe('analyzeStructure: seed article (korea-ukraine-arms.txt)', () => {
  const value = read('seed/korea-ukraine-arms.txt')
  const {tree, structure} = analyze(value)

  it('finds navigation, headline, byline, caption and body at their lines', () => {
    expect(linesOf(structure, 'navigation')).toEqual(['1-1'])
    expect(linesOf(structure, 'headline')).toEqual(['3-3'])
    expect(linesOf(structure, 'byline')).toEqual(['5-5'])
    expect(linesOf(structure, 'caption')).toEqual(['7-8'])
    expect(linesOf(structure, 'body')).toEqual([
      '10-10',
      '12-12',
      '14-14',
      '16-16',
      '18-18',
      '20-20',
      '22-22',
      '24-24',
      '26-26',
      '28-28'
    ])
    expect(linesOf(structure, 'standfirst')).toEqual([])
    expect(linesOf(structure, 'dateline')).toEqual([])
    expect(linesOf(structure, 'subhead')).toEqual([])
  })

  it('makes everything from line 30 on page chrome', () => {
    expect(linesOf(structure, 'footer')).toEqual(['30-31'])
    expect(linesOf(structure, 'widget')).toEqual(['33-33', '35-35', '37-37'])
    const after = structure.blocks.filter((block) => block.startLine >= 30)
    expect(after.length).toBe(structure.blocks.length - 14)
    for (const block of after) expect(articleKinds.has(block.kind)).toBe(false)
    // The link boxes: headings and items, up to the last line of the file.
    const boxes = after.filter((block) => block.startLine >= 39)
    expect(boxes.every((block) => block.kind === 'link-list' || block.kind === 'related')).toBe(
      true
    )
    expect(boxes.map((block) => `${block.startLine}-${block.endLine}`).slice(0, 4)).toEqual([
      '39-39',
      '41-46',
      '48-48',
      '50-61'
    ])
    expect(linesOf(structure, 'related')).toEqual(['63-63', '65-66'])
    expect(boxes.at(-1)).toMatchObject({startLine: 184, endLine: 184, end: value.length})
  })

  it('gives body-scoped rules exactly the body paragraphs', () => {
    const scoped = scopedTree(tree, structure, 'body')
    expect(scoped.children.map((node) => node.position?.start.line)).toEqual([
      10, 12, 14, 16, 18, 20, 22, 24, 26, 28
    ])
  })
})

describe('analyzeStructure: Wikinews articles in page chrome (plain text)', () => {
  for (const [index, id] of ids.entries()) {
    it(`finds the body of wikinews/${id}.txt`, () => {
      const article = wikinews(id)
      const related = otherHeadlines.slice(index % 3, (index % 3) + 3)
      const popular = otherHeadlines.slice(3, 6)
      const {value, expected} = page([
        ['navigation', 'Home | World | Politics | Business | Sign in'],
        ['headline', article.headline],
        ['byline', 'By Jane Doe, Staff Reporter'],
        ['dateline', 'Published 19 November 2024, 10:32'],
        ['caption', 'Protesters outside the parliament building (Photo: Reuters)'],
        ...article.paragraphs.map((text): Part => ['body', text]),
        ...article.related.map((text): Part => ['related', text]),
        ['related', 'Related stories'],
        ['related', related.map((title) => '  • ' + title).join('\n')],
        ['link-list', 'Popular Now'],
        ['link-list', popular.map((title, rank) => `${rank + 1}. ${title}`).join('\n')],
        ['widget', 'Comments0'],
        ['footer', '© 2024 Example News. All rights reserved.'],
        ['footer', 'Contact: newsroom@example.com']
      ])
      const {structure} = analyze(value)
      expect(summary(structure)).toEqual(expected)
    })
  }
})

describe('analyzeStructure: Wikinews articles in Markdown and HTML pages', () => {
  for (const id of ['0300', '0900', '1300']) {
    const article = wikinews(id)

    it(`finds the body of wikinews/${id}.txt in Markdown`, () => {
      const {value, expected} = page([
        [undefined, '---\ntitle: Example\n---'],
        ['navigation', '[Home](/) | [World](/world) | [Politics](/politics) | [Business](/b)'],
        ['headline', '# ' + article.headline],
        ['byline', '*By Jane Doe*'],
        ['caption', '![Protesters outside parliament](photo.jpg)'],
        ...article.paragraphs.map((text): Part => ['body', text]),
        ['related', '## Related stories'],
        [
          'related',
          otherHeadlines
            .slice(0, 3)
            .map((title, rank) => `- [${title}](https://example.com/${rank})`)
            .join('\n')
        ],
        ['link-list', '### Most read'],
        [
          'link-list',
          otherHeadlines
            .slice(3)
            .map((title) => `- [${title}](/x)`)
            .join('\n')
        ],
        ['widget', 'Comments0'],
        ['footer', '© 2024 Example News. Contact: newsroom@example.com']
      ])
      const {structure} = analyze(value, 'x.md')
      expect(summary(structure)).toEqual(expected)
    })

    it(`finds the body of wikinews/${id}.txt in HTML`, () => {
      const lines: Part[] = [
        [
          undefined,
          '<!doctype html>\n<html>\n<head><title>' +
            escape(article.headline) +
            '</title></head>\n<body>'
        ],
        [
          'navigation',
          '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/p">Politics</a></nav></header>'
        ],
        [undefined, '<article>'],
        ['headline', '<h1>' + escape(article.headline) + '</h1>'],
        ['byline', '<p class="byline">By Jane Doe</p>'],
        [
          'caption',
          '<figure><img src="x.jpg" alt=""><figcaption>Protesters outside parliament (Photo: Reuters)</figcaption></figure>'
        ],
        ...article.paragraphs.map((text): Part => ['body', '<p>' + escape(text) + '</p>']),
        [undefined, '</article>\n<aside>'],
        ['related', '<h2>Related stories</h2>'],
        [undefined, '<ul>'],
        ...otherHeadlines
          .slice(0, 3)
          .map((title): Part => ['related', `<li><a href="/r">${escape(title)}</a></li>`]),
        [undefined, '</ul>\n</aside>'],
        ['footer', '<footer><p>© 2024 Example News. Contact: newsroom@example.com</p></footer>'],
        [undefined, '</body>\n</html>']
      ]
      // One element a line here, no blank lines: HTML blocks are the text inside the elements.
      const value = lines.map((part) => part[1]).join('\n') + '\n'
      const expected: string[] = []
      let line = 1
      for (const [kind, text] of lines) {
        if (kind) expected.push(`${line}-${line} ${kind}`)
        line += text.split('\n').length
      }
      const {structure} = analyze(value, 'x.html')
      expect(summary(structure)).toEqual(expected)
    })
  }
})

describe('analyzeStructure: small and edge cases', () => {
  it('gives an empty file no blocks', () => {
    expect(summary(analyze('').structure)).toEqual([])
    expect(summary(analyze('\n  \n').structure)).toEqual([])
  })

  it('makes a one-line sentence the body', () => {
    const {structure} = analyze(
      'The minister resigned on Monday after losing a vote of confidence.'
    )
    expect(summary(structure)).toEqual(['1-1 body'])
  })

  it('makes a one-line title the headline', () => {
    expect(summary(analyze('Weather warning for the weekend\n').structure)).toEqual([
      '1-1 headline'
    ])
  })

  it('makes a file of only a list a link list', () => {
    expect(summary(analyze('• Apples\n• Pears\n• Plums\n').structure)).toEqual(['1-3 link-list'])
    expect(summary(analyze('- [One](/1)\n- [Two](/2)\n', 'x.md').structure)).toEqual([
      '1-2 link-list'
    ])
  })

  it('keeps inline-control comments out of the article, each a block of its own', () => {
    const {value, expected: pageExpected} = page([
      ['headline', 'Council approves new budget'],
      ['body', 'The city council approved the budget on Tuesday after a long debate about taxes.'],
      ['chrome', '<!-- copydesk-disable hedging -->'],
      ['body', 'The mayor said the plan may raise property taxes for some households next year.'],
      ['chrome', '<!-- copydesk-enable -->'],
      [
        'body',
        '<!-- copydesk-disable-next-line hedging -->\nCritics said the vote could be challenged in court by residents.'
      ]
    ])
    // The last part is a comment line right above the prose it controls: two blocks.
    const expected = [...pageExpected.slice(0, -1), '11-11 chrome', '12-12 body']
    expect(pageExpected.at(-1)).toBe('11-12 body')
    expect(summary(analyze(value).structure)).toEqual(expected)
  })

  it('keeps Markdown control comments and subheads in place', () => {
    const {value, expected} = page([
      ['headline', '# Council approves new budget'],
      ['body', 'The city council approved the budget on Tuesday after a long debate about taxes.'],
      ['chrome', '<!-- copydesk-disable hedging -->'],
      ['subhead', '## Reactions'],
      ['body', 'The mayor said the plan may raise property taxes for some households next year.']
    ])
    expect(summary(analyze(value, 'x.md').structure)).toEqual(expected)
  })

  it('reads a box heading over a paragraph as a subhead', () => {
    const {value, expected} = page([
      ['headline', 'Storm hits the coast'],
      ['body', 'The storm reached the coast on Sunday night, cutting power to thousands of homes.'],
      ['subhead', 'Latest developments'],
      ['body', 'Crews worked through Monday to restore power, and most homes had it back by noon.'],
      ['related', 'Related stories'],
      ['related', '  • Storm season starts early\n  • Power cuts across the region']
    ])
    expect(summary(analyze(value).structure)).toEqual(expected)
  })

  it('keeps short sentences and paragraphs split mid-sentence in the body', () => {
    const {value, expected} = page([
      ['headline', 'Senate approves immigration bill'],
      ['body', 'The U.S.'],
      ['body', 'Senate today approved a comprehensive immigration bill after weeks of debate.'],
      ['subhead', 'Reaction'],
      [
        'body',
        'Supporters of the bill welcomed the vote, and opponents promised to keep fighting.'
      ],
      ['body', 'Nobody was hurt.']
    ])
    expect(summary(analyze(value).structure)).toEqual(expected)
  })
})

describe('analyzeStructure: all 2,000 Wikinews articles', () => {
  it('keeps every prose paragraph after the headline in the body', () => {
    const files = readdirSync(new URL('wikinews/', corpus)).filter((name) =>
      /^\d+\.txt$/.test(name)
    )
    let paragraphs = 0
    let misclassified = 0
    let prose = 0
    let headlines = 0
    for (const name of files) {
      const value = read('wikinews/' + name)
      const file = new VFile({path: name, value})
      const {blocks} = analyzeStructure(createProcessor().parse(file), file)
      if (blocks[0]?.kind === 'headline' && blocks[0].startLine === 1) headlines++
      for (const block of blocks.slice(1)) {
        paragraphs++
        if (block.kind === 'body') continue
        misclassified++
        const text = value.slice(block.start, block.end)
        const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
        if (words >= 8 || (words >= 4 && /[.!?…]["'”’)]*$/.test(text))) prose++
      }
    }
    console.log(
      `Wikinews: ${files.length} files, ${paragraphs} paragraphs after the headline, ` +
        `${misclassified} not body, of which ${prose} with 4+ words of prose`
    )
    expect(files.length).toBe(2000)
    expect(headlines).toBe(2000)
    expect(paragraphs).toBe(16403)
    // Measured: 192 not body (related-story boxes, "*" and wiki residue at the end),
    // 13 of them with words (mostly the titles in those boxes).
    expect(misclassified).toBeLessThanOrEqual(192)
    expect(prose).toBeLessThanOrEqual(13)
  })
})

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
