/**
 * One classifier for every input kind: judge each candidate, find the body, then name the
 * blocks by where they stand. Before the body: navigation, then the headline, then byline,
 * dateline, standfirst and captions. Inside it: body and subheads. After it: chrome only,
 * a list under a "Related" heading taking that heading's kind.
 */
import type {Range} from './body.js'
import {findBody} from './body.js'
import type {Candidate} from './candidate.js'
import {hasFinalMark, isTitleCase} from './features.js'
import type {Judged} from './judge.js'
import {judge} from './judge.js'
import {isByline, isDateline, isNameLine, isNavigation} from './signals.js'
import type {BlockKind} from './types.js'

/** The kind of each candidate, in order. */
export function classify(candidates: readonly Candidate[]): BlockKind[] {
  const judged = judge(candidates)
  const body = findBody(judged)
  const first = body ? body.first : judged.length
  const kinds = beforeBody(judged, first)
  if (body) kinds.push(...inBody(judged, body), ...afterBody(judged, body.last + 1))
  return kinds
}

function beforeBody(judged: readonly Judged[], end: number): BlockKind[] {
  const headline = findHeadline(judged, end)
  const kinds: BlockKind[] = []
  let previous = -1
  for (let index = 0; index < end; index++) {
    const item = judged[index]!
    const {candidate, features} = item
    const text = candidate.text
    let kind: BlockKind
    if (candidate.control) kind = 'chrome'
    else if (index === headline) kind = 'headline'
    else if (candidate.region) kind = candidate.region
    else if (index < headline) kind = item.chrome ?? 'navigation'
    else if (candidate.caption) kind = 'caption'
    else if (
      isByline(text, features) ||
      (previous === headline && headline !== -1 && isNameLine(text, features))
    )
      kind = 'byline'
    else if (isDateline(text, features)) kind = 'dateline'
    else if (item.chrome) kind = item.chrome
    else if (headline === -1) kind = item.list ? 'link-list' : 'navigation'
    else if (candidate.heading > 0) kind = 'subhead'
    else if (item.sentence && features.words >= 8) kind = 'standfirst'
    else if (item.list) kind = 'chrome'
    else kind = 'caption'
    kinds.push(kind)
    if (!item.transparent) previous = index
  }
  return kinds
}

/**
 * The headline: the first level-1 heading before the body, else the first heading, else the
 * first block that is no chrome, list, navigation or byline (in plain text, the first line
 * after the navigation).
 */
function findHeadline(judged: readonly Judged[], end: number): number {
  let heading = -1
  let plain = -1
  for (let index = 0; index < end; index++) {
    const {candidate, features, chrome, list, transparent} = judged[index]!
    if (transparent || candidate.region) continue
    if (candidate.heading === 1) return index
    if (candidate.heading > 0) {
      if (heading === -1) heading = index
    } else if (
      plain === -1 &&
      !chrome &&
      !list &&
      !candidate.caption &&
      !isNavigation(candidate.text, features) &&
      !isByline(candidate.text, features) &&
      !isDateline(candidate.text, features)
    ) {
      plain = index
    }
  }
  return heading === -1 ? plain : heading
}

function inBody(judged: readonly Judged[], body: Range): BlockKind[] {
  const kinds: BlockKind[] = []
  for (let index = body.first; index <= body.last; index++) {
    const {candidate} = judged[index]!
    let kind: BlockKind = 'body'
    if (candidate.control) kind = 'chrome'
    else if (candidate.region) kind = candidate.region
    else if (candidate.heading > 0) kind = 'subhead'
    else if (candidate.caption) kind = 'caption'
    else if (isShortLine(judged[index]!) && !neighbourIs(judged, index, body, isShortLine))
      // A short line without sentence punctuation between paragraphs: "Reaction from China".
      // Several in a row are a list, which is body.
      kind = 'subhead'
    kinds.push(kind)
  }
  return kinds
}

function isShortLine(item: Judged): boolean {
  const {features} = item
  return (
    !item.transparent &&
    !item.sentence &&
    !item.list &&
    !hasFinalMark(features) &&
    !features.startsLower &&
    features.words > 0 &&
    features.words <= 12
  )
}

/** Whether the nearest non-transparent block before or after `index`, in `range`, passes. */
function neighbourIs(
  judged: readonly Judged[],
  index: number,
  range: Range,
  test: (item: Judged) => boolean
): boolean {
  for (const step of [-1, 1]) {
    for (let other = index + step; other >= range.first && other <= range.last; other += step) {
      const item = judged[other]!
      if (item.transparent) continue
      if (test(item)) return true
      break
    }
  }
  return false
}

function afterBody(judged: readonly Judged[], start: number): BlockKind[] {
  const kinds: BlockKind[] = []
  // The kind of the link box the following items belong to ("You May Also Like" → related).
  let section: BlockKind | undefined
  for (let index = start; index < judged.length; index++) {
    const {candidate, features, chrome, list} = judged[index]!
    const text = candidate.text
    let kind: BlockKind
    if (chrome && list && section && chrome === 'link-list') {
      // A list of links under "You May Also Like" is that box's.
      kind = section
    } else if (chrome) {
      kind = chrome
      if (chrome === 'related' || chrome === 'link-list') section = chrome
    } else if (candidate.heading > 0) {
      kind = 'chrome'
      section = undefined
    } else if (list || candidate.linkRatio >= 0.5) {
      kind = section ?? 'link-list'
    } else if (section) {
      kind = section
    } else if (index === start && (isByline(text, features) || isNameLine(text, features))) {
      // The author box under an article.
      kind = 'footer'
    } else {
      kind = isTitleCase(features) ? 'link-list' : 'chrome'
    }
    kinds.push(kind)
  }
  return kinds
}
