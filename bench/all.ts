/**
 * `npm run bench`: the whole-pipeline throughput (`throughput.ts`), then each part's own cost
 * and each feature's cost goal (`stages.ts`), each in its own process (so that the second
 * does not pay for the first one's garbage) and with the same flags (--rounds, --limit,
 * --corpus, --json; with --json, two JSON documents one after the other).
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
for (const script of ['throughput.js', 'stages.js']) {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', path.join(here, script), ...process.argv.slice(2)],
    {stdio: 'inherit'}
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
}
