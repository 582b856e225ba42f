import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {toString} from 'nlcst-to-string'
import {inQuote} from '../../src/analysis/quotes/index.js'
import type {OffsetSpan} from '../../src/analysis/spans.js'
import {kindAt} from '../../src/analysis/structure/scope.js'
import type {BlockKind, DocumentStructure} from '../../src/analysis/structure/types.js'
import {defineRule} from '../../src/rule.js'
import type {HedgeKind} from './lexicon.js'
import {
  bareParticiples,
  bareSourceSet,
  betweenAuxiliary,
  beForms,
  claimVerbSet,
  doubleHedges,
  epistemicPassives,
  singleSources,
  singleVerbs,
  vagueDeterminers,
  groups,
  monthBefore,
  perceptionVerbs,
  permissionVerbs,
  reportingVerbs,
  vagueOpeners
} from './lexicon.js'
import type {PhraseIndex} from './phrases.js'
import {compilePhrases, matchPhrases, mayStartWord, normalizeWord, wordText} from './phrases.js'
import {strictPhrases} from './strict.js'

export interface HedgingOptions {
  extra: string[]
  ignore: string[]
  strict: boolean
  inQuotes: boolean
  maxDensity?: number
  /** Hedges per 100 words of the writer's voice below which the article's hedges are not reported. */
  minDensity: number
}

/** Figures published in `file.data.stats.hedging`. */
// A type, not an interface, so that it fits `file.data.stats` (string → number).
export type HedgingStats = {
  hedges: number
  words: number
  /** Hedges per 100 words of the writer's voice. */
  density: number
}

/**
 * The writer's voice: headline, standfirst, subheads and body. Byline and dateline hold no
 * claims; captions are left out because scraped pages put credits and link text there.
 */
const voiceKinds: ReadonlySet<BlockKind> = new Set(['headline', 'standfirst', 'subhead', 'body'])

/**
 * A turn of an interview transcript: a question answered after a colon (“…riding?: I have
 * run…”, the Wikinews Q&A form) or a paragraph ending with a speaker label (“…?:KN:”, “Kira
 * Nerusskaya:”, as the quote analysis reads transcript labels).
 */
const questionTurn = /\?[’”"')\]]?:/u
const speakerLabel = /(?:^|:)\p{Lu}[\p{L}.'\u2019-]{0,20}(?: \p{Lu}[\p{L}.'\u2019-]*){0,2}:$/u

/** Whether a paragraph's text is a transcript turn. */
export function isTranscriptTurn(text: string): boolean {
  // Both forms end with a colon; most paragraphs have none, told without trimming them.
  if (!text.includes(':')) return false
  const trimmed = text.trim()
  // The label pattern is tried at every colon of a long paragraph: test the end first.
  return questionTurn.test(trimmed) || (trimmed.endsWith(':') && speakerLabel.test(trimmed))
}

/** The default `minDensity`, chosen on the Wikinews corpus (`bench/hedging-density.ts`). */
export const defaultMinDensity = 1.25

const reasons: Record<HedgeKind, (actual: string) => string> = {
  modal: (actual) =>
    `Unexpected hedge \`${actual}\` in the writer’s voice: a modal of possibility weakens ` +
    'the claim, expected what is known, or who thinks so',
  likelihood: (actual) =>
    `Unexpected hedge \`${actual}\` in the writer’s voice: it marks the claim as uncertain or ` +
    'second-hand, expected what is known, or who says so',
  epistemic: (actual) =>
    `Unexpected hedge \`${actual}\` in the writer’s voice: it reports an impression and ` +
    'hides whose, expected what is known, or who thinks so',
  weasel: (actual) =>
    `Unexpected weasel wording \`${actual}\`: it pins the claim on nobody in particular, ` +
    'expected the source named',
  extra: (actual) =>
    `Unexpected hedge \`${actual}\` in the writer’s voice: it weakens the claim, expected ` +
    'what is known, or who thinks so'
}

