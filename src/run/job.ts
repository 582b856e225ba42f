import {VFile} from 'vfile'
import type {ResolvedConfig} from '../config/types.js'
import {lint} from '../processor.js'
import type {SerializedFile} from './serialize.js'
import {serializeFile} from './serialize.js'

/** One file to lint, as plain data (it may be sent to a worker thread). */
export interface LintJob {
  path: string
  cwd: string
  value: string
  config: ResolvedConfig
}

/** Lints a job; in this thread or in a worker. */
export type Executor = (job: LintJob) => Promise<SerializedFile>

/** Lint a job in this thread. */
export async function lintJob(job: LintJob): Promise<SerializedFile> {
  const file = new VFile({path: job.path, cwd: job.cwd, value: job.value})
  // The thread that read the file has checked its bytes already.
  file.data.inputChecked = true
  await lint(file, job.config)
  return serializeFile(file)
}
