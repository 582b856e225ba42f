/**
 * Titles that stand before a person's name, by group. Keys are lower case; multi-word titles
 * are matched word by word (the last word decides: "Deputy Spokesperson" ends in a title).
 * Config can add titles with the rules' `titles` option.
 */

/** Courtesy titles: AP style drops them; the courtesy style (NYT) uses them after the first reference. */
export const courtesyTitles: ReadonlySet<string> = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'miss',
  'mr',
  'mrs',
  'ms',
  'dr.',
  'dr',
  'prof.',
  'professor'
])

/** Courtesy titles that say nothing about a degree: the ones AP forbids outright. */
export const honorifics: ReadonlySet<string> = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'miss',
  'mr',
  'mrs',
  'ms'
])

/** Formal titles: offices and ranks, capitalised right before a name, lower case elsewhere. */
export const formalTitles: ReadonlySet<string> = new Set([
  // heads of state and government
  'president',
  'president-elect',
  'vice-president',
  'premier',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'empress',
  'sultan',
  'emir',
  'sheikh',
  'pope',
  'governor',
  'governor-general',
  'gov.',
  'mayor',
  'councilman',
  'councilwoman',
  'councillor',
  'alderman',
  // ministers and officials
  'minister',
  'secretary',
  'secretary-general',
  'treasurer',
  'coordinator',
  'leader',
  'ambassador',
  'commissioner',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'director-general',
  'attorney',
  'prosecutor',
  // legislators
  'senator',
  'sen.',
  'representative',
  'rep.',
  'congressman',
  'congresswoman',
  'speaker',
  'lawmaker',
  'mp',
  // judges and clergy
  'judge',
  'justice',
  'archbishop',
  'bishop',
  'cardinal',
  'rabbi',
  'imam',
  'ayatollah',
  'reverend',
  'rev.',
  'father',
  // military and police ranks
  'general',
  'gen.',
  'lieutenant',
  'lt.',
  'colonel',
  'col.',
  'major',
  'maj.',
  'captain',
  'capt.',
  'sergeant',
  'specialist',
  'sgt.',
  'admiral',
  'adm.',
  'commander',
  'cmdr.',
  'marshal',
  'corporal',
  'cpl.',
  'private',
  'pvt.',
  'officer',
  'inspector',
  'detective',
  'chief',
  'superintendent'
])

/** Words that make a formal title longer but are not titles alone: "Prime Minister", "Deputy Spokesperson". */
export const titleModifiers: ReadonlySet<string> = new Set([
  'prime',
  'vice',
  'deputy',
  'principal',
  'assistant',
  'associate',
  'acting',
  'chief',
  'senior',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'justice',
  'health',
  'education',
  'trade',
  'energy',
  'state',
  'home',
  'first',
  'grand',
  'supreme',
  'high',
  'lord',
  'crown',
  'executive',
  'managing',
  'general',
  'attorney',
  'press',
  'chief-executive',
  'lieutenant',
  'brigadier',
  'major',
  'rear',
  'staff',
  'police',
  'district',
  'u.s.',
  'us'
])

/** Title words that are also common names ("Martin Luther King", "Aaron Judge"): titles only at the head of a run. */
export const ambiguousTitles: ReadonlySet<string> = new Set([
  'king',
  'judge',
  'bishop',
  'major',
  'marshal',
  'general',
  'chief',
  'father',
  'private',
  'justice',
  'chair',
  'speaker',
  'officer',
  'prince',
  'director'
])

/** Abbreviated titles and their full forms, for comparing "Sen. X" with "Senator X". */
export const titleSynonyms: ReadonlyMap<string, string> = new Map([
  ['mr', 'mr.'],
  ['mrs', 'mrs.'],
  ['ms', 'ms.'],
  ['dr', 'dr.'],
  ['prof.', 'professor'],
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gov.', 'governor'],
  ['gen.', 'general'],
  ['lt.', 'lieutenant'],
  ['col.', 'colonel'],
  ['maj.', 'major'],
  ['capt.', 'captain'],
  ['sgt.', 'sergeant'],
  ['adm.', 'admiral'],
  ['cmdr.', 'commander'],
  ['cpl.', 'corporal'],
  ['pvt.', 'private'],
  ['rev.', 'reverend']
])

/** The comparable form of a title word. */
export function canonicalTitle(word: string): string {
  const lower = word.toLowerCase()
  return titleSynonyms.get(lower) ?? lower
}