interface Lexicon {
  phrases: string[]
  kindOf: Map<string, HedgeKind>
  ignore: Set<string>
  /** The phrases compiled for matching. */
  index: PhraseIndex
}

const lexicons = new Map<string, Lexicon>()

/**
 * The options of the last call and their lexicon: every file of a run has the same option
 * arrays, so the key (a JSON string per file, up to a tenth of the rule's time) is only made
 * when they change.
 */
let last: {extra: string[]; ignore: string[]; strict: boolean; lexicon: Lexicon} | undefined

/** The phrases for one set of options, computed once per distinct options. */
function lexiconFor(options: HedgingOptions): Lexicon {
  const {extra, ignore, strict} = options
  if (last && last.extra === extra && last.ignore === ignore && last.strict === strict) {
    return last.lexicon
  }
  const lexicon = lexiconForKey(options)
  last = {extra, ignore, strict, lexicon}
  return lexicon
}

function lexiconForKey(options: HedgingOptions): Lexicon {
  const key = JSON.stringify([options.extra, options.ignore, options.strict])
  let lexicon = lexicons.get(key)
  if (lexicon) return lexicon
  const ignore = new Set(options.ignore.map((phrase) => phrase.toLowerCase()))
  const kindOf = new Map<string, HedgeKind>()
  const add = (phrase: string, kind: HedgeKind): void => {
    if (!ignore.has(phrase.toLowerCase()) && !kindOf.has(phrase)) kindOf.set(phrase, kind)
  }
  for (const group of groups) for (const phrase of group.phrases) add(phrase, group.kind)
  for (const phrase of vagueOpeners) add(phrase, 'weasel')
  if (options.strict) for (const phrase of strictPhrases) add(phrase, 'extra')
  for (const phrase of options.extra) add(phrase, 'extra')
  const phrases = [...kindOf.keys()]
  lexicon = {phrases, kindOf, ignore, index: compilePhrases(phrases)}
  lexicons.set(key, lexicon)
  return lexicon
}

/**
 * A phrase found in a sentence, or the whole hedge it stands for. Its place in the file is
 * read once it is kept (`place`): most matches are dropped by `widen` ("said", "people"
 * without a hedge around them), and reading positions costs more than the rest of a match.
 */
interface Match {
  kind: HedgeKind
  phrase: string
  /** Index of the first matched node in the sentence, and of the node after the match. */
  from: number
  to: number
  sentence: Sentence
  paragraphKind: BlockKind | undefined
  /** Replacements, when one is clear. */
  expected?: string[]
}

/** A match with its offsets and points: those of its first node's start and last node's end. */
interface Placed extends Match {
  start: number
  end: number
  startPoint: Point
  endPoint: Point
}

/**
 * `hedging`: hedges and weasel wording in the writer's own voice ("may become", "reportedly",
 * "is believed to", "some analysts suggest"), matched as nlcst-search would (`phrases.ts`);
 * hedges in quoted speech are the speaker's. Publishes hedges per 100 words in
 * `file.data.stats.hedging`.
 */
