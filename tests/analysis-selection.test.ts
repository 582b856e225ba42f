import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import type {SeverityLabel} from '../src/rule.js'
import {resolveConfig} from '../src/config/resolve.js'
import {lint} from '../src/processor.js'
import {seedText, wikinewsNames, wikinewsText} from './helpers/corpus.js'

/** Every rule on (passive included), or only `id`. */
function configWith(id?: string) {
  const overrides: Record<string, SeverityLabel> = {}
  for (const {meta} of rules) overrides[meta.id] = !id || meta.id === id ? 'warn' : 'off'
  return resolveConfig({}, overrides)
}

async function lintText(value: string, config: ReturnType<typeof configWith>) {
  return lint(new VFile({path: 'article.txt', value}), config)
}

const summary = (file: VFile) =>
  file.messages.map((message) => [message.ruleId, message.place, message.reason])

describe('only the analyses the rules that are on read', () => {
  it('skips the quote and people analyses when no rule on reads them', async () => {
    const file = await lintText(seedText(), configWith('duplicate-block'))
    expect(file.data.structure).toBeDefined()
    expect(file.data.repeats).toBeDefined()
    expect(file.data.quotes).toBeUndefined()
    expect(file.data.people).toBeUndefined()
  })

  it('runs the quote analysis for a rule that reads it, and people only when asked', async () => {
    const hedging = await lintText(seedText(), configWith('hedging'))
    expect(hedging.data.quotes).toBeDefined()
    expect(hedging.data.people).toBeUndefined()
    // The people analysis reads the quotes: both run.
    const titles = await lintText(seedText(), configWith('title-consistency'))
    expect(titles.data.quotes).toBeDefined()
    expect(titles.data.people).toBeDefined()
  })

  // The declarations are complete: each rule alone finds what it finds with every analysis.
  it('each rule alone reports what it reports with all rules on (seed and 40 articles)', async () => {
    const texts = [
      seedText(),
      ...wikinewsNames()
        .filter((_, i) => i % 50 === 0)
        .map(wikinewsText)
    ]
    let compared = 0
    for (const text of texts) {
      const all = summary(await lintText(text, configWith()))
      for (const {meta} of rules) {
        const alone = summary(await lintText(text, configWith(meta.id)))
        expect(alone).toEqual(all.filter(([ruleId]) => ruleId === meta.id))
        compared += alone.length
      }
    }
    expect(compared).toBeGreaterThan(100)
  })
})
