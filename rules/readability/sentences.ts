/**
 * The sentences the `readability` rule judges: the writer's own, in the tree it is given
 * (already narrowed to the body). A sentence with a third or more of its words inside quoted
 * speech ("Park said, “…”") is mostly the source's, not the writer's, and is left alone.
 */
import type {Root, Sentence} from 'nlcst'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {inQuote} from '../../src/analysis/quotes/index.js'
import {scoreSentence} from './score.js'
import type {SentenceScore} from './score.js'

/** Whether a third or more of the sentence's words are quoted speech. */
export function isQuoted(sentence: Sentence, file: VFile): boolean {
  const quotes = file.data.quotes
  if (!quotes || quotes.ranges.length === 0) return false
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

/** Scores of the writer's-voice sentences of `tree`, in document order. */
export function writerSentences(tree: Root, file: VFile): SentenceScore[] {
  const scores: SentenceScore[] = []
  visit(tree, 'SentenceNode', function (sentence) {
    if (!isQuoted(sentence, file)) scores.push(scoreSentence(sentence))
    return SKIP
  })
  return scores
}
