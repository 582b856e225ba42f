/**
 * The orphan test of `quote-attribution` on the Wikinews corpus (`node dist/bench/quote-orphans.js`).
 *
 * Take attributed quotes (a full-sentence quote of at least four words whose speech verb is in
 * its own sentence) and make orphans of them, two ways:
 *
 * - `drop`: the quote's paragraph is only the quote and its attribution clause ("“…,” Smith
 *   said."); the clause is dropped, leaving the bare quote where it was. The paragraph before
 *   has no speech (no quote mark, no speech verb), so nothing can carry a speaker over.
 * - `move`: the quote alone (its marks included) is moved into a paragraph of its own between
 *   two body paragraphs without speech, and its old paragraph is removed.
 *
 * Each orphan is linted on its own; it is caught when `quote-attribution` reports exactly the
 * orphan. Flags: --count N (orphans per way, default 100), --json, --corpus DIR.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {resolveConfig} from '../src/config/resolve.js'
import {defaultVerbs} from '../src/analysis/quotes/index.js'
import type {Quote, QuoteAnalysis} from '../src/analysis/quotes/index.js'
import {kindAt} from '../src/analysis/structure/index.js'
import {lint} from '../src/processor.js'

type Way = 'drop' | 'move'

interface Orphan {
  way: Way
  article: string
  text: string
  /** Offsets of the orphan quote in `text`. */
  start: number
  end: number
}

const config = resolveConfig(
  {},
  Object.fromEntries(
    rules.map(({meta}) => [meta.id, meta.id === 'quote-attribution' ? 'error' : 'off'] as const)
  )
)

function defaultCorpus(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return path.resolve(dir, '..', 'shared', 'corpus', 'wikinews')
}

/** A paragraph with no quote mark, no speech verb, not ending with a colon. */
function speechless(analysis: QuoteAnalysis, index: number): boolean {
  const paragraph = analysis.paragraphs[index]
  if (!paragraph) return false
  const last = paragraph.tokens.filter((token) => token.kind !== 'space').at(-1)
  if (last?.value === ':') return false
  return paragraph.tokens.every(
    (token) =>
      token.kind !== 'mark' &&
      (token.kind !== 'word' ||
        (!defaultVerbs.has(token.value.toLowerCase()) && token.value.toLowerCase() !== 'according'))
  )
}

/** A quote fit to become an orphan: attributed by a verb in its own sentence. */
function candidate(quote: Quote, text: string): boolean {
  const attribution = quote.attribution
  return (
    quote.depth === 0 &&
    quote.close !== undefined &&
    quote.paragraphs.length === 1 &&
    quote.notSpeech === undefined &&
    quote.words >= 4 &&
    attribution !== undefined &&
    attribution.place === 'sentence' &&
    attribution.cue.kind === 'verb' &&
    /^\p{Lu}/u.test(text.slice(quote.open.end, quote.open.end + 1))
  )
}

/**
 * The bare quote as a sentence of its own: its trailing comma made a full stop, a full stop
 * added when it has none (“We will win,” → “We will win.”), as an orphan would be written.
 */
function bare(text: string, quote: Quote): string {
  let inside = text.slice(quote.open.end, quote.close!.start).replace(/[,;:]\s*$/, '.')
  if (!/[.!?\u2026]$/.test(inside.trimEnd())) inside = inside.trimEnd() + '.'
  return (
    text.slice(quote.start, quote.open.end) + inside + text.slice(quote.close!.start, quote.end)
  )
}

