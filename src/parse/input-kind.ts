import type {InputKind} from '../data.js'

/** Extensions copydesk reads, and the parser each one gets. */
export const inputKinds: Readonly<Record<string, InputKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html'
}

/** Extensions without the dot, as unified-engine wants them. */
export const supportedExtensions = Object.keys(inputKinds).map((ext) => ext.slice(1))

/** The input kind for a file extension (with dot); plain text when unknown. */
export function inputKindOf(extname: string | undefined): InputKind {
  return (extname && inputKinds[extname.toLowerCase()]) || 'text'
}
