import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/reporters/types.js'
import {rules} from '../rules/registry.js'
import {cli, folderWith} from './helpers/cli.js'

/** Every rule id, in registry order, as error messages list them. */
const allRuleIds = rules.map(({meta}) => meta.id).join(', ')

// One sentence the readability formulas find hard, one they find easy, and one with scraped
// residue (`&nbsp;` written out), whose finding is stable and on by default: the probe for
// tests of the command line itself.
const hard =
  'The intergovernmental organisation’s unprecedented reconsideration of multilateral agricultural liberalisation commitments necessitated comprehensive renegotiation of numerous bilateral arrangements, institutional responsibilities and administrative procedures throughout the participating jurisdictions.'
const easy = 'The cat sat on the mat and the dog ran to the park.'
const residue = 'The storm hit the town on Monday&nbsp;night.'
// Off by default; tests that need it turn it on.
const passiveSentence = 'The old window was broken during the storm last night.'
const residueReason = 'Unexpected HTML entity `&nbsp;` written out, expected a space'

function parseJson(stdout: string): LintResult[] {
  return JSON.parse(stdout) as LintResult[]
}

function ruleIds(results: LintResult[]): string[] {
  return results.flatMap((result) => result.messages.map((message) => message.ruleId ?? ''))
}

describe('copydesk CLI: basics', () => {
  it('prints --help generated from the option declarations, and exits 0', async () => {
    const {code, stdout} = await cli(['--help'], {cwd: '.'})
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: copydesk [options]')
    for (const flag of ['--format', '--config', '--rule', '--quiet', '--max-warnings']) {
      expect(stdout).toContain(flag)
    }
  })

  it('prints the version from package.json', async () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}
    const {code, stdout} = await cli(['--version'], {cwd: '.'})
    expect(code).toBe(0)
    expect(stdout).toBe(manifest.version + '\n')
  })

  it('lists the rules', async () => {
    const {code, stdout} = await cli(['--list-rules'], {cwd: '.'})
    expect(code).toBe(0)
    expect(stdout).toMatch(/^readability\s+warn\s+/m)
    expect(stdout).toMatch(/^passive\s+off\s+/m)
  })

  it.each([
    [
      ['--format', 'xml', 'a.txt'],
      'copydesk: --format: expected one of stylish, json, sarif, github, html, not "xml"\n'
    ],
    [
      ['--rule', 'hedgehog=warn', 'a.txt'],
      `copydesk: --rule hedgehog=warn: unknown rule "hedgehog", expected one of ${allRuleIds}\n`
    ],
    [
      ['--rule', 'passive=loud', 'a.txt'],
      'copydesk: --rule passive=loud: expected passive=off, passive=warn or passive=error\n'
    ],
    [
      ['--max-warnings', 'many', 'a.txt'],
      'copydesk: --max-warnings: expected a whole number ≥ 0, not "many"\n'
    ],
    [['--frobnicate', 'a.txt'], "copydesk: Unknown option '--frobnicate'; see --help\n"],
    [['--config', 'missing.json', 'a.txt'], 'copydesk: --config missing.json: no such file\n']
  ])('rejects bad usage %j with one line and exit 2', async (args, line) => {
    const cwd = folderWith({'a.txt': easy})
    const {code, stdout, stderr} = await cli(args, {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe(line)
    expect(stdout).toBe('')
  })
})

