/**
 * The units repeats are made of. Plain text: every non-blank line, since page chrome is
 * line-based (one link per line) and a repeated box rarely keeps its blank lines. Markdown and
 * HTML: every block of text (paragraph, heading, list item, table cell) as the parsers give it
 * to nlcst, so that markup, line wrapping and indentation do not hide a repeat.
 */
import type {Root as NlcstRoot} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {isWhiteSpaceCode} from '../white-space.js'
import {normalize, wordCount} from './normalize.js'

export interface Unit {
  /** UTF-16 offset of the first visible character. */
  start: number
  /** UTF-16 offset after the last visible character. */
  end: number
  /** The normalised text: units match when their keys are equal. */
  key: string
  words: number
}

/** One unit per line with visible text. */
export function lineUnits(doc: string): Unit[] {
  const units: Unit[] = []
  let index = 0
  while (index <= doc.length) {
    let lineEnd = index
    while (lineEnd < doc.length) {
      const code = doc.charCodeAt(lineEnd)
      if (code === 10 || code === 13) break
      lineEnd++
    }
    let start = index
    let end = lineEnd
    // The line holds no CR or LF: JavaScript's white space is what `trim` removes from it.
    while (start < end && isWhiteSpaceCode(doc.charCodeAt(start))) start++
    while (end > start && isWhiteSpaceCode(doc.charCodeAt(end - 1))) end--
    if (start < end) add(units, start, end, doc.slice(start, end))
    index = lineEnd + (doc.charCodeAt(lineEnd) === 13 && doc.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  return units
}

/** One unit per nlcst paragraph with visible text. */
export function paragraphUnits(tree: NlcstRoot): Unit[] {
  const units: Unit[] = []
  for (const node of tree.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type !== 'ParagraphNode' || start === undefined || end === undefined) continue
    add(units, start, end, toString(node))
  }
  return units
}

function add(units: Unit[], start: number, end: number, text: string): void {
  const key = normalize(text)
  if (key !== '') units.push({start, end, key, words: wordCount(key)})
}
