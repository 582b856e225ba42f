/**
 * `--cache`: findings per file, keyed on the file's content, copydesk's version and the
 * resolved config, so that a change to any of them lints the file again. Unlike textlint,
 * files WITH findings are cached too: their findings are replayed.
 */
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import type {ResolvedConfig} from '../config/types.js'
import {version} from '../version.js'
import type {SerializedFile} from './serialize.js'

interface CacheEntry {
  key: string
  file: SerializedFile
}

interface CacheData {
  copydesk: string
  files: Record<string, CacheEntry>
}

export class LintCache {
  private readonly entries: Map<string, CacheEntry>
  /** Number of files answered from the cache in this run. */
  hits = 0

  private constructor(
    readonly location: string,
    entries: Record<string, CacheEntry>
  ) {
    this.entries = new Map(Object.entries(entries))
  }

  /** Load the cache at `location`; a missing, unreadable or foreign file is an empty cache. */
  static load(location: string): LintCache {
    try {
      const data = JSON.parse(readFileSync(location, 'utf8')) as Partial<CacheData>
      if (data.copydesk === version && data.files && typeof data.files === 'object') {
        return new LintCache(location, data.files)
      }
    } catch {
      // No cache yet, or one we cannot read: start afresh.
    }
    return new LintCache(location, {})
  }

  static key(value: string, config: ResolvedConfig): string {
    return createHash('sha256')
      .update(version)
      .update('\0')
      .update(JSON.stringify(config))
      .update('\0')
      .update(value)
      .digest('hex')
  }

  get(path: string, key: string): SerializedFile | undefined {
    const entry = this.entries.get(path)
    if (entry?.key !== key) return undefined
    this.hits++
    return entry.file
  }

  set(path: string, key: string, file: SerializedFile): void {
    this.entries.set(path, {key, file})
  }

  /** Write the cache: this run's entries, and those of files it did not lint. */
  save(): void {
    const data: CacheData = {copydesk: version, files: Object.fromEntries(this.entries)}
    writeFileSync(this.location, JSON.stringify(data))
  }
}
