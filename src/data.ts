/**
 * What copydesk keeps on `file.data`: the source tree of the input kind and the analyses that
 * are computed once per file and read by every rule.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {PeopleAnalysis} from './analysis/people/types.js'
import type {QuoteAnalysis} from './analysis/quotes/types.js'
import type {Repeats} from './analysis/repeats/types.js'
import type {DocumentStructure} from './analysis/structure/types.js'

/** The three kinds of input copydesk reads; chosen from the file's extension. */
export type InputKind = 'text' | 'markdown' | 'html'

/** The tree cut to each rule scope, by scope (`scopedTree`). */
// Named out here: inside `declare module 'vfile'`, `Map` is vfile's source-map type.
export type ScopeCache = Map<string, NlcstRoot>

/** Per-file figures that rules publish next to their messages (`stats` in JSON output). */
export type FileStats = Record<string, Record<string, number>>

declare module 'vfile' {
  interface DataMap {
    /** Which parser read the file. */
    inputKind: InputKind
    /** The Markdown tree, for `.md` files (comment markers, block structure). */
    mdast: MdastRoot
    /** The HTML tree, for `.html` files (comment markers, block structure). */
    hast: HastRoot
    /** Headline, byline, body, captions and page chrome: see `analysis/structure`. */
    structure: DocumentStructure
    /** Blocks that occur more than once (later copies): see `analysis/repeats`. */
    repeats: Repeats
    /** Direct quotes, their speakers, unpaired marks: see `analysis/quotes`. */
    quotes: QuoteAnalysis
    /** People named in the article, each mention's form and place: see `analysis/people`. */
    people: PeopleAnalysis
    /** The tree cut to each rule scope, shared by the rules of one scope (`scopedTree`). */
    scopes: ScopeCache
    /** Figures rules publish per file, keyed by rule id. */
    stats: FileStats
    /** Set when the `ignore` globs of the file's config match it: not linted, not reported. */
    ignoredByConfig: boolean
    /** The bytes were already checked as UTF-8 text (standard input, or in the main thread). */
    inputChecked: boolean
  }
}
