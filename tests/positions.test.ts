import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Nodes as NlcstNodes, Root as NlcstRoot, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Node as UnistNode} from 'unist'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'

type Syntax = 'markdown' | 'html'

const fixtures = new URL('fixtures/positions/', import.meta.url)
const markdownFixture = readFileSync(new URL('article.md', fixtures), 'utf8')
const htmlFixture = readFileSync(new URL('article.html', fixtures), 'utf8')

function parse(source: string, syntax: Syntax): NlcstRoot {
  const file = new VFile({path: syntax === 'markdown' ? 'a.md' : 'a.html', value: source})
  return createProcessor().parse(file)
}

function sliceOf(source: string, node: NlcstNodes): string {
  return source.slice(node.position?.start.offset, node.position?.end.offset)
}

/** Concatenated text of a mdast or hast tree (inline code included). */
function textOf(tree: UnistNode): string {
  let result = ''
  visit(tree, (node) => {
    if ((node.type === 'text' || node.type === 'inlineCode') && 'value' in node) {
      result += String(node.value)
    }
  })
  return result
}

/**
 * What a slice of source decodes to, by the real parsers rather than by the code under test.
 * Markdown: the slice between two letters, so that it is read as paragraph text (`-` alone would
 * be a list); HTML: as a body fragment (also turns CRLF into LF, as parse5 does).
 */
function decode(slice: string, syntax: Syntax): string {
  if (syntax === 'html') return textOf(fromHtml(slice, {fragment: true}))
  return textOf(fromMarkdown('a' + slice + 'a')).slice(1, -1)
}

interface Problem {
  type: string
  text: string
  slice: string
  why: string
}

/**
 * Every positioned node: offsets inside the file, line/column agreeing with the offset; every
 * word and leaf: its source slice decodes to its text. Exceptions, each checked for its own
 * shape: source nodes (inline code, `<code>`), hard breaks, and the `\n\n` the Markdown
 * converter puts between blocks (white space only).
 */
function problems(source: string, syntax: Syntax, tree: NlcstRoot): Problem[] {
  const place = location(source)
  const found: Problem[] = []
  visit(tree, (node: NlcstNodes) => {
    const text = toString(node)
    const slice = sliceOf(source, node)
    const report = (why: string) => found.push({type: node.type, text, slice, why})
    const position = node.position
    if (!position) return report('no position')
    const {start, end} = position
    if (start.offset === undefined || end.offset === undefined) return report('no offset')
    if (start.offset < 0 || end.offset > source.length || start.offset > end.offset) {
      return report('offsets out of range')
    }
    for (const point of [start, end]) {
      const expected = place.toPoint(point.offset)
      if (
        !expected ||
        expected.line !== point.line ||
        expected.column !== point.column ||
        expected.offset !== point.offset
      ) {
        return report(`line/column do not match offset ${point.offset}`)
      }
    }

    if (node.type === 'SourceNode') {
      const ok =
        syntax === 'markdown'
          ? /^`+[\s\S]*`+$/.test(slice) && slice === node.value
          : /^<code>[\s\S]*<\/code>$/i.test(slice) && decode(slice, syntax) === node.value
      if (!ok) report('source node slice')
      return
    }

    if (node.type === 'WhiteSpaceNode') {
      const lf = (value: string) => value.replace(/\r\n?/g, '\n')
      if (lf(decode(slice, syntax)) === lf(text)) return
      // White space across a Markdown line ending holds the container prefix of the next line.
      const unprefixed = slice.replace(/(\r?\n|\r)[ \t>]*/g, '$1')
      if (syntax === 'markdown' && lf(decode(unprefixed, syntax)) === lf(text)) return
      // Hard breaks: `  ⏎`, `\⏎`, `<br>`; `<wbr>`.
      if (text === '\n' && /^(?:[ \t]{2,}|\\|<br\s*\/?>)(?:\r\n|\r|\n)?$/i.test(slice)) return
      if (text === ' ' && /^<wbr\s*\/?>$/i.test(slice)) return
      // Between Markdown blocks: the line endings there.
      if (/^\n+$/.test(text) && /^[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)+$/.test(slice)) return
      report('white space slice')
      return
    }

    if ('children' in node && node.type !== 'WordNode') {
      const children: NlcstNodes[] = node.children
      const first = children.find((child) => child.position)
      const last = children.findLast((child) => child.position)
      if (first && last) {
        if (first.position?.start.offset !== start.offset) report('parent start ≠ first child')
        if (last.position?.end.offset !== end.offset) report('parent end ≠ last child')
      }
      return
    }

    if (decode(slice, syntax) !== text) report('slice does not decode to text')
  })
  return found
}

