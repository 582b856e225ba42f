/**
 * The chrome test of issue 6: 200 Wikinews articles (CC BY 2.5) wrapped in page chrome with
 * repeated boxes and doubled captions (`helpers/chrome.ts`); how many planted repeats
 * `duplicate-block` finds (goal ≥ 95%), and how many findings are not planted repeats.
 */
import {describe, expect, it} from 'vitest'
import {wrapInChrome} from './helpers/chrome.js'
import {wikinewsNames, wikinewsText} from './helpers/corpus.js'
import {VFile} from 'vfile'
import {lint} from '../src/processor.js'
import {resolveConfig} from '../src/config/resolve.js'
import {rules} from '../rules/registry.js'

describe('duplicate-block: the chrome test', () => {
  it('finds at least 95% of the repeated blocks planted in 200 wrapped articles', async () => {
    const names = wikinewsNames()
    const headlines = names.map((name) => wikinewsText(name).split('\n', 1)[0]!.trim())
    const others = Object.fromEntries(
      rules
        .filter(({meta}) => meta.id !== 'duplicate-block')
        .map(({meta}) => [meta.id, 'off' as const])
    )
    const config = resolveConfig({}, others)
    let planted = 0
    let found = 0
    let extra = 0
    const missed: string[] = []
    for (let index = 0; index < 200; index++) {
      const name = names[index * 10]!
      const page = wrapInChrome(wikinewsText(name), headlines, index + 1)
      const file = await lint(new VFile({path: name, value: page.text}), config)
      const spans = file.messages.map((message) => {
        const place = message.place as {start: {offset: number}; end: {offset: number}}
        return {start: place.start.offset, end: place.end.offset}
      })
      for (const repeat of page.planted) {
        planted++
        if (spans.some((span) => span.start <= repeat.start && span.end >= repeat.end)) found++
        else missed.push(`${name} ${repeat.kind} at ${repeat.start}`)
      }
      extra += spans.filter(
        (span) => !page.planted.some((repeat) => span.start < repeat.end && span.end > repeat.start)
      ).length
    }
    const recall = found / planted
    console.log(
      `chrome test: ${found}/${planted} planted repeats found (${(recall * 100).toFixed(1)}%), ` +
        `${extra} findings outside planted repeats` +
        (missed.length ? `; missed: ${missed.slice(0, 5).join(', ')}` : '')
    )
    expect(recall).toBeGreaterThanOrEqual(0.95)
  })
})
