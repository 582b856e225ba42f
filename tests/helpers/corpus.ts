import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The shared corpus beside the clone (`../shared/corpus`); tests may read it, copydesk never. */
export const corpusFolder = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))

export function seedText(): string {
  return readFileSync(corpusFolder + 'seed/korea-ukraine-arms.txt', 'utf8')
}

export function wikinewsNames(): string[] {
  return readdirSync(corpusFolder + 'wikinews')
    .filter((name) => name.endsWith('.txt'))
    .sort()
}

export function wikinewsText(name: string): string {
  return readFileSync(corpusFolder + 'wikinews/' + name, 'utf8')
}
