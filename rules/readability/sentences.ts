/**
 * The sentences the `readability` rule judges: the writer's own, in the tree it is given
 * (already narrowed to the body). A sentence with a third or more of its words inside quoted
 * speech ("Park said, “…”") is mostly the source's, not the writer's, and is left alone.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {inQuote} from '../../src/analysis/quotes/index.js'
import type {OffsetSpan} from '../../src/analysis/spans.js'
import {scoreSentence} from './score.js'
import type {SentenceScore} from './score.js'

/** Whether a third or more of the sentence's words are quoted speech. */
export function isQuoted(sentence: Sentence, file: VFile): boolean {
  const quotes = file.data.quotes
  if (!quotes || quotes.ranges.length === 0) return false
  // Most sentences meet no quote: then no word's position need be read.
  const start = sentence.position?.start.offset
  const end = sentence.position?.end.offset
  if (start !== undefined && end !== undefined && !overlaps(quotes.ranges, start, end)) {
    return false
  }
  let words = 0
  let quoted = 0
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const offset = child.position?.start.offset
    words++
    if (offset !== undefined && inQuote(quotes, offset)) quoted++
  }
  return words > 0 && quoted * 3 >= words
}

/** Whether any of the sorted, apart `ranges` overlaps `start`–`end`. */
function overlaps(ranges: readonly OffsetSpan[], start: number, end: number): boolean {
  // Binary search for the first range that ends after `start`.
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]!.end <= start) low = middle + 1
    else high = middle
  }
  return low < ranges.length && ranges[low]!.start < end
}

/** Scores of the writer's-voice sentences of `tree`, in document order. */
export function writerSentences(tree: Root, file: VFile): SentenceScore[] {
  const scores: SentenceScore[] = []
  collect(tree, file, scores)
  return scores
}

/**
 * Score the sentences under `node`. A plain walk that stops at sentences: `unist-util-visit`
 * cost more than scoring (a closure and a path per node).
 */
function collect(node: Root | Paragraph, file: VFile, scores: SentenceScore[]): void {
  for (const child of node.children) {
    if (child.type === 'SentenceNode') {
      if (!isQuoted(child, file)) scores.push(scoreSentence(child))
    } else if (child.type === 'ParagraphNode') collect(child, file, scores)
  }
}
