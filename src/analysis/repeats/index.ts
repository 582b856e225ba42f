/**
 * Repeated-block analysis, once per file: units (lines, or text blocks in Markdown and HTML)
 * are normalised (`normalize.ts`), given ids by exact key and by winnowing (`winnow.ts`), and
 * the maximal repeated runs of ids found in one pass (`runs.ts`). The result goes on
 * `file.data.repeats`. In plain text, nlcst paragraphs are split at the edges of repeats, so
 * that a rule's tree can leave the repeat out without losing the lines around it.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {alignParagraphsToBlocks} from '../align-paragraphs.js'
import {lineOf, lineStarts} from '../structure/lines.js'
import {kindAt} from '../structure/scope.js'
import {FirstSeen} from './first-seen.js'
import {Words} from './hash.js'
import {findRuns} from './runs.js'
import type {Repeats, RepeatedBlock, Span} from './types.js'
import type {Unit} from './units.js'
import {keyOf, lineUnits, paragraphUnits} from './units.js'
import {mergeNearDuplicates} from './winnow.js'

export type {Repeats, RepeatedBlock, Span} from './types.js'

/** What makes a repeat a block by default: lines (or text blocks) and words. */
export const defaultMinLines = 3
export const defaultMinWords = 25
/** The least the analysis keeps; rule options below it have no effect. */
export const floor = {units: 2, words: 10} as const

/** A unit that ends like a sentence. */
const sentence = /[.!?…]["')]?$/
/** A unit that opens with a quotation mark (curly ones are straight after normalising). */
const quotation = /^"/

/** The words of the file being read: kept from file to file, as most files need few. */
const wordsRead = new Words()
/** Unit hash → first unit with it; kept from file to file. */
const firstUnitOfHash = new FirstSeen()

/** The analysis as `src/analysis/index.ts` runs it. */
export function repeatsAnalysis(tree: NlcstRoot, file: VFile): void {
  file.data.repeats = analyzeRepeats(tree, file)
}

export function analyzeRepeats(tree: NlcstRoot, file: VFile): Repeats {
  const doc = String(file)
  const kind = file.data.inputKind
  const text = kind !== 'markdown' && kind !== 'html'
  const read = text ? lineUnits(doc, wordsRead) : paragraphUnits(tree, wordsRead)
  const units = read.list
  const {residueLines} = read
  const key = (index: number) => keyOf(units[index]!, doc)

  const ids = new Int32Array(units.length)
  const firstIndexOfId: number[] = []
  // Units are told apart by hash; only when two hashes meet are their keys made and compared.
  firstUnitOfHash.reset(units.length)
  /** Ids of keys whose hash an earlier, different key had. */
  let idByCollidingKey: Map<string, number> | undefined
  let repeated = false
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    const other = firstUnitOfHash.ownerOrClaim(unit.hash & 0x3fffffff, index)
    let id: number | undefined
    if (other !== -1 && key(other) === key(index)) id = ids[other]!
    else if (other !== -1) {
      idByCollidingKey ??= new Map()
      id = idByCollidingKey.get(key(index))
      if (id === undefined) idByCollidingKey.set(key(index), firstIndexOfId.length)
    }
    if (id === undefined) {
      id = firstIndexOfId.length
      firstIndexOfId.push(index)
    } else repeated = true
    ids[index] = id
  }
  const merged = mergeNearDuplicates(read, ids, firstIndexOfId)
  // Every unit its own: nothing can repeat (the case of nearly every article).
  if (!repeated && !merged) return {blocks: [], skip: [], residueLines}

  const words = Uint32Array.from(units, (unit) => unit.words)
  const runs = findRuns(ids, words, floor)
  if (runs.length === 0) return {blocks: [], skip: [], residueLines}

  const structure = file.data.structure
  const starts = lineStarts(doc)
  const span = (first: Unit, last: Unit): Span => ({
    start: first.start,
    end: last.end,
    startLine: lineOf(starts, first.start),
    endLine: lineOf(starts, Math.max(first.start, last.end - 1))
  })
  const blocks = runs.map(({at, from, length}): RepeatedBlock => {
    let total = 0
    let near = false
    for (let offset = 0; offset < length; offset++) {
      total += units[at + offset]!.words
      if (key(at + offset) !== key(from + offset)) near = true
    }
    const adjacent = from + length === at
    const prose =
      sentence.test(key(at + length - 1)) &&
      structure !== undefined &&
      kindAt(structure, units[at]!.start) === 'body'
    return {
      ...span(units[at]!, units[at + length - 1]!),
      first: span(units[from]!, units[from + length - 1]!),
      units: length,
      words: total,
      adjacent,
      prose,
      near,
      quote: allQuotations(key, at, length) || allQuotations(key, from, length),
      block: length >= defaultMinLines || total >= defaultMinWords || (adjacent && !prose)
    }
  })
  const skip = blocks.filter((block) => block.block)
  if (text && skip.length > 0) alignParagraphsToBlocks(tree, partition(skip, doc.length))
  return {blocks, skip, residueLines}
}

/** Whether every unit of a run is a quotation: a quote repeated on purpose (a pull quote). */
function allQuotations(key: (index: number) => string, from: number, length: number): boolean {
  for (let index = from; index < from + length; index++) {
    if (!quotation.test(key(index))) return false
  }
  return true
}

/** The spans and the gaps between them, covering the document: where paragraphs split. */
function partition(spans: readonly Span[], length: number): Pick<Span, 'start' | 'end'>[] {
  const result: Pick<Span, 'start' | 'end'>[] = []
  let end = 0
  for (const span of spans) {
    if (span.start > end) result.push({start: end, end: span.start})
    result.push({start: span.start, end: span.end})
    end = span.end
  }
  if (end < length) result.push({start: end, end: length})
  return result
}
