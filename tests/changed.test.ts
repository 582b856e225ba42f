import {execFileSync} from 'node:child_process'
import {renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/reporters/types.js'
import {lineRanges, touchesChangedLines} from '../src/run/changed.js'
import {cli, folderWith} from './helpers/cli.js'

// Scraped residue: a stable finding, on by default.
const flagged = 'The storm hit the town on Monday&nbsp;night.'
const active = 'The storm broke the old window last night.'

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
  })
}

/** A repository whose `main` has four articles, with a branch `story` checked out. */
function repository(): string {
  const cwd = folderWith({
    'kept.txt': `Kept\n\n${flagged}\n`,
    'edited.txt': `Edited\n\n${active}\n\n${flagged}\n`,
    'moved.txt': `Moved\n\n${flagged}\n`,
    'gone.txt': `Gone\n\n${flagged}\n`,
    'notes.json': '{}'
  })
  git(cwd, 'init', '-q', '-b', 'main')
  git(cwd, 'add', '.')
  git(cwd, 'commit', '-q', '-m', 'base')
  git(cwd, 'checkout', '-q', '-b', 'story')
  return cwd
}

function paths(stdout: string, cwd: string): string[] {
  return (JSON.parse(stdout) as LintResult[]).map((result) => path.relative(cwd, result.filePath))
}

describe('--changed', () => {
  it('lints added, modified, renamed and untracked files; skips deleted and unchanged ones', async () => {
    const cwd = repository()
    writeFileSync(path.join(cwd, 'edited.txt'), `Edited\n\n${flagged}\n\n${flagged}\n`)
    renameSync(path.join(cwd, 'moved.txt'), path.join(cwd, 'renamed.txt'))
    rmSync(path.join(cwd, 'gone.txt'))
    writeFileSync(path.join(cwd, 'added.md'), `# Added\n\n${flagged}\n`)
    git(cwd, 'add', '-A')
    git(cwd, 'commit', '-q', '-m', 'change')
    writeFileSync(path.join(cwd, 'untracked.txt'), `New\n\n${flagged}\n`)

    const {code, stdout, stderr} = await cli(['--changed=main', '--format', 'json'], {cwd})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(paths(stdout, cwd)).toEqual(['added.md', 'edited.txt', 'renamed.txt', 'untracked.txt'])
  })

  it('--changed-lines reports only findings on changed lines', async () => {
    const cwd = repository()
    // Line 3 changes to a flagged sentence; line 5 (flagged) stays as it was.
    writeFileSync(path.join(cwd, 'edited.txt'), `Edited\n\n${flagged}\n\n${flagged}\n`)
    const all = await cli(['--changed=main', '--format', 'json'], {cwd})
    const lines = (stdout: string) =>
      (JSON.parse(stdout) as LintResult[]).flatMap((result) =>
        result.messages.map((message) => message.line)
      )
    expect(lines(all.stdout)).toEqual([3, 5])
    const changedOnly = await cli(['--changed=main', '--changed-lines', '--format', 'json'], {cwd})
    expect(lines(changedOnly.stdout)).toEqual([3])
  })

  it('only within the paths given', async () => {
    const cwd = repository()
    writeFileSync(path.join(cwd, 'kept.txt'), `Kept\n\n${active}\n`)
    writeFileSync(path.join(cwd, 'edited.txt'), active)
    const {stdout} = await cli(['--changed=main', '--format', 'json', 'kept.txt'], {cwd})
    expect(paths(stdout, cwd)).toEqual(['kept.txt'])
  })

  it('no changes: says so on stderr, exit 0', async () => {
    const cwd = repository()
    const {code, stdout, stderr} = await cli(['--changed=main', '--format', 'json'], {cwd})
    expect(code).toBe(0)
    expect(stderr).toBe('copydesk: --changed: no changed files to lint\n')
    expect(JSON.parse(stdout)).toEqual([])
  })

  it.each([
    [
      ['--changed'],
      'copydesk: --changed: cannot resolve origin/HEAD (no remote HEAD: pass the base, as in --changed=main)\n'
    ],
    [['--changed=nope'], 'copydesk: --changed: cannot resolve nope (fetch it, or check the name)\n']
  ])('%j without that base: one line, exit 2', async (args, line) => {
    const cwd = repository()
    const {code, stderr, stdout} = await cli(args, {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe(line)
    expect(stdout).toBe('')
  })

  it('outside a git repository: one line, exit 2', async () => {
    const cwd = folderWith({'a.txt': flagged})
    const {code, stderr} = await cli(['--changed=main'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe('copydesk: --changed: not inside a git repository\n')
  })

  it('with a shallow clone that lacks the merge base: one line, exit 2', async () => {
    const origin = repository()
    writeFileSync(path.join(origin, 'kept.txt'), active)
    git(origin, 'commit', '-q', '-am', 'one')
    writeFileSync(path.join(origin, 'kept.txt'), flagged)
    git(origin, 'commit', '-q', '-am', 'two')
    git(origin, 'checkout', '-q', 'main')
    writeFileSync(path.join(origin, 'edited.txt'), active)
    git(origin, 'commit', '-q', '-am', 'main moves on')
    const parent = folderWith({})
    git(parent, 'clone', '-q', '--depth', '1', '--branch', 'story', 'file://' + origin, 'clone')
    const cwd = path.join(parent, 'clone')
    git(cwd, 'fetch', '-q', '--depth', '1', 'origin', 'main:main')
    const {code, stderr} = await cli(['--changed=main'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe(
      'copydesk: --changed: no merge base of HEAD and main (a shallow checkout? fetch with fetch-depth: 0)\n'
    )
  })

  it.each([
    [['--changed-lines', 'a.txt'], 'copydesk: --changed-lines: only with --changed\n'],
    [['--changed', '-'], 'copydesk: --changed: not with - (standard input)\n'],
    [['--changed=', 'a.txt'], 'copydesk: --changed=: expected a git revision after =\n']
  ])('rejects %j', async (args, line) => {
    const {code, stderr} = await cli(args, {cwd: folderWith({'a.txt': flagged})})
    expect(code).toBe(2)
    expect(stderr).toBe(line)
  })
})

describe('changed line ranges', () => {
  it('reads added ranges from `git diff -U0`, quoted names too', () => {
    const diff = [
      'diff --git a/a.txt b/a.txt',
      '--- a/a.txt',
      '+++ b/a.txt',
      '@@ -3 +3 @@',
      '@@ -10,2 +11,0 @@',
      '@@ -20,0 +21,4 @@',
      'diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"',
      '--- "a/caf\\303\\251.md"',
      '+++ "b/caf\\303\\251.md"',
      '@@ -1,2 +1,3 @@',
      '+++ /dev/null'
    ].join('\n')
    expect(Object.fromEntries(lineRanges(diff))).toEqual({
      'a.txt': [
        [3, 3],
        [21, 24]
      ],
      'café.md': [[1, 3]]
    })
  })

  it('a finding touches changed lines when its line range overlaps one', () => {
    expect(touchesChangedLines('all', 7, 9)).toBe(true)
    expect(touchesChangedLines([[3, 3]], 2, 4)).toBe(true)
    expect(touchesChangedLines([[3, 3]], 4, 5)).toBe(false)
    expect(touchesChangedLines([], 1, 1)).toBe(false)
  })
})