function words(tree: NlcstRoot): Word[] {
  const result: Word[] = []
  visit(tree, 'WordNode', (node: Word) => {
    result.push(node)
  })
  return result
}

/** The `occurrence`-th word whose text is `text`. */
function word(tree: NlcstRoot, text: string, occurrence = 0): Word {
  const found = words(tree).filter((node) => toString(node) === text)
  const result = found[occurrence]
  if (!result) throw new Error(`no word ${JSON.stringify(text)} #${occurrence}`)
  return result
}

/** Offset of `needle` in `source` plus `delta`, asserting it occurs. */
function offsetOf(source: string, needle: string, delta = 0): number {
  const index = source.indexOf(needle)
  expect(index, needle).toBeGreaterThanOrEqual(0)
  return index + delta
}

describe('positions: Markdown fixture', () => {
  it('has CRLF line endings and front matter', () => {
    expect(markdownFixture).toMatch(/^---\r\n/)
    expect(markdownFixture.split('\r\n').length).toBeGreaterThan(30)
    expect(markdownFixture.replace(/\r\n/g, '')).not.toMatch(/\n/)
  })

  for (const [name, source] of [
    ['CRLF', markdownFixture],
    ['LF', markdownFixture.replace(/\r\n/g, '\n')]
  ] as const) {
    it(`every node points at its own source (${name})`, () => {
      const tree = parse(source, 'markdown')
      expect(words(tree).length).toBeGreaterThan(200)
      expect(problems(source, 'markdown', tree)).toEqual([])
    })
  }

  const source = markdownFixture
  const tree = parse(source, 'markdown')

  it('skips the front matter', () => {
    const first = words(tree)[0]
    expect(first && toString(first)).toBe('Brazilian')
    expect(first?.position?.start.offset).toBe(offsetOf(source, '# Brazilian', 2))
    expect(first?.position?.start.line).toBe(7)
  })

  it('puts the word after `&amp;` at its source offset', () => {
    const n = offsetOf(source, 'injured &amp; five', 'injured &amp; '.length)
    expect(source.slice(n, n + 'five'.length)).toBe('five')
    expect(word(tree, 'five', 1).position?.start.offset).toBe(n)
    expect(word(tree, 'five', 1).position?.end.offset).toBe(n + 4)
  })

  it('gives a word with a reference the reference as written', () => {
    expect(sliceOf(source, word(tree, 'movement’s'))).toBe('movement&rsquo;s')
    const n = offsetOf(source, 'May&nbsp;2002', 'May&nbsp;'.length)
    expect(word(tree, '2002').position?.start).toEqual({line: 11, column: 82, offset: n})
    const quoted = words(tree).find((node) => toString(node) === 'case')
    expect(quoted && sliceOf(source, quoted)).toBe('case')
    expect(quoted?.position?.start.offset).toBe(offsetOf(source, 'case,&quot;', 0))
  })

  it('maps escapes to the backslash and the character', () => {
    const star = offsetOf(source, '\\*whole\\*')
    expect(word(tree, 'whole').position?.start.offset).toBe(star + 2)
    let escapedStars = 0
    visit(tree, (node: NlcstNodes) => {
      if (!('children' in node) && toString(node) === '*') {
        expect(sliceOf(source, node)).toBe('\\*')
        escapedStars++
      }
    })
    expect(escapedStars).toBe(2)
    expect(sliceOf(source, word(tree, 'international'))).toBe('international')
    expect(word(tree, 'international').position?.start.offset).toBe(
      offsetOf(source, '\\[international', 2)
    )
  })

  it('skips block quote markers and list indentation', () => {
    const shooting = offsetOf(source, '> shooting.', 2)
    expect(word(tree, 'shooting').position?.start).toEqual({
      line: 20,
      column: 3,
      offset: shooting
    })
    expect(word(tree, 'officially').position?.start.offset).toBe(
      offsetOf(source, '  officially', 2)
    )
    expect(word(tree, 'plantations').position?.start.offset).toBe(
      offsetOf(source, '     plantations', 5)
    )
    const are = offsetOf(source, '   are still', 3)
    expect(words(tree).find((node) => node.position?.start.offset === are)).toBeDefined()
  })

  it('gives image alt words their source', () => {
    expect(word(tree, 'Camp').position?.start.offset).toBe(offsetOf(source, '![Camp', 2))
    expect(word(tree, 'tents', 1).position?.start.offset).toBe(offsetOf(source, 'tents near', 0))
  })

  it('gives inline code and hard breaks their whole source', () => {
    let sources = 0
    visit(tree, 'SourceNode', (node: NlcstNodes) => {
      expect(sliceOf(source, node)).toBe('`government`')
      sources++
    })
    expect(sources).toBe(1)
    const brk = offsetOf(source, '`government`  \r\n', '`government`'.length)
    let breaks = 0
    visit(tree, 'WhiteSpaceNode', (node: NlcstNodes) => {
      if (node.position?.start.offset === brk) {
        expect(sliceOf(source, node)).toBe('  \r\n')
        breaks++
      }
    })
    expect(breaks).toBe(1)
  })

  it('spans parents from their first to their last child', () => {
    const paragraph = tree.children.find(
      (node) => node.type === 'ParagraphNode' && toString(node).startsWith('Seven unknown')
    )
    expect(paragraph && sliceOf(source, paragraph)).toBe(
      source.slice(
        offsetOf(source, 'Seven unknown'),
        offsetOf(source, 'of the attack.', 'of the attack.'.length)
      )
    )
    // The root starts at the line endings after the front matter (converter-made white space).
    const afterFrontMatter = offsetOf(source, '---\r\n\r\n# Brazilian', 3)
    expect(tree.position?.start.offset).toBe(afterFrontMatter)
    expect(tree.children[0]?.position?.start.offset).toBe(afterFrontMatter)
    expect(sliceOf(source, tree.children[0] as NlcstNodes)).toBe('\r\n\r\n')
    expect(tree.position?.end.offset).toBe(offsetOf(source, 'tents burned.', 13))
  })
})