export const hedging = defineRule<HedgingOptions>(
  {
    id: 'hedging',
    description: 'Hedges and weasel wording in the writer’s own voice',
    defaultSeverity: 'warn',
    scope: 'article',
    analyses: ['quotes'],
    options: {
      extra: {type: 'string[]', description: 'More hedges to report', default: []},
      ignore: {type: 'string[]', description: 'Hedges not to report', default: []},
      strict: {
        type: 'boolean',
        description: 'Also report the words of the `hedges` and `weasels` lists',
        default: false
      },
      inQuotes: {
        type: 'boolean',
        description: 'Report hedges inside quoted speech too, as info',
        default: false
      },
      maxDensity: {
        type: 'number',
        description: 'Report the article when it has more hedges per 100 words than this',
        min: 0
      },
      minDensity: {
        type: 'number',
        description:
          'Report the hedges only when the article has at least this many per 100 words of ' +
          'the writer’s voice (0: every hedge)',
        default: defaultMinDensity,
        min: 0
      }
    }
  },
  function (tree, file, options) {
    const lexicon = lexiconFor(options)
    const structure = file.data.structure
    const quotes = file.data.quotes
    const quoted = (offset: number): boolean => (quotes ? inQuote(quotes, offset) : false)
    const source = String(file)
    const paragraphs = voiceParagraphs(tree, structure, source)
    const {words, widened} = scan(paragraphs, lexicon, quotes?.ranges ?? [])

    // The longest match first at each place, and matches inside a kept one dropped.
    widened.sort((a, b) => a.start - b.start || b.end - a.end)
    const matches: Placed[] = []
    for (const match of widened) {
      const last = matches.at(-1)
      if (!last || match.start >= last.end) matches.push(match)
    }
    // A list, not a Set: it has no entry in most articles, and one or two in the others.
    const weaselSentences = matches
      .filter((match) => match.kind === 'weasel')
      .map((match) => match.sentence)

    const kept: Array<{match: Placed; actual: string; inQuotes: boolean}> = []
    let hedges = 0
    for (const match of matches) {
      // Quoted speech first: it is cheaper to tell than a hedge is.
      const inQuotes = quoted(match.start)
      if (inQuotes && !options.inQuotes) continue
      if (!isHedge(match, weaselSentences, quoted)) continue
      const actual = source.slice(match.start, match.end)
      if (lexicon.ignore.has(actual.toLowerCase())) continue
      kept.push({match, actual, inQuotes})
      if (!inQuotes) hedges++
    }

    const density = words === 0 ? 0 : Math.round((hedges / words) * 10000) / 100
    // The density gate: an occasional hedge is ordinary news writing; an article that leans
    // on hedges is what an editor must see. Below `minDensity`, nothing is reported.
    const gated = options.minDensity > 0
    if (density >= options.minDensity) {
      const why = gated
        ? ` (${density} hedges per 100 words of the writer’s voice, reported from ` +
          `${options.minDensity})`
        : ''
      for (const {match, actual, inQuotes} of kept) {
        const place = {start: match.startPoint, end: match.endPoint}
        const message = inQuotes
          ? file.info(
              `Hedge \`${actual}\` inside quoted speech: the speaker’s words, shown for review`,
              {place, ancestors: [match.sentence]}
            )
          : file.message(reasons[match.kind](actual) + why, {
              place,
              ancestors: [match.sentence]
            })
        message.actual = actual
        message.expected = match.expected ?? []
      }
    }
    if (hedges > 0) {
      file.data.stats ??= {}
      const stats: HedgingStats = {hedges, words, density}
      file.data.stats['hedging'] = stats
    }
    if (options.maxDensity !== undefined && density > options.maxDensity) {
      const first = paragraphs.find(({kind}) => kind === 'body') ?? paragraphs[0]
      const position = first?.node.position
      const message = file.message(
        `Unexpected ${density} hedges per 100 words of the writer’s voice (${hedges} in ` +
          `${words} words), expected at most ${options.maxDensity}: state what is known, ` +
          'or say who thinks so',
        position ? {place: position} : {}
      )
      message.expected = []
    }
  }
)

/** The quote ranges (sorted, apart), and the first that may still meet a sentence. */
interface QuoteWalk {
  ranges: readonly OffsetSpan[]
  next: number
}

/**
 * Whether a quote range meets the span from `start` to `end`, which comes after the spans
 * asked about before.
 */
function meetsRange(walk: QuoteWalk, start: number, end: number): boolean {
  const {ranges} = walk
  while (walk.next < ranges.length && ranges[walk.next]!.end <= start) walk.next++
  return walk.next < ranges.length && ranges[walk.next]!.start < end
}

/**
 * The number of words of a sentence inside quotes. Sentences come in document order, so the
 * quote ranges are walked alongside. Within a sentence that meets a quote, the quote's first
 * and last words are found by binary search on the children's offsets: reading the offset
 * of every word of such a sentence (a third of the words) was a seventh of the rule's time.
 */
