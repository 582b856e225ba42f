import type {LintMessage, LintResult} from '../../src/reporters/types.js'

/** A finding with every field filled in; `fields` override the defaults. */
export function message(fields: Partial<LintMessage> & Pick<LintMessage, 'ruleId'>): LintMessage {
  return {
    source: fields.ruleId === null ? null : 'copydesk',
    severity: 1,
    message: 'Something to fix',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    ...fields
  }
}

/** A result for `filePath` with counts that agree with `messages`. */
export function result(filePath: string, messages: LintMessage[]): LintResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length
  }
}
