import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * copydesk's version: from the nearest `package.json` named `copydesk` above this module,
 * which runs from `src/` under vitest and from `dist/src/` when built or installed.
 */
function findVersion(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
        name?: unknown
        version?: unknown
      }
      if (manifest.name === 'copydesk' && typeof manifest.version === 'string') {
        return manifest.version
      }
    } catch {
      // No readable package.json here: look further up.
    }
    const parent = path.dirname(folder)
    if (parent === folder) return '0.0.0'
    folder = parent
  }
}

export const version = findVersion()
