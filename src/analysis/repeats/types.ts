/**
 * Repeated blocks: text that occurs more than once in one document. Computed once per file by
 * `analyzeRepeats` and stored on `file.data.repeats`; the `duplicate-block` rule reports them,
 * and every rule's tree leaves out the later copies (`scopedTree`), so that a finding inside a
 * repeated block is reported once, at the first copy.
 */

/** A stretch of the file, from the first visible character of a unit to the end of the last. */
export interface Span {
  /** UTF-16 offset of the first character. */
  start: number
  /** UTF-16 offset after the last character. */
  end: number
  /** 1-based line of `start`. */
  startLine: number
  /** 1-based line of the last character. */
  endLine: number
}

/** A maximal run of units that repeats an earlier run. */
export interface RepeatedBlock extends Span {
  /** The earlier copy. */
  first: Span
  /** Lines (plain text) or text blocks (Markdown, HTML) in the run. */
  units: number
  words: number
  /** The repeat follows its copy directly: a doubled line or block. */
  adjacent: boolean
  /**
   * The repeat starts in the article body and ends like a sentence. There a doubled short
   * line is speech ("Yeah." twice in an interview transcript), not a doubled caption: only a
   * block counts.
   */
  prose: boolean
  /** Some unit matched its copy nearly, not exactly after normalising. */
  near: boolean
  /** Every unit of one copy opens with a quotation mark: a quote repeated on purpose. */
  quote: boolean
  /** At least 3 units or 25 words (the defaults), or adjacent outside the body. */
  block: boolean
}

export interface Repeats {
  /** In document order, not overlapping. */
  blocks: RepeatedBlock[]
  /** The blocks with `block` set, as spans: what every rule's tree leaves out. */
  skip: Span[]
  /**
   * Plain text only: the start and end offset of each line that may hold scrape residue (a
   * character or pair that can start it: `src/analysis/residue-starts.ts`),
   * one pair after another, in order. Noted while the lines are read for repeats, so that
   * `scrape-residue` need not read the whole file again.
   */
  residueLines?: readonly number[]
}