describe('positions: HTML fixture', () => {
  for (const [name, source] of [
    ['LF', htmlFixture],
    ['CRLF', htmlFixture.replace(/\n/g, '\r\n')]
  ] as const) {
    it(`every node points at its own source (${name})`, () => {
      const tree = parse(source, 'html')
      expect(words(tree).length).toBeGreaterThan(150)
      expect(problems(source, 'html', tree)).toEqual([])
    })
  }

  const source = htmlFixture
  const tree = parse(source, 'html')

  it('puts words after references at their source offsets', () => {
    expect(word(tree, 'Nunes', 1).position?.start.offset).toBe(
      offsetOf(source, 'Mr.&nbsp;Nunes', 'Mr.&nbsp;'.length)
    )
    expect(sliceOf(source, word(tree, 'didn’t'))).toBe('didn&rsquo;t')
    expect(sliceOf(source, word(tree, 'Rondônia', 1))).toBe('Rond&#244;nia')
    expect(sliceOf(source, word(tree, 'MST’s'))).toBe('MST&#8217;s')
    expect(sliceOf(source, word(tree, 'MST’s', 1))).toBe('MST&#x2019;s')
    const n = offsetOf(source, 'axes &amp; sticks', 'axes &amp; '.length)
    expect(source.slice(n, n + 'sticks'.length)).toBe('sticks')
    expect(word(tree, 'sticks').position?.start.offset).toBe(n)
  })

  it('handles legacy references without a semicolon', () => {
    expect(word(tree, 'landholdings').position?.start.offset).toBe(
      offsetOf(source, '&amp landholdings', '&amp '.length)
    )
    expect(word(tree, '2004').position?.start.offset).toBe(offsetOf(source, '&copy 2004', 6))
    let copyright = 0
    visit(tree, 'SymbolNode', (node: NlcstNodes) => {
      if (toString(node) === '©') {
        expect(sliceOf(source, node)).toBe('&copy')
        copyright++
      }
    })
    expect(copyright).toBe(1)
  })

  it('gives `<br>` and `<code>` their whole element', () => {
    const br = offsetOf(source, '<br />')
    let found = 0
    visit(tree, 'WhiteSpaceNode', (node: NlcstNodes) => {
      if (node.position?.start.offset === br) {
        expect(sliceOf(source, node)).toBe('<br />')
        found++
      }
    })
    expect(found).toBe(1)
    visit(tree, 'SourceNode', (node: NlcstNodes) => {
      expect(sliceOf(source, node)).toBe('<code>Cabixi&amp;co</code>')
      found++
    })
    expect(found).toBe(2)
  })

  it('maps CRLF to the decoded LF', () => {
    const crlf = htmlFixture.replace(/\n/g, '\r\n')
    const crlfTree = parse(crlf, 'html')
    const offset = offsetOf(crlf, 'Rond&#244;nia.', 0)
    expect(word(crlfTree, 'Rondônia', 1).position?.start).toEqual({
      line: 14,
      column: 33,
      offset
    })
  })
})

