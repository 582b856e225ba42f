import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/**
 * A package loaded on first use. Start-up time matters for a linter run on every commit, and
 * the Markdown and HTML parsers cost about 100 ms to import; a run over plain text never needs
 * them. unified parsers are synchronous, so this uses `require`, which loads ES modules
 * synchronously on Node ≥ 20.19 (copydesk's `engines`).
 */
export function lazy<Module>(specifier: string): () => Module {
  let loaded: Module | undefined
  return () => (loaded ??= require(specifier) as Module)
}
