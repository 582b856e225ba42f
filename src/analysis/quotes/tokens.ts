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
import type {HintedParagraph} from './scan.js'
import {setHints} from './scan.js'
import {classesOfPlain, classesOfWord, hashStep, keyMask, sameLower, shapeOf} from './classes.js'

/**
 * `String.prototype.charCodeAt`, called through this constant: the values of the tree's nodes
 * are strings of several internal kinds (sliced, joined, one or two bytes a character), so
 * `value.charCodeAt(…)` at one place in the code is a megamorphic look-up of the method (as
 * in rules/hedging). (`String(value)` first, as there, cost more here than it saved.)
 */
const charCodeAt = String.prototype.charCodeAt

/** Characters that may be quote marks: " “ ” „ ' ‘ ’ (apostrophe-like ones are decided later). */
function isQuoteCode(code: number): boolean {
  return code === 0x27 || code === 0x22 || (code >= 0x2018 && code <= 0x2019) || isDoubleCode(code)
}

/** " “ ” „: a double quote mark. */
export function isDoubleCode(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e
}

/**
 * Every paragraph of `tree` in document order (paragraphs inside others are not nested).
 * `doc` is the file's text; each paragraph's `text` is its slice. Tokens are made on first
 * use: most paragraphs have no quote mark and no source phrase (`hints`), and are never
 * tokenised. `colons`: how many paragraphs end with a colon (`setHints`).
 */
export function paragraphsOf(
  tree: Root,
  doc: string,
  gapless = false
): {paragraphs: QuoteParagraph[]; colons: number} {
  const result: LazyParagraph[] = []
  collect(tree, {doc, gapless}, result)
  const colons = setHints(result, doc)
  return {paragraphs: result, colons}
}

/** The file's text, and whether the tree's nodes cover it without gaps (`analyzeQuotes`). */
interface Source {
  doc: string
  gapless: boolean
}

// A plain walk: `unist-util-visit` makes a closure per node, which cost more than the rest.
function collect(node: Node, source: Source, result: LazyParagraph[]): void {
  if (node.type === 'ParagraphNode') {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) {
      result.push(new LazyParagraph(node as Paragraph, source, start, end))
    }
    return
  }
  const children = (node as Partial<Parent>).children
  if (children) for (const child of children) collect(child, source, result)
}

const blockSize = 1 << 14
let block = new ArrayBuffer(blockSize * 4)
let blockUsed = 0

/**
 * `size` zeroed integers, cut from a block shared by all paragraphs (of every file): a typed
 * array of its own per paragraph cost ~1.3 µs, its memory being allocated outside V8's heap,
 * more than filling it; a view of a block costs ~0.05 µs. A block is freed once no paragraph
 * uses it. Slices are never handed out twice, so they start zeroed. A view is made with the
 * constructor: `block.subarray` first looks up a species constructor, a third dearer.
 */
export function int32s(size: number): Int32Array {
  if (size > blockSize / 8) return new Int32Array(size)
  if (blockUsed + size > blockSize) {
    block = new ArrayBuffer(blockSize * 4)
    blockUsed = 0
  }
  const slice = new Int32Array(block, blockUsed * 4, size)
  blockUsed += size
  return slice
}

/**
 * The tokens of a paragraph as parallel typed arrays (cut from shared blocks), so a
 * paragraph's tokens cost a handful of allocations whatever their number.
 */
class Tokens {
  /*
   * `declare`: set in the constructor only, not first to `undefined` by a field definition,
   * so V8 knows their type where it stores tokens (3-4% fewer instructions in tokenising).
   */
  declare capacity: number
  declare kinds: Int32Array
  declare starts: Int32Array
  declare ends: Int32Array
  declare sentenceOf: Int32Array
  /** Starts and the last end, when `ends` is a view of it (see the constructor). */
  declare offsets: Int32Array | undefined
  count = 0
  /** `classes(index) + 1` once computed (0 before). */
  classes: Int32Array | undefined = undefined
  /**
   * Values of tokens read from the tree (punctuation and white space, by `tokenise`), and of
   * any token once asked for (sliced from the file). Made on first use: the gapless tokens
   * (`tokeniseGapless`) are the file's text, read from it, and most are never asked for.
   */
  values: Array<string | undefined> | undefined = undefined
  normals: Array<string | undefined> | undefined = undefined
  objects: Token[] | undefined = undefined
  /** `tokens`, once asked for. */
  all: Token[] | undefined = undefined
  sentences: Array<[number, number]> = []
  /**
   * Whether the tokens cover the file's text without gaps and each value is its text there:
   * then a run of tokens reads as one slice of the file.
   */
  exact = true

