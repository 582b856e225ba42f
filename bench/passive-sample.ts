/**
 * Draws the sentences of the hand-labelled passive set (`tests/fixtures/passive/labelled.tsv`)
 * from the Wikinews corpus, before any tuning of the `passive` rule. Writer's voice only: a
 * sentence with a quote mark is never drawn. Two strata, with a fixed seed:
 *
 * - `candidate`: the sentence has a form of be/get followed within three words by a word
 *   ending in -ed/-en or any irregular participle of retext-passive (a broad net, wider than
 *   the rule), so that the set holds enough passives;
 * - `random`: any body sentence, so that recall is also measured on passives the net misses.
 *
 * Prints `file, line, column, stratum, sentence` as TSV; the labels are then added by hand.
 *
 *   npm run build && node dist/bench/passive-sample.js [--candidates 150] [--random 80]
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {irregularParticiples} from '../rules/passive/lexicon.js'
import {loadCorpus} from './corpus.js'

const beGet = /^(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)$/i

/** mulberry32: a small seeded generator, so the draw is reproducible. */
function random(seed: number): () => number {
  return function () {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function isCandidate(words: string[]): boolean {
  return words.some(
    (word, index) =>
      beGet.test(word) &&
      words
        .slice(index + 1, index + 4)
        .some((next) => /(?:ed|en)$/i.test(next) || irregularParticiples.has(next.toLowerCase()))
  )
}

interface Drawn {
  file: string
  line: number
  column: number
  text: string
  candidate: boolean
}

function main(): void {
  const {values} = parseArgs({
    options: {candidates: {type: 'string'}, random: {type: 'string'}, seed: {type: 'string'}}
  })
  const parser = unified().use(retextEnglish)
  const pool: Drawn[] = []
  for (const article of loadCorpus()) {
    const tree = parser.parse(article.value)
    let first = true
    visit(tree, 'ParagraphNode', function (paragraph) {
      // The first paragraph of a Wikinews file is its headline.
      if (first) {
        first = false
        return
      }
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        const text = toString(sentence)
        if (/["“”‘’']/.test(text.replace(/(\p{L})['’](\p{L})/gu, '$1$2'))) continue
        const words: string[] = []
        visit(sentence as Sentence, 'WordNode', (word) => {
          words.push(toString(word))
        })
        if (words.length < 5) continue
        pool.push({
          file: path.basename(article.path),
          line: sentence.position?.start.line ?? 0,
          column: sentence.position?.start.column ?? 0,
          text,
          candidate: isCandidate(words)
        })
      }
    })
  }
  const next = random(Number(values.seed ?? 7))
  const shuffled = pool
    .map((item) => ({item, key: next()}))
    .sort((a, b) => a.key - b.key)
    .map(({item}) => item)
  const candidates = shuffled
    .filter((item) => item.candidate)
    .slice(0, Number(values.candidates ?? 150))
  const chosen = new Set(candidates)
  const others = shuffled.filter((item) => !chosen.has(item)).slice(0, Number(values.random ?? 80))
  for (const [stratum, items] of [
    ['candidate', candidates],
    ['random', others]
  ] as const) {
    for (const item of items) {
      console.log(
        [item.file, item.line, item.column, stratum, item.text.replace(/\s+/g, ' ')].join('\t')
      )
    }
  }
  console.error(
    `pool: ${pool.length} sentences, ${pool.filter((d) => d.candidate).length} candidates`
  )
}

main()
