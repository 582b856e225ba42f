/**
 * The results every reporter formats: ESLint's result shape, which `--format json` prints as
 * is and other tools depend on. Offsets are UTF-16 indices into the file's text as read.
 */

/** 0 = info (shown, never fails), 1 = warning, 2 = error: ESLint's numbers plus info. */
export type Severity = 0 | 1 | 2

export interface LintMessage {
  ruleId: string | null
  source: string | null
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  actual?: string
  expected?: string[]
  url?: string
}

export interface LintResult {
  filePath: string
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  /** Per-rule figures (`{"quotes": {"named": 3}}`), present when a rule publishes any. */
  stats?: Record<string, Record<string, number>>
}

/** What a reporter gets besides the results. */
export interface ReportContext {
  /** Folder paths are shown relative to. */
  cwd: string
  /** Whether to use ANSI colour. */
  color: boolean
  /** Rule metadata by id, for descriptors and help links. */
  rules: ReadonlyMap<string, {description: string; url: string}>
  /** The text of a linted file as it was read, by `filePath` (for reports that show it). */
  source?: (filePath: string) => string | undefined
}

/** A formatter: pure function from results to the text to print. */
export type Formatter = (results: readonly LintResult[], context: ReportContext) => string
