import {createUnifiedLanguageServer} from 'unified-language-server'
import {processor} from './processor.js'

/**
 * Start copydesk's language server on the connection named on the command line (`--stdio`).
 *
 * unified-language-server loads its processor with `import(processorName)[processorSpecifier]`
 * from the workspace. The name is this package's own processor module, by URL: a bare
 * `copydesk` would find a project's locally installed copydesk, whose package exports no
 * processor, or find nothing and log a fallback notice on every keystroke. To use a project's
 * own copydesk version, run that project's `copydesk-language-server` bin.
 *
 * `rcName`, `packageField` and `ignoreName` are deliberately not given: that engine would then
 * load `.copydeskrc*` as a unified preset and apply `.copydeskignore` a second time. Config and
 * ignore files are read only by copydesk's own engine, inside the processor (`./processor.ts`).
 */
export function startLanguageServer(): void {
  createUnifiedLanguageServer({
    processorName: new URL('processor.js', import.meta.url).href,
    processorSpecifier: 'processor',
    defaultProcessor: processor,
    // The settings section an editor sends (`copydesk.*`).
    configurationSection: 'copydesk'
  })
}
