/**
 * Formal titles whose capitalisation the rule checks (lower case): capitalised right before
 * a name ("President Yoon"), lower case elsewhere ("the president said"). Occupational titles
 * (spokesman, director, professor before a name) are lower case in AP style and left alone.
 */
export const capitalisedTitles: ReadonlySet<string> = new Set([
  'president',
  'president-elect',
  'vice-president',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'secretary-general',
  'senator',
  'governor',
  'mayor',
  'ambassador',
  'pope',
  'king',
  'queen',
  'emperor'
])

/** Titles that are never capitalised without a name: checked after or without one only. */
export const lowerWithoutName: ReadonlySet<string> = new Set([...capitalisedTitles, 'professor'])

/** Words that may stand before a lower-case title that should be capitalised ("the former president Bill Clinton"). */
export const leadIns: ReadonlySet<string> = new Set([
  'the',
  'former',
  'then',
  'late',
  'acting',
  'outgoing',
  'incoming',
  'interim',
  'by',
  'with',
  'and',
  'as',
  'to',
  'from',
  'for',
  'said',
  'says',
  'told',
  'met',
  'when',
  'while',
  'that',
  'but'
])