function quotedWords(sentence: Sentence, walk: QuoteWalk): number {
  const {ranges} = walk
  const start = sentence.position?.start.offset ?? 0
  const end = sentence.position?.end.offset ?? 0
  if (!meetsRange(walk, start, end)) return 0
  const children = sentence.children
  let count = 0
  let from = 0
  for (let range = walk.next; range < ranges.length && ranges[range]!.start < end; range++) {
    from = firstFrom(children, ranges[range]!.start, from)
    const to = firstFrom(children, ranges[range]!.end, from)
    for (let at = from; at < to; at++) if (children[at]!.type === 'WordNode') count++
    from = to
  }
  return count
}

/** Index of the first child from `low` on that starts at or after `offset`. */
function firstFrom(children: readonly SentenceContent[], offset: number, low: number): number {
  let high = children.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((children[middle]!.position?.start.offset ?? 0) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** A paragraph of the writer's voice, with its block kind and offsets. */
interface Voiced {
  node: Paragraph
  kind: BlockKind | undefined
  start: number
  end: number
}

/**
 * The paragraphs of the writer's voice. In an interview transcript (two or more turns), from
 * the first turn on, the paragraphs are the interviewee's answers and the interviewer's
 * questions, not the writer's voice.
 */
function voiceParagraphs(
  tree: Root,
  structure: DocumentStructure | undefined,
  source: string
): Voiced[] {
  const voiced: Voiced[] = []
  let turns = 0
  let firstTurn = 0
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue
    const start = node.position?.start.offset ?? 0
    const kind = structure ? kindAt(structure, start) : 'body'
    if (kind !== undefined && !voiceKinds.has(kind)) continue
    const end = node.position?.end.offset ?? 0
    if (turns < 2 && kind !== 'headline' && isTranscriptTurn(source.slice(start, end))) {
      if (turns === 0) firstTurn = voiced.length
      turns++
    }
    voiced.push({node, kind, start, end})
  }
  return turns >= 2 ? voiced.slice(0, firstTurn) : voiced
}

/**
 * One pass over the words of the writer's voice: count those outside quotes, and find the
 * phrases that start at each, widened at once to the whole hedge they stand for, while the
 * sentence is still in the cache. Most are dropped then ("said", "people", "some" with no
 * hedge around them), before their offsets are read.
 */
function scan(
  paragraphs: readonly Voiced[],
  lexicon: Lexicon,
  ranges: readonly OffsetSpan[]
): {words: number; widened: Placed[]} {
  const widened: Placed[] = []
  const quoteWalk = {ranges, next: 0}
  let words = 0
  // What the one callback of the pass reads (not a closure per word that may start a phrase).
  let sentence: Sentence | undefined
  let paragraphKind: BlockKind | undefined
  let from = 0
  const onMatch = (phrase: string, to: number): void => {
    const kind = lexicon.kindOf.get(phrase) ?? 'extra'
    const whole = widen({kind, phrase, from, to, sentence: sentence!, paragraphKind})
    const placed = whole && place(withDouble(whole))
    if (placed) widened.push(placed)
  }
  for (const {node, kind, start, end} of paragraphs) {
    paragraphKind = kind
    // The offsets of sentences are read only in the paragraphs that meet a quote.
    const meetsQuote = meetsRange(quoteWalk, start, end)
    for (const child of node.children) {
      if (child.type !== 'SentenceNode') continue
      sentence = child
      if (meetsQuote) words -= quotedWords(child, quoteWalk)
      const children = child.children
      for (let at = 0; at < children.length; at++) {
        const word = children[at]!
        if (word.type !== 'WordNode') continue
        words++
        if (!mayStartWord(lexicon.index, word)) continue
        from = at
        matchPhrases(lexicon.index, child, at, normalizeWord(wordText(word)), onMatch)
      }
    }
  }
  return {words, widened}
}

/**
 * A match placed in the file, or `undefined` when its nodes have no offsets. Its start is
 * its first node's and its end its last node's.
 */
function place(match: Match): Placed | undefined {
  const {sentence, from, to} = match
  const startPoint = sentence.children[from]?.position?.start
  const endPoint = sentence.children[to - 1]?.position?.end
  if (startPoint?.offset === undefined || endPoint?.offset === undefined) return undefined
  // Every field spelt out, so that all placed matches have one shape for V8.
  return {
    kind: match.kind,
    phrase: match.phrase,
    from,
    to,
    sentence,
    paragraphKind: match.paragraphKind,
    expected: match.expected,
    start: startPoint.offset,
    end: endPoint.offset,
    startPoint,
    endPoint
  }
}

/**
 * Sentence child `index`, or `undefined` outside the sentence. Before the first child too:
 * `children[-1]` is looked up as a property named "-1", V8's slowest way.
 */
function childAt(sentence: Sentence, index: number): SentenceContent | undefined {
  return index >= 0 ? sentence.children[index] : undefined
}

/** Word text of sentence child `index`, lower-cased, or `undefined` when it is not a word. */
function wordAt(sentence: Sentence, index: number): string | undefined {
  const node = childAt(sentence, index)
  return node?.type === 'WordNode' ? wordText(node).toLowerCase() : undefined
}

/** Index of the next (`step` 1) or previous (`step` -1) non-whitespace node. */
function step(sentence: Sentence, index: number, direction: 1 | -1): number {
  let at = index + direction
  while (childAt(sentence, at)?.type === 'WhiteSpaceNode') at += direction
  return at
}

/** The whole hedge an anchor stands for, or `undefined` when the anchor is not one. */
function widen(match: Match): Match | undefined {
  const word = match.phrase.toLowerCase()
  if (vagueOpeners.has(word)) return vagueClaim(match)
  if (epistemicPassives.has(word)) return passive(match, epistemicPassives.get(word)!)
  if (
    match.kind === 'weasel' &&
    match.phrase !== 'according to' &&
    !match.phrase.startsWith('according ')
  ) {
    return source(match)
  }
  return match
}

/** A match starting `at` a sentence child instead. */
function from(match: Match, at: number): Match {
  return {...match, from: at}
}

/** "is (widely) believed to", "it has been suggested that", ", believed to be". */
function passive(match: Match, after: ReadonlySet<string>): Match | undefined {
  const {sentence} = match
  const next = wordAt(sentence, step(sentence, match.from, 1))
  if (next === undefined || !after.has(next)) return undefined
  let at = step(sentence, match.from, -1)
  while (betweenAuxiliary.has(wordAt(sentence, at) ?? '')) at = step(sentence, at, -1)
  const auxiliary = wordAt(sentence, at)
  if (auxiliary !== undefined && beForms.has(auxiliary)) {
    // "it is said that", "it has been reported that": take in "it (has)".
    let subject = step(sentence, at, -1)
    if (wordAt(sentence, subject) === 'has' || wordAt(sentence, subject) === 'had') {
      subject = step(sentence, subject, -1)
    }
    const impersonal = wordAt(sentence, subject) === 'it'
    if (next === 'that' && !impersonal) return undefined
    return from(match, impersonal ? subject : at)
  }
  // Without an auxiliary: only "believed to" and "thought to" after a comma or at the start.
  const word = match.phrase.toLowerCase()
  const before = childAt(sentence, step(sentence, match.from, -1))
  if (next === 'to' && bareParticiples.has(word) && before?.type !== 'WordNode') return match
  return undefined
}

/** "some analysts say", "early reports indicate", "a security expert says", "critics argue". */
function source(match: Match): Match | undefined {
  const {sentence} = match
  const noun = wordAt(sentence, match.from) ?? ''
  const verbAt = step(sentence, match.from, 1)
  const verb = wordAt(sentence, verbAt) ?? ''
  const verbs = singleSources.has(noun) ? singleVerbs : claimVerbSet
  if (!verbs.has(verb)) return undefined
  match = {...match, to: verbAt + 1}
  const at = step(sentence, match.from, -1)
  const before = wordAt(sentence, at)
  if (singleSources.has(noun)) {
    if (before === 'a' || before === 'an') return from(match, at)
    const article = step(sentence, at, -1)
    const word = wordAt(sentence, article)
    return before !== undefined && (word === 'a' || word === 'an')
      ? from(match, article)
      : undefined
  }
  if (before !== undefined && vagueDeterminers.has(before)) return from(match, at)
  return bareSourceSet.has(noun) ? match : undefined
}

/** "Some members of the group have charged": "some/many/other(s)" with a claim verb in reach. */
function vagueClaim(match: Match): Match | undefined {
  const {sentence} = match
  // "the other", "each other" are not sources.
  const before = wordAt(sentence, step(sentence, match.from, -1))
  if (before === 'the' || before === 'each' || before === 'on') return undefined
  // "many of the opponents argued": a share of a group the sentence defines, not a vague source.
  if (wordAt(sentence, step(sentence, match.from, 1)) === 'of') return undefined
  let at = match.from
  for (let words = 0; words < 6; words++) {
    at = step(sentence, at, 1)
    const node = sentence.children[at]
    if (node?.type !== 'WordNode') return undefined
    const word = wordText(node).toLowerCase()
    if (claimVerbSet.has(word)) return {...match, to: at + 1}
  }
  return undefined
}

const negations = new Set(['not', "n't", 'never', 'hardly', 'barely', 'no'])
const fillers = new Set(['also', 'only', 'then', 'still', 'now', 'not', 'then', 'even'])
const conditions = new Set(['if', 'unless', 'whether'])
const clauseBreaks = new Set([',', ';', ':', '—', '–', '(', ')'])
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'your'])

