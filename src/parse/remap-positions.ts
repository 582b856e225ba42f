/**
 * Point nlcst positions back into the original file.
 *
 * Why this exists: `mdast-util-to-nlcst` and `hast-util-to-nlcst` tokenize the *decoded* value
 * of each text node and give every nlcst leaf the offset `text node start + index in the
 * decoded value`. Whatever the decoding shortened therefore shifts every later position in that
 * text node: character references (`&rsquo;`, `&#8217;`, `&amp`), Markdown backslash escapes
 * (`\*`), in Markdown the line prefixes the parser strips (continuation indentation, `> ` of
 * block quotes, list-item indentation, trailing spaces), in HTML CRLF and CR → LF. No package
 * maps decoded text back to its source (micromark and parse5 keep no per-character source map),
 * so this module does it after the conversion: it aligns each text node's decoded value with its
 * raw source slice and moves every leaf to the source range of the units it holds. A word with
 * an entity then covers the entity as written, and line/column are recomputed from the offsets.
 */
import type {Nodes as NlcstNodes, Root as NlcstRoot} from 'nlcst'
import type {Point, Position} from 'unist'
import {location} from 'vfile-location'
import type {SourceSyntax} from './character-references.js'
import {matchCharacterReference} from './character-references.js'

export type {SourceSyntax} from './character-references.js'

/** A source text node: its raw range in the file and its decoded value. */
export interface TextSpan {
  /** Offset where the decoded value starts (for a Markdown image `alt`: after `![`). */
  start: number
  /** Offset where the raw text ends. */
  end: number
  /** The decoded text the converter tokenized. */
  value: string
}

/**
 * A source node that the converter turns into one nlcst leaf placed at the node's start
 * (Markdown `break` and `inlineCode`, HTML `<br>`, `<wbr>`, `<code>`): the leaf gets the node's
 * whole source range.
 */
export interface AtomSpan {
  start: number
  end: number
}

export interface RemapOptions {
  syntax: SourceSyntax
  texts: TextSpan[]
  atoms: AtomSpan[]
}

/**
 * Per text span: `starts[d]` is the offset of decoded unit `d`, `ends[d]` the offset just after
 * decoded unit `d - 1` (both absolute, `value.length + 1` long).
 */
interface Alignment {
  starts: Int32Array
  ends: Int32Array
}

/**
 * Move the positions of every node in `tree` (made by `mdast-util-to-nlcst` or
 * `hast-util-to-nlcst` from `doc`) into `doc`. Leaves inside a text span get the source range
 * of their decoded units; leaves made from an atom get the atom's range; the `\n\n` white space
 * the Markdown converter puts between blocks keeps its start (the end of the previous block)
 * and ends after the line endings and blank space that follow it in the source. Parents span
 * from their first to their last positioned child (the root too). Linear in the size of the
 * document, after sorting the text spans, for trees in document order (out-of-order leaves
 * cost a binary search). Mutates and returns `tree`.
 */
export function remapPositions(tree: NlcstRoot, doc: string, options: RemapOptions): NlcstRoot {
  const texts = options.texts
    .filter((span) => span.start >= 0 && span.start <= span.end && span.end <= doc.length)
    .sort((a, b) => a.start - b.start)
  const alignments = new Array<Alignment | undefined>(texts.length)
  const atoms = new Map<number, number>()
  for (const atom of options.atoms) {
    if (atom.start >= 0 && atom.start <= atom.end && atom.end <= doc.length) {
      atoms.set(atom.start, atom.end)
    }
  }
  const place = location(doc)
  let cursor = -1

  visit(tree)
  return tree

  function visit(node: NlcstNodes): undefined {
    if ('children' in node) {
      let first: Position | undefined
      let last: Position | undefined
      for (const child of node.children) {
        visit(child)
        if (child.position) {
          first ??= child.position
          last = child.position
        }
      }
      if (first && last) {
        const start = first.start.offset ?? 0
        setPosition(node, start, Math.max(start, last.end.offset ?? start))
      }
      return
    }

    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return

    const index = spanIndexAt(start)
    const span = index === -1 ? undefined : texts[index]
    if (span && start < span.start + span.value.length) {
      const alignment = alignmentAt(index, span)
      const length = span.value.length
      const from = start - span.start
      const to = Math.min(Math.max(end - span.start, from), length)
      const rawStart = alignment.starts[from] ?? span.end
      const rawEnd = to > from ? (alignment.ends[to] ?? span.end) : rawStart
      setPosition(node, rawStart, Math.max(rawStart, rawEnd))
      return
    }

    const atomEnd = atoms.get(start)
    if (atomEnd !== undefined) {
      setPosition(node, start, atomEnd)
      return
    }

    const clamped = Math.min(start, doc.length)
    if (node.type === 'WhiteSpaceNode') {
      // Injected between blocks: cover the line endings and blank space that really are there,
      // stopping at the next text.
      const next = texts[index + 1]
      const limit = next ? Math.min(next.start, doc.length) : doc.length
      let position = clamped
      while (position < limit && isWhiteSpace(doc.charCodeAt(position))) position++
      setPosition(node, clamped, position)
      return
    }

    setPosition(node, clamped, Math.max(clamped, Math.min(end, doc.length)))
  }

  /** Index of the last text span starting at or before `offset` (-1 if none). */
  function spanIndexAt(offset: number): number {
    const current = texts[cursor]
    if (current === undefined || current.start > offset) {
      // Out of document order (or the first lookup): binary search.
      let low = 0
      let high = texts.length - 1
      cursor = -1
      while (low <= high) {
        const middle = (low + high) >> 1
        const span = texts[middle]
        if (span && span.start <= offset) {
          cursor = middle
          low = middle + 1
        } else {
          high = middle - 1
        }
      }
      return cursor
    }
    while (cursor + 1 < texts.length && (texts[cursor + 1]?.start ?? Infinity) <= offset) {
      cursor++
    }
    return cursor
  }

  function alignmentAt(index: number, span: TextSpan): Alignment {
    let alignment = alignments[index]
    if (!alignment) {
      alignment = align(doc, span, options.syntax)
      alignments[index] = alignment
    }
    return alignment
  }

  function setPosition(node: NlcstNodes, start: number, end: number): undefined {
    const startPoint = toPoint(start)
    const endPoint = toPoint(end)
    if (startPoint && endPoint) node.position = {start: startPoint, end: endPoint}
  }

  function toPoint(offset: number): Point | undefined {
    const point = place.toPoint(offset)
    return point ? {line: point.line, column: point.column, offset} : undefined
  }
}

