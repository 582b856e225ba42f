/**
 * The units repeats are made of. Plain text: every non-blank line, since page chrome is
 * line-based (one link per line) and a repeated box rarely keeps its blank lines. Markdown and
 * HTML: every block of text (paragraph, heading, list item, table cell) as the parsers give it
 * to nlcst, so that markup, line wrapping and indentation do not hide a repeat.
 *
 * A unit is read once, into hashes (`hash.ts`); its normalised text, the key, is only made
 * when two units' hashes meet or a repeat is described (`keyOf`).
 */
import type {Root as NlcstRoot} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {mayHoldResidue} from '../residue-starts.js'
import {isWhiteSpaceCode} from '../white-space.js'
import {Words, hashKey, hashLine} from './hash.js'
import {normalize} from './normalize.js'

export interface Unit {
  /** UTF-16 offset of the first visible character. */
  start: number
  /** UTF-16 offset after the last visible character. */
  end: number
  /** Hash of the key: equal keys have equal hashes. */
  hash: number
  /**
   * Where the reading of the unit started, in the text read: the file for a line read as it
   * stands, its key otherwise. Word ends (`Units.words`) are offsets in that same text.
   */
  origin: number
  /** Index of the unit's first word in `Units.words`. */
  firstWord: number
  words: number
  /** The normalised text: units match when their keys are equal. Made on demand for lines. */
  key: string | undefined
}

export interface Units {
  list: Unit[]
  /** The end of every word of every key and the prefix hash there: what winnowing reads. */
  words: Words
  /**
   * Lines only: the start and end of each line that may hold scrape residue, one pair after
   * another (`Repeats.residueLines`).
   */
  residueLines?: number[]
}

/**
 * One unit per line with visible text. `words` may be a buffer kept from file to file: it is
 * emptied first, and the result's `words` is that buffer.
 */
export function lineUnits(doc: string, words = new Words()): Units {
  const list: Unit[] = []
  const residueLines: number[] = []
  words.count = 0
  // `indexOf` is native and many times faster than reading each character; only a file with
  // CR line ends, which are rare, is read character by character.
  const cr = doc.includes('\r')
  let index = 0
  while (index <= doc.length) {
    const lineEnd = cr ? lineEndAt(doc, index) : newlineAt(doc, index)
    let start = index
    let end = lineEnd
    // The line holds no CR or LF: JavaScript's white space is what `trim` removes from it.
    while (start < end && isWhiteSpaceCode(doc.charCodeAt(start))) start++
    while (end > start && isWhiteSpaceCode(doc.charCodeAt(end - 1))) end--
    // Three characters of residue are white space, which the line's reading leaves out.
    let residue =
      (start > index && invisibleIn(doc, index, start)) ||
      (end < lineEnd && invisibleIn(doc, end, lineEnd))
    if (start < end) {
      const firstWord = words.count
      // Most lines are ASCII without `&`: their key is read off the line itself.
      const origin = afterBullet(doc, start, end)
      // Past ASCII in its first characters, a line may open with a list marker once NFKC
      // has made "(１)" "(1)": those lines take the long way.
      const hash =
        origin === start && pastAsciiIn(doc, start, Math.min(end, start + markerLength))
          ? undefined
          : hashLine(doc, origin, end, words)
      // The reading skips a list marker, and the white space after it may be residue.
      residue ||= origin > start && invisibleIn(doc, start, origin)
      if (hash === undefined) {
        const line = doc.slice(start, end)
        add(list, words, start, end, normalize(line))
        residue ||= mayHoldResidue(line)
      } else {
        const count = words.count - firstWord
        list.push({start, end, hash, origin, firstWord, words: count, key: undefined})
        residue ||= words.residue
      }
    }
    if (residue) residueLines.push(index, lineEnd)
    index = lineEnd + (doc.charCodeAt(lineEnd) === 13 && doc.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  return {list, words, residueLines}
}

/** Whether white space holds residue: a vertical tab, form feed or zero width no-break space. */
function invisibleIn(doc: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = doc.charCodeAt(index)
    if (code === 0x0b || code === 0x0c || code === 0xfeff) return true
  }
  return false
}

/** One unit per nlcst paragraph with visible text; `words` as in `lineUnits`. */
export function paragraphUnits(tree: NlcstRoot, words = new Words()): Units {
  const list: Unit[] = []
  words.count = 0
  for (const node of tree.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type !== 'ParagraphNode' || start === undefined || end === undefined) continue
    add(list, words, start, end, normalize(toString(node)))
  }
  return {list, words}
}

/** The normalised text of a unit of `doc` (a line: units of paragraphs carry their key). */
export function keyOf(unit: Unit, doc: string): string {
  unit.key ??= normalize(doc.slice(unit.start, unit.end))
  return unit.key
}

function add(list: Unit[], words: Words, start: number, end: number, key: string): void {
  if (key === '') return
  const firstWord = words.count
  const hash = hashKey(key, words)
  list.push({start, end, hash, origin: 0, firstWord, words: words.count - firstWord, key})
}

/** Where the line at `index` ends: at the next LF or the end of the file. */
function newlineAt(doc: string, index: number): number {
  const at = doc.indexOf('\n', index)
  return at === -1 ? doc.length : at
}

/** Where the line at `index` ends: at the next CR or LF, or the end of the file. */
function lineEndAt(doc: string, index: number): number {
  let at = index
  while (at < doc.length) {
    const code = doc.charCodeAt(at)
    if (code === 10 || code === 13) break
    at++
  }
  return at
}

/**
 * Where a line's text starts once a list marker is dropped: what `normalize`'s bullet pattern
 * removes, for ASCII lines ("* item", "- item", "1. item", "2) item", "(3) item").
 */
function afterBullet(doc: string, start: number, end: number): number {
  let index = start
  const first = doc.charCodeAt(index)
  if (first === 42 || first === 43 || first === 45) index++
  else {
    const open = first === 40
    if (open) index++
    const digits = index
    while (index < end && index - digits < 4 && isDigit(doc.charCodeAt(index))) index++
    const count = index - digits
    if (count === 0 || count > 3) return start
    const close = doc.charCodeAt(index)
    if (open ? close !== 41 : close !== 46 && close !== 41) return start
    index++
  }
  if (index >= end || !isAsciiSpace(doc.charCodeAt(index))) return start
  while (isAsciiSpace(doc.charCodeAt(index))) index++
  return index
}

/** The longest list marker `normalize` removes, with a space after it: "(123) ". */
const markerLength = 6

function pastAsciiIn(doc: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (doc.charCodeAt(index) > 127) return true
  return false
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12
}