/** The context decisions: whether a match is a hedge in the writer's voice. */
function isHedge(
  match: Placed,
  weaselSentences: readonly Sentence[],
  quoted: (offset: number) => boolean
): boolean {
  const {sentence, phrase} = match
  const word = phrase.toLowerCase()
  const next = wordAt(sentence, step(sentence, match.to - 1, 1))
  const previousIndex = step(sentence, match.from, -1)
  const previous = wordAt(sentence, previousIndex)

  if (word === 'may' && isMonth(match, previous, next)) return false
  if (match.kind === 'modal') {
    let verb = next
    let at = step(sentence, match.to - 1, 1)
    while (verb && fillers.has(verb) && verb !== 'not') {
      at = step(sentence, at, 1)
      verb = wordAt(sentence, at)
    }
    // "members may vote": permission, a rule.
    if (word === 'may' && verb && permissionVerbs.has(verb)) return false
    // "so that they may escape": purpose.
    if (word === 'may' && previousIndex >= 0 && isPurpose(sentence, previousIndex)) return false
    // "could not be reached for comment", "police could not enter": past inability, a fact.
    if (word === 'could' && verb && negations.has(verb)) return false
    // "he could see smoke": past ability.
    if (word === 'could' && verb && perceptionVerbs.has(verb)) return false
    if (inCondition(sentence, match.from)) return false
  }
  // "the likely nominee": a designation, not a hedge on the sentence's claim.
  if (
    (word === 'likely' || word === 'unlikely') &&
    previous &&
    determiners.has(previous) &&
    next !== undefined &&
    next !== 'to'
  ) {
    return false
  }
  // Indirect speech of a named speaker ("the spokesperson said the application could take a
  // year"): the hedge is the speaker's. Not when a vague source carries the sentence.
  // Direct quotes are decided by the caller (skipped, or info with `inQuotes`).
  if (
    match.kind !== 'weasel' &&
    match.kind !== 'extra' &&
    !weaselSentences.includes(sentence) &&
    !quoted(match.start)
  ) {
    if (reported(match, quoted)) return false
  }
  return true
}

