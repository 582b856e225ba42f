/**
 * The text two copies of a block are compared by. Scrapers and templates change a repeated
 * block in ways a reader does not see: Unicode compatibility forms, white space, no-break
 * spaces and `&nbsp` written out, case, bullets and list numbers, straight or curly quotes.
 * All of that is folded here, so that matching itself can be exact.
 */

/** "• item", "* item", "- item", "1. item", "2) item", "(3) item" (the marker only). */
const bullet = /^(?:[•·▪‣◦●○■□►▸➤*+\-–—]|\d{1,3}[.)]|\(\d{1,3}\))\s+/
/** A no-break space written out as text, with or without its semicolon. */
const nbspResidue = /&nbsp;?|&#160;|&#x0*a0;/gi
const singleQuotes = /[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g
const doubleQuotes = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g
/** Invisible characters that only scraping leaves in text. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
/** White space other than single spaces. */
const irregularSpace = /[^\S ]| {2}/
const nonAscii = /[\u0080-\uffff]/

/** The comparable form of one line or block: empty when it holds no visible text. */
export function normalize(text: string): string {
  let value = text
  if (nonAscii.test(value)) {
    // Quotes first: NFKC turns the acute accent into a space and a combining mark.
    value = value
      .replace(invisible, '')
      .replace(singleQuotes, "'")
      .replace(doubleQuotes, '"')
      .normalize('NFKC')
  }
  if (value.includes('&')) value = value.replace(nbspResidue, ' ')
  value = value.toLowerCase()
  // Most lines need no change here: test before replacing, which would copy every line.
  if (irregularSpace.test(value)) value = value.replace(/\s+/g, ' ')
  value = value.trim()
  return value.replace(bullet, '')
}

/** Number of words of a normalised text (space-separated tokens). */
export function wordCount(normalized: string): number {
  if (normalized === '') return 0
  let count = 1
  for (let index = 0; index < normalized.length; index++) {
    if (normalized.charCodeAt(index) === 32) count++
  }
  return count
}
