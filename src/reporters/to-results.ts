import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import type {LintMessage, LintResult, Severity} from './types.js'

/** vfile's `fatal`: `true` error, `false` warning, `undefined` info. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 2 : message.fatal === false ? 1 : 0
}

/** Turn processed files into results: no syntax trees, positions as offsets too. */
export function toResults(files: readonly VFile[], cwd: string): LintResult[] {
  return files.map((file) => toResult(file, cwd))
}

function toResult(file: VFile, cwd: string): LintResult {
  const place = location(file)
  const messages = [...file.messages].sort(compareMessages).map((message): LintMessage => {
    const start = message.place && 'start' in message.place ? message.place.start : message.place
    const end = message.place && 'end' in message.place ? message.place.end : start
    const line = start?.line ?? 1
    const column = start?.column ?? 1
    const endLine = end?.line ?? line
    const endColumn = end?.column ?? column
    const offset = start?.offset ?? place.toOffset({line, column}) ?? 0
    const endOffset = end?.offset ?? place.toOffset({line: endLine, column: endColumn}) ?? offset
    const {reason, ruleId} = describe(message)
    const result: LintMessage = {
      ruleId: ruleId ?? message.ruleId ?? null,
      source: ruleId ? 'copydesk' : (message.source ?? null),
      severity: severityOf(message),
      message: reason,
      line,
      column,
      endLine,
      endColumn,
      offset,
      endOffset
    }
    if (message.actual !== undefined) result.actual = message.actual
    if (message.expected !== undefined) result.expected = message.expected
    if (message.url !== undefined) result.url = message.url
    return result
  })

  const result: LintResult = {
    filePath: file.path ? path.resolve(cwd, file.path) : '<text>',
    messages,
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length
  }
  const stats = file.data.stats
  if (stats && Object.keys(stats).length > 0) result.stats = stats
  return result
}

function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

const configProblem = /^Cannot parse (?:given )?file `(.+)`$/

/**
 * unified-engine wraps what goes wrong with a file as "Cannot process file", with the error as
 * `cause`; a bad config is wrapped once more as "Cannot parse file `<config>`". Unwrap them
 * into one clear reason that names the config file and the problem.
 */
function describe(message: VFileMessage): {reason: string; ruleId?: string} {
  if (message.reason !== 'Cannot process file' || !(message.cause instanceof Error)) {
    return {reason: message.reason}
  }
  const error = message.cause
  const config = configProblem.exec(error.message)
  if (config) {
    return {reason: `${config[1]}: ${innermost(error).message}`, ruleId: 'config'}
  }
  return {reason: error.message}
}

function innermost(error: Error): Error {
  let current = error
  while (current.cause instanceof Error) current = current.cause
  return current
}
