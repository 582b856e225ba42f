/**
 * `--format html` in a real browser: Playwright (`playwright-core`, which downloads no
 * browser) driving Debian's Chromium (`apt-get install -y chromium`), headless, each page in
 * a fresh context. The reports are written with the CLI, in-process, and opened from disk.
 * Screenshots, PDFs and the reports themselves go to `test-results/` (not committed).
 *
 * Without Chromium these tests are skipped with a message, except when `CI` is set: there a
 * missing browser fails the run.
 */
import {accessSync, constants, mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {chromium} from 'playwright-core'
import type {TestContext} from 'vitest'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {LintResult} from '../src/reporters/types.js'
import {cli, folderWith} from './helpers/cli.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'test-results')
const seed = 'samples/korea-ukraine-arms.txt'

const missing =
  "Chromium not found: install Debian's chromium (apt-get install -y chromium) " +
  'or set CHROMIUM_PATH to a Chromium binary'
const executablePath = findChromium()
let browser: Browser | undefined

beforeAll(async () => {
  if (!executablePath) {
    if (process.env.CI) throw new Error(`${missing} (required when CI is set)`)
    console.warn(`report-browser tests skipped. ${missing}.`)
    return
  }
  mkdirSync(outDir, {recursive: true})
  // `launch` (not a persistent context) starts from a fresh, temporary profile every time.
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** `chromium` on the PATH (Debian's package), or `CHROMIUM_PATH`. */
function findChromium(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'chromium'))
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

interface Opened {
  page: Page
  console: string[]
  dialogs: string[]
  errors: string[]
  requests: string[]
  close: () => Promise<void>
}

/** Open a report from disk in a fresh context, recording what the page says and asks. */
async function open(context: TestContext, file: string): Promise<Opened> {
  if (!browser) context.skip(missing)
  const browserContext = await browser.newContext({viewport: {width: 1280, height: 900}})
  const page = await browserContext.newPage()
  const opened: Opened = {
    page,
    console: [],
    dialogs: [],
    errors: [],
    requests: [],
    close: () => browserContext.close()
  }
  page.on('console', (message) => opened.console.push(`${message.type()}: ${message.text()}`))
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => opened.errors.push(error.message))
  page.on('request', (request) => opened.requests.push(request.url()))
  await page.goto(pathToFileURL(file).href)
  return opened
}

/** Each finding's highlighted text, by finding id (`f0-3`): its pieces joined in order. */
const highlightsScript = `(() => {
  const texts = {}
  for (const part of document.querySelectorAll('.hl[data-f]')) {
    texts[part.dataset.f] = (texts[part.dataset.f] || '') + part.textContent
  }
  return texts
})()`

/** Each file's text as shown, without the report's own labels and links. */
const shownTextScript = `[...document.querySelectorAll('.src')].map((source) => {
  const copy = source.cloneNode(true)
  for (const ui of copy.querySelectorAll('.tag,.copylink,.origin')) ui.remove()
  return copy.textContent
})`

/** Pairs of findings (`f0-1 f0-2`) that mark the same piece of text. */
const nestedScript = `(() => {
  const pairs = new Set()
  for (const inner of document.querySelectorAll('.hl .hl')) {
    for (let outer = inner.parentElement.closest('.hl'); outer; outer = outer.parentElement.closest('.hl')) {
      pairs.add(outer.dataset.f + ' ' + inner.dataset.f)
      pairs.add(inner.dataset.f + ' ' + outer.dataset.f)
    }
  }
  return [...pairs]
})()`

/** Check every finding of `results` against the report open in `page`. */
async function expectHighlights(
  page: Page,
  results: readonly LintResult[],
  sources: readonly string[]
): Promise<void> {
  const highlights = await page.evaluate<Record<string, string>>(highlightsScript)
  const shown = await page.evaluate<string[]>(shownTextScript)
  expect(shown).toEqual(sources)
  for (const [fileIndex, result] of results.entries()) {
    const source = sources[fileIndex]!
    expect(await page.locator(`#file-${fileIndex} .tag`).count()).toBe(result.messages.length)
    for (const [index, message] of result.messages.entries()) {
      const where = `${result.filePath}:${message.line}:${message.column} ${message.ruleId}`
      expect(highlights[`f${fileIndex}-${index}`] ?? '', where).toBe(
        source.slice(message.offset, message.endOffset)
      )
      expect(await page.locator(`#f${fileIndex}-${index}`).textContent(), where).toBe(
        message.ruleId
      )
    }
  }
}

/** Lines `start`–`end` (1-based) of `text`, without white space around them. */
function lines(text: string, start: number, end: number): string {
  return text
    .split(/\r\n|\n|\r/)
    .slice(start - 1, end)
    .join('\n')
    .trim()
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate<string>('document.activeElement ? document.activeElement.id : ""')
}

/** Press `key` until a finding's mark in the text has focus; its id. */
async function tabTo(page: Page, key: string): Promise<string> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press(key)
    const id = await focusedId(page)
    if (/^f0-\d+$/.test(id)) return id
  }
  return ''
}

