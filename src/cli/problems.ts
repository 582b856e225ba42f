import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {minimatch} from 'minimatch'
import {ruleById} from '../../rules/registry.js'
import {supportedExtensions} from '../parse/input-kind.js'
import type {LintResult} from '../reporters/types.js'
import {firstLine} from './settings.js'

/**
 * Problems running copydesk, as opposed to findings: a file that is missing, unreadable or not
 * UTF-8, a bad config, a path or glob that gives nothing to lint. Each is one line on stderr
 * and makes the exit code 2; the other files are still linted and reported.
 */
export function runProblems(
  given: readonly string[],
  results: readonly LintResult[],
  cwd: string
): string[] {
  return [...new Set([...fileProblems(results, cwd), ...emptyArguments(given, results, cwd)])]
}

/** Fatal messages that are not findings of a rule. */
function fileProblems(results: readonly LintResult[], cwd: string): string[] {
  const problems: string[] = []
  for (const result of results) {
    for (const message of result.messages) {
      if (message.severity !== 2 || (message.ruleId && ruleById.has(message.ruleId))) continue
      // A bad config names itself, and may serve many files: it is printed once.
      const where = path.relative(cwd, result.filePath) || result.filePath
      const text = firstLine(message.message)
      problems.push(message.ruleId === 'config' ? text : `${where}: ${text}`)
    }
  }
  return problems
}

/** ESLint's "No files matching": a folder or glob on the command line that gave nothing. */
function emptyArguments(
  given: readonly string[],
  results: readonly LintResult[],
  cwd: string
): string[] {
  const looked = supportedExtensions.map((extension) => '.' + extension).join(', ')
  const relativePaths = results.map((result) => path.relative(cwd, result.filePath))
  const problems: string[] = []
  for (const arg of given) {
    if (arg === '-') continue
    const full = path.resolve(cwd, arg)
    if (existsSync(full)) {
      if (!statSync(full).isDirectory()) continue
      const inside = results.some(
        (result) => !path.relative(full, result.filePath).startsWith('..')
      )
      if (!inside) problems.push(`${arg}: no files to lint (${looked}, not ignored)`)
    } else if (/[*?[\]{}]/.test(arg)) {
      const pattern = path.relative(cwd, full).split(path.sep).join('/')
      const matched = relativePaths.some((relative) =>
        minimatch(relative.split(path.sep).join('/'), pattern, {dot: true, matchBase: false})
      )
      if (!matched) problems.push(`${arg}: no files match`)
    }
  }
  return problems
}