  /**
   * `touching`: each token ends where the next starts (`tokeniseGapless`), so `ends` is a view
   * of `starts` one further on, and `offsets` the array of both (one more than `capacity`), in
   * which only the starts and the last end are stored.
   */
  constructor(capacity: number, touching = false) {
    this.capacity = capacity
    this.kinds = int32s(capacity)
    // The same fields in the same order either way (one shape of object).
    const offsets = touching ? int32s(capacity + 1) : undefined
    this.offsets = offsets
    this.starts = offsets
      ? new Int32Array(offsets.buffer, offsets.byteOffset, capacity)
      : int32s(capacity)
    this.ends = offsets
      ? new Int32Array(offsets.buffer, offsets.byteOffset + 4, capacity)
      : int32s(capacity)
    this.sentenceOf = int32s(capacity)
  }

  /** A token and its value as the tree has it (`tokenise`). */
  push(kind: number, start: number, end: number, sentence: number, value: string) {
    const index = this.count
    this.next(kind, start, end, sentence)
    ;(this.values ??= new Array<string | undefined>(this.capacity))[index] = value
  }

  /** A token whose value is the file's text from `start` to `end`. */
  next(kind: number, start: number, end: number, sentence: number) {
    const index = this.count
    if (index === this.capacity) this.grow()
    this.kinds[index] = kind
    this.starts[index] = start
    this.ends[index] = end
    this.sentenceOf[index] = sentence
    this.count = index + 1
  }

  /** Views of exactly `count` tokens (unused capacity would read as words at offset 0). */
  trim(): void {
    if (this.count === this.capacity) return
    this.kinds = this.kinds.subarray(0, this.count)
    this.starts = this.starts.subarray(0, this.count)
    this.ends = this.ends.subarray(0, this.count)
    this.sentenceOf = this.sentenceOf.subarray(0, this.count)
    this.capacity = this.count
  }

  // Only when the parser glued quote marks to words, so more tokens than nodes.
  private grow(): void {
    const capacity = this.capacity * 2 + 8
    this.kinds = grown(this.kinds, capacity)
    this.starts = grown(this.starts, capacity)
    this.ends = grown(this.ends, capacity)
    this.sentenceOf = grown(this.sentenceOf, capacity)
    this.capacity = capacity
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const result = int32s(capacity)
  result.set(array)
  return result
}

class LazyParagraph implements HintedParagraph {
  hints = 0
  private made: Tokens | undefined = undefined
  private sliced: string | undefined = undefined

  private readonly doc: string

  constructor(
    private readonly node: Paragraph,
    private readonly source: Source,
    readonly start: number,
    readonly end: number
  ) {
    this.doc = source.doc
  }

  /**
   * The value of token `index` when its characters must be read from it; `undefined` when
   * they are read from the file's text at its offsets: always for tokens that are that text
   * (`exact`), whose values, when made, are slices of it. One string, always the same, is
   * cheaper to read than the values, strings of many internal kinds.
   */
  private own(made: Tokens, index: number): string | undefined {
    return made.exact ? undefined : made.values?.[index]
  }

  get text(): string {
    return (this.sliced ??= this.doc.slice(this.start, this.end))
  }

  /**
   * The tokens. Kept this small, it is inlined in every reader of the arrays: the tokenising
   * itself is a call of its own (inlined with it, it made each reader's code larger, and the
   * analysis is slowed by its code being cold for each article more than by anything else).
   */
  private make(): Tokens {
    return this.made ?? this.tokenise()
  }

  private tokenise(): Tokens {
    return (this.made =
      (this.source.gapless
        ? tokeniseGapless(this.node, this.start, this.end, this.doc)
        : undefined) ?? tokenise(this.node, this.doc))
  }

  get count(): number {
    return this.make().count
  }
  get kinds(): Int32Array {
    return this.make().kinds
  }
  get starts(): Int32Array {
    return this.make().starts
  }
  get ends(): Int32Array {
    return this.make().ends
  }
  get sentenceOf(): Int32Array {
    return this.make().sentenceOf
  }
  get contiguous(): boolean {
    return this.make().exact
  }
  get sentences(): Array<[number, number]> {
    return this.make().sentences
  }

  value(index: number): string {
    const made = this.make()
    const values = (made.values ??= new Array<string | undefined>(made.count))
    return (values[index] ??= this.doc.slice(made.starts[index], made.ends[index]))
  }

