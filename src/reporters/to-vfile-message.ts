import {VFileMessage} from 'vfile-message'
import type {LintMessage} from './types.js'

/**
 * A result message back as a vfile message: for vfile-reporter (`stylish`) and for
 * unified-language-server, which turns it into a diagnostic (`expected` into quick fixes).
 */
export function toVFileMessage(message: LintMessage, file?: string): VFileMessage {
  const place = {
    start: {line: message.line, column: message.column, offset: message.offset},
    end: {line: message.endLine, column: message.endColumn, offset: message.endOffset}
  }
  const result = new VFileMessage(message.message, {
    place,
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined
  })
  if (file !== undefined) result.file = file
  // vfile's `fatal`: true error, false warning, undefined info.
  result.fatal = message.severity === 2 ? true : message.severity === 1 ? false : undefined
  if (message.actual !== undefined) result.actual = message.actual
  if (message.expected !== undefined) result.expected = message.expected
  if (message.url !== undefined) result.url = message.url
  return result
}
