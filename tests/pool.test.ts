import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {resolveConfig} from '../src/config/resolve.js'
import type {LintJob} from '../src/run/job.js'
import {lintJob} from '../src/run/job.js'
import {createPool} from '../src/run/pool.js'
import {wikinewsNames, wikinewsText} from './helpers/corpus.js'

const config = resolveConfig({})
const jobs: LintJob[] = wikinewsNames()
  .slice(0, 20)
  .map((name) => ({path: name, cwd: '/', value: wikinewsText(name), config}))

function worker(name: string): string {
  return fileURLToPath(new URL(`fixtures/workers/${name}`, import.meta.url))
}

async function lintAll(filename?: string) {
  // A short stall timeout, for the worker that never answers.
  const pool = createPool(2, filename ? {filename, stallTimeout: 500} : {})
  try {
    const files = await Promise.all(jobs.map((job) => pool.executor(job)))
    return {files, failure: pool.failure()?.message}
  } finally {
    await pool.close()
  }
}

describe('the worker pool', () => {
  it('returns what linting in this thread returns', async () => {
    const here = await Promise.all(jobs.map((job) => lintJob(job)))
    expect(here.some((file) => file.messages.length > 0)).toBe(true)
    expect(await lintAll()).toEqual({files: here, failure: undefined})
  })

  // A broken pool must neither hang the run nor lose a file: what it owes is linted here.
  it.each([
    ['throws-on-load.mjs', 'This worker cannot start'],
    ['exits.mjs', 'a worker thread exited (code 0)'],
    ['rejects.mjs', 'This worker fails every task'],
    ['never-answers.mjs', 'the worker threads answered nothing for 500 ms']
  ])('lints in this thread when the worker fails (%s)', async (name, failure) => {
    const here = await Promise.all(jobs.map((job) => lintJob(job)))
    expect(await lintAll(worker(name))).toEqual({files: here, failure})
  })
})