  firstCode(index: number): number {
    const made = this.make()
    const value = this.own(made, index)
    return value !== undefined
      ? charCodeAt.call(value, 0)
      : charCodeAt.call(this.doc, made.starts[index]!)
  }

  normal(index: number): string {
    const made = this.make()
    const normals = (made.normals ??= new Array<string | undefined>(made.count))
    return (normals[index] ??= normalise(this.value(index)))
  }

  token(index: number): Token {
    const made = this.make()
    made.objects ??= new Array<Token>(made.count)
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

  /**
   * A hash of the token's `normal` form, read from the text without making a string, or -1
   * when the token is not plain ASCII (then only `normal` tells).
   */
  key(index: number): number {
    const made = this.make()
    const value = this.own(made, index)
    return value !== undefined
      ? keyOf(value, 0, value.length)
      : keyOf(this.doc, made.starts[index]!, made.ends[index]!)
  }

  /** The last UTF-16 code unit of `value(index)`, without making the string. */
  lastCode(index: number): number {
    const made = this.make()
    const value = this.own(made, index)
    return value !== undefined
      ? charCodeAt.call(value, value.length - 1)
      : charCodeAt.call(this.doc, made.ends[index]! - 1)
  }

  /** The length of `value(index)`, without making it. */
  length(index: number): number {
    const made = this.make()
    const value = this.own(made, index)
    return value !== undefined ? value.length : made.ends[index]! - made.starts[index]!
  }

  /**
   * The word classes (`classes.ts`) of the token's normal form: one look-up, then cached. Only
   * the cached read is inlined in the callers (see `make`).
   */
  classes(index: number): number {
    const cached = (this.make().classes ?? this.classCache())[index]!
    return cached !== 0 ? cached - 1 : this.lookUp(index)
  }

  private classCache(): Int32Array {
    const made = this.make()
    return (made.classes = int32s(made.count))
  }

  private lookUp(index: number): number {
    const made = this.make()
    const key = this.key(index)
    let found: number
    if (key === -1) found = classesOfWord(this.normal(index))
    else {
      const value = this.own(made, index)
      found =
        value !== undefined
          ? classesOfPlain(value, 0, value.length, key)
          : classesOfPlain(this.doc, made.starts[index]!, made.ends[index]!, key)
    }
    made.classes![index] = (found + 1) | 0
    return found
  }

  shape(index: number): number {
    const made = this.make()
    const value = this.own(made, index)
    return value !== undefined
      ? shapeOf(value, 0, value.length)
      : shapeOf(this.doc, made.starts[index]!, made.ends[index]!)
  }

  /** Whether the token's normal form is `word`, without making it when the token is plain. */
  is(index: number, word: string): boolean {
    if (this.key(index) === -1) return this.normal(index) === word
    const made = this.make()
    const value = this.own(made, index)
    return value !== undefined
      ? sameLower(value, 0, value.length, word)
      : sameLower(this.doc, made.starts[index]!, made.ends[index]!, word)
  }

  /** The text of tokens `first` to `last` (inclusive): their values joined. */
  textBetween(first: number, last: number): string {
    const made = this.make()
    if (made.exact) return this.doc.slice(made.starts[first], made.ends[last])
    let text = ''
    for (let index = first; index <= last; index++) text += this.value(index)
    return text
  }

  get tokens(): Token[] {
    const made = this.make()
    if (!made.all) {
      made.all = []
      for (let index = 0; index < made.count; index++) made.all.push(this.token(index))
    }
    return made.all
  }
}

function tokenise(node: Paragraph, doc: string): Tokens {
  let capacity = 0
  for (const child of node.children) {
    capacity += child.type === 'SentenceNode' ? child.children.length : 1
  }
  const made = new Tokens(capacity)
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
  if (!touching(made)) made.exact = false
  made.trim()
  return made
}

/** Whether each token starts where the one before it ends. */
function touching(made: Tokens): boolean {
  const {starts, ends, count} = made
  for (let index = 1; index < count; index++) {
    if (starts[index] !== ends[index - 1]) return false
  }
  return true
}

/**
 * `tokenise` for a tree whose nodes cover the text without gaps (plain text: parse-english
 * tokenises the file itself): each token starts where the one before ends, so of the position
 * objects only a word's end is read; white space and punctuation are as long as their values.
 * `undefined`, to read every position instead, when anything does not fit: a value that is
 * not the text where it would start, a sentence or the paragraph not ending where its
 * position says, a node of another kind, a double mark glued to a word (`tokenise` splits
 * it; none in the corpus).
 *
 * One token per node, so the arrays are filled in place, in one loop with everything in
 * locals: tokenising is the analysis's largest cost, and it is per token (callgrind: a call
 * per token, fields and imported constants read per token cost half of it).
 */
function tokeniseGapless(node: Paragraph, start: number, end: number, doc: string) {
  const {children} = node
  let capacity = 0
  for (const child of children) {
    capacity += child.type === 'SentenceNode' ? child.children.length : 1
  }
  const made = new Tokens(capacity, true)
  // The starts and, one further on, the ends (see `Tokens`): only starts are stored.
  const offsets = made.offsets!
  const {kinds, sentenceOf, sentences} = made
  // See `WORD` in types.ts. Every number stored is `| 0`: known to be an integer, it is stored
  // as is; else by way of a floating-point conversion (callgrind: a third of the loop).
  const word = WORD | 0
  const space = SPACE | 0
  const punct = PUNCT | 0
  const mark = MARK | 0
  const length = doc.length
  let count = 0
  let offset = start | 0
  for (const child of children) {
    if (child.type === 'WhiteSpaceNode') {
      // White space between sentences: it tells an opening mark from a closing one.
      if (valueCode(child.value, offset, doc) === -1) return undefined
      kinds[count] = space
      offsets[count] = offset
      offset = (offset + child.value.length) | 0
      sentenceOf[count] = Math.max(0, sentences.length - 1)
      count++
      continue
    }
    if (child.type !== 'SentenceNode') return undefined
    const first = count
    const index = sentences.length
    const contents = child.children
    for (let at = 0; at < contents.length; at++) {
      const content = contents[at]!
      const type = content.type
      let kind: number
      let to: number
      if (type === 'WordNode') {
        const wordEnd = content.position?.end.offset
        if (wordEnd === undefined || wordEnd <= offset || wordEnd > length) return undefined
        if (
          isDoubleCode(charCodeAt.call(doc, offset)) ||
          isDoubleCode(charCodeAt.call(doc, wordEnd - 1))
        ) {
          return undefined
        }
        kind = word
        to = wordEnd | 0
      } else if (type === 'WhiteSpaceNode' || type === 'PunctuationNode' || type === 'SymbolNode') {
        const value = content.value
        const code = valueCode(value, offset, doc)
        if (code === -1) return undefined
        kind = type === 'WhiteSpaceNode' ? space : code >= 0 && isQuoteCode(code) ? mark : punct
        to = (offset + value.length) | 0
      } else return undefined
      kinds[count] = kind
      offsets[count] = offset
      sentenceOf[count] = index
      count++
      offset = to
    }
    if (child.position?.end.offset !== offset) return undefined
    sentences.push([first, count])
  }
  if (offset !== end) return undefined
  offsets[count] = offset
  made.count = count
  made.trim()
  return made
}

/**
 * Whether white space or punctuation `value` is the file's text at `offset`: the code of its
 * one character, -2 for a longer value that is, -1 for a value that is not.
 */
function valueCode(value: string, offset: number, doc: string): number {
  if (value.length === 1) {
    const code = charCodeAt.call(value, 0)
    return code === charCodeAt.call(doc, offset) ? code : -1
  }
  return doc.startsWith(value, offset) ? -2 : -1
}

function addToken(node: SentenceContent, sentence: number, made: Tokens, doc: string): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  if (node.type === 'WhiteSpaceNode') {
    made.push(SPACE, start, end, sentence, node.value)
    if (!matches(node.value, start, end, doc)) made.exact = false
    return
  }
  if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
    const value = node.value
    const mark = value.length === 1 && isQuoteCode(value.charCodeAt(0))
    made.push(mark ? MARK : PUNCT, start, end, sentence, value)
    if (!matches(value, start, end, doc)) made.exact = false
    return
  }
  if (node.type === 'WordNode') {
    // The file's text, when positions match it (they do for every parser copydesk uses).
    if (start >= 0 && start <= end && end <= doc.length) addWord(start, end, sentence, made, doc)
    else {
      const text = doc.slice(start, end)
      made.push(WORD, start, end, sentence, text.length === end - start ? text : toString(node))
      made.exact = false
    }
    return
  }
  // Source and text nodes: treat as a word.
  const value = toString(node)
  made.push(WORD, start, end, sentence, value)
  if (!matches(value, start, end, doc)) made.exact = false
}