describe('the HTML report of the seed article', () => {
  const report = path.join(outDir, 'report-seed.html')
  const source = readFileSync(path.join(root, seed), 'utf8')
  let result: LintResult

  beforeAll(async () => {
    mkdirSync(outDir, {recursive: true})
    const json = await cli(['--format', 'json', seed], {cwd: root})
    result = (JSON.parse(json.stdout) as LintResult[])[0]!
    const html = await cli(['--format', 'html', '--output', report, seed], {cwd: root})
    expect(html.stderr).toBe('')
    expect(html.code).toBe(json.code)
  })

  it('marks every finding over exactly its text, and shows the text as written', async (context) => {
    const {page, console, errors, requests, close} = await open(context, report)
    expect(result.messages.length).toBeGreaterThan(20)
    await expectHighlights(page, [result], [source])

    // Overlapping findings (an anonymous source inside a hard sentence) are both marked.
    const nested = new Set(await page.evaluate<string[]>(nestedScript))
    const overlaps: string[] = []
    result.messages.forEach((a, i) => {
      result.messages.forEach((b, j) => {
        if (i < j && a.offset < b.endOffset && b.offset < a.endOffset) {
          overlaps.push(`f0-${i} f0-${j}`)
        }
      })
    })
    expect(overlaps.length).toBeGreaterThan(0)
    for (const pair of overlaps) expect(nested.has(pair), pair).toBe(true)

    // The report's own script ran under its CSP; nothing was blocked, nothing fetched.
    expect(await page.evaluate<string | undefined>('document.documentElement.dataset.ready')).toBe(
      'true'
    )
    expect(console).toEqual([])
    expect(errors).toEqual([])
    expect(requests).toEqual([pathToFileURL(report).href])
    await close()
  })

  it('shows message, rule, severity and fix on focus and hover', async (context) => {
    const {page, close} = await open(context, report)
    const index = result.messages.findIndex((message) => message.expected?.[0]?.trim())
    const message = result.messages[index]!
    await page.locator(`#f0-${index}`).focus()
    const tip = page.locator('#tip')
    expect(await tip.isVisible()).toBe(true)
    const text = (await tip.textContent()) ?? ''
    expect(text).toContain(message.message)
    expect(text).toContain(message.ruleId!)
    expect(text).toContain(['info', 'warning', 'error'][message.severity])
    expect(text).toContain(`Fix: replace with ${message.expected![0]}`)
    // Screen readers get the same through aria-describedby.
    const described = await page.locator(`#f0-${index}`).getAttribute('aria-describedby')
    expect(await page.locator(`#${described!}`).textContent()).toContain(message.message)

    await page.keyboard.press('Escape')
    expect(await tip.isVisible()).toBe(false)

    // Pointing at text that several findings mark shows each of them.
    const nested = page.locator('.hl .hl').filter({hasText: /\S/}).first()
    const outer = nested.locator('xpath=ancestor::span[contains(concat(" ", @class, " "), " hl ")]')
    const covering = [
      ...(await Promise.all((await outer.all()).map((part) => part.getAttribute('data-f')))),
      await nested.getAttribute('data-f')
    ]
    expect(covering.length).toBeGreaterThanOrEqual(2)
    await nested.hover()
    expect(await tip.locator('.detail').count()).toBe(covering.length)
    const shown = (await tip.textContent()) ?? ''
    for (const id of covering) {
      expect(shown).toContain(result.messages[Number(id!.split('-')[1])]!.message)
    }

    await page.mouse.move(0, 0)
    await page.evaluate('window.scrollTo(0, document.getElementById("h-0").offsetTop - 8)')
    await page.locator(`#f0-${index}`).focus()
    await page.screenshot({path: path.join(outDir, 'report-seed.png')})
    await close()
  })

  it('is keyboard navigable: Tab through findings, Enter to the list and back', async (context) => {
    const {page, close} = await open(context, report)
    // The marks come in the order of the findings, after the summary's links.
    const first = await tabTo(page, 'Tab')
    expect(first).toBe('f0-0')
    const index = 0
    expect(await page.locator('#tip').textContent()).toContain(result.messages[index]!.message)
    // Tab reaches the next finding (after any link to a first copy), Shift+Tab comes back.
    expect(await tabTo(page, 'Tab')).toBe(`f0-${index + 1}`)
    expect(await tabTo(page, 'Shift+Tab')).toBe(first)

    await page.locator('#f0-1').focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction('document.activeElement && document.activeElement.id === "l0-1"')
    expect(new URL(page.url()).hash).toBe('#l0-1')
    await page.keyboard.press('Enter')
    await page.waitForFunction('document.activeElement && document.activeElement.id === "f0-1"')
    expect(new URL(page.url()).hash).toBe('#f0-1')
    await close()
  })

  it('links each repeated block to its first copy, and back', async (context) => {
    const {page, close} = await open(context, report)
    const repeats = result.messages.flatMap((message, index) =>
      message.ruleId === 'duplicate-block' ? [{message, index}] : []
    )
    expect(repeats.length).toBeGreaterThan(0)
    for (const {message, index} of repeats) {
      const [, start, end = start] = /lines? (\d+)(?:–(\d+))?/.exec(message.message)!
      const target = `c0-${start}-${end}`
      await page.locator(`#f0-${index} + a.copylink`).click()
      await page.waitForFunction(`document.activeElement.id === ${JSON.stringify(target)}`)
      expect(new URL(page.url()).hash).toBe(`#${target}`)
      expect(await page.locator(`#${target}`).isVisible()).toBe(true)
      const copy = await page.locator(`.orig[data-o="${target}"]`).allTextContents()
      expect(copy.join('')).toBe(lines(source, Number(start), Number(end)))

      await page.locator(`#${target} a[href="#f0-${index}"]`).click()
      await page.waitForFunction(`document.activeElement.id === "f0-${index}"`)
    }
    await close()
  })

  it('prints legibly: one column, every finding listed, no tooltip', async (context) => {
    const {page, close} = await open(context, report)
    await page.emulateMedia({media: 'print'})
    const styles = await page.evaluate<string[]>(
      `[getComputedStyle(document.querySelector('.grid')).display,
        getComputedStyle(document.querySelector('aside')).position,
        getComputedStyle(document.querySelector('aside')).overflow,
        getComputedStyle(document.getElementById('tip')).display]`
    )
    expect(styles).toEqual(['block', 'static', 'visible', 'none'])
    const pdf = await page.pdf({path: path.join(outDir, 'report-seed.pdf')})
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await close()
  })
})

