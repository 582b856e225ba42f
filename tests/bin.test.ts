import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/registry.js'
import type {LintResult} from '../src/reporters/types.js'

// `npm test` builds first (`pretest`), so this runs the compiled CLI as users do.
const root = fileURLToPath(new URL('..', import.meta.url))
// The published entry: the CLI bundled into one file (`scripts/bundle.js`).
const bin = fileURLToPath(new URL('../dist/copydesk.mjs', import.meta.url))

function copydesk(...args: string[]) {
  const started = performance.now()
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8'})
  return {...result, milliseconds: performance.now() - started}
}

describe('the built `copydesk` binary', () => {
  it('lints the seed sample: article rules only in the article, chrome rules in the chrome', () => {
    const {status, stdout, stderr} = copydesk('--format', 'json', 'samples/korea-ukraine-arms.txt')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const [result] = JSON.parse(stdout) as LintResult[]
    const scopeOf = new Map(rules.map(({meta}) => [meta.id, meta.scope]))
    const inArticle = result!.messages.filter(
      (message) => scopeOf.get(message.ruleId!) !== 'document'
    )
    const inChrome = result!.messages.filter(
      (message) => scopeOf.get(message.ruleId!) === 'document'
    )
    expect(inArticle.length).toBeGreaterThan(0)
    // Headline on line 3, body on lines 10–28; the chrome starts at line 30.
    for (const message of inArticle) {
      expect(message.line).toBeGreaterThanOrEqual(3)
      expect(message.endLine).toBeLessThanOrEqual(28)
    }
    expect(inChrome.map((message) => `${message.ruleId} ${message.line}`)).toContain(
      'duplicate-block 117'
    )
  })

  it('lints every sample with valid JSON and no run problem', () => {
    const {status, stdout, stderr} = copydesk('--format', 'json', 'samples/')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const results = JSON.parse(stdout) as LintResult[]
    expect(results.map((result) => result.filePath.slice(root.length))).toEqual([
      'samples/china-mourners.html',
      'samples/korea-ukraine-arms.txt',
      'samples/northern-ireland-talks.md'
    ])
  })

  it('starts up for one small file (time is printed, not asserted)', () => {
    const runs = Array.from({length: 5}, () => copydesk('samples/northern-ireland-talks.md'))
    const times = runs.map((run) => run.milliseconds).sort((a, b) => a - b)
    expect(runs.every((run) => run.status === 0)).toBe(true)
    console.log(`copydesk start-up, one small file: median ${times[2]!.toFixed(0)} ms of 5 runs`)
  })
})
