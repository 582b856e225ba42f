import path from 'node:path'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {toVFileMessage} from './to-vfile-message.js'
import type {Formatter, LintResult} from './types.js'

/**
 * `--format stylish` (default): vfile-reporter's report, grouped by file with a summary
 * line. Results are turned back into vfiles so every format starts from the same results.
 */
export const stylish: Formatter = (results, context) => {
  const files = results.map((result) => toVFile(result, context.cwd))
  const report = reporter(files, {color: context.color, defaultName: '<stdin>'})
  const figures = results.flatMap((result, index) => statsLine(result, files[index]!.path))
  const text = [report, ...figures].filter(Boolean).join('\n')
  return text ? text + '\n' : ''
}

/**
 * Per-file figures rules publish, `a.txt: quote-attribution: quotes 4, named 3, …`, for the
 * rules that reported something in that file: a terminal shows figures where there is
 * something to act on; `--format json` has them all.
 */
function statsLine(result: LintResult, name: string): string[] {
  const reported = new Set(result.messages.map((message) => message.ruleId))
  return Object.entries(result.stats ?? {})
    .filter(([ruleId]) => reported.has(ruleId))
    .map(
      ([ruleId, figures]) =>
        `${name || '<stdin>'}: ${ruleId}: ` +
        Object.entries(figures)
          .map(([key, value]) => `${key} ${value}`)
          .join(', ')
    )
}

function toVFile(result: LintResult, cwd: string): VFile {
  const file = new VFile({path: path.relative(cwd, result.filePath) || result.filePath})
  for (const message of result.messages) file.messages.push(toVFileMessage(message, file.path))
  return file
}
