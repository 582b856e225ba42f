/**
 * Mutation test of the people rules on Wikinews articles (`npm run build && node
 * dist/bench/people-mutate.js [--limit 100]`). For the first N articles that introduce a
 * person by full name in the body and name them again by surname alone (both outside
 * quotes), two mutants are made:
 *
 * - move: the full name goes to the later mention, the first mention keeps only the surname;
 *   `first-reference` must report the first mention;
 * - title: "Mr." is added to the later mention only; `title-consistency` (AP) must report it.
 *
 * Prints the recall of each mutation (found / made) as JSON.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import type {Mention} from '../src/analysis/people/index.js'
import {lint} from '../src/processor.js'
import {corpusDir, corpusFiles, onlyRules} from './people.js'

export interface MutationResult {
  articles: number
  move: {made: number; found: number; missed: string[]}
  title: {made: number; found: number; missed: string[]}
}

interface Site {
  full: Mention
  later: Mention
  surname: string
}

const bodyKinds = new Set(['body', 'standfirst'])

/** The first person of the article introduced in full and named again by surname alone. */
function siteOf(file: VFile): Site | undefined {
  const analysis = file.data.people
  if (!analysis) return undefined
  for (const person of analysis.people) {
    const mentions = person.mentions
      .map((index) => analysis.mentions[index]!)
      .filter((mention) => !mention.quoted && bodyKinds.has(mention.kind ?? ''))
    const full = mentions[0]
    if (!full || full.form !== 'full' || person.sharesSurname) continue
    const later = mentions.find((mention) => mention.form === 'surname')
    if (later) return {full, later, surname: later.name.text}
  }
  return undefined
}

function hit(file: VFile, ruleId: string, start: number, end: number): boolean {
  return file.messages.some((message) => {
    const offset =
      message.place && 'start' in message.place ? message.place.start.offset : undefined
    return message.ruleId === ruleId && offset !== undefined && offset >= start && offset < end
  })
}

export async function mutationTest(dir: string, limit: number): Promise<MutationResult> {
  const result: MutationResult = {
    articles: 0,
    move: {made: 0, found: 0, missed: []},
    title: {made: 0, found: 0, missed: []}
  }
  const both = onlyRules(['first-reference', 'title-consistency'])
  for (const name of corpusFiles(dir, Infinity)) {
    if (result.articles >= limit) break
    const value = readFileSync(path.join(dir, name), 'utf8')
    const original = await lint(new VFile({path: name, value}), both)
    const site = siteOf(original)
    if (!site) continue
    result.articles++
    const {full, later, surname} = site

    // Move the full name to the later mention.
    const moved =
      value.slice(0, full.name.start) +
      surname +
      value.slice(full.name.end, later.name.start) +
      full.name.text +
      value.slice(later.name.end)
    const movedFile = await lint(
      new VFile({path: name, value: moved}),
      onlyRules(['first-reference'])
    )
    result.move.made++
    if (hit(movedFile, 'first-reference', full.start, full.name.start + surname.length)) {
      result.move.found++
    } else result.move.missed.push(`${name}: ${full.name.text}`)

    // Add a courtesy title to the later mention only: a break of AP style (the default
    // "consistent" style cannot see it when the person has one later reference).
    const titled = value.slice(0, later.name.start) + 'Mr. ' + value.slice(later.name.start)
    const titledFile = await lint(
      new VFile({path: name, value: titled}),
      onlyRules(['title-consistency'], {style: 'ap'})
    )
    result.title.made++
    if (
      hit(titledFile, 'title-consistency', later.name.start, later.name.start + 4 + surname.length)
    ) {
      result.title.found++
    } else result.title.missed.push(`${name}: Mr. ${surname}`)
  }
  return result
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const {values} = parseArgs({options: {limit: {type: 'string'}, corpus: {type: 'string'}}})
  const result = await mutationTest(values.corpus ?? corpusDir(), Number(values.limit ?? 100))
  console.log(JSON.stringify(result, null, 2))
}
