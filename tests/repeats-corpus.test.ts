/**
 * `duplicate-block` and `scrape-residue` on the 2,000 Wikinews articles (clean text, CC BY
 * 2.5): every finding must have a judgement in `fixtures/judgements/<rule>.tsv` (judged by
 * reading it in context), and `duplicate-block` fires on at most 0.5% of the articles.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {resolveConfig} from '../src/config/resolve.js'
import {lint} from '../src/processor.js'
import {corpusFolder, wikinewsNames, wikinewsText} from './helpers/corpus.js'

const ruleIds = ['duplicate-block', 'scrape-residue']

/** `file<TAB>line:col-line:col` of each judged finding, with its judgement. */
function judgements(ruleId: string): Map<string, boolean> {
  const url = new URL(`fixtures/judgements/${ruleId}.tsv`, import.meta.url)
  const rows = readFileSync(url, 'utf8').trim().split('\n').slice(1)
  return new Map(
    rows.map((row) => {
      const [file, position, , judgement] = row.split('\t')
      return [`${file}\t${position}`, judgement === 'true']
    })
  )
}

describe('duplicate-block and scrape-residue on the Wikinews corpus', () => {
  it('every finding is judged, and duplicate-block fires on at most 0.5% of articles', async () => {
    const off = Object.fromEntries(
      rules
        .filter(({meta}) => !ruleIds.includes(meta.id))
        .map(({meta}) => [meta.id, 'off' as const])
    )
    const config = resolveConfig({}, off)
    const found = new Map<string, string[]>(ruleIds.map((id) => [id, []]))
    const names = wikinewsNames()
    for (const name of names) {
      const file = await lint(
        new VFile({path: corpusFolder + 'wikinews/' + name, value: wikinewsText(name)}),
        config
      )
      for (const message of file.messages) {
        const place = message.place as {
          start: {line: number; column: number}
          end: typeof place.start
        }
        const position = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
        found.get(message.ruleId!)?.push(`${name}\t${position}`)
      }
    }

    for (const ruleId of ruleIds) {
      const judged = judgements(ruleId)
      const findings = found.get(ruleId)!
      expect(findings.toSorted(), `${ruleId}: findings = judged findings`).toEqual(
        [...judged.keys()].toSorted()
      )
      const correct = findings.filter((key) => judged.get(key)).length
      const files = new Set(findings.map((key) => key.split('\t')[0])).size
      console.log(
        `${ruleId}: ${findings.length} findings in ${files} of ${names.length} articles ` +
          `(${((files / names.length) * 100).toFixed(2)}%), ${correct} judged true`
      )
      if (ruleId === 'duplicate-block') expect(files / names.length).toBeLessThanOrEqual(0.005)
    }
  })
})
