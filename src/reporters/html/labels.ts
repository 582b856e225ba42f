/**
 * Words and colours for the HTML report: severities, a colour slot per rule, and labels for
 * the figures rules publish in `stats`. Unknown rules and figures get generic ones.
 */
import type {Severity} from '../types.js'

export const severityNames: Readonly<Record<Severity, string>> = {
  2: 'error',
  1: 'warning',
  0: 'info'
}

/** How many rule colours the page's CSS defines (`.c0` … `.c9`). */
export const paletteSize = 10

/** Fixed slots for the rules copydesk ships, so a rule keeps its colour from report to report. */
const slots: Readonly<Record<string, number>> = {
  readability: 0,
  passive: 1,
  'scrape-residue': 2,
  'quote-attribution': 3,
  'anonymous-source': 4,
  'unbalanced-quote': 5,
  'first-reference': 6,
  'title-consistency': 7,
  hedging: 8,
  'duplicate-block': 9
}

/** The colour slot of a rule: fixed for known rules, from a hash of the id otherwise. */
export function colourSlot(ruleId: string): number {
  const slot = slots[ruleId]
  if (slot !== undefined) return slot
  let hash = 0
  for (const character of ruleId) hash = (hash * 31 + character.codePointAt(0)!) >>> 0
  return hash % paletteSize
}

/** Titles and figure names for rules whose `stats` are known; others are worded generically. */
const statLabels: Readonly<Record<string, {title: string; keys: Record<string, string>}>> = {
  'quote-attribution': {
    title: 'Quotes',
    keys: {
      quotes: 'direct quotes',
      named: 'named source',
      anonymous: 'anonymous source',
      unattributed: 'no speaker'
    }
  },
  hedging: {
    title: 'Hedging',
    keys: {hedges: 'hedges', words: 'words', density: 'hedges per 100 words'}
  },
  'duplicate-block': {title: 'Repeated blocks', keys: {}},
  readability: {title: 'Readability', keys: {}}
}

/** The heading for a rule's figures: `Quotes`, or `Title consistency` from `title-consistency`. */
export function statTitle(ruleId: string): string {
  return statLabels[ruleId]?.title ?? sentenceCase(words(ruleId))
}

/** The name of one figure: a known label, or the key in words (`perHundredWords` → `per hundred words`). */
export function statLabel(ruleId: string, key: string): string {
  return statLabels[ruleId]?.keys[key] ?? words(key)
}

/** A figure as shown: whole numbers as they are, others to at most two decimals. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100)
}

function words(key: string): string {
  return key
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim()
}

function sentenceCase(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
