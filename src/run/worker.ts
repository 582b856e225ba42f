/** Worker-thread entry (tinypool): lints a batch of jobs, returning their findings as data. */
import type {LintJob} from './job.js'
import {lintJob} from './job.js'
import type {SerializedFile} from './serialize.js'

export default async function lintBatch(jobs: readonly LintJob[]): Promise<SerializedFile[]> {
  const results: SerializedFile[] = []
  for (const job of jobs) results.push(await lintJob(job))
  return results
}
