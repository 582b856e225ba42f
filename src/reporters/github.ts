import path from 'node:path'
import type {Formatter, LintMessage, Severity} from './types.js'

const commands: Record<Severity, string> = {2: 'error', 1: 'warning', 0: 'notice'}

/**
 * `--format github`: one GitHub Actions workflow command per message
 * (`::warning file=…,line=…,endLine=…,col=…,endColumn=…,title=…::…`), which the runner turns
 * into annotations on the files. `file` is relative to `context.cwd`; the title is the rule
 * id, or `copydesk` for a message without one. Columns are left out when a message spans
 * lines, as the runner takes them only for a single-line annotation.
 */
export const github: Formatter = (results, context) => {
  let output = ''
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd)
    for (const message of result.messages) output += command(file, message) + '\n'
  }
  return output
}

function command(file: string, message: LintMessage): string {
  const properties: Array<[string, string | number]> = [
    ['file', file],
    ['line', message.line],
    ['endLine', message.endLine]
  ]
  if (message.line === message.endLine) {
    properties.push(['col', message.column], ['endColumn', message.endColumn])
  }
  properties.push(['title', message.ruleId ?? 'copydesk'])
  const list = properties.map(([key, value]) => key + '=' + escapeProperty(String(value)))
  return (
    '::' + commands[message.severity] + ' ' + list.join(',') + '::' + escapeData(message.message)
  )
}

/** A file's path relative to `cwd`, with forward slashes. */
function displayPath(filePath: string, cwd: string): string {
  const absolute = path.resolve(cwd, filePath)
  return (path.relative(cwd, absolute) || absolute).split(path.sep).join('/')
}

/** Escape a command's message, as `@actions/core` does. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a command property's value, as `@actions/core` does. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