describe('copydesk CLI: findings, severities and exit codes', () => {
  const files = {
    'hard.txt': `Headline of the test\n\n${easy} ${hard}\n`,
    'easy.txt': `Headline\n\n${easy}\n`
  }

  it('reports a warning with exit 0 by default', async () => {
    const cwd = folderWith(files)
    const {code, stdout} = await cli(['--format', 'json', '.'], {cwd})
    expect(code).toBe(0)
    const results = parseJson(stdout)
    expect(results.map((result) => path.basename(result.filePath))).toEqual([
      'easy.txt',
      'hard.txt'
    ])
    expect(results[0]!.messages).toEqual([])
    expect(ruleIds(results)).toEqual(['readability'])
    expect(results[1]!.warningCount).toBe(1)
  })

  it('`--rule readability=error` makes it an error and exits 1', async () => {
    const cwd = folderWith(files)
    const {code, stdout} = await cli(['--format', 'json', '--rule', 'readability=error', '.'], {
      cwd
    })
    expect(code).toBe(1)
    const [, hardResult] = parseJson(stdout)
    expect(hardResult!.errorCount).toBe(1)
    expect(hardResult!.messages[0]!.severity).toBe(2)
  })

  it('`--rule readability=off` turns it off', async () => {
    const cwd = folderWith(files)
    const {code, stdout} = await cli(['--format', 'json', '--rule', 'readability=off', '.'], {cwd})
    expect(code).toBe(0)
    expect(ruleIds(parseJson(stdout))).toEqual([])
  })

  it('--max-warnings: exit 1 above the limit, 0 at it', async () => {
    const cwd = folderWith(files)
    const over = await cli(['--max-warnings', '0', '.'], {cwd})
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('copydesk: 1 warning, more than --max-warnings 0\n')
    const at = await cli(['--max-warnings', '1', '.'], {cwd})
    expect(at.code).toBe(0)
  })

  it('--quiet shows errors only', async () => {
    const cwd = folderWith({
      'a.txt': `Headline\n\n${residue} ${hard}\n`
    })
    const {code, stdout} = await cli(
      ['--quiet', '--format', 'json', '--rule', 'scrape-residue=error', 'a.txt'],
      {cwd}
    )
    expect(code).toBe(1)
    expect(ruleIds(parseJson(stdout))).toEqual(['scrape-residue'])
  })

  it('stylish output names the file, position, rule and a summary line', async () => {
    const cwd = folderWith({'a.txt': `Headline\n\n${residue}\n`})
    const {code, stdout} = await cli(['a.txt'], {cwd})
    expect(code).toBe(0)
    expect(stdout).toBe(
      'a.txt\n' +
        `3:33-3:39 warning ${residueReason} scrape-residue copydesk\n` +
        '\n' +
        '⚠ 1 warning\n'
    )
  })
})

describe('copydesk CLI: JSON output', () => {
  it('has exactly the documented shape, checked field by field on a real finding', async () => {
    const cwd = folderWith({'a.txt': `Headline\n\n${residue}\n`})
    const {stdout} = await cli(['--format', 'json', 'a.txt'], {cwd})
    const results = parseJson(stdout)
    expect(results).toHaveLength(1)
    const [result] = results
    // `stats` is there when a rule publishes figures: per rule id, names to numbers.
    expect(
      Object.keys(result!)
        .filter((key) => key !== 'stats')
        .sort()
    ).toEqual(['errorCount', 'filePath', 'messages', 'warningCount'])
    for (const figures of Object.values(result!.stats ?? {})) {
      for (const value of Object.values(figures)) expect(typeof value).toBe('number')
    }
    expect(result!.filePath).toBe(path.join(cwd, 'a.txt'))
    expect(result!.messages).toEqual([
      {
        ruleId: 'scrape-residue',
        source: 'copydesk',
        severity: 1,
        message: residueReason,
        line: 3,
        column: 33,
        endLine: 3,
        endColumn: 39,
        offset: 42,
        endOffset: 48,
        actual: '&nbsp;',
        expected: [' '],
        url: 'https://github.com/copydesk/copydesk/blob/main/rules/scrape-residue/README.md'
      }
    ])
    const text = readFileSync(path.join(cwd, 'a.txt'), 'utf8')
    expect(text.slice(42, 48)).toBe('&nbsp;')
    expect(result!.errorCount).toBe(0)
    expect(result!.warningCount).toBe(1)
  })
})