/** Whether `value` is the file's text from `start` to `end`. */
function matches(value: string, start: number, end: number, doc: string): boolean {
  if (value.length !== end - start) return false
  return value.length === 1
    ? value.charCodeAt(0) === doc.charCodeAt(start)
    : doc.startsWith(value, start)
}

/** A word, with double quote marks glued to either end split off as marks of their own. */
function addWord(start: number, end: number, sentence: number, made: Tokens, doc: string) {
  let from = start
  let to = end
  while (from < to && isDoubleCode(charCodeAt.call(doc, from))) from++
  while (to > from && isDoubleCode(charCodeAt.call(doc, to - 1))) to--
  for (let index = start; index < from; index++) {
    made.next(MARK, index, index + 1, sentence)
  }
  if (to > from) made.next(WORD, from, to, sentence)
  for (let index = to; index < end; index++) made.next(MARK, index, index + 1, sentence)
}

/**
 * The key of `text` from `start` to `end` when it is plain ASCII starting and ending with a
 * letter or digit (so its normal form is its lower case), else -1.
 */
function keyOf(text: string, start: number, end: number): number {
  if (end <= start) return -1
  if (!asciiAlphanumeric(charCodeAt.call(text, start))) return -1
  if (!asciiAlphanumeric(charCodeAt.call(text, end - 1))) return -1
  let hash = 0
  for (let index = start; index < end; index++) {
    let code = charCodeAt.call(text, index)
    if (code >= 0x80) return -1
    if (code >= 0x41 && code <= 0x5a) code += 0x20
    hash = hashStep(hash, code)
  }
  return hash & keyMask
}

