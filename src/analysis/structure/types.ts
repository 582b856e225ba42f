/**
 * Document structure: which parts of a file are the article and which are page chrome.
 * Computed once per file by `analyzeStructure` and stored on `file.data.structure`.
 */

/** Parts of the article itself. */
export type ArticleKind =
  'headline' | 'standfirst' | 'byline' | 'dateline' | 'caption' | 'subhead' | 'body'

/** Parts of the page around the article. */
export type ChromeKind = 'navigation' | 'widget' | 'link-list' | 'related' | 'footer' | 'chrome'

export type BlockKind = ArticleKind | ChromeKind

/** One block of the document: a paragraph, heading, list item or run of lines. */
export interface Block {
  kind: BlockKind
  /** UTF-16 offset of the block's first character in the file. */
  start: number
  /** UTF-16 offset just after the block's last character. */
  end: number
  /** 1-based line of `start`. */
  startLine: number
  /** 1-based line of the block's last character. */
  endLine: number
}

export interface DocumentStructure {
  /** Blocks in document order, not overlapping. */
  blocks: Block[]
}

/** Where a rule reports: the body prose, the whole article, or the whole file. */
export type RuleScope = 'body' | 'article' | 'document'
