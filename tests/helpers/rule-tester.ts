/**
 * One harness for every rule, after ESLint's RuleTester: `valid` cases must give no message,
 * `invalid` cases exactly the listed messages, written as the linter prints them
 * (`'line:column-endLine:endColumn: reason'`). Every message with an `actual` must point at
 * exactly that text in the source.
 */
import {expect, it} from 'vitest'
import {VFile} from 'vfile'
import {rules} from '../../rules/registry.js'
import {resolveConfig} from '../../src/config/resolve.js'
import {lint} from '../../src/processor.js'

export interface RuleCase {
  name: string
  text: string
  /** File name; its extension picks the parser (default `case.txt`). */
  path?: string
  options?: Record<string, unknown>
}

export interface InvalidCase extends RuleCase {
  messages: string[]
}

/** Lint `text` with only `ruleId` on; messages as `line:col-line:col: reason`. */
export async function runRule(ruleId: string, testCase: RuleCase): Promise<string[]> {
  const others = Object.fromEntries(
    rules.filter(({meta}) => meta.id !== ruleId).map(({meta}) => [meta.id, 'off' as const])
  )
  const config = resolveConfig({rules: {[ruleId]: ['warn', testCase.options ?? {}]}}, others)
  const file = await lint(
    new VFile({path: testCase.path ?? 'case.txt', value: testCase.text}),
    config
  )
  const source = String(file)
  return file.messages
    .map((message) => {
      const place = message.place
      const start = place && 'start' in place ? place.start : place
      const end = place && 'end' in place ? place.end : start
      if (
        message.actual !== undefined &&
        start?.offset !== undefined &&
        end?.offset !== undefined
      ) {
        expect(source.slice(start.offset, end.offset), 'actual is the source text').toBe(
          message.actual
        )
      }
      return {
        offset: start?.offset ?? 0,
        text: `${start?.line}:${start?.column}-${end?.line}:${end?.column}: ${message.reason}`
      }
    })
    .sort((a, b) => a.offset - b.offset)
    .map((message) => message.text)
}

export function testRule(
  ruleId: string,
  {valid, invalid}: {valid: RuleCase[]; invalid: InvalidCase[]}
): void {
  for (const testCase of valid) {
    it(`valid: ${testCase.name}`, async () => {
      expect(await runRule(ruleId, testCase)).toEqual([])
    })
  }
  for (const testCase of invalid) {
    it(`invalid: ${testCase.name}`, async () => {
      expect(await runRule(ruleId, testCase)).toEqual(testCase.messages)
    })
  }
}
