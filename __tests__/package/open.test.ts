import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openPackage } from '../../src/package/open.js'
import { craftZip, removeTempDirs, tempDir } from './fixtures.js'

afterAll(removeTempDirs)

describe('openPackage', () => {
  it('zips a folder', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'index.js'), 'exports.handler = 1\n')
    const result = await openPackage(dir)
    if (!result.ok) throw new Error(result.error)
    expect(result.pkg.facts.kind).toBe('folder')
    expect(result.pkg.facts.entries.map(entry => entry.name)).toEqual(['index.js'])
  })

  it('reads a file as a zip', async () => {
    const path = join(await tempDir(), 'fn.zip')
    craftZip(path, [
      {
        name: 'lambda_function.py',
        data: 'def lambda_handler(event, context):\n    return event\n'
      }
    ])
    const result = await openPackage(path)
    if (!result.ok) throw new Error(result.error)
    expect(result.pkg.facts.kind).toBe('zip')
    expect(result.pkg.facts.corrupt).toBeUndefined()
  })

  it('opens a file that is not a zip as a corrupt package, for the rules to report', async () => {
    const path = join(await tempDir(), 'fn.zip')
    await writeFile(path, 'hello')
    const result = await openPackage(path)
    expect(result.ok && result.pkg.facts.corrupt).toMatch(/not a readable zip archive/)
  })

  it('says what to do when the path does not exist', async () => {
    const path = join(await tempDir(), 'dist', 'function.zip')
    const result = await openPackage(path)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toContain(path)
    expect(result.error).toMatch(/does not exist.*Build the function/)
  })

  it('refuses an empty input', async () => {
    expect(await openPackage('  ')).toEqual({
      ok: false,
      error: expect.stringMatching(/package input is empty/)
    })
  })

  it('refuses something that is neither a file nor a folder', async () => {
    const pipe = join(await tempDir(), 'pipe')
    execFileSync('mkfifo', [pipe])
    expect(await openPackage(pipe)).toEqual({
      ok: false,
      error: expect.stringMatching(/neither a file nor a folder/)
    })
  })

  it('turns a folder that cannot be zipped into an error naming the file', async () => {
    const dir = await tempDir()
    execFileSync('mkfifo', [join(dir, 'pipe')])
    const result = await openPackage(dir)
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/could not zip the folder .*pipe is a named pipe/)
    })
  })
})
