import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import type {Executor, LintJob} from './job.js'
import type {SerializedFile} from './serialize.js'

/**
 * The compiled worker, a plain JavaScript file in `dist/src/run/`. This module runs from there
 * when copydesk is used as a library, from `dist/copydesk.mjs` when the CLI is bundled, and
 * from `src/run/pool.ts` under vitest (`npm test` builds first): try each layout.
 */
function workerFile(): string {
  const here = import.meta.url
  for (const relative of ['./worker.js', './src/run/worker.js', '../../dist/src/run/worker.js']) {
    const candidate = fileURLToPath(new URL(relative, here))
    if (candidate.endsWith(path.join('run', 'worker.js')) && existsSync(candidate)) return candidate
  }
  throw new Error('copydesk: cannot find its worker (dist/src/run/worker.js); run `npm run build`')
}

/**
 * Jobs sent to a worker at once. An article lints in a few milliseconds, and every task costs
 * tinypool a message each way and a `process.memoryUsage()` call: one file per task spent
 * about a sixth of the workers' time on that (measured on the corpus), batches amortise it.
 */
const batchSize = 16

export interface WorkerPool {
  executor: Executor
  close: () => Promise<void>
}

interface Pending {
  job: LintJob
  resolve: (result: SerializedFile) => void
  reject: (error: unknown) => void
}

/**
 * A pool of `threads` worker threads, each with its own copydesk processor. Jobs are sent in
 * batches; results come back in any order and are sorted by path afterwards.
 */
export function createPool(threads: number): WorkerPool {
  const pool = new Tinypool({filename: workerFile(), minThreads: threads, maxThreads: threads})
  let batch: Pending[] = []

  function flush(): void {
    if (batch.length === 0) return
    const sent = batch
    batch = []
    ;(pool.run(sent.map((pending) => pending.job)) as Promise<SerializedFile[]>).then(
      (results) => sent.forEach((pending, index) => pending.resolve(results[index]!)),
      (error: unknown) => sent.forEach((pending) => pending.reject(error))
    )
  }

  return {
    executor: (job) =>
      new Promise((resolve, reject) => {
        batch.push({job, resolve, reject})
        // A full batch goes now; the last, smaller one once the engine has queued what it can.
        if (batch.length >= batchSize) flush()
        else if (batch.length === 1) setImmediate(flush)
      }),
    close: () => pool.destroy()
  }
}
