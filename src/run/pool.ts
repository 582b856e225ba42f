import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import type {Executor} from './job.js'

/**
 * The compiled worker. Under vitest this module runs from `src/run/pool.ts`, but worker
 * threads load plain JavaScript, so they always use the build in `dist/` (`npm test` builds
 * first).
 */
function workerFile(): string {
  const here = import.meta.url
  const url = here.endsWith('.ts')
    ? new URL('../../dist/src/run/worker.js', here)
    : new URL('./worker.js', here)
  return fileURLToPath(url)
}

export interface WorkerPool {
  executor: Executor
  close: () => Promise<void>
}

/**
 * A pool of `threads` worker threads, each with its own copydesk processor. tinypool keeps
 * them busy; results come back in any order and are sorted by path afterwards.
 */
export function createPool(threads: number): WorkerPool {
  const pool = new Tinypool({filename: workerFile(), minThreads: threads, maxThreads: threads})
  return {
    executor: (job) => pool.run(job),
    close: () => pool.destroy()
  }
}