/**
 * Align a decoded text value with its raw source. Greedy, left to right; at each raw position
 * try, in order: a Markdown backslash escape of the next decoded character; a character
 * reference whose decoding is the next decoded text; the same character; a CR or CRLF for a
 * decoded LF (HTML normalizes line endings); else skip the raw character (a stripped prefix,
 * trailing space, or in an image `alt` the markup between its words). In Markdown, after a raw
 * line ending, spaces, tabs and `>` are skipped first: that is a container prefix, never
 * content (content that starts a continuation line with any of them is not a paragraph line).
 *
 * A greedy choice can be wrong where a literal `&amp;` or `\*` stays undecoded (autolinks), or
 * where content does start a line with a prefix character; then decoded units are left over, and
 * the alignment is redone without references and escapes, then without prefix skipping. If no
 * attempt consumes the whole value, the first attempt is kept (its leftover units sit at the
 * end of the raw text).
 */
function align(doc: string, span: TextSpan, syntax: SourceSyntax): Alignment {
  const attempts: Array<[references: boolean, prefixes: boolean]> =
    syntax === 'markdown'
      ? [
          [true, true],
          [true, false],
          [false, true],
          [false, false]
        ]
      : [
          [true, false],
          [false, false]
        ]
  let first: Alignment | undefined
  for (const [references, prefixes] of attempts) {
    const result = alignOnce(doc, span, syntax, references, prefixes)
    if (result.complete) return result
    first ??= result
  }
  // `attempts` is never empty.
  return first as Alignment
}

function alignOnce(
  doc: string,
  span: TextSpan,
  syntax: SourceSyntax,
  references: boolean,
  prefixes: boolean
): Alignment & {complete: boolean} {
  const value = span.value
  const length = value.length
  const starts = new Int32Array(length + 1)
  const ends = new Int32Array(length + 1)
  const end = Math.min(span.end, doc.length)
  let raw = span.start
  let decoded = 0
  ends[0] = raw

  while (decoded < length && raw < end) {
    const code = doc.charCodeAt(raw)
    const expected = value.charCodeAt(decoded)
    let rawLength = 0
    let decodedLength = 0

    if (references && syntax === 'markdown' && code === 92 /* \ */ && raw + 1 < end) {
      const next = doc.charCodeAt(raw + 1)
      if (next === expected && isAsciiPunctuation(next)) {
        rawLength = 2
        decodedLength = 1
      }
    }

    if (rawLength === 0 && references && code === 38 /* & */) {
      const reference = matchCharacterReference(doc, raw, end, syntax)
      if (reference) {
        for (const candidate of reference.decoded) {
          if (candidate.length > 0 && value.startsWith(candidate, decoded)) {
            rawLength = reference.length
            decodedLength = candidate.length
            break
          }
        }
      }
    }

    if (rawLength === 0) {
      if (code === expected) {
        rawLength = 1
        decodedLength = 1
      } else if (code === 13 /* \r */ && expected === 10 /* \n */) {
        rawLength = raw + 1 < end && doc.charCodeAt(raw + 1) === 10 ? 2 : 1
        decodedLength = 1
      }
    }

    if (rawLength === 0) {
      raw++
      continue
    }

    // A reference that decodes to several units (`&#x1F600;`, `&NotEqualTilde;`) maps each of
    // them to the whole reference.
    for (let offset = 0; offset < decodedLength; offset++) {
      starts[decoded + offset] = raw
      ends[decoded + offset + 1] = raw + rawLength
    }
    decoded += decodedLength
    raw += rawLength

    if (prefixes) {
      const last = doc.charCodeAt(raw - 1)
      if (last === 10 || (last === 13 && doc.charCodeAt(raw) !== 10)) {
        while (raw < end && isPrefix(doc.charCodeAt(raw))) raw++
      }
    }
  }

  const complete = decoded === length
  for (; decoded < length; decoded++) {
    starts[decoded] = raw
    ends[decoded + 1] = raw
  }
  starts[length] = ends[length] ?? raw

  return {starts, ends, complete}
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  )
}

/** Space, tab, `>`: what Markdown containers put before a continuation line. */
function isPrefix(code: number): boolean {
  return code === 32 || code === 9 || code === 62
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}
