import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'

const candidates = ['.copydeskrc', '.copydeskrc.json', '.copydeskrc.yaml', '.copydeskrc.yml']

/**
 * The `ignore` globs of the config that applies at the working directory (`--config`, or the
 * nearest config file upward), made relative to the working directory. unified-engine reads
 * configs per file and has no notion of a config that skips files, so the CLI passes these on
 * as ignore patterns. A config it cannot read is left to the engine, which reports it.
 */
export function findIgnorePatterns(cwd: string, configPath?: string): string[] {
  const found = configPath ? path.resolve(cwd, configPath) : findUp(cwd)
  if (!found) return []
  let value: unknown
  try {
    const text = readFileSync(found, 'utf8')
    value = /\.ya?ml$/.test(found) ? parseYaml(text) : JSON.parse(text)
    if (path.basename(found) === 'package.json') {
      value = (value as Record<string, unknown> | null)?.copydesk
    }
  } catch {
    return []
  }
  const ignore = (value as {ignore?: unknown} | null | undefined)?.ignore
  if (!Array.isArray(ignore)) return []
  const base = path.relative(cwd, path.dirname(found))
  return ignore
    .filter((glob): glob is string => typeof glob === 'string')
    .map((glob) => (base && !glob.startsWith('**') ? path.posix.join(base, glob) : glob))
}

function findUp(from: string): string | undefined {
  let folder = from
  for (;;) {
    for (const name of candidates) {
      const candidate = path.join(folder, name)
      if (existsSync(candidate)) return candidate
    }
    const manifest = path.join(folder, 'package.json')
    if (existsSync(manifest) && readFileSync(manifest, 'utf8').includes('"copydesk"')) {
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>
        if (parsed.copydesk !== undefined) return manifest
      } catch {
        // A broken package.json is the engine's to report.
      }
    }
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}