function isMonth(match: Match, previous: string | undefined, next: string | undefined): boolean {
  const {sentence} = match
  const node = sentence.children[match.from]
  const text = node ? toString(node) : ''
  if (text !== 'May') return false
  const nextNode = sentence.children[step(sentence, match.from, 1)]
  const previousNode = childAt(sentence, step(sentence, match.from, -1))
  const number = /^\d/
  if (nextNode && number.test(toString(nextNode))) return true
  if (previousNode && number.test(toString(previousNode))) return true
  if (previous && monthBefore.has(previous)) return true
  // A capital "May" inside a sentence is the month, except in title-case headlines.
  const first = sentence.children.findIndex((child) => child.type === 'WordNode')
  if (match.from !== first && match.paragraphKind !== 'headline') return true
  return next === undefined
}

/** "so that …", "in order that …" before the modal. */
function isPurpose(sentence: Sentence, previousIndex: number): boolean {
  let at = previousIndex
  for (let words = 0; words < 4 && at >= 0; words++) {
    const word = wordAt(sentence, at)
    if (word === 'that') {
      const before = wordAt(sentence, step(sentence, at, -1))
      return before === 'so' || before === 'order'
    }
    at = step(sentence, at, -1)
  }
  return false
}

/** Whether the node at `index` is inside an if-clause: "if", "unless" or "whether" before it in the same clause. */
function inCondition(sentence: Sentence, index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const node: SentenceContent | undefined = sentence.children[at]
    if (!node) break
    if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
      if (clauseBreaks.has(node.value)) return false
      continue
    }
    if (node.type === 'WordNode' && conditions.has(wordText(node).toLowerCase())) return true
  }
  return false
}

