import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import type {Executor, LintJob} from './job.js'
import {lintJob} from './job.js'
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

/**
 * How long `close` waits for the workers to stop. Every result is in by then, so a worker that
 * does not stop in time costs nothing but the wait: its thread is unreferenced and ends with
 * the process.
 */
const closeTimeout = 2000

/**
 * How long the pool may owe batches without answering any before it is given up on and they
 * are linted in this thread. A batch of 16 articles takes a worker well under a second; this
 * only ever fires on a pool that has stopped answering (CI runs saw a hang once in a few full
 * test runs, never reproduced alone), so that a CI job cannot hang on it.
 */
const stallTimeout = 30_000

export interface WorkerPool {
  executor: Executor
  close: () => Promise<void>
  /** Why the workers failed, if they did (the files were then linted in this thread). */
  failure: () => Error | undefined
}

export interface PoolOptions {
  /** The worker module (default: copydesk's own); tests pass a broken one. */
  filename?: string
  /** Milliseconds without an answer before the pool is given up on (default 30 s). */
  stallTimeout?: number
}

interface Pending {
  job: LintJob
  resolve: (result: SerializedFile) => void
  reject: (error: unknown) => void
}

/**
 * A pool of `threads` worker threads, each with its own copydesk processor. Jobs are sent in
 * batches; results come back in any order and are sorted by path afterwards.
 *
 * A pool that fails — a worker that cannot start, crashes or exits — must not lose files or
 * hang the run: the batches it still owes, and every later job, are linted in this thread.
 * The results are the same, only slower. An error thrown by the linter itself is not a pool
 * failure: it comes back from the worker and is rethrown by the in-thread lint as well.
 */
export function createPool(threads: number, options: PoolOptions = {}): WorkerPool {
  const pool = new Tinypool({
    filename: options.filename ?? workerFile(),
    minThreads: threads,
    maxThreads: threads,
    // Idle workers would otherwise park in `Atomics.wait`; message passing alone is simpler
    // and, with batches, no slower. vitest turns it off for the same reason (reported hangs).
    useAtomics: false
  })
  let batch: Pending[] = []
  /** Batches sent and not answered yet. */
  const inFlight = new Set<Pending[]>()
  let failure: Error | undefined
  let closing = false
  const stallAfter = options.stallTimeout ?? stallTimeout
  let stall: NodeJS.Timeout | undefined

  /** (Re)start the stall timer while batches are owed; stop it when none are. */
  function watch(): void {
    clearTimeout(stall)
    stall =
      inFlight.size > 0 && !failure && !closing
        ? setTimeout(
            () => fail(new Error(`the worker threads answered nothing for ${stallAfter} ms`)),
            stallAfter
          ).unref()
        : undefined
  }

  function lintHere(sent: Pending[]): void {
    for (const pending of sent) lintJob(pending.job).then(pending.resolve, pending.reject)
  }

  function fail(error: unknown): void {
    if (closing) return
    failure ??=
      error instanceof Error ? error : new Error(`the worker thread ended (${String(error)})`)
    const owed = [...inFlight]
    inFlight.clear()
    watch()
    for (const sent of owed) lintHere(sent)
  }

  // A worker that fails while starting is reported here, not on a task; unhandled, the
  // event would crash the process.
  pool.on('error', fail)
  for (const thread of pool.threads) {
    thread.once('exit', (code: number) => fail(new Error(`a worker thread exited (code ${code})`)))
  }

  function flush(): void {
    if (batch.length === 0) return
    const sent = batch
    batch = []
    if (failure) return lintHere(sent)
    inFlight.add(sent)
    if (!stall) watch()
    ;(pool.run(sent.map((pending) => pending.job)) as Promise<SerializedFile[]>).then(
      (results) => {
        if (!inFlight.delete(sent)) return
        watch()
        sent.forEach((pending, index) => pending.resolve(results[index]!))
      },
      // The batch is linted here with the others: a lint error is thrown again, with its stack.
      fail
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
    failure: () => failure,
    async close() {
      closing = true
      watch()
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, closeTimeout).unref()
      })
      // A broken pool is not destroyed: tinypool 2.2 waits there for the `exit` of a thread
      // that may have ended already, and throws if one reports an error meanwhile.
      const stopped = failure
        ? Promise.all(pool.threads.map((thread) => thread.terminate().catch(() => {})))
        : pool.destroy().catch(() => {})
      await Promise.race([stopped, timeout])
      clearTimeout(timer)
    }
  }
}
