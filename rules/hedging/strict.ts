/**
 * `strict: true` adds the `hedges` and `weasels` lists (wooorm's, as retext-intensify uses
 * them). They are loaded when present: they are not among copydesk's own dependencies.
 */
async function list(name: 'hedges' | 'weasels'): Promise<readonly string[]> {
  try {
    const module = (await import(name)) as Record<string, unknown>
    const words = module[name]
    return Array.isArray(words) ? (words as string[]) : []
  } catch {
    return []
  }
}

export const strictPhrases: readonly string[] = [
  ...new Set([...(await list('hedges')), ...(await list('weasels'))])
]
