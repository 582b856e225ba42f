/**
 * Page chrome around a corpus article, for the `duplicate-block` chrome test: navigation,
 * bylines, widget counters and link boxes made from the seed's chrome and the corpus
 * headlines, some boxes repeated later in the page the way scrapers save them, with the
 * variations they introduce (another heading, other bullets and indentation, blank lines,
 * `&nbsp` for a no-break space, curly for straight quotes, capitals). Deterministic: the same
 * seed gives the same page.
 */

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** A repeat planted in the page: where its copy is, and where the original. */
export interface Planted {
  kind: 'box' | 'caption'
  /** Offsets of the copy's repeated text (heading excluded, since it may differ). */
  start: number
  end: number
  originalStart: number
  originalEnd: number
}

export interface Page {
  text: string
  planted: Planted[]
}

const navigation = [
  'Quick access to main page (top) Direct access to main contents Quick access to main page (bottom)',
  'Home | World | Politics | Business | Sports | Opinion',
  'Skip to content   Menu   Search'
]
const headings = [
  '[DEBATE] Latest Stories',
  'Weekly Best Articles',
  'You May Also Like',
  'Popular Now',
  'Must-Reads',
  'Most Read',
  "Editor's Picks",
  'More From This Section'
]
const categories = ['LATEST', 'SPORTS', 'BUSINESS', 'ASIA', 'WORLD', 'TECH']
const credits = ['Yonhap News', 'Reuters', 'AP Photo', 'Getty Images']

/** Wrap `article` (headline line, blank line, paragraphs) in chrome made from `headlines`. */
export function wrapInChrome(article: string, headlines: readonly string[], seed: number): Page {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const chance = (p: number) => next() < p

  const [headline, ...rest] = article.trim().split('\n')
  const body = rest.join('\n').trim()
  let text = ''
  const planted: Planted[] = []
  const write = (part: string) => {
    const start = text.length
    text += part
    return start
  }

  write(pick(navigation) + '\n\n' + headline + '\n\n')
  write('Daniel Kim Views' + (chance(0.5) ? '\u00a0' : '') + '\n\n')
  if (chance(0.5)) {
    const credit = pick(credits)
    const originalStart = write(credit)
    write('\n')
    const start = write(credit)
    planted.push({
      kind: 'caption',
      start,
      end: start + credit.length,
      originalStart,
      originalEnd: originalStart + credit.length
    })
    write('\n\n')
  }
  write(body + '\n\n')
  write('Daniel Kim\ncontent@viewusglobal.com\n\nComments0\n\n300\n\nComments0\n\n')

  // Two to four boxes; one or two of them come again later, varied.
  const boxes = Array.from({length: 2 + Math.floor(next() * 3)}, () => makeBox())
  const repeated = new Set<number>([Math.floor(next() * boxes.length)])
  if (chance(0.5)) repeated.add(Math.floor(next() * boxes.length))
  const order: {box: Box; copy: boolean}[] = boxes.map((box) => ({box, copy: false}))
  for (const index of repeated) {
    // Anywhere after the original.
    const after = order.findIndex((entry) => entry.box === boxes[index] && !entry.copy)
    const at = after + 1 + Math.floor(next() * (order.length - after))
    order.splice(at, 0, {box: boxes[index]!, copy: true})
  }
  const written = new Map<Box, {start: number; end: number}>()
  for (const {box, copy} of order) {
    const heading = copy && chance(0.5) ? pick(headings) : box.heading
    write((copy && chance(0.3) ? heading.toUpperCase() : heading) + '\n\n')
    const items = copy ? box.items.map((item) => vary(item)) : box.items
    const separator = box.style === 'list' && copy && chance(0.5) ? '\n\n' : '\n'
    // The repeated text without the white space around it, where a finding starts and ends.
    const joined = items.join(separator)
    const start = text.length + (joined.length - joined.trimStart().length)
    const end = text.length + joined.trimEnd().length
    write(joined + '\n\n')
    if (!copy) written.set(box, {start, end})
    else {
      const original = written.get(box)!
      planted.push({
        kind: 'box',
        start,
        end,
        originalStart: original.start,
        originalEnd: original.end
      })
    }
  }
  return {text: text.trimEnd(), planted}

  interface Box {
    heading: string
    style: 'list' | 'numbered'
    items: string[]
  }

  function makeBox(): Box {
    const style = chance(0.5) ? 'list' : 'numbered'
    const count = 3 + Math.floor(next() * 10)
    const items = Array.from({length: count}, (_, index) => {
      const title = pick(headlines)
      if (style === 'list') return '  \u2022 ' + title
      const category = pick(categories) + (chance(0.5) ? '\u00a0' : '&nbsp')
      return `  \u2022 ${index + 1}\n    ${title}\n\n    ${category}\n`
    })
    return {heading: pick(headings), style, items}
  }

  /** One item as a scraper may save it the second time. */
  function vary(item: string): string {
    let result = item
    const space = next()
    if (space < 0.3) result = result.replace('\u00a0', '&nbsp')
    else if (space < 0.6) result = result.replace('&nbsp', '\u00a0')
    if (chance(0.3)) result = result.replace(/'/g, '\u2019').replace(/"/g, '\u201c')
    if (chance(0.3)) result = result.replace(/^ {2}\u2022 (?!\d)/, pick(['- ', '* ', '\u2022 ']))
    if (chance(0.3)) result = result.replace(/ +/g, (spaces) => spaces + ' ')
    return result
  }
}
