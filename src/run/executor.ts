import type {Executor} from './job.js'
import {lintJob} from './job.js'
import type {WorkerPool} from './pool.js'
import {createPool} from './pool.js'

/**
 * Files linted in this thread before the worker pool starts. Starting workers costs each one
 * the import of copydesk (a few hundred ms), which a run over a handful of files would only
 * lose; a run over a folder of articles gets the pool once it has passed this many.
 */
const filesBeforePool = 8

export interface RunExecutor {
  executor: Executor
  /** Stop the workers, if any were started. */
  close: () => Promise<void>
  /** Why the workers failed, if they did: the files were linted in this thread instead. */
  failure: () => Error | undefined
}

/** Lint in this thread, or, past the first few files, in `jobs` worker threads. */
export function createExecutor(jobs: number): RunExecutor {
  if (jobs <= 1) return {executor: lintJob, close: async () => {}, failure: () => undefined}
  let pool: WorkerPool | undefined
  let count = 0
  return {
    executor: (job) => {
      count++
      if (count <= filesBeforePool) return lintJob(job)
      pool ??= createPool(jobs)
      return pool.executor(job)
    },
    close: async () => {
      await pool?.close()
    },
    failure: () => pool?.failure()
  }
}
