/**
 * The hedging lexicon: what `hedging` looks for, apart from the logic that decides when a
 * match is not a hedge (`index.ts`). Each group has a kind, which picks the message, and
 * phrases in nlcst-search syntax (words separated by spaces, `*` for any one word). Matching
 * ignores case and apostrophe style.
 */

export type HedgeKind = 'modal' | 'likelihood' | 'epistemic' | 'weasel' | 'extra'

export interface HedgeGroup {
  kind: HedgeKind
  phrases: readonly string[]
}

/** Forms of "to be", before an epistemic participle ("is believed to"). */
export const beForms: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "isn't",
  "aren't",
  "wasn't",
  "weren't"
])
/** Words allowed between the auxiliary and the participle ("is widely believed to"). */
export const betweenAuxiliary: ReadonlySet<string> = new Set([
  'not',
  'also',
  'widely',
  'generally',
  'now',
  'still',
  'largely',
  'initially',
  'commonly',
  'further'
])

/**
 * Epistemic passives, by participle, with the words that may follow it: someone believes,
 * thinks, expects or says it, and the sentence does not say who ("is believed to", "is
 * expected by Friday", "it is said that"). Matched on the participle alone (nlcst-search);
 * `index.ts` checks the auxiliary before it and widens the finding to it. "believed to" and
 * "thought to" need no auxiliary ("the soldier, believed to be …").
 */
export const epistemicPassives: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    believed: ['to', 'that'],
    thought: ['to', 'that'],
    expected: [
      'to',
      'that',
      'by',
      'on',
      'in',
      'within',
      'later',
      'soon',
      'next',
      'this',
      'tomorrow'
    ],
    said: ['to', 'that'],
    reported: ['to', 'that'],
    claimed: ['to', 'that'],
    rumoured: ['to', 'that'],
    rumored: ['to', 'that'],
    understood: ['to', 'that'],
    predicted: ['to', 'that'],
    feared: ['to', 'that'],
    presumed: ['to', 'that'],
    suspected: ['to', 'that'],
    suggested: ['that'],
    alleged: ['that']
  }).map(([participle, after]) => [participle, new Set(after)])
)
/** Participles that hedge without an auxiliary ("believed to be a victim"). */
export const bareParticiples: ReadonlySet<string> = new Set(['believed', 'thought'])

/** Unnamed sources ("analysts say"); those of the first list hedge even without "some". */
const bareSources = [
  'analysts',
  'experts',
  'observers',
  'critics',
  'commentators',
  'scientists',
  'reports'
]
const otherSources = ['sources', 'people', 'officials']
const claimVerbs = [
  'say',
  'said',
  'says',
  'suggest',
  'suggested',
  'suggests',
  'believe',
  'believed',
  'argue',
  'argued',
  'note',
  'noted',
  'claim',
  'claimed',
  'think',
  'thought',
  'contend',
  'charge',
  'charged',
  'consider',
  'indicate',
  'indicated',
  'attribute',
  'attributed',
  'fear',
  'feared',
  'predict',
  'predicted',
  'speculate',
  'speculated'
]
/** Sources that hedge without "some" before them. */
export const bareSourceSet: ReadonlySet<string> = new Set(bareSources)
/** Words before a source that leave it unnamed ("early reports", "media reports"). */
export const vagueDeterminers: ReadonlySet<string> = new Set([
  'some',
  'many',
  'other',
  'several',
  'early',
  'preliminary',
  'unconfirmed',
  'media',
  'press',
  'initial',
  'most'
])
/** A single unnamed person ("a security expert says"): matched on noun + verb, with "a/an" before. */
export const singleSources: ReadonlySet<string> = new Set([
  'expert',
  'analyst',
  'observer',
  'source',
  'critic'
])
/** Verbs after a single unnamed person. */
export const singleVerbs: ReadonlySet<string> = new Set([
  'says',
  'said',
  'believes',
  'suggests',
  'suggested',
  'thinks',
  'claims',
  'claimed'
])

