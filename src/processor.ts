import type {Root as NlcstRoot} from 'nlcst'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Compatible} from 'vfile'
import type {ResolvedConfig} from './config/types.js'
import {resolveConfig} from './config/resolve.js'
import {copydeskLint} from './lint.js'
import {copydeskCheckInput, copydeskParse} from './parse/index.js'

/**
 * The processor unified-engine runs for every file: the copydesk parser only. The linter
 * (`copydeskLint`) is attached per file from its resolved config. There is no compiler:
 * copydesk never writes the files it reads. With `parse: false` the parser only checks that
 * the input is text, for the CLI, which parses where it lints (`run/delegate.ts`).
 */
export function createProcessor(options: {parse?: boolean} = {}): Processor<NlcstRoot> {
  return unified().use(options.parse === false ? copydeskCheckInput : copydeskParse)
}

/**
 * Lint one document in memory. `file` may be a path-carrying VFile (its extension picks the
 * parser) or a string (plain text). Returns the file with its messages.
 */
export async function lint(file: Compatible, config?: ResolvedConfig): Promise<VFile> {
  const vfile = file instanceof VFile ? file : new VFile(file)
  const processor = createProcessor().use(copydeskLint, config ?? resolveConfig({}))
  const tree = processor.parse(vfile)
  await processor.run(tree, vfile)
  return vfile
}
