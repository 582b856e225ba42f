import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {run} from '../../src/cli/run.js'

export interface CliOutcome {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in-process, as `copydesk ...args` in `cwd`, with `stdin` as standard input. */
export async function cli(
  args: string[],
  {cwd, stdin = '', isTTY = false}: {cwd: string; stdin?: string | Buffer; isTTY?: boolean}
): Promise<CliOutcome> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const chunks = {stdout: [] as Buffer[], stderr: [] as Buffer[]}
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk))
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk))
  const code = await run(args, {cwd, stdin: Readable.from([stdin]), stdout, stderr, isTTY})
  return {
    code,
    stdout: Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: Buffer.concat(chunks.stderr).toString('utf8')
  }
}

/** A temporary folder holding `files` (path → contents). */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'copydesk-'))
  for (const [name, contents] of Object.entries(files)) {
    const full = path.join(root, name)
    mkdirSync(path.dirname(full), {recursive: true})
    writeFileSync(full, contents)
  }
  return root
}
