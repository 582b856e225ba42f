/**
 * What each candidate looks like on its own (and next to its neighbour): chrome wherever it
 * stands, a sentence, or prose strong enough to anchor the body. `body.ts` and `classify.ts`
 * only read these judgements.
 */
import type {Candidate} from './candidate.js'
import type {Features} from './features.js'
import {describe, isTitleCase, lowerShare} from './features.js'
import {isFooter, isWidget, linkListKind} from './signals.js'
import type {BlockKind} from './types.js'

export interface Judged {
  candidate: Candidate
  features: Features
  /** A list (text bullets, Markdown list, HTML list item). */
  list: boolean
  /** No prose (control comment, code, raw HTML): it neither starts nor splits the body. */
  transparent: boolean
  /** The chrome kind the block has wherever it stands: landmark, counter, list heading, … */
  chrome: BlockKind | undefined
  /** `chrome` comes from the words of a box heading ("Popular Now"), not from markup. */
  boxHeading: boolean
  /** Reads as (part of) a sentence: can be body next to the body. */
  sentence: boolean
  /** Prose: a sentence of ten words or more, mostly lowercase. Anchors the body. */
  prose: boolean
  /** The first block of the file, a short single line: the headline by position. */
  top: boolean
}

/** Marks after which a block reads as a sentence whatever its case. */
const sentenceMarks: ReadonlySet<string> = new Set(['.', '…', ':', ';'])
/** Marks that end headlines as often as sentences: a sentence only if not title case. */
const questionMarks: ReadonlySet<string> = new Set(['?', '!', '‽'])

export function judge(candidates: readonly Candidate[]): Judged[] {
  const judged = candidates.map(judgeOne)

  // A paragraph split in mid-sentence (a scraper's "The U.S." + "military reports …") goes on
  // in lowercase: both halves are sentence text.
  let previous: Judged | undefined
  for (const current of judged) {
    if (current.transparent) continue
    if (previous && current.features.startsLower && continues(previous) && continues(current)) {
      previous.sentence = true
      current.sentence = true
    }
    previous = current
  }

  // The first line of a file is its headline when it is short: it never anchors the body.
  const first = judged.find((item) => !item.transparent)
  if (
    first &&
    judged.filter((item) => !item.transparent).length > 1 &&
    first.candidate.heading === 0 &&
    !first.candidate.text.includes('\n') &&
    first.features.words <= 20
  ) {
    first.top = true
    first.prose = false
  }
  return judged
}

function judgeOne(candidate: Candidate): Judged {
  const features = describe(candidate.text)
  const list = candidate.items.length > 0
  const transparent = candidate.control || candidate.opaque
  const plain = !transparent && !candidate.region && candidate.heading === 0 && !candidate.caption
  const sentence =
    plain &&
    candidate.linkRatio < 0.5 &&
    (list ? isSentenceList(candidate.items) : isSentence(features))
  const prose =
    sentence &&
    !candidate.outsideArticle &&
    features.words >= 10 &&
    features.stops >= 1 &&
    lowerShare(features) >= 0.4 &&
    (!list || features.words / candidate.items.length >= 8)
  const chrome = chromeOf(candidate, features, list, prose)
  return {
    candidate,
    features,
    list,
    transparent,
    chrome,
    boxHeading: (chrome === 'related' || chrome === 'link-list') && !list && !candidate.region,
    sentence: sentence && !chrome,
    prose: prose && !chrome,
    top: false
  }
}

function chromeOf(
  candidate: Candidate,
  features: Features,
  list: boolean,
  prose: boolean
): BlockKind | undefined {
  if (candidate.control) return 'chrome'
  if (candidate.region) return candidate.region
  if (prose || candidate.opaque) return undefined
  const text = candidate.text
  if (!list) {
    const heading = linkListKind(text, features)
    if (heading) return heading
  }
  if (isWidget(text, features)) return 'widget'
  if (isFooter(text, features)) return 'footer'
  if (list && candidate.linkRatio >= 0.5) return 'link-list'
  return undefined
}

function isSentence(features: Features): boolean {
  if (features.words === 0) return false
  if (endsSentence(features)) return true
  // Prose that lost its final full stop (or gained residue after it).
  return (
    (features.words >= 8 && lowerShare(features) >= 0.4) ||
    (features.words >= 20 && features.stops >= 1)
  )
}

function endsSentence(features: Features): boolean {
  if (sentenceMarks.has(features.final)) return true
  return questionMarks.has(features.final) && !isTitleCase(features)
}

/**
 * A list reads as sentences when at least half of its items end like one: link titles
 * ("Students Trapped in Fire as …") are often long and lowercase, but end without a stop.
 */
function isSentenceList(items: readonly string[]): boolean {
  let sentences = 0
  for (const item of items) {
    const features = describe(item)
    if (features.words > 0 && endsSentence(features)) sentences++
  }
  return sentences * 2 >= items.length
}

function continues(item: Judged): boolean {
  const {candidate} = item
  return (
    !item.chrome &&
    !candidate.region &&
    candidate.heading === 0 &&
    !candidate.caption &&
    item.features.words > 0
  )
}
