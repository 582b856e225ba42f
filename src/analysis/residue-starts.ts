/**
 * What scrape residue (`rules/scrape-residue/patterns.ts`) starts with: a character that is
 * residue on its own (controls, invisible characters), or a pair ("&a", "</", "{{", "${",
 * "%s", "%1", "[A", a widget label's last letter and a digit). Most articles hold none, so a
 * look for these rules a text out before the patterns run. The repeats analysis marks lines
 * with them while it reads the lines anyway (`repeats/hash.ts`), so that in plain text the
 * rule reads only the marked lines, and there looks closer with `mayHoldResidue` first. A
 * mark where there is no residue costs a closer look; a missing one would lose a finding:
 * tests check that both let through every text the patterns find something in.
 */

/** A character that is residue on its own. */
export const residueCharacter =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/

/** Letters, and what a case-insensitive pattern folds to s and k (U+017F, U+212A). */
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u017f\u212a'

/**
 * Pairs, as first and second characters: an entity, a tag, placeholders, and a widget
 * counter, whose label ends in one of these letters ("comments", "view", "reaction",
 * "liked") and whose count starts with a digit.
 */
const labelEnds = 'dDeEnNsStTwW\u017f'
export const residuePairs: ReadonlyArray<readonly [first: string, second: string]> = [
  ['&', '#' + letters],
  ['<', '/' + letters],
  ['{$', '{'],
  ['%', '0123456789$sd'],
  ['[', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  [labelEnds, '0123456789']
]

/**
 * A closer look, as expressions: the same characters, and placeholders in brackets with two
 * capitals. Two expressions, since one with both alternatives was twice as slow; whole file
 * at once, they cost a fifth of what the patterns would.
 */
const residueStart = new RegExp(
  `${residueCharacter.source}|&[#A-Za-z\\u017f\\u212a]|<[/A-Za-z\\u017f\\u212a]|[{$]\\{|%\\d?\\$?[sd]|\\[[A-Z]{2}`
)
const counterStart = new RegExp(`[${labelEnds}]\\d`)

/** Whether `text` may hold residue: when not, the patterns find nothing in it. */
export function mayHoldResidue(text: string): boolean {
  return residueStart.test(text) || counterStart.test(text)
}
