/**
 * `--changed`: the files a branch changed, from git. Runs git itself (no git library: three
 * plumbing commands do it) and refuses, with a clear reason, whatever would make the answer
 * wrong: no repository, a base that does not resolve, a shallow clone without the merge base.
 */
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {inputKinds} from '../parse/input-kind.js'

/** A problem finding changed files: one line for stderr, exit code 2. */
export class ChangedError extends Error {}

/** 1-based line ranges, inclusive, of a file's added or changed lines; `all` for new files. */
export type ChangedLines = 'all' | Array<[number, number]>

export interface ChangedFiles {
  /** The base the changes are relative to (a commit). */
  base: string
  /** Absolute paths of added, modified, renamed and untracked supported files. */
  files: Map<string, ChangedLines>
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

/** Changed files relative to the merge base of HEAD and `base` (default `origin/HEAD`). */
export function changedFiles(cwd: string, base = 'origin/HEAD'): ChangedFiles {
  let top: string
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim()
  } catch {
    throw new ChangedError('--changed: not inside a git repository')
  }
  try {
    git(top, ['rev-parse', '--verify', '--quiet', base + '^{commit}'])
  } catch {
    throw new ChangedError(
      `--changed: cannot resolve ${base}` +
        (base === 'origin/HEAD'
          ? ' (no remote HEAD: pass the base, as in --changed=main)'
          : ' (fetch it, or check the name)')
    )
  }
  let mergeBase: string
  try {
    mergeBase = git(top, ['merge-base', 'HEAD', base]).trim()
  } catch {
    throw new ChangedError(
      `--changed: no merge base of HEAD and ${base} (a shallow checkout? fetch with fetch-depth: 0)`
    )
  }

  const files = new Map<string, ChangedLines>()
  const supported = (file: string) => path.extname(file).toLowerCase() in inputKinds
  // Tracked files, working tree against the merge base: added, copied, modified, renamed
  // (the new name), type-changed; deleted ones are skipped.
  const status = git(top, ['diff', '--name-only', '-z', '-M', '--diff-filter=ACMRT', mergeBase])
  const changedLines = lineRanges(git(top, ['diff', '-U0', '-M', '--no-color', mergeBase]))
  for (const file of status.split('\0')) {
    if (file && supported(file)) files.set(path.join(top, file), changedLines.get(file) ?? [])
  }
  // New files not yet added to git.
  for (const file of git(top, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) {
    if (file && supported(file)) files.set(path.join(top, file), 'all')
  }
  return {base: mergeBase, files}
}

/** Added line ranges per file (path relative to the repository), from `git diff -U0`. */
export function lineRanges(diff: string): Map<string, Array<[number, number]>> {
  const result = new Map<string, Array<[number, number]>>()
  let current: Array<[number, number]> | undefined
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      // git ends a name that has a space with a tab.
      const name = line.slice(4).replace(/\t$/, '')
      current = []
      if (name !== '/dev/null') result.set(unquote(name).replace(/^b\//, ''), current)
      continue
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk && current) {
      const start = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      // A hunk that only deletes adds no line to the new file.
      if (count > 0) current.push([start, start + count - 1])
    }
  }
  return result
}

/** git quotes paths with unusual characters as C strings ("b/caf\303\251.md"). */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name
  const bytes: number[] = []
  const body = name.slice(1, -1)
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!
    if (char !== '\\') {
      bytes.push(...Buffer.from(char))
      continue
    }
    const next = body[++index]!
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(index, index + 3), 8))
      index += 2
    } else {
      const escapes: Record<string, string> = {n: '\n', t: '\t', '"': '"', '\\': '\\'}
      bytes.push(...Buffer.from(escapes[next] ?? next))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** Whether a finding on lines `line`–`endLine` touches the changed lines. */
export function touchesChangedLines(lines: ChangedLines, line: number, endLine: number): boolean {
  if (lines === 'all') return true
  return lines.some(([start, end]) => line <= end && endLine >= start)
}