describe('copydesk CLI: config', () => {
  it('finds .copydeskrc.json upward from each file; the nearest wins', async () => {
    const cwd = folderWith({
      '.copydeskrc.json': JSON.stringify({rules: {'scrape-residue': 'off'}}),
      'top.txt': `Headline\n\n${residue}\n`,
      'desk/.copydeskrc.yaml': 'rules:\n  scrape-residue: error\n',
      'desk/inner.txt': `Headline\n\n${residue}\n`
    })
    const {code, stdout} = await cli(['--format', 'json', '.'], {cwd})
    expect(code).toBe(1)
    const results = parseJson(stdout)
    expect(
      results.map((result) => [path.relative(cwd, result.filePath), result.errorCount])
    ).toEqual([
      ['desk/inner.txt', 1],
      ['top.txt', 0]
    ])
    expect(ruleIds(results)).toEqual(['scrape-residue'])
  })

  it('reads a `copydesk` key in package.json', async () => {
    const cwd = folderWith({
      'package.json': JSON.stringify({name: 'news', copydesk: {extends: 'strict'}}),
      'a.txt': `Headline\n\n${residue}\n`
    })
    const {code, stdout} = await cli(['--format', 'json', 'a.txt'], {cwd})
    expect(code).toBe(1)
    expect(parseJson(stdout)[0]!.messages.map((message) => message.severity)).toEqual([2])
  })

  it('--config FILE is used instead of the files found', async () => {
    const cwd = folderWith({
      '.copydeskrc.json': JSON.stringify({rules: {'scrape-residue': 'error'}}),
      'quiet.json': JSON.stringify({rules: {'scrape-residue': 'off', readability: 'off'}}),
      'a.txt': `Headline\n\n${residue}\n`
    })
    const {code, stdout} = await cli(['--format', 'json', '--config', 'quiet.json', 'a.txt'], {
      cwd
    })
    expect(code).toBe(0)
    expect(ruleIds(parseJson(stdout))).toEqual([])
  })

  it('passes rule options through ([severity, options])', async () => {
    const cwd = folderWith({
      '.copydeskrc.json': JSON.stringify({rules: {passive: ['warn', {ignore: ['broken']}]}}),
      'a.txt': `Headline\n\n${passiveSentence}\n`
    })
    const {stdout} = await cli(['--format', 'json', 'a.txt'], {cwd})
    expect(ruleIds(parseJson(stdout))).toEqual([])
  })

  it.each([
    [{rules: {hedgehog: 'warn'}}, `rules.hedgehog: unknown rule, expected one of ${allRuleIds}`],
    [{rules: {passive: 'loud'}}, 'rules.passive: expected "off", "warn", "error", not "loud"'],
    [
      {rules: {readability: ['warn', {age: 'old'}]}},
      'rules.readability[1].age: expected a number, not "old"'
    ],
    [
      {rules: {readability: ['warn', {speed: 1}]}},
      'rules.readability[1].speed: unknown option, expected one of grade, age, minWords, threshold'
    ],
    [{extends: 'lenient'}, 'extends: expected "recommended", "strict", not "lenient"'],
    [{rulez: {}}, 'rulez: unknown key, expected one of extends, rules, ignore']
  ])(
    'rejects config %j naming the key path; other folders are still linted',
    async (config, problem) => {
      const cwd = folderWith({
        'bad/.copydeskrc.json': JSON.stringify(config),
        'bad/a.txt': `Headline\n\n${residue}\n`,
        'good/b.txt': `Headline\n\n${residue}\n`
      })
      const {code, stdout, stderr} = await cli(['--format', 'json', '.'], {cwd})
      expect(code).toBe(2)
      expect(stderr).toBe(`copydesk: bad/.copydeskrc.json: ${problem}\n`)
      const results = parseJson(stdout)
      expect(results.map((result) => path.relative(cwd, result.filePath))).toEqual([
        'bad/a.txt',
        'good/b.txt'
      ])
      expect(ruleIds([results[1]!])).toEqual(['scrape-residue'])
    }
  )

  it('rejects a config file that is not valid JSON, naming it', async () => {
    const cwd = folderWith({'.copydeskrc.json': '{"rules": ', 'a.txt': easy})
    const {code, stderr} = await cli(['a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr.split('\n')).toHaveLength(2)
    expect(stderr).toMatch(/^copydesk: \.copydeskrc\.json: /)
  })
})

describe('copydesk CLI: which files', () => {
  it('recurses into folders over supported extensions, skipping node_modules and .copydeskignore', async () => {
    const cwd = folderWith({
      'a.txt': easy,
      'b.md': `# Title\n\n${easy}\n`,
      'c.html': `<p>${easy}</p>`,
      'd.json': '{}',
      'node_modules/x/e.txt': hard,
      'drafts/f.txt': hard,
      '.copydeskignore': 'drafts/\n'
    })
    const {code, stdout} = await cli(['--format', 'json', '.'], {cwd})
    expect(code).toBe(0)
    expect(parseJson(stdout).map((result) => path.relative(cwd, result.filePath))).toEqual([
      'a.txt',
      'b.md',
      'c.html'
    ])
  })

  it('skips the `ignore` globs of the config', async () => {
    const cwd = folderWith({
      '.copydeskrc.json': JSON.stringify({ignore: ['archive/**']}),
      'a.txt': easy,
      'archive/old.txt': easy
    })
    const {stdout} = await cli(['--format', 'json', '.'], {cwd})
    expect(parseJson(stdout).map((result) => path.relative(cwd, result.filePath))).toEqual([
      'a.txt'
    ])
  })

  it('reads stdin with `-`; --stdin-filename picks the parser', async () => {
    const markdown = `# Title\n\n<!-- copydesk-disable-next-line passive -->\n${passiveSentence}\n\n${passiveSentence}\n`
    const {code, stdout} = await cli(
      ['--format', 'json', '--rule', 'passive=warn', '--stdin-filename', 'story.md', '-'],
      {cwd: folderWith({}), stdin: markdown}
    )
    expect(code).toBe(0)
    const [result] = parseJson(stdout)
    expect(result!.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['passive', 6]
    ])
  })
})

describe('copydesk CLI: bad input', () => {
  it('a missing file: one line, exit 2, the other files still reported', async () => {
    const cwd = folderWith({'a.txt': `Headline\n\n${residue}\n`})
    const {code, stdout, stderr} = await cli(['--format', 'json', 'missing.txt', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe('copydesk: missing.txt: No such file or folder\n')
    expect(ruleIds(parseJson(stdout))).toContain('scrape-residue')
  })

  it('a folder with no supported files: one line, exit 2', async () => {
    const cwd = folderWith({'empty/readme.json': '{}', 'a.txt': easy})
    const {code, stderr, stdout} = await cli(['--format', 'json', 'empty', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe(
      'copydesk: empty: no files to lint (.txt, .text, .md, .markdown, .html, .htm, not ignored)\n'
    )
    expect(parseJson(stdout)).toHaveLength(1)
  })

  it('a binary file and invalid UTF-8: one line each, exit 2, others reported', async () => {
    const cwd = folderWith({
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
      'good.txt': `Headline\n\n${residue}\n`
    })
    const {code, stdout, stderr} = await cli(['--format', 'json', '.'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe(
      'copydesk: image.txt: Unexpected binary content (NUL byte), expected a text file\n' +
        'copydesk: latin1.txt: Unexpected invalid UTF-8, expected a UTF-8 text file\n'
    )
    const results = parseJson(stdout)
    expect(results.map((result) => [path.basename(result.filePath), result.errorCount])).toEqual([
      ['good.txt', 0],
      ['image.txt', 1],
      ['latin1.txt', 1]
    ])
    expect(ruleIds([results[0]!])).toEqual(['scrape-residue'])
  })

  it('a genuine U+FFFD in valid UTF-8 is not an encoding error', async () => {
    const cwd = folderWith({'a.txt': `Headline\n\nThe sign \uFFFD shows a lost character.\n`})
    const {code, stderr} = await cli(['a.txt'], {cwd})
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('an empty file is linted with no findings', async () => {
    const cwd = folderWith({'empty.txt': ''})
    const {code, stdout} = await cli(['--format', 'json', 'empty.txt'], {cwd})
    expect(code).toBe(0)
    expect(parseJson(stdout)[0]!.messages).toEqual([])
  })

  it('a BOM and CRLF line ends: positions are offsets into the text as read', async () => {
    const text = `\uFEFFHeadline\r\n\r\n${easy}\r\n\r\n${residue}\r\n`
    const cwd = folderWith({'crlf.txt': text})
    const {code, stdout} = await cli(['--format', 'json', 'crlf.txt'], {cwd})
    expect(code).toBe(0)
    const [message] = parseJson(stdout)[0]!.messages
    expect(message).toMatchObject({ruleId: 'scrape-residue', line: 5, column: 33, endColumn: 39})
    expect(text.slice(message!.offset, message!.endOffset)).toBe('&nbsp;')
  })

  it('never modifies the files it reads', async () => {
    const cwd = folderWith({
      'a.txt': `Headline\n\n${residue} ${hard}\n`,
      'b.md': `# T\n\n${residue}\n`,
      'c.html': `<h1>T</h1><p>${residue}</p>`
    })
    const snapshot = () =>
      readdirSync(cwd)
        .sort()
        .map((name) => {
          const full = path.join(cwd, name)
          return [
            name,
            createHash('sha256').update(readFileSync(full)).digest('hex'),
            statSync(full).mtimeMs
          ]
        })
    const before = snapshot()
    for (const format of ['stylish', 'json', 'sarif', 'github', 'html']) {
      await cli(['--format', format, '.'], {cwd})
    }
    expect(snapshot()).toEqual(before)
  })
})

describe('copydesk CLI: edge cases', () => {
  it('config `ignore` applies per file, from subfolders too, and in nested configs', async () => {
    const cwd = folderWith({
      '.copydeskrc.json': JSON.stringify({ignore: ['archive/**']}),
      'sub/a.txt': easy,
      'sub/archive/old.txt': easy,
      'archive/x.txt': easy,
      'desk/.copydeskrc.json': JSON.stringify({ignore: ['drafts/']}),
      'desk/b.txt': easy,
      'desk/drafts/c.txt': easy
    })
    const fromSub = await cli(['--format', 'json', '.'], {cwd: path.join(cwd, 'sub')})
    expect(parseJson(fromSub.stdout).map((result) => path.relative(cwd, result.filePath))).toEqual([
      'sub/a.txt',
      'sub/archive/old.txt'
    ])
    const fromTop = await cli(['--format', 'json', '.'], {cwd})
    expect(parseJson(fromTop.stdout).map((result) => path.relative(cwd, result.filePath))).toEqual([
      'desk/b.txt',
      'sub/a.txt',
      'sub/archive/old.txt'
    ])
    // Globs are relative to the config's folder: `archive/**` is the top folder's archive.
    const archived = await cli(['--format', 'json', '.'], {cwd: path.join(cwd, 'archive')})
    expect(parseJson(archived.stdout)).toEqual([])
    expect(archived.stderr).toBe(
      'copydesk: .: no files to lint (.txt, .text, .md, .markdown, .html, .htm, not ignored)\n'
    )
  })

  it('a file named on the command line but ignored is skipped, not an error', async () => {
    const cwd = folderWith({'.copydeskignore': 'drafts/\n', 'drafts/a.txt': easy, 'b.txt': easy})
    const {code, stdout, stderr} = await cli(['--format', 'json', 'drafts/a.txt', 'b.txt'], {cwd})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(parseJson(stdout).map((result) => path.basename(result.filePath))).toEqual(['b.txt'])
  })

  it('a file named twice is linted once', async () => {
    const cwd = folderWith({'a.txt': `Headline\n\n${residue}\n`})
    const {stdout} = await cli(['--format', 'json', 'a.txt', './a.txt', '.'], {cwd})
    expect(parseJson(stdout)).toHaveLength(1)
  })

  it('a glob that matches nothing: one line, exit 2', async () => {
    const cwd = folderWith({'a.txt': easy})
    const {code, stderr, stdout} = await cli(['--format', 'json', 'drafts/*.md', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe('copydesk: drafts/*.md: no files match\n')
    expect(parseJson(stdout)).toHaveLength(1)
  })

  it.each(['empty.md', 'empty.html', 'blank.html'])('an empty %s is linted', async (name) => {
    const cwd = folderWith({[name]: name.startsWith('blank') ? '  \n\n' : ''})
    const {code, stdout} = await cli(['--format', 'json', name], {cwd})
    expect(code).toBe(0)
    expect(parseJson(stdout)[0]!.messages).toEqual([])
  })

  it.each([
    [['--config', '.', 'a.txt'], 'copydesk: --config .: not a file\n'],
    [
      ['--rule', 'passive=error=1', 'a.txt'],
      'copydesk: --rule passive=error=1: unknown rule "passive=error=1", expected one of ' +
        allRuleIds +
        '\n'
    ],
    [['--no-quiet', 'a.txt'], 'copydesk: --no-quiet: unknown option\n'],
    [
      ['--stdin-filename', 'a.md', 'a.txt'],
      'copydesk: --stdin-filename: only with - (standard input)\n'
    ],
    [
      ['--max-warnings', '-1', 'a.txt'],
      "copydesk: Option '--max-warnings' argument is ambiguous; see --help\n"
    ]
  ])('rejects %j with one line', async (args, line) => {
    const cwd = folderWith({'a.txt': easy})
    const {code, stderr} = await cli(args, {cwd})
    expect(stderr).toBe(line)
    expect(code).toBe(2)
  })

  it('stdin: invalid UTF-8 and binary input are refused with one line', async () => {
    const cwd = folderWith({})
    const latin1 = await cli(['-'], {cwd, stdin: Buffer.from([0x63, 0x61, 0x66, 0xe9])})
    expect(latin1.code).toBe(2)
    expect(latin1.stderr).toBe(
      'copydesk: stdin.txt: Unexpected invalid UTF-8, expected a UTF-8 text file\n'
    )
    const binary = await cli(['--stdin-filename', 'x.md', '-'], {cwd, stdin: Buffer.from([0, 1])})
    expect(binary.stderr).toBe(
      'copydesk: x.md: Unexpected binary content (NUL byte), expected a text file\n'
    )
  })

  it('--quiet: warnings are not shown and do not count against --max-warnings', async () => {
    const cwd = folderWith({'a.txt': `Headline\n\n${residue}\n`})
    const {code, stdout, stderr} = await cli(['--quiet', '--max-warnings', '0', 'a.txt'], {cwd})
    expect(stderr).toBe('')
    expect(stdout).not.toContain('scrape-residue')
    expect(code).toBe(0)
  })

  it('rejects readability thresholds that the package would silently replace', async () => {
    const cwd = folderWith({
      '.copydeskrc.json': JSON.stringify({rules: {readability: ['warn', {threshold: 0}]}}),
      'a.txt': easy
    })
    const {code, stderr} = await cli(['a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /^copydesk: \.copydeskrc\.json: rules\.readability\[1\]\.threshold: expected a number ≥ 0\.14/
    )
  })
})

describe('copydesk CLI: --output', () => {
  it('writes the report to a file instead of stdout', async () => {
    const cwd = folderWith({'a.txt': `Headline\n\n${residue}\n`})
    const {code, stdout} = await cli(['--format', 'json', '--output', 'report.json', 'a.txt'], {
      cwd
    })
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const results = JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')) as LintResult[]
    expect(ruleIds(results)).toEqual(['scrape-residue'])
  })

  it('refuses to write over a file it lints', async () => {
    const text = `Headline\n\n${residue}\n`
    const cwd = folderWith({'a.txt': text})
    const {code, stderr} = await cli(['--output', 'a.txt', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe(
      `copydesk: --output ${path.join(cwd, 'a.txt')}: is a file being linted; copydesk never overwrites its input\n`
    )
    expect(readFileSync(path.join(cwd, 'a.txt'), 'utf8')).toBe(text)
  })
})
