/**
 * People named in a document and every mention of them: computed once per file by
 * `analyzePeople` and stored on `file.data.people`. Offsets are UTF-16 indices into the
 * file, end exclusive.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {BlockKind} from '../structure/types.js'

/** How a mention names its person. */
export type MentionForm =
  | 'title-full' // Russian President Vladimir Putin, Dr. Park Won Gon
  | 'full' // Vladimir Putin
  | 'title-surname' // Dr. Park, President Yoon, Mr. Trump
  | 'surname' // Putin
  | 'given' // Vladimir (only when the full name is in the document)

/** A run of the file. */
export interface Span {
  start: number
  end: number
  text: string
}

/** The title words right before a name ("Prime Minister", "Dr."). */
export interface TitleSpan extends Span {
  /** `courtesy`: Mr., Mrs., Ms., Miss, Dr., Prof.; `formal`: offices and ranks. */
  kind: 'courtesy' | 'formal'
  /** The last title word, comparable across spellings ("sen." → "senator"). */
  head: string
}

export interface Mention {
  /** From the first title word (or the name) to the end of the name. */
  start: number
  end: number
  form: MentionForm
  /** The name as written (possessive `'s` left out). */
  name: Span
  /** Name words, in order. */
  words: string[]
  title: TitleSpan | undefined
  /** Descriptors before the title ("U.S. State Department Principal Deputy"). */
  descriptor: Span | undefined
  /** Kind of the structure block holding the mention (`undefined` between blocks). */
  kind: BlockKind | undefined
  /** Inside quoted speech: the source's words, never reported. */
  quoted: boolean
  /** Index into `PeopleAnalysis.people`; `undefined` when the name fits no one or several. */
  person: number | undefined
  /** For a short mention that fits several people with one surname: their indices. */
  candidates: number[]
}

export interface Person {
  /** The longest full name seen ("George W. Bush"). */
  fullName: string | undefined
  /** The short form: the family name ("Putin", "Park" for "Park Won Gon"). */
  surname: string
  /** The given name ("Vladimir"; "Won Gon" for a family-name-first name). */
  given: string | undefined
  /** Family name first (Korean, Chinese): "Park Won Gon". */
  familyFirst: boolean
  /** Indices of the person's mentions, in document order. */
  mentions: number[]
  /** Whether another person of the document has the same surname. */
  sharesSurname: boolean
}

/** A formal title word not attached to a name, or lower case right before one. */
export interface TitleUse extends Span {
  /** Whether a person's name follows the title. */
  beforeName: boolean
  /** Whether every word of the title starts with a capital. */
  capitalised: boolean
  /** The word before the title, lower case (`undefined` at the start of a sentence). */
  previous: string | undefined
  /** Whether that word is capitalised ("Microsoft president", "Russian president"). */
  previousInRun: boolean
  /** First word of its sentence (capitalised for that reason alone). */
  sentenceInitial: boolean
  kind: BlockKind | undefined
  quoted: boolean
}

export interface PeopleAnalysis {
  mentions: Mention[]
  people: Person[]
  titles: TitleUse[]
  /**
   * Made by the rules (see `inScope`): the test of whether an offset is in the paragraphs of
   * the scope's tree last asked for. The two people rules share one scope, so one test per file.
   */
  scope?: {tree: unknown; test: (offset: number) => boolean}
  /**
   * The shared analysis only: the whole tree it read, and the analyses with the extra titles
   * of a rule's options made from it (see `peopleFor`). Plain fields, not a `WeakMap` by file:
   * entries of a `WeakMap` keep their values from minor collections, and with a tree as the
   * value every article's tree was promoted, which made the people rules' run 1.5× dearer.
   */
  whole?: {tree: NlcstRoot; withTitles?: Map<string, PeopleAnalysis>}
}