/** Articles written to attack the page they are shown in. Each attack, if it ran, says PWNED. */
const hostile: Record<string, string> = {
  'hostile<img src=x onerror=alert(1)>.txt':
    `Alarm in the capital <script>window.pwned = 1; console.log('PWNED'); alert('PWNED')</script>\n\n` +
    `Officials said the plan was approved.&nbsp;Critics disagreed.&lt;script&gt;alert('PWNED')&lt;/script&gt; &#x3C;b&#x3E;bold&#x3C;/b&#x3E;\n\n` +
    `"We will not comment <img src=x onerror="alert('PWNED')">," a senior government official said.\n\n` +
    `</div></span></a></aside></main><script>console.log('PWNED')</script><plaintext><xmp><textarea><!-- <style>*{display:none}</style>\n` +
    `<a href="javascript:alert('PWNED')">click</a> <svg onload="alert('PWNED')"><script>alert('PWNED')</script></svg>\n` +
    `<input autofocus onfocus="console.log('PWNED')"> <details open ontoggle="console.log('PWNED')"><base href="javascript:alert('PWNED')//">\n` +
    `<meta http-equiv="refresh" content="0;url=javascript:alert('PWNED')"> <iframe srcdoc="<script>parent.alert('PWNED')</script>"></iframe>\n` +
    `Line one with CRLF\r\nLine two "unbalanced <b>bold</b>\r\n`,
  'hostile.md':
    `# Breaking <script>console.log('PWNED')</script> news\n\n` +
    `Sources say the [report](javascript:alert('PWNED')) was leaked. ![x](x" onerror="alert('PWNED')) <img src=x onerror="console.log('PWNED')">\n\n` +
    `"It was a mistake <b onmouseover=alert('PWNED')>really</b>," an official said.\n\n` +
    "<iframe src=\"javascript:alert('PWNED')\"></iframe> &lt;script&gt; &amp;amp; `<script>alert('PWNED')</script>`\n\n" +
    `<style>body{display:none}</style>\n`,
  'hostile.html':
    `<!doctype html><html><head><title>Hostile</title><script>console.log('PWNED'); window.pwned = 1</script></head>\n` +
    `<body onload="alert('PWNED')"><article><h1>Storm <img src=x onerror="console.log('PWNED')"> hits</h1>\n` +
    `<p>The bridge was closed by the police. &lt;script&gt;alert('PWNED')&lt;/script&gt; &amp;nbsp; &nbsp;</p>\n` +
    `<p>"We were warned," a source close to the <a href="javascript:alert('PWNED')">mayor</a> said.</p>\n` +
    `<p onclick="alert('PWNED')">Residents <svg><script>alert('PWNED')</script></svg> waited. <object data="javascript:alert('PWNED')"></object></p>\n` +
    `</article></body></html>\n`
}