/**
 * Whether the hedge is in indirect speech: a reporting verb outside quotes earlier in the
 * sentence ("Patel said the talks could resume"), or a closing attribution after a comma
 * ("…, the prime minister said today.").
 */
function reported(match: Match, quoted: (offset: number) => boolean): boolean {
  const {sentence} = match
  const children = sentence.children
  for (let at = 0; at < match.from; at++) {
    const node = children[at]
    if (node?.type !== 'WordNode') continue
    // The verb first: most words are none, and their offsets need not be read.
    if (!reportingVerbs.has(wordText(node).toLowerCase())) continue
    if (quoted(node.position?.start.offset ?? 0)) continue
    // "Khan's claims", "the estimated total": a noun or an adjective, not a reporting verb.
    const before = childAt(sentence, step(sentence, at, -1))
    const previous = before?.type === 'WordNode' ? wordText(before).toLowerCase() : ''
    if (determiners.has(previous) || /['’]s$/.test(previous)) continue
    return true
  }
  let comma = false
  let words = 0
  for (let at = match.to; at < children.length; at++) {
    const node = children[at]!
    // A new clause ("…; Shum said that …") reports something else.
    if (node.type === 'PunctuationNode' && /^[;:]$/.test(node.value)) return false
    if (node.type === 'PunctuationNode' && node.value === ',') {
      comma = true
      words = 0
      continue
    }
    if (node.type !== 'WordNode') continue
    words++
    if (comma && words <= 6 && reportingVerbs.has(wordText(node).toLowerCase())) {
      const offset = node.position?.start.offset ?? 0
      if (!quoted(offset)) return true
    }
  }
  return false
}

/**
 * "will likely" → "will": the hedge is the added word, so the finding spans both words and
 * the replacement drops it.
 */
function withDouble(match: Match): Match {
  const {sentence} = match
  if (match.to - match.from !== 1) return match
  // Most matches are not the second word of a double ("said", "may"): no key to build.
  const phrase = match.phrase.toLowerCase()
  if (!doubleSeconds.has(phrase)) return match
  const at = step(sentence, match.from, -1)
  const node = childAt(sentence, at)
  if (node?.type !== 'WordNode') return match
  const single = doubleHedges.get(wordText(node).toLowerCase() + ' ' + phrase)
  if (single === undefined || node.position?.start.offset === undefined) return match
  return {...match, from: at, expected: [single]}
}

/** The second words of `doubleHedges` ("likely"). */
const doubleSeconds: ReadonlySet<string> = new Set(
  [...doubleHedges.keys()].map((double) => double.slice(double.indexOf(' ') + 1))
)
