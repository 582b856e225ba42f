/**
 * Flatten nlcst paragraphs into token lists: words, punctuation, white space and quote-mark
 * candidates, each with its offsets and sentence index. Quote marks glued into a word by the
 * parser (`"word`) are split out; apostrophes inside words (don’t, ’90s, 6'3) stay in the word.
 */
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {QuoteParagraph, Token} from './types.js'

/** Characters that may be quote marks; apostrophe-like ones are decided later. */
export const quoteChars: ReadonlySet<string> = new Set([
  '"',
  '\u201C', // “
  '\u201D', // ”
  '\u201E', // „
  "'",
  '\u2018', // ‘
  '\u2019' // ’
])

export const doubleChars: ReadonlySet<string> = new Set(['"', '\u201C', '\u201D', '\u201E'])

/**
 * Every paragraph of `tree` in document order (paragraphs inside others are not nested).
 * `doc` is the file's text; each paragraph's `text` is its slice. Tokens are made on first
 * use: most paragraphs have no quote mark and no source phrase, and are never tokenised.
 */
export function paragraphsOf(tree: Root, doc: string): QuoteParagraph[] {
  const result: QuoteParagraph[] = []
  visit(tree, 'ParagraphNode', (node: Paragraph) => {
    const paragraph = toParagraph(node, doc)
    if (paragraph) result.push(paragraph)
    return SKIP
  })
  return result
}

function toParagraph(node: Paragraph, doc: string): QuoteParagraph | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  let made: {tokens: Token[]; sentences: Array<[number, number]>} | undefined
  const make = () => (made ??= tokenise(node, doc))
  return {
    start,
    end,
    text: doc.slice(start, end),
    get tokens() {
      return make().tokens
    },
    get sentences() {
      return make().sentences
    }
  }
}

function tokenise(
  node: Paragraph,
  doc: string
): {tokens: Token[]; sentences: Array<[number, number]>} {
  const tokens: Token[] = []
  const sentences: Array<[number, number]> = []
  for (const child of node.children) {
    // White space between sentences: it tells an opening mark from a closing one.
    if (child.type === 'WhiteSpaceNode') {
      addToken(child, Math.max(0, sentences.length - 1), tokens, doc)
      continue
    }
    if (child.type !== 'SentenceNode') continue
    const first = tokens.length
    addSentence(child, sentences.length, tokens, doc)
    sentences.push([first, tokens.length])
  }
  return {tokens, sentences}
}

function addSentence(sentence: Sentence, index: number, tokens: Token[], doc: string): void {
  for (const child of sentence.children) addToken(child, index, tokens, doc)
}

function addToken(node: SentenceContent, sentence: number, tokens: Token[], doc: string): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  if (node.type === 'WhiteSpaceNode') {
    tokens.push({kind: 'space', value: node.value, start, end, sentence})
    return
  }
  if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
    const kind = quoteChars.has(node.value) ? 'mark' : 'punct'
    tokens.push({kind, value: node.value, start, end, sentence})
    return
  }
  if (node.type === 'WordNode') {
    // The file's text, when positions match it (they do for every parser copydesk uses).
    const text = doc.slice(start, end)
    addWord(text.length === end - start ? text : toString(node), start, end, sentence, tokens)
    return
  }
  // Source and text nodes: treat as a word.
  tokens.push({kind: 'word', value: toString(node), start, end, sentence})
}

/** A word, with double quote marks glued to either end split off as marks of their own. */
function addWord(value: string, start: number, end: number, sentence: number, tokens: Token[]) {
  let from = 0
  let to = value.length
  while (from < to && doubleChars.has(value[from]!)) from++
  while (to > from && doubleChars.has(value[to - 1]!)) to--
  for (let index = 0; index < from; index++) {
    tokens.push({
      kind: 'mark',
      value: value[index]!,
      start: start + index,
      end: start + index + 1,
      sentence
    })
  }
  if (to > from) {
    tokens.push({
      kind: 'word',
      value: value.slice(from, to),
      start: start + from,
      end: start + to,
      sentence
    })
  }
  for (let index = to; index < value.length; index++) {
    tokens.push({
      kind: 'mark',
      value: value[index]!,
      start: start + index,
      end: start + index + 1,
      sentence
    })
  }
  if (end - start !== value.length) {
    // Positions that do not match the text (should not happen): keep the word whole.
    tokens.splice(tokens.length - (value.length - to + from + (to > from ? 1 : 0)))
    tokens.push({kind: 'word', value, start, end, sentence})
  }
}

/** A word's letters for lexicon look-ups: lower case, edge punctuation trimmed. */
export function normal(token: Token): string {
  return (token.normal ??= normalise(token))
}

function normalise(token: Token): string {
  return token.value
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\u2019/g, "'")
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return /^[^\p{L}\p{N}]*\p{Lu}/u.test(token.value)
}
