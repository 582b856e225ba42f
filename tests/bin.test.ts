import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/reporters/types.js'

// `npm test` builds first (`pretest`), so this runs the compiled CLI as users do.
const root = fileURLToPath(new URL('..', import.meta.url))
const bin = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url))

function copydesk(...args: string[]) {
  const started = performance.now()
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8'})
  return {...result, milliseconds: performance.now() - started}
}

describe('the built `copydesk` binary', () => {
  it('lints the seed sample: readability findings in the body only (lines 10–28)', () => {
    const {status, stdout, stderr} = copydesk('--format', 'json', 'samples/korea-ukraine-arms.txt')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const [result] = JSON.parse(stdout) as LintResult[]
    const readability = result!.messages.filter((message) => message.ruleId === 'readability')
    expect(readability.length).toBe(19)
    for (const message of readability) {
      expect(message.line).toBeGreaterThanOrEqual(10)
      expect(message.endLine).toBeLessThanOrEqual(28)
    }
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
