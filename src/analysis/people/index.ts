/**
 * People analysis, computed once per file: every mention of a person in the article (not in
 * bylines or page chrome), its form (title + full name, full name, title + surname, surname,
 * given name), and the mentions clustered into people. Stored on `file.data.people`.
 * Mentions inside quoted speech are kept (they count for clustering) and marked `quoted`.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {inQuote} from '../quotes/index.js'
import type {QuoteAnalysis} from '../quotes/types.js'
import {offsetTest} from '../spans.js'
import {kindAt} from '../structure/scope.js'
import type {BlockKind, DocumentStructure} from '../structure/types.js'
import {cluster} from './cluster.js'
import type {TitleLexicon} from './sequences.js'
import {classifierAt, warmClassifier} from './lexicon.js'
import type {Scan} from './sequences.js'
import {defaultTitles, scanSentence} from './sequences.js'
import {sentencesOf} from './tokens.js'
import type {PeopleAnalysis, TitleUse} from './types.js'

export type {Mention, MentionForm, PeopleAnalysis, Person, TitleSpan, TitleUse} from './types.js'
export type {TitleLexicon} from './sequences.js'
export {defaultTitles} from './sequences.js'

/** Blocks whose names are not the story's people: the author, and the page around the article. */
const ignoredKinds: ReadonlySet<BlockKind> = new Set([
  'byline',
  'navigation',
  'widget',
  'link-list',
  'related',
  'footer',
  'chrome'
])

export interface PeopleInput {
  source: string
  structure: DocumentStructure | undefined
  quotes: Pick<QuoteAnalysis, 'ranges'> | undefined
  titles?: TitleLexicon
  /** Every word node's value is `source` at its offsets (plain-text input, not Markdown or HTML). */
  plain?: boolean
}

export function analyzePeople(tree: NlcstRoot, input: PeopleInput): PeopleAnalysis {
  const {source, structure, quotes} = input
  const titles = input.titles ?? defaultTitles
  const titleUses: TitleUse[] = []
  const kindOf = (offset: number): BlockKind | undefined =>
    structure ? kindAt(structure, offset) : 'body'
  const quoted = (offset: number): boolean => (quotes ? inQuote(quotes, offset) : false)
  const keep = (offset: number): boolean => {
    const kind = kindOf(offset)
    return kind !== undefined && !ignoredKinds.has(kind)
  }
  const scan: Scan = {candidates: [], titleUses: [], organisations: []}
  warmClassifier(titles)
  for (const {words} of sentencesOf(tree, {
    classify: classifierAt(titles),
    keep,
    source: input.plain ? source : undefined
  })) {
    scanSentence(words, scan)
  }
  // Asked only about a would-be surname or given name (see `cluster`): made only then.
  let organisationWords: Set<string> | undefined
  const organisations = {
    has: (word: string): boolean =>
      (organisationWords ??= new Set(scan.organisations.map((each) => each.lower))).has(word)
  }
  for (const use of scan.titleUses) {
    const start = use.words[0]!.start
    const end = use.words[use.words.length - 1]!.end
    titleUses.push({
      start,
      end,
      text: source.slice(start, end),
      beforeName: use.beforeName,
      previous: use.previous?.lower,
      previousInRun: use.previous !== undefined && /^\p{Lu}/u.test(use.previous.text),
      capitalised: use.words.every((word) => /^\p{Lu}/u.test(word.text)),
      sentenceInitial: use.words[0]!.initial,
      kind: kindOf(start),
      quoted: quoted(start)
    })
  }
  const {mentions, people} = cluster(scan.candidates, source, organisations, {
    kind: kindOf,
    quoted
  })
  return {mentions, people, titles: titleUses}
}

/**
 * Lexicons with extra titles, by the option's array: a rule gets the same options for every
 * file, and a new lexicon would have its word table built again (`classifier` keeps one per
 * lexicon) for every file and rule. Keyed by the array, which the config holds anyway.
 */
const withExtraTitles = new WeakMap<readonly string[], TitleLexicon>()

/** A title lexicon with extra titles (a rule's `titles` option), taken as formal titles. */
export function withTitles(extra: readonly string[]): TitleLexicon {
  if (extra.length === 0) return defaultTitles
  let lexicon = withExtraTitles.get(extra)
  if (!lexicon) {
    const courtesy = new Set(defaultTitles.courtesy)
    const formal = new Set(defaultTitles.formal)
    for (const title of extra) formal.add(title.toLowerCase())
    lexicon = {courtesy, formal}
    withExtraTitles.set(extra, lexicon)
  }
  return lexicon
}

/** The analysis as `src/analysis/index.ts` runs it: the result goes on `file.data.people`. */
export function peopleAnalysis(tree: NlcstRoot, file: VFile): void {
  const analysis = analyzePeople(tree, inputOf(file))
  analysis.whole = {tree}
  file.data.people = analysis
}

/** What the analysis reads of a file besides its tree. */
function inputOf(file: VFile): PeopleInput {
  return {
    source: String(file),
    structure: file.data.structure,
    quotes: file.data.quotes,
    plain: file.data.inputKind === 'text'
  }
}

/**
 * The analysis a rule reads: the shared one, or one with the extra titles of its options. A
 * rule gets its scope's tree (the body): an analysis with extra titles reads the whole one,
 * as the shared analysis does, or it would cluster without the headline's names and disagree
 * with it beyond the titles. It is made once per file and titles: both people rules may ask.
 */
export function peopleFor(tree: NlcstRoot, file: VFile, titles: readonly string[]): PeopleAnalysis {
  const shared = file.data.people
  if (shared && titles.length === 0) return shared
  const key = titles.join('\n')
  let analysis = shared?.whole?.withTitles?.get(key)
  if (!analysis) {
    analysis = analyzePeople(shared?.whole?.tree ?? tree, {
      ...inputOf(file),
      titles: withTitles(titles)
    })
    if (shared?.whole) (shared.whole.withTitles ??= new Map()).set(key, analysis)
  }
  return analysis
}

/**
 * Whether `offset` is in the paragraphs of `tree` (a rule's scope): `offsetTest(tree)`, made
 * once per file and scope rather than once per rule, and only by a rule with a mention to test.
 */
export function inScope(analysis: PeopleAnalysis, tree: NlcstRoot, offset: number): boolean {
  if (analysis.scope?.tree !== tree) analysis.scope = {tree, test: offsetTest(tree)}
  return analysis.scope.test(offset)
}
