import {existsSync} from 'node:fs'
import path from 'node:path'
import {minimatch} from 'minimatch'
import type {VFile} from 'vfile'
import {ruleById} from '../../rules/registry.js'
import type {LintResult} from '../reporters/types.js'
import type {ChangedFiles, ChangedLines} from '../run/changed.js'
import {ChangedError, changedFiles, touchesChangedLines} from '../run/changed.js'
import type {CliIo} from './run.js'
import type {CliSettings} from './settings.js'
import {readStdin} from './stdin.js'

export interface Inputs {
  /** What to lint: paths, folders, globs, or documents already read. */
  files: Array<string | VFile>
  /** The arguments that must each give something to lint. */
  given: string[]
  /** With `--changed-lines`: the changed lines per file. */
  changedLines?: Map<string, ChangedLines>
}

/** What to lint: standard input, the changed files, or the paths given. */
export async function gatherInputs(
  settings: CliSettings,
  io: CliIo,
  problems: string[]
): Promise<Inputs | undefined> {
  if (settings.stdinFilename) {
    const read = await readStdin(io.stdin, settings.stdinFilename, io.cwd)
    if (typeof read === 'string') problems.push(read)
    return {files: typeof read === 'string' ? [] : [read], given: []}
  }
  if (!settings.changed) return {files: settings.files, given: settings.files}

  let changed: ChangedFiles
  try {
    changed = changedFiles(io.cwd, settings.changed === true ? undefined : settings.changed)
  } catch (error) {
    if (!(error instanceof ChangedError)) throw error
    problems.push(error.message)
    return undefined
  }
  const files = [...changed.files.keys()].filter((file) =>
    withinArguments(file, settings.files, io.cwd)
  )
  return {
    files,
    given: [],
    changedLines: settings.changedLines ? changed.files : undefined
  }
}

/** Whether `file` (absolute) is one of, or inside one of, the paths or globs given. */
function withinArguments(file: string, given: readonly string[], cwd: string): boolean {
  const relative = path.relative(cwd, file).split(path.sep).join('/')
  return given.some((arg) => {
    const full = path.resolve(cwd, arg)
    if (/[*?[\]{}]/.test(arg) && !existsSync(full)) {
      return minimatch(relative, path.relative(cwd, full).split(path.sep).join('/'), {dot: true})
    }
    return file === full || !path.relative(full, file).startsWith('..')
  })
}

/** `--changed-lines`: only findings that touch changed lines; problems running stay. */
export function onChangedLines(
  results: readonly LintResult[],
  changed: ReadonlyMap<string, ChangedLines>
): LintResult[] {
  return results.map((result) => {
    const lines = changed.get(result.filePath) ?? 'all'
    const messages = result.messages.filter(
      (message) =>
        !message.ruleId ||
        !ruleById.has(message.ruleId) ||
        touchesChangedLines(lines, message.line, message.endLine)
    )
    return {
      ...result,
      messages,
      errorCount: messages.filter((message) => message.severity === 2).length,
      warningCount: messages.filter((message) => message.severity === 1).length
    }
  })
}
