import {readFileSync} from 'node:fs'

/**
 * copydesk's version, from its package.json. The module runs from `src/` under vitest and from
 * `dist/src/` when installed, so look in both places above it.
 */
function readVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as {
        name?: string
        version?: string
      }
      if (manifest.name === 'copydesk' && manifest.version) return manifest.version
    } catch {
      // Not there: try the next place.
    }
  }
  return '0.0.0'
}

export const version = readVersion()