/**
 * Which keys the words of a lexicon have: a word whose key is not among them is not in the
 * lexicon, found without making its normal form (most words are in no lexicon).
 */
export class KeyFilter {
  private readonly bits = new Uint32Array((keyMask + 1) / 32)

  constructor(words: Iterable<string>) {
    for (const word of words) {
      let hash = 0
      for (let index = 0; index < word.length; index++)
        hash = hashStep(hash, word.charCodeAt(index))
      const key = hash & keyMask
      this.bits[key >>> 5]! |= 1 << (key & 31)
    }
  }

  /** Whether token `index` of `paragraph` may be one of the words (`false`: it is not). */
  mayHave(paragraph: QuoteParagraph, index: number): boolean {
    const key = paragraph.key(index)
    return key === -1 || (this.bits[key >>> 5]! & (1 << (key & 31))) !== 0
  }
}

/** A word's letters for lexicon look-ups: lower case, edge punctuation trimmed. */
function normalise(value: string): string {
  // Most words are plain ASCII starting and ending with a letter or digit: nothing to trim.
  if (plainAscii(value)) return value.toLowerCase()
  const lower = value.toLowerCase()
  // ASCII letters or digits at both ends ("Korea’s", "don’t") stay so in lower case: nothing
  // to trim either, and no Unicode regex run (most other words the analysis looks up).
  const trimmed =
    asciiAlphanumeric(value.charCodeAt(0)) && asciiAlphanumeric(value.charCodeAt(value.length - 1))
      ? lower
      : lower.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  return trimmed.includes('\u2019') ? trimmed.replace(/\u2019/g, "'") : trimmed
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

/** Whether token `index` starts with a capital letter (after any leading punctuation). */
export function isCapitalisedAt(paragraph: QuoteParagraph, index: number): boolean {
  const code = paragraph.firstCode(index)
  if (code >= 0x41 && code <= 0x5a) return true
  if (code >= 0x61 && code <= 0x7a) return false
  return /^[^\p{L}\p{N}]*\p{Lu}/u.test(paragraph.value(index))
}

/*
 * `/^\p{Lu}/u` and `/^\p{Ll}/u` on a token, told from its first character when it is ASCII
 * (most words): without making the token's string or running a Unicode regex, whose code is
 * large and cold for each article.
 */

/** Whether token `index` starts with an upper-case letter. */
export function startsUpper(paragraph: QuoteParagraph, index: number): boolean {
  const code = paragraph.firstCode(index)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return /^\p{Lu}/u.test(paragraph.value(index))
}

/** Whether token `index` starts with a lower-case letter. */
export function startsLower(paragraph: QuoteParagraph, index: number): boolean {
  const code = paragraph.firstCode(index)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return /^\p{Ll}/u.test(paragraph.value(index))
}

/** Whether `value` is one or more of the characters of `set` (`/^[…]+$/`). */
export function consistsOf(value: string, set: string): boolean {
  if (value.length === 0) return false
  for (let index = 0; index < value.length; index++) {
    if (!set.includes(value.charAt(index))) return false
  }
  return true
}