/** Elements and attributes the report itself never makes; any of them came from an article. */
const injectedScript = `(() => {
  const found = []
  for (const element of document.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('on')) found.push(element.localName + '[' + name + ']')
    }
  }
  for (const element of document.querySelectorAll(
    'img,svg,math,iframe,object,embed,base,form,input,textarea,details,xmp,plaintext,noscript,video,audio,link,b'
  )) found.push(element.localName)
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')
    if (!href.startsWith('#') && !/^https?:/.test(href)) found.push('a[href=' + href + ']')
  }
  found.push('scripts:' + document.scripts.length, 'styles:' + document.querySelectorAll('style').length)
  found.push('metas:' + document.querySelectorAll('meta').length)
  return found
})()`

describe('the HTML report of hostile articles', () => {
  const report = path.join(outDir, 'report-hostile.html')
  const folder = folderWith(hostile)
  let results: LintResult[]

  beforeAll(async () => {
    mkdirSync(outDir, {recursive: true})
    const json = await cli(['--format', 'json', '.'], {cwd: folder})
    results = JSON.parse(json.stdout) as LintResult[]
    await cli(['--format', 'html', '--output', report, '.'], {cwd: folder})
  })

  it('shows every attack as text and runs none of them', async (context) => {
    const {page, console, dialogs, errors, requests, close} = await open(context, report)
    expect(results.map((result) => path.basename(result.filePath)).sort()).toEqual(
      Object.keys(hostile).sort()
    )
    // Give anything that was injected a chance to run: wait, hover the text, tab everywhere.
    for (const source of await page.locator('.src').all()) await source.hover()
    for (const part of await page.locator('.hl').filter({hasText: /\S/}).all()) {
      await part.hover()
    }
    for (let presses = 0; presses < 80; presses++) await page.keyboard.press('Tab')
    await page.waitForTimeout(200)

    expect(dialogs).toEqual([])
    expect(console.filter((line) => line.includes('PWNED'))).toEqual([])
    expect(console).toEqual([])
    expect(errors).toEqual([])
    expect(requests).toEqual([pathToFileURL(report).href])
    expect(await page.evaluate<unknown>('window.pwned')).toBeUndefined()
    expect(await page.evaluate<string>('document.title')).toBe('copydesk report: 3 files')
    expect(await page.evaluate<string>('document.documentElement.dataset.ready')).toBe('true')
    expect(await page.evaluate<string[]>(injectedScript)).toEqual([
      'scripts:1',
      'styles:1',
      'metas:4'
    ])

    // Shown exactly as written: tags, entities and CRLF line ends included.
    const sources = results.map((result) => readFileSync(result.filePath, 'utf8'))
    await expectHighlights(page, results, sources)
    const names = results.map((result) => path.relative(folder, result.filePath))
    expect(await page.locator('h2').allTextContents()).toEqual(names)
    // Messages quoting the articles are text too.
    const messages = await page.locator('.findings .msg').allTextContents()
    expect(messages).toEqual(results.flatMap((result) => result.messages.map((m) => m.message)))

    await page.screenshot({path: path.join(outDir, 'report-hostile.png'), fullPage: true})
    await close()
  })
})
