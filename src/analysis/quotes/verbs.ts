/**
 * Speech verbs matched on lemma: each lemma expands to its forms once (say → says, said,
 * saying), so a look-up is one `Map#get`. Lemmas that are nouns too ("state", "report") match
 * only in their -ed and -ing forms.
 */
import {irregularForms, nounLikeLemmas, speechVerbs} from './lexicon.js'

/** Form → lemma. */
export type VerbLexicon = ReadonlyMap<string, string>

/** The default speech verbs, in every form. */
export const defaultVerbs: VerbLexicon = verbLexicon(speechVerbs)

export function verbLexicon(lemmas: Iterable<string>, allowNounForms = false): VerbLexicon {
  const result = new Map<string, string>()
  for (const raw of lemmas) {
    const lemma = raw.trim().toLowerCase()
    if (!lemma) continue
    const nounLike = nounLikeLemmas.has(lemma) && !allowNounForms
    for (const form of formsOf(lemma, nounLike)) if (!result.has(form)) result.set(form, lemma)
  }
  return result
}

function formsOf(lemma: string, nounLike: boolean): string[] {
  const forms = new Set<string>(irregularForms[lemma] ?? [])
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  const consonantY = /[^aeiou]y$/.test(lemma)
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.slice(-1) : undefined
  // Past and participle.
  if (consonantY) forms.add(lemma.slice(0, -1) + 'ied')
  else forms.add(stem + 'ed')
  if (doubled) forms.add(doubled + 'ed')
  // Gerund.
  forms.add((lemma.endsWith('ee') ? lemma : stem) + 'ing')
  if (doubled) forms.add(doubled + 'ing')
  if (!nounLike) {
    forms.add(lemma)
    if (consonantY) forms.add(lemma.slice(0, -1) + 'ies')
    else if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) forms.add(lemma + 'es')
    else forms.add(lemma + 's')
  }
  if (irregularForms[lemma]) {
    // "said" is the past of "say": no "sayed".
    forms.delete(stem + 'ed')
  }
  return [...forms]
}
