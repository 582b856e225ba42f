/**
 * Flatten nlcst paragraphs into token lists: words, punctuation, white space and quote-mark
 * candidates, each with its offsets and sentence index. Quote marks glued into a word by the
 * parser (`"word`) are split out; apostrophes inside words (don’t, ’90s, 6'3) stay in the word.
 */
import type {Paragraph, Root, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Node, Parent} from 'unist'
import type {QuoteParagraph, Token} from './types.js'
import {MARK, PUNCT, SPACE, TokenKinds, WORD} from './types.js'

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

function isDoubleCode(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e
}

/**
 * Every paragraph of `tree` in document order (paragraphs inside others are not nested).
 * `doc` is the file's text; each paragraph's `text` is its slice. Tokens are made on first
 * use: most paragraphs have no quote mark and no source phrase, and are never tokenised.
 */
export function paragraphsOf(tree: Root, doc: string): QuoteParagraph[] {
  const result: QuoteParagraph[] = []
  collect(tree, doc, result)
  return result
}

// A plain walk: `unist-util-visit` makes a closure per node, which cost more than the rest.
function collect(node: Node, doc: string, result: QuoteParagraph[]): void {
  if (node.type === 'ParagraphNode') {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) {
      result.push(new LazyParagraph(node as Paragraph, doc, start, end))
    }
    return
  }
  const children = (node as Partial<Parent>).children
  if (children) for (const child of children) collect(child, doc, result)
}

/** The tokens of a paragraph as parallel arrays. */
class Tokens {
  count = 0
  kinds: number[] = []
  starts: number[] = []
  ends: number[] = []
  sentenceOf: number[] = []
  /** Values of punctuation and white space (the node's); a word's is sliced on first use. */
  values: Array<string | undefined> = []
  normals: Array<string | undefined> = []
  objects: Token[] | undefined = undefined
  sentences: Array<[number, number]> = []

  push(kind: number, start: number, end: number, sentence: number, value: string | undefined) {
    this.kinds.push(kind)
    this.starts.push(start)
    this.ends.push(end)
    this.sentenceOf.push(sentence)
    this.values.push(value)
    this.normals.push(undefined)
    this.count++
  }
}

class LazyParagraph implements QuoteParagraph {
  readonly text: string
  private made: Tokens | undefined = undefined

  constructor(
    private readonly node: Paragraph,
    private readonly doc: string,
    readonly start: number,
    readonly end: number
  ) {
    this.text = doc.slice(start, end)
  }

  private make(): Tokens {
    return (this.made ??= tokenise(this.node, this.doc))
  }

  get count(): number {
    return this.make().count
  }
  get kinds(): readonly number[] {
    return this.make().kinds
  }
  get starts(): readonly number[] {
    return this.make().starts
  }
  get ends(): readonly number[] {
    return this.make().ends
  }
  get sentenceOf(): readonly number[] {
    return this.make().sentenceOf
  }
  get sentences(): Array<[number, number]> {
    return this.make().sentences
  }

  value(index: number): string {
    const made = this.make()
    return (made.values[index] ??= this.doc.slice(made.starts[index], made.ends[index]))
  }

  normal(index: number): string {
    const made = this.make()
    return (made.normals[index] ??= normalise(this.value(index)))
  }

  token(index: number): Token {
    const made = this.make()
    made.objects ??= []
    let token = made.objects[index]
    if (!token) {
      token = {
        kind: TokenKinds[made.kinds[index]!]!,
        value: this.value(index),
        start: made.starts[index]!,
        end: made.ends[index]!,
        sentence: made.sentenceOf[index]!
      }
      made.objects[index] = token
    }
    return token
  }

  get tokens(): Token[] {
    const result: Token[] = []
    for (let index = 0; index < this.count; index++) result.push(this.token(index))
    return result
  }
}

function tokenise(node: Paragraph, doc: string): Tokens {
  const made = new Tokens()
  for (const child of node.children) {
    // White space between sentences: it tells an opening mark from a closing one.
    if (child.type === 'WhiteSpaceNode') {
      addToken(child, Math.max(0, made.sentences.length - 1), made, doc)
      continue
    }
    if (child.type !== 'SentenceNode') continue
    const first = made.count
    const index = made.sentences.length
    for (const content of child.children) addToken(content, index, made, doc)
    made.sentences.push([first, made.count])
  }
  return made
}

function addToken(node: SentenceContent, sentence: number, made: Tokens, doc: string): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  if (node.type === 'WhiteSpaceNode') {
    made.push(SPACE, start, end, sentence, node.value)
    return
  }
  if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
    made.push(quoteChars.has(node.value) ? MARK : PUNCT, start, end, sentence, node.value)
    return
  }
  if (node.type === 'WordNode') {
    // The file's text, when positions match it (they do for every parser copydesk uses).
    if (start >= 0 && start <= end && end <= doc.length) addWord(start, end, sentence, made, doc)
    else {
      const text = doc.slice(start, end)
      made.push(WORD, start, end, sentence, text.length === end - start ? text : toString(node))
    }
    return
  }
  // Source and text nodes: treat as a word.
  made.push(WORD, start, end, sentence, toString(node))
}

/** A word, with double quote marks glued to either end split off as marks of their own. */
function addWord(start: number, end: number, sentence: number, made: Tokens, doc: string) {
  let from = start
  let to = end
  while (from < to && isDoubleCode(doc.charCodeAt(from))) from++
  while (to > from && isDoubleCode(doc.charCodeAt(to - 1))) to--
  for (let index = start; index < from; index++) {
    made.push(MARK, index, index + 1, sentence, undefined)
  }
  if (to > from) made.push(WORD, from, to, sentence, undefined)
  for (let index = to; index < end; index++) made.push(MARK, index, index + 1, sentence, undefined)
}

/** A word's letters for lexicon look-ups: lower case, edge punctuation trimmed. */
export function normal(token: Token): string {
  return (token.normal ??= normalise(token.value))
}

function normalise(value: string): string {
  // Most words are plain ASCII starting and ending with a letter or digit: nothing to trim.
  if (plainAscii(value)) return value.toLowerCase()
  return value
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\u2019/g, "'")
}

function plainAscii(value: string): boolean {
  const length = value.length
  if (length === 0) return false
  if (!asciiAlphanumeric(value.charCodeAt(0))) return false
  if (!asciiAlphanumeric(value.charCodeAt(length - 1))) return false
  for (let index = 1; index < length - 1; index++) {
    if (value.charCodeAt(index) >= 0x80) return false
  }
  return true
}

function asciiAlphanumeric(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  )
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return /^[^\p{L}\p{N}]*\p{Lu}/u.test(token.value)
}

/** Whether token `index` starts with a capital letter (after any leading punctuation). */
export function isCapitalisedAt(paragraph: QuoteParagraph, index: number): boolean {
  const code = paragraph.value(index).charCodeAt(0)
  if (code >= 0x41 && code <= 0x5a) return true
  if (code >= 0x61 && code <= 0x7a) return false
  return /^[^\p{L}\p{N}]*\p{Lu}/u.test(paragraph.value(index))
}
