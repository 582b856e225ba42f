/**
 * Plain text → candidates: one per run of non-blank lines, the unit retext-english splits
 * paragraphs at (it may split further after a sentence that ends a line, so a chunk can hold
 * several nlcst paragraphs; they share the chunk's kind). As in parse-latin, a blank line holds
 * only spaces and tabs: a line of no-break spaces does not end a paragraph there, so it does
 * not end a chunk here either. One pass over the characters.
 */
import type {Candidate} from './candidate.js'
import {candidate} from './candidate.js'
import {isControlComment} from './markers.js'

/** "• item", "* item", "- item", "1. item", "2) item", "(3) item". */
const bullet = /^(?:[•·▪‣◦●○■□►▸➤*+\-–—]|\d{1,3}[.)]|\(\d{1,3}\))(?=\s|$)/

interface Line {
  /** Offset of the first non-white-space character. */
  start: number
  /** Offset after the last non-white-space character. */
  end: number
  text: string
}

export function segmentText(doc: string): Candidate[] {
  const result: Candidate[] = []
  let chunk: Line[] = []
  let index = 0

  while (index <= doc.length) {
    let lineEnd = index
    while (lineEnd < doc.length && !isLineBreak(doc.charCodeAt(lineEnd))) lineEnd++

    let first = index
    while (first < lineEnd && isBlankCharacter(doc.charCodeAt(first))) first++
    if (first === lineEnd) {
      if (chunk.length > 0) result.push(fromLines(chunk))
      chunk = []
    } else {
      let last = lineEnd
      while (last > first && isWhiteSpace(doc.charCodeAt(last - 1))) last--
      let start = first
      while (start < last && isWhiteSpace(doc.charCodeAt(start))) start++
      const line = {start, end: last, text: doc.slice(start, last)}
      if (start < last && isControlComment(line.text)) {
        // A control comment is a block of its own, so the line it controls (with no blank
        // line between) is judged, scoped and controlled apart from it.
        if (chunk.length > 0) result.push(fromLines(chunk))
        result.push(fromLines([line]))
        chunk = []
      } else if (start < last) {
        chunk.push(line)
      }
    }

    const code = doc.charCodeAt(lineEnd)
    index = lineEnd + (code === 13 && doc.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  if (chunk.length > 0) result.push(fromLines(chunk))
  return result
}

function fromLines(lines: Line[]): Candidate {
  const start = lines[0]!.start
  const end = lines[lines.length - 1]!.end
  const content = lines.filter((line) => !isControlComment(line.text))
  if (content.length === 0) return candidate(start, end, '', {control: true})

  const text = content.map((line) => line.text).join('\n')
  if (!bullet.test(content[0]!.text)) return candidate(start, end, text)

  // A list: a bullet line starts an item, other lines continue it.
  const items: string[] = []
  for (const line of content) {
    const marker = bullet.exec(line.text)
    if (marker) items.push(line.text.slice(marker[0].length).trim())
    else items[items.length - 1] += ' ' + line.text
  }
  return candidate(start, end, text, {items})
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13
}

/** Spaces and tabs: what parse-latin allows on a line that separates paragraphs. */
function isBlankCharacter(code: number): boolean {
  return code === 32 || code === 9
}

/** parse-latin's white space, which it trims off paragraphs. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}