async function orphansOf(name: string, text: string, want: Record<Way, number>): Promise<Orphan[]> {
  const file = await lint(new VFile({path: name, value: text}), config)
  const analysis = file.data.quotes
  const structure = file.data.structure
  if (!analysis || !structure) return []
  const body = (index: number) => {
    const paragraph = analysis.paragraphs[index]!
    return kindAt(structure, paragraph.start) === 'body'
  }
  const result: Orphan[] = []
  for (const quote of analysis.quotes) {
    if (!candidate(quote, text)) continue
    const index = quote.paragraphs[0]!
    if (!body(index)) continue
    const paragraph = analysis.paragraphs[index]!
    const orphan = bare(text, quote)
    // drop: the paragraph is the quote and its clause only; the one before has no speech.
    const onlyQuote =
      paragraph.sentences.length === 1 &&
      analysis.quotes.filter((other) => other.depth === 0 && other.paragraphs.includes(index))
        .length === 1
    if (want.drop > 0 && onlyQuote && index > 0 && speechless(analysis, index - 1)) {
      want.drop--
      const start = paragraph.start
      result.push({
        way: 'drop',
        article: name,
        text: text.slice(0, start) + orphan + text.slice(paragraph.end),
        start,
        end: start + orphan.length
      })
      continue
    }
    // move: between two body paragraphs without speech, elsewhere in the article.
    if (want.move > 0) {
      for (let gap = 1; gap < analysis.paragraphs.length; gap++) {
        if (Math.abs(gap - index) <= 1 || gap - 1 === index) continue
        if (
          !body(gap - 1) ||
          !body(gap) ||
          !speechless(analysis, gap - 1) ||
          !speechless(analysis, gap)
        )
          continue
        const before = analysis.paragraphs[gap - 1]!
        // Insert after paragraph gap-1, then remove the quote's old paragraph.
        const insertAt = before.end
        const pieces: Array<[number, number, string]> = [
          [insertAt, insertAt, '\n\n' + orphan],
          [paragraph.start, paragraph.end, '']
        ]
        pieces.sort((a, b) => b[0] - a[0])
        let moved = text
        for (const [from, to, value] of pieces)
          moved = moved.slice(0, from) + value + moved.slice(to)
        const removed = paragraph.end - paragraph.start
        const start = insertAt + 2 - (paragraph.start < insertAt ? removed : 0)
        want.move--
        result.push({way: 'move', article: name, text: moved, start, end: start + orphan.length})
        break
      }
    }
    if (want.drop === 0 && want.move === 0) break
  }
  return result
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      count: {type: 'string', default: '100'},
      json: {type: 'boolean', default: false},
      corpus: {type: 'string'}
    }
  })
  const count = Number(values.count)
  const dir = values.corpus ?? defaultCorpus()
  const want: Record<Way, number> = {drop: count, move: count}
  const orphans: Orphan[] = []
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()) {
    if (want.drop === 0 && want.move === 0) break
    // At most one orphan of each way per article, so the sample spreads over the corpus.
    const perArticle = {drop: Math.min(1, want.drop), move: Math.min(1, want.move)}
    const found = await orphansOf(name, readFileSync(path.join(dir, name), 'utf8'), perArticle)
    for (const orphan of found) want[orphan.way]--
    orphans.push(...found)
  }
  const caught: Record<Way, number> = {drop: 0, move: 0}
  const total: Record<Way, number> = {drop: 0, move: 0}
  const missed: string[] = []
  for (const orphan of orphans) {
    total[orphan.way]++
    const file = await lint(new VFile({path: orphan.article, value: orphan.text}), config)
    const hit = file.messages.some((message) => {
      const place = message.place
      return (
        place !== undefined &&
        'start' in place &&
        place.start.offset === orphan.start &&
        place.end.offset === orphan.end
      )
    })
    if (hit) {
      caught[orphan.way]++
      continue
    }
    // Why not: the attribution the analysis found, or that the quote was not seen as one.
    const quote = file.data.quotes?.quotes.find((other) => other.start === orphan.start)
    const why = !quote
      ? 'no quote there'
      : quote.attribution
        ? `${quote.attribution.place} ${quote.attribution.cue.kind} "${quote.attribution.cue.text}"`
        : (quote.notSpeech ?? 'out of scope')
    missed.push(
      `${orphan.way} ${orphan.article}: ${orphan.text.slice(orphan.start, orphan.end).slice(0, 60)} (${why})`
    )
  }
  const all = total.drop + total.move
  const hits = caught.drop + caught.move
  const result = {orphans: all, caught: hits, rate: hits / all, byWay: {caught, total}, missed}
  if (values.json) console.log(JSON.stringify(result, null, 2))
  else {
    console.log(`orphans: ${all} (drop ${total.drop}, move ${total.move})`)
    console.log(
      `caught: ${hits} (${((100 * hits) / all).toFixed(1)}%): drop ${caught.drop}/${total.drop}, move ${caught.move}/${total.move}`
    )
    for (const line of missed) console.log(`  missed ${line}`)
  }
}

await main()