const plainWords = [
  'the',
  'police',
  'said',
  'MST',
  'camp',
  'Agência',
  'Folha',
  'x',
  '2002',
  'five',
  'don',
  't'
]
const markdownReferences = [
  '&amp;',
  '&rsquo;',
  '&nbsp;',
  '&#8217;',
  '&#x2019;',
  '&quot;',
  '&copy;',
  '&eacute;',
  '&#233;',
  '&#X2014;',
  '&#x1F600;'
]
const markdownEscapes = ['\\*', '\\_', '\\[', '\\]', '\\\\', '\\#', '\\`', '\\&', '\\.', '\\>']
/** Not references, or not decoded, in Markdown. */
const markdownLiterals = ['&gt;', '&foo;', '&', '&#;', '&#0;', '&#xD800;', '&#150;', '&amp', '\\a']
const htmlReferences = [
  ...markdownReferences,
  '&amp',
  '&copy',
  '&nbsp',
  '&#8217',
  '&#x2019',
  '&#150;',
  '&lt;',
  '&gt;',
  '&foo;',
  '&',
  '&#;',
  '&#x;',
  '&notit;',
  '&ampx',
  '&#99999999999;',
  '&#0;',
  '&#xD800;',
  '&#x80;',
  '&#150'
]

/** A word, a reference or escape alone, or a word with one glued inside (`don&rsquo;t`). */
function tokens(extras: string[]): fc.Arbitrary<string> {
  const plain = fc.constantFrom(...plainWords)
  const extra = fc.constantFrom(...extras)
  return fc.oneof(
    {arbitrary: plain, weight: 4},
    {arbitrary: extra, weight: 2},
    {arbitrary: fc.tuple(plain, extra, plain).map((parts) => parts.join('')), weight: 2},
    {arbitrary: fc.constantFrom(',', '.', '!', '?', ';'), weight: 1}
  )
}

const markdownInline = fc.oneof(
  {arbitrary: tokens([...markdownReferences, ...markdownEscapes, ...markdownLiterals]), weight: 8},
  {arbitrary: fc.constantFrom(...plainWords).map((w) => `*${w}*`), weight: 1},
  {arbitrary: fc.constantFrom(...plainWords).map((w) => `**${w}**`), weight: 1},
  {arbitrary: fc.constantFrom(...plainWords).map((w) => `\`${w}\``), weight: 1},
  {arbitrary: fc.constantFrom(...plainWords).map((w) => `[${w}](u)`), weight: 1},
  {arbitrary: fc.constantFrom(...plainWords).map((w) => `![${w} &amp; *${w}*](u)`), weight: 1},
  {
    arbitrary: fc.constantFrom(
      '<https://a.example/?a&amp;b\\*c>',
      '[the](u "t &amp; x")',
      '![a [b](c "d e") f&rsquo;s](u)',
      '![a][ref]',
      '<span>the</span>',
      'the  \n',
      'the\\\n',
      'the \n'
    ),
    weight: 1
  }
)

