import {characterEntities} from 'character-entities'
import type {Nodes, Paragraph} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {defineRule} from '../../src/rule.js'
import {
  characterNames,
  mayHoldResidue,
  placeholder,
  placeholderHint,
  residue,
  residueHint
} from './patterns.js'

/** One piece of residue: where, what, and its replacement when it is clear. */
interface Finding {
  start: number
  end: number
  reason: string
  expected: string[]
}

/**
 * `scrape-residue`: what scraping and templates leave in the text as it reads: HTML entities
 * and tags written out, invisible and control characters, widget counters glued to their
 * label ("Comments0"), unfilled placeholders. It reads the text of every paragraph (so in
 * Markdown and HTML, real markup is never reported: only what shows as text) and reports
 * each at its exact span. Whole file, chrome included.
 */
export const scrapeResidue = defineRule<Record<string, never>>(
  {
    id: 'scrape-residue',
    description: 'Leftover markup, entities, invisible characters, widget counters, placeholders',
    defaultSeverity: 'warn',
    scope: 'document',
    options: {}
  },
  function (tree, file) {
    const doc = String(file)
    const plain = file.data.inputKind !== 'markdown' && file.data.inputKind !== 'html'
    // Most files hold no residue. In plain text, where paragraphs are the file's own text,
    // the lines that may hold some were noted when the repeats analysis read them, or else
    // one look at the whole file rules it out. (Markup could join "Comments**0**".)
    const lines = plain ? file.data.repeats?.residueLines : undefined
    if (plain && (lines ? lines.length === 0 : !mayHoldResidue(doc))) return
    const marked = lines ? overlapsLines(lines) : () => true
    let place: ReturnType<typeof location> | undefined
    for (const node of tree.children) {
      if (node.type !== 'ParagraphNode' || !marked(node)) continue
      for (const finding of findResidue(node, doc, plain)) {
        place ??= location(file)
        report(file, place, doc, finding)
      }
    }
  }
)

/**
 * Whether a paragraph overlaps one of `lines` (start and end offsets, in order), for
 * paragraphs asked about in order.
 */
function overlapsLines(lines: readonly number[]): (paragraph: Paragraph) => boolean {
  let at = 0
  return function (paragraph) {
    const start = paragraph.position?.start.offset
    const end = paragraph.position?.end.offset
    if (start === undefined || end === undefined) return true
    while (at < lines.length && lines[at + 1]! <= start) at += 2
    return at < lines.length && lines[at]! < end
  }
}

function report(
  file: VFile,
  place: ReturnType<typeof location>,
  doc: string,
  finding: Finding
): void {
  const start = place.toPoint(finding.start)
  const end = place.toPoint(finding.end)
  if (!start || !end) return
  const message = file.message(finding.reason, {place: {start, end}})
  message.actual = doc.slice(finding.start, finding.end)
  message.expected = finding.expected
}

/** Residue in one paragraph, with offsets into the file. */
export function findResidue(paragraph: Paragraph, doc: string, plain: boolean): Finding[] {
  const text = textOf(paragraph, doc, plain)
  if (!text || !mayHoldResidue(text.value)) return []
  const findings: Finding[] = []
  const matches = residueHint.test(text.value) ? text.value.matchAll(residue) : []
  for (const match of matches) {
    const [whole, entity, tag, invisible, counter] = match
    let reason: string
    let expected: string[] = []
    if (entity) {
      const value = decode(entity)
      if (value === undefined) continue
      expected = [value === '\u00a0' ? ' ' : value]
      reason = `Unexpected HTML entity \`${entity}\` written out, expected ${describe(value)}`
    } else if (tag) {
      reason = `Unexpected HTML tag \`${tag}\` in the text, expected none`
    } else if (invisible) {
      // A byte order mark opening the file is encoding, not residue.
      if (invisible === '\ufeff' && text.offset(match.index) === 0) continue
      const code = invisible.codePointAt(0)!
      const name = characterNames[invisible[0]!] ?? 'control character'
      const hex = code.toString(16).toUpperCase().padStart(4, '0')
      reason = `Unexpected invisible character U+${hex} (${name}), expected none`
      expected = ['']
    } else if (counter) {
      reason = `Unexpected widget counter \`${counter}\`, expected article text`
    } else continue
    findings.push(finding(text, match.index, whole.length, reason, expected))
  }
  if (!placeholderHint.test(text.value)) return findings.sort((a, b) => a.start - b.start)
  for (const match of text.value.matchAll(placeholder)) {
    const reason = `Unexpected unfilled placeholder \`${match[0]}\`, expected the text it stands for`
    findings.push(finding(text, match.index, match[0].length, reason, []))
  }
  return findings.sort((a, b) => a.start - b.start)
}

function finding(
  text: ParagraphText,
  index: number,
  length: number,
  reason: string,
  expected: string[]
): Finding {
  return {start: text.offset(index), end: text.offset(index + length, true), reason, expected}
}

/** The character an entity stands for, or `undefined` when it is no entity. */
function decode(entity: string): string | undefined {
  const name = entity.slice(1).replace(/;$/, '')
  if (name.startsWith('#')) {
    const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  }
  return Object.hasOwn(characterEntities, name) ? characterEntities[name] : undefined
}

function describe(value: string): string {
  if (/^\s$/u.test(value)) return 'a space'
  return `\`${value}\``
}

interface ParagraphText {
  value: string
  /** The file offset of a text index; `end` picks the end of the node a match ends in. */
  offset: (index: number, end?: boolean) => number
}

/**
 * A paragraph's text and a map back to the file. In plain text, nlcst's text is the file's
 * text, so offsets are direct. In Markdown and HTML, leaves carry positions: a text index
 * maps inside its leaf by arithmetic when the leaf is as long in the file as in the text, and
 * to the leaf's edge when it is not (an entity or escape in the source).
 */
function textOf(paragraph: Paragraph, doc: string, plain: boolean): ParagraphText | undefined {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  if (plain) return {value: doc.slice(start, end), offset: (index) => start + index}

  const leaves: {text: number; start: number; end: number; length: number}[] = []
  let value = ''
  collect(paragraph)
  return {
    value,
    offset(index, isEnd) {
      let low = 0
      let high = leaves.length - 1
      // The last leaf starting at or before `index` (before it, for an end).
      while (low < high) {
        const middle = (low + high + 1) >> 1
        const at = leaves[middle]!.text
        if (isEnd ? at < index : at <= index) low = middle
        else high = middle - 1
      }
      const leaf = leaves[low]
      if (!leaf) return start
      const within = index - leaf.text
      if (leaf.end - leaf.start === leaf.length) return leaf.start + within
      return within <= 0 ? leaf.start : leaf.end
    }
  }

  function collect(node: Nodes): void {
    if ('value' in node) {
      const from = node.position?.start.offset
      const to = node.position?.end.offset
      if (from !== undefined && to !== undefined) {
        leaves.push({text: value.length, start: from, end: to, length: node.value.length})
      }
      value += node.value
    } else if ('children' in node) {
      for (const child of node.children) collect(child)
    }
  }
}
