/**
 * How a copydesk rule is declared: ESLint's "meta + create" on top of unified-lint-rule.
 * The meta drives config validation, `--help`, the SARIF rule descriptors and the docs URL;
 * the rule function only reads the tree and the shared analyses and reports.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {AnalysisName} from './analysis/index.js'
import {scopedTree} from './analysis/structure/scope.js'
import type {RuleScope} from './analysis/structure/types.js'

export type SeverityLabel = 'off' | 'warn' | 'error'

/** The type of one rule option, as config validation and `--help` read it. */
export type OptionSpec =
  | {type: 'number'; description: string; default?: number; min?: number; max?: number}
  | {type: 'integer'; description: string; default?: number; min?: number; max?: number}
  | {type: 'boolean'; description: string; default?: boolean}
  | {type: 'string'; description: string; default?: string; enum?: readonly string[]}
  | {type: 'string[]'; description: string; default?: readonly string[]}

export interface RuleMeta {
  /** Stable rule id: the `ruleId` of every message, the key in config files. */
  id: string
  /** One line: what the rule catches. */
  description: string
  /** Severity under the `recommended` preset. */
  defaultSeverity: SeverityLabel
  /** Where the rule reports: body prose, the whole article, or the whole file. */
  scope: RuleScope
  /** The rule's options, by name. */
  options: Readonly<Record<string, OptionSpec>>
  /**
   * The shared analyses the rule reads besides structure and repeats (default: none). Only
   * the analyses some rule that is on reads are run.
   */
  analyses?: readonly AnalysisName[]
}

/** What a rule config holds: `"warn"`, or `["error", {...options}]`. */
export type RuleConfig = SeverityLabel | [SeverityLabel] | [SeverityLabel, Record<string, unknown>]

export interface Rule {
  meta: RuleMeta & {url: string}
  /** The unified plugin; takes a `RuleConfig`. */
  plugin: Plugin<[RuleConfig?], NlcstRoot>
}

/** Where each rule's documentation lives. */
export const docsBase = 'https://github.com/copydesk/copydesk/blob/main/rules/'

/**
 * `make()` (which reports a message) with no stack trace captured. A VFileMessage is an
 * Error, so V8 captures a stack for each one, which vfile-message then replaces with `''`:
 * the capture is wasted, and deep in the unified pipeline it cost the `passive` rule about
 * 0.12× a bare parse of the corpus, as much as the rest of the rule. Only the message is
 * made this way, never a rule's whole body: a real error must keep its stack.
 */
export function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Messages a rule reports as `info`: severity 0, shown but never failing the run. */
const infoMessages = new WeakSet<VFileMessage>()

/**
 * Declare a rule. `check` receives the tree already narrowed to the rule's scope (body
 * paragraphs, article, or whole file) and the options merged over the declared defaults.
 * Messages it creates with `file.info()` stay `info` whatever the rule's severity:
 * unified-lint-rule sets `fatal` on every message, so they are restored afterwards.
 */
export function defineRule<Options extends object>(
  meta: RuleMeta,
  check: (tree: NlcstRoot, file: VFile, options: Options) => undefined | void
): Rule {
  const url = docsBase + meta.id + '/README.md'
  const defaults = Object.fromEntries(
    Object.entries(meta.options)
      .filter(([, spec]) => spec.default !== undefined)
      .map(([name, spec]) => [name, spec.default])
  )

  const lint = lintRule<NlcstRoot, Partial<Options>>(
    {origin: 'copydesk:' + meta.id, url},
    function (tree, file, options) {
      const before = file.messages.length
      const structure = file.data.structure
      const scoped = structure
        ? scopedTree(
            tree,
            structure,
            meta.scope,
            file.data.repeats?.skip,
            (file.data.scopes ??= new Map())
          )
        : tree
      check(scoped, file, {...defaults, ...options} as Options)
      for (const message of file.messages.slice(before)) {
        if (message.fatal === undefined) infoMessages.add(message)
      }
    }
  )

  const plugin: Plugin<[RuleConfig?], NlcstRoot> = function (config) {
    // unified-lint-rule's plugin typing accepts its own config shapes, of which ours is one.
    const transform = lint.call(this, config as Parameters<typeof lint>[0]) as
      Transformer<NlcstRoot, NlcstRoot> | undefined
    if (!transform) return
    return function (tree, file, next) {
      const before = file.messages.length
      transform(tree, file, function (error) {
        // Only this rule's messages: the ones added since it started.
        for (const message of file.messages.slice(before)) {
          if (infoMessages.has(message)) message.fatal = undefined
        }
        next(error)
      })
    }
  }
  Object.defineProperty(plugin, 'name', {value: 'copydesk:' + meta.id})

  return {meta: {...meta, url}, plugin}
}