/** Lines of Markdown inline content, in a paragraph, a block quote or a list item. */
const markdownDocument = fc
  .record({
    paragraphs: fc.array(
      fc.array(fc.array(markdownInline, {minLength: 1, maxLength: 8}), {
        minLength: 1,
        maxLength: 4
      }),
      {minLength: 1, maxLength: 3}
    ),
    container: fc.constantFrom('none', 'quote', 'list', 'indented', 'nested', 'tab'),
    eol: fc.constantFrom('\n', '\r\n', '\r')
  })
  .map(({paragraphs, container, eol}) => {
    const first = {none: '', quote: '> ', list: '- ', indented: '  ', nested: '> - ', tab: '-\t'}[
      container
    ]
    const rest = {none: '', quote: '> ', list: '  ', indented: '    ', nested: '>   ', tab: '\t'}[
      container
    ]
    const blank = container === 'quote' || container === 'nested' ? '>' : ''
    return (
      paragraphs
        .map((lines) =>
          lines
            .map(
              (line, index) =>
                (index === 0 ? first : rest) + line.join(' ').replace(/\n/g, eol + rest)
            )
            .join(eol)
        )
        .join(eol + blank + eol) +
      eol +
      eol +
      '[ref]: u'
    )
  })

const htmlInline = fc.oneof(
  {arbitrary: tokens(htmlReferences), weight: 8},
  {arbitrary: fc.constantFrom(...plainWords).map((w) => `<em>${w}</em>`), weight: 1},
  {arbitrary: fc.constantFrom(...plainWords).map((w) => `<a href="u?a&amp;b">${w}</a>`), weight: 1},
  {arbitrary: fc.constantFrom(...plainWords).map((w) => `<code>${w}&amp;</code>`), weight: 1},
  {arbitrary: fc.constantFrom('<br>', '<wbr>', '<span>the</span>', '<pre>\nthe</pre>'), weight: 1}
)

const htmlDocument = fc
  .record({
    paragraphs: fc.array(fc.array(htmlInline, {minLength: 1, maxLength: 12}), {
      minLength: 1,
      maxLength: 3
    }),
    separator: fc.constantFrom(' ', '\n', '\r\n', '\n   ', '\t', '\r'),
    container: fc.constantFrom('p', 'blockquote', 'li')
  })
  .map(({paragraphs, separator, container}) =>
    paragraphs
      .map((inline) => {
        const body = inline.join(separator)
        if (container === 'p') return `<p>${body}</p>`
        if (container === 'li') return `<ul><li>${body}</li></ul>`
        return `<blockquote><p>${separator}${body}</p></blockquote>`
      })
      .join(separator)
  )

describe('positions: a reference the tokenizer splits', () => {
  // `&NotEqualTilde;` decodes to two code points (U+2242 U+0338) that parse-english puts in two
  // leaves. Each leaf gets the whole reference: a leaf never points into the middle of one.
  for (const [syntax, source] of [
    ['markdown', 'a &NotEqualTilde; b'],
    ['html', '<p>a &NotEqualTilde; b</p>']
  ] as const) {
    it(syntax, () => {
      const tree = parse(source, syntax)
      const start = source.indexOf('&')
      const leaves: string[] = []
      visit(tree, (node: NlcstNodes) => {
        if ('children' in node || node.position?.start.offset !== start) return
        expect(sliceOf(source, node)).toBe('&NotEqualTilde;')
        leaves.push(toString(node))
      })
      expect(leaves).toEqual(['\u2242', '\u0338'])
      expect(word(tree, 'b').position?.start.offset).toBe(source.indexOf(' b') + 1)
    })
  }
})

describe('positions: property', () => {
  it('every Markdown node points at its own source', () => {
    fc.assert(
      fc.property(markdownDocument, (source) => {
        expect(problems(source, 'markdown', parse(source, 'markdown'))).toEqual([])
      }),
      {numRuns: 300}
    )
  })

  it('every HTML node points at its own source', () => {
    fc.assert(
      fc.property(htmlDocument, (source) => {
        expect(problems(source, 'html', parse(source, 'html'))).toEqual([])
      }),
      {numRuns: 300}
    )
  })
})