export const groups: readonly HedgeGroup[] = [
  // Modals of possibility: the claim may or may not hold. `index.ts` leaves out "May" the
  // month, "may" of permission, past ability ("could not enter") and if-clauses.
  {kind: 'modal', phrases: ['may', 'might', 'could', "mightn't"]},

  // Adverbs of likelihood: the writer marks the claim as uncertain or second-hand.
  // "likely" before a noun after "the" ("the likely nominee") is left out in `index.ts`.
  {
    kind: 'likelihood',
    phrases: [
      'likely',
      'unlikely',
      'probably',
      'possibly',
      'perhaps',
      'potentially',
      'presumably',
      'apparently',
      'seemingly',
      'reportedly',
      'allegedly',
      'purportedly',
      'supposedly',
      'conceivably'
    ]
  },

  // Epistemic verbs: the writer reports an impression, not a fact.
  {
    kind: 'epistemic',
    phrases: [
      ...['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed'].map((verb) => verb + ' to'),
      'it appears',
      'it seems',
      'it would appear',
      'it would seem'
    ]
  },

  // Epistemic passives ("is believed to", "it is expected that"): the participles are the
  // anchors; see `epistemicPassives` above.
  {kind: 'epistemic', phrases: [...epistemicPassives.keys()]},

  // Weasel wording: a claim pinned on nobody in particular ("some analysts suggest",
  // "critics argue", "according to some"). Source nouns are the anchors; `index.ts` needs a
  // claim verb right after them (`claimVerbSet`; `singleVerbs` for one person) and takes in "some/many/early/…" before them, and needs it for
  // "officials/sources/people", and "a/an" for a single expert. It also catches
  // "some/many/other(s)" with a claim verb up to six words on ("some members of the union
  // have charged").
  {
    kind: 'weasel',
    phrases: [
      ...bareSources,
      ...otherSources,
      ...singleSources,
      'according to some',
      'according to analysts',
      'according to experts',
      'according to observers',
      'according to critics',
      'according to reports',
      'according to media reports',
      'according to press reports',
      'according to unconfirmed reports',
      'according to some reports',
      'according to sources'
    ]
  }
]

/** Claim verbs (all forms) for the "some … have charged" pattern of `index.ts`. */
export const claimVerbSet: ReadonlySet<string> = new Set([
  ...claimVerbs,
  'says',
  'argues',
  'notes',
  'claims',
  'thinks',
  'contends',
  'contended',
  'charges',
  'considers',
  'considered',
  'indicates',
  'attributes',
  'fears',
  'predicts',
  'alleged',
  'allege',
  'alleges',
  'maintain',
  'maintained',
  'insist',
  'insisted'
])

/** Words that open a vague source for that pattern. */
export const vagueOpeners: ReadonlySet<string> = new Set(['some', 'many', 'other', 'others'])

/**
 * Verbs after "may" that read as permission, not possibility ("members may vote", "they may
 * write their answers"): the things rules allow people to do.
 */
export const permissionVerbs: ReadonlySet<string> = new Set([
  'vote',
  'apply',
  'write',
  'use',
  'enter',
  'attend',
  'submit',
  'choose',
  'request',
  'appeal',
  'participate',
  'register',
  'visit',
  'access',
  'opt',
  'elect',
  'join',
  'keep',
  'bring',
  'leave',
  'contact',
  'purchase',
  'buy',
  'park',
  'practise',
  'practice',
  'stand',
  'run',
  'wear',
  'carry',
  'proceed'
])

/** Verbs of perception after "could": past ability ("he could see smoke"), a fact. */
export const perceptionVerbs: ReadonlySet<string> = new Set([
  'see',
  'hear',
  'feel',
  'smell',
  'only'
])

/**
 * Words around "May" that make it the month: "in May", "May 8", "last May".
 */
export const monthBefore: ReadonlySet<string> = new Set([
  'in',
  'on',
  'since',
  'until',
  'till',
  'by',
  'from',
  'of',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'through',
  'before',
  'after',
  'during',
  'this',
  'to',
  'and',
  'or',
  'between'
])

/** Reporting verbs: a hedge after (or before) one is the speaker's, in indirect speech. */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'stated',
  'states',
  'added',
  'adds',
  'announced',
  'announces',
  'warned',
  'warns',
  'claimed',
  'claims',
  'argued',
  'argues',
  'believes',
  'believed',
  'believe',
  'thinks',
  'think',
  'thought',
  'hopes',
  'hoped',
  'hope',
  'predicted',
  'predicts',
  'explained',
  'noted',
  'insisted',
  'acknowledged',
  'admitted',
  'conceded',
  'suggested',
  'indicated',
  'estimated',
  'reported',
  'reports',
  'wrote',
  'writes',
  'contended',
  'cautioned',
  'feared',
  'fears',
  'speculated',
  'expects',
  'expected',
  'confirmed',
  'revealed',
  'denied',
  'alleged',
  'alleges',
  'testified',
  'maintained',
  'maintains',
  'according'
])

/** Double hedges: "will likely" says no more than "will". */
export const doubleHedges: ReadonlyMap<string, string> = new Map([
  ['will likely', 'will'],
  ['would likely', 'would']
])
