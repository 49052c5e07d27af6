import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOutputs } from './harness/runner.mjs'
import { isolated } from './helpers/in-process.js'
import * as core from '../src/workflow-commands.js'

// What the runner reads from a step: these replace @actions/core, so they are held to what the
// runner parses (docs.github.com, "Workflow commands for GitHub Actions").

function files(): { dir: string; output: string; summary: string } {
  const dir = mkdtempSync(join(tmpdir(), 'led-wc-'))
  const output = join(dir, 'output')
  const summary = join(dir, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  return { dir, output, summary }
}

describe('workflow commands', () => {
  it('reads inputs as the runner passes them: INPUT_ + upper case, spaces as _, trimmed', async () => {
    const r = await isolated(
      { 'INPUT_FUNCTION-NAME': '  edge-auth \n', INPUT_MY_INPUT: 'x' },
      async () => [core.getInput('function-name'), core.getInput('my input'), core.getInput('none')]
    )
    expect(r.value).toEqual(['edge-auth', 'x', ''])
  })

  it('escapes messages and annotation properties so one command stays one line', async () => {
    const r = await isolated({}, async () => {
      core.warning('50% done\r\nnext: line', { title: 'rule a,b: c', file: 'dist/p.zip' })
      core.error('plain')
      core.setSecret('s3cr%t')
      core.info('::not a command, just text')
    })
    expect(r.stdout.split('\n')).toEqual([
      '::warning title=rule a%2Cb%3A c,file=dist/p.zip::50%25 done%0D%0Anext: line',
      '::error::plain',
      '::add-mask::s3cr%25t',
      '::not a command, just text',
      ''
    ])
  })

  it('names line and column the way the runner reads them, leaving out what is not given', async () => {
    const r = await isolated({}, async () =>
      core.error('bad', { file: 'a.js', startLine: 3, startColumn: 5, endColumn: 7 })
    )
    expect(r.stdout).toBe('::error file=a.js,line=3,col=5,endColumn=7::bad\n')
  })

  it('wraps a group around the work, also when it throws', async () => {
    const r = await isolated({}, async () => {
      await expect(
        core.group('Publish', async () => {
          core.info('inside')
          throw new Error('boom')
        })
      ).rejects.toThrow('boom')
      return core.group('Again', async () => 42)
    })
    expect(r.value).toBe(42)
    expect(r.stdout).toBe('::group::Publish\ninside\n::endgroup::\n::group::Again\n::endgroup::\n')
  })

  it('fails the step with exit code 1 and an error line', async () => {
    const r = await isolated({}, async () => core.setFailed('it broke'))
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('::error::it broke\n')
  })

  it('writes outputs to GITHUB_OUTPUT that a value cannot end early, multi-line ones too', async () => {
    const f = files()
    const tricky = 'line 1\nEOF\nghadelimiter_\n<<x'
    await isolated({ GITHUB_OUTPUT: f.output }, async () => {
      core.setOutput('status', 'deployed')
      core.setOutput('changes', tricky)
      core.setOutput('empty', '')
    })
    expect(parseOutputs(readFileSync(f.output, 'utf8'))).toEqual({
      status: 'deployed',
      changes: tricky,
      empty: ''
    })
    // Each value has its own random delimiter.
    const delimiters = readFileSync(f.output, 'utf8').match(/ghadelimiter_[0-9a-f-]{36}/g) ?? []
    expect(new Set(delimiters).size).toBe(3)
  })

  it('falls back to the set-output command without GITHUB_OUTPUT (an old runner)', async () => {
    const r = await isolated({}, async () => core.setOutput('status', 'a\nb'))
    expect(r.stdout).toBe('\n::set-output name=status::a%0Ab\n')
  })

  it('appends to the job summary, and refuses where there is none', async () => {
    const f = files()
    await isolated({ GITHUB_STEP_SUMMARY: f.summary }, async () => {
      await core.appendSummary('## one\n')
      await core.appendSummary('two\n')
    })
    expect(readFileSync(f.summary, 'utf8')).toBe('## one\ntwo\n')
    const r = isolated({}, async () => core.appendSummary('x'))
    await expect(r).rejects.toThrow(/GITHUB_STEP_SUMMARY is not set/)
  })
})
