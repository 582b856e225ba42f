import type * as CharacterEntities from 'character-entities'
import {lazy} from './lazy.js'

/** 2,125 entity names; loaded with the Markdown and HTML parsers that need them. */
const loadEntities = lazy<typeof CharacterEntities>('character-entities')

/** Which source syntax a text came from: the two decode references (and escapes) differently. */
export type SourceSyntax = 'markdown' | 'html'

/** A character reference as written in the source. */
export interface CharacterReference {
  /** Its length in the source, `&` and any `;` included. */
  length: number
  /**
   * What it may have decoded to, the parser's own decoding first. The other candidates (the
   * plain code point, U+FFFD, the windows-1252 character) cover the few numeric references
   * that CommonMark and HTML decode differently; the caller keeps the one the decoded text holds.
   */
  decoded: string[]
}

/**
 * The HTML named references that also work without their `;` (the "legacy" ones): in HTML text,
 * `&amp` and even the `&not` of `&notit;` are references. Fixed by the HTML standard; the same
 * list as the `character-entities-legacy` package, which is not installed here.
 */
const legacyNames = new Set(
  (
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml ' +
    'GT Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG ' +
    'THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde ' +
    'auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 ' +
    'frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ' +
    'ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg ' +
    'sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml'
  ).split(' ')
)

/** Longest legacy name (`frac12`, `brvbar`, …). */
const maxLegacyName = 6

/** Longest named reference (`CounterClockwiseContourIntegral`), as micromark limits it. */
const maxName = 31

/** HTML maps numeric references to C1 controls onto windows-1252 (`&#150;` is an en dash). */
const windows1252 = new Map<number, number>([
  [0x80, 0x20ac],
  [0x82, 0x201a],
  [0x83, 0x0192],
  [0x84, 0x201e],
  [0x85, 0x2026],
  [0x86, 0x2020],
  [0x87, 0x2021],
  [0x88, 0x02c6],
  [0x89, 0x2030],
  [0x8a, 0x0160],
  [0x8b, 0x2039],
  [0x8c, 0x0152],
  [0x8e, 0x017d],
  [0x91, 0x2018],
  [0x92, 0x2019],
  [0x93, 0x201c],
  [0x94, 0x201d],
  [0x95, 0x2022],
  [0x96, 0x2013],
  [0x97, 0x2014],
  [0x98, 0x02dc],
  [0x99, 0x2122],
  [0x9a, 0x0161],
  [0x9b, 0x203a],
  [0x9c, 0x0153],
  [0x9e, 0x017e],
  [0x9f, 0x0178]
])

const replacement = '\uFFFD'
const own = Object.prototype.hasOwnProperty

/**
 * The character reference that starts at `doc[index]` (an `&`) and ends before `end`, as the
 * given syntax reads it: CommonMark wants the `;` and at most 7 decimal or 6 hexadecimal
 * digits; HTML text also takes numeric references without `;` and the legacy names without
 * `;` (longest prefix of the name: `&notit;` is `&not` then `it;`).
 */
export function matchCharacterReference(
  doc: string,
  index: number,
  end: number,
  syntax: SourceSyntax
): CharacterReference | undefined {
  if (doc.charCodeAt(index) !== 38 /* & */) return undefined
  return doc.charCodeAt(index + 1) === 35 /* # */
    ? numeric(doc, index, end, syntax)
    : named(doc, index, end, syntax)
}

function named(
  doc: string,
  index: number,
  end: number,
  syntax: SourceSyntax
): CharacterReference | undefined {
  let position = index + 1
  while (position < end && position - index - 1 <= maxName && isAlphanumeric(doc, position)) {
    position++
  }
  const name = doc.slice(index + 1, position)
  if (name.length === 0) return undefined
  const {characterEntities} = loadEntities()

  if (
    position < end &&
    doc.charCodeAt(position) === 59 /* ; */ &&
    own.call(characterEntities, name)
  ) {
    const value = characterEntities[name]
    if (value !== undefined) return {length: name.length + 2, decoded: [value]}
  }

  if (syntax === 'html') {
    for (let size = Math.min(name.length, maxLegacyName); size > 1; size--) {
      const prefix = name.slice(0, size)
      const value = legacyNames.has(prefix) ? characterEntities[prefix] : undefined
      if (value !== undefined) return {length: size + 1, decoded: [value]}
    }
  }

  return undefined
}

function numeric(
  doc: string,
  index: number,
  end: number,
  syntax: SourceSyntax
): CharacterReference | undefined {
  let position = index + 2
  const marker = doc.charCodeAt(position)
  const hexadecimal = marker === 120 /* x */ || marker === 88 /* X */
  if (hexadecimal) position++
  const digitsStart = position
  const maxDigits = syntax === 'markdown' ? (hexadecimal ? 6 : 7) : Infinity
  let code = 0

  while (position < end && position - digitsStart < maxDigits) {
    const digit = digitValue(doc.charCodeAt(position), hexadecimal)
    if (digit < 0) break
    // Past U+10FFFF the exact value no longer matters: it decodes to U+FFFD.
    code = Math.min(code * (hexadecimal ? 16 : 10) + digit, 0x110000)
    position++
  }

  if (position === digitsStart) return undefined
  if (position < end && doc.charCodeAt(position) === 59 /* ; */) {
    position++
  } else if (syntax === 'markdown') {
    return undefined
  }

  return {length: position - index, decoded: numericCandidates(code, syntax)}
}

function numericCandidates(code: number, syntax: SourceSyntax): string[] {
  const surrogate = code >= 0xd800 && code <= 0xdfff
  const plain = code > 0x10ffff || surrogate ? replacement : String.fromCodePoint(code)
  const windows = windows1252.get(code)
  const mapped = windows === undefined ? undefined : String.fromCodePoint(windows)

  let primary: string
  if (syntax === 'markdown') {
    // `micromark-util-decode-numeric-character-reference`.
    primary =
      code < 9 ||
      code === 11 ||
      (code > 13 && code < 32) ||
      (code > 126 && code < 160) ||
      (code > 64975 && code < 65008) ||
      (code & 65535) === 65535 ||
      (code & 65535) === 65534
        ? replacement
        : plain
  } else {
    // The HTML standard's numeric character reference end state.
    primary = code === 0 ? replacement : (mapped ?? plain)
  }

  const candidates = [primary]
  for (const candidate of [plain, mapped, replacement]) {
    if (candidate !== undefined && !candidates.includes(candidate)) candidates.push(candidate)
  }
  return candidates
}

function isAlphanumeric(doc: string, index: number): boolean {
  const code = doc.charCodeAt(index)
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function digitValue(code: number, hexadecimal: boolean): number {
  if (code >= 48 && code <= 57) return code - 48
  if (!hexadecimal) return -1
  if (code >= 65 && code <= 70) return code - 55
  if (code >= 97 && code <= 102) return code - 87
  return -1
}
