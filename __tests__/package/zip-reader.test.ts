import { randomBytes } from 'node:crypto'
import { readFile, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import yazl from 'yazl'
import { openZip } from '../../src/package/zip-reader.js'
import { craftZip, removeTempDirs, tempDir } from './fixtures.js'

afterAll(removeTempDirs)

async function zipPath(name = 'package.zip'): Promise<string> {
  return join(await tempDir(), name)
}

function byName<T extends { name: string }>(entries: T[], name: string): T {
  const found = entries.find(entry => entry.name === name)
  if (found === undefined) throw new Error(`no entry ${name}`)
  return found
}

describe('openZip facts', () => {
  it('describes entries, sizes and directories from the central directory', async () => {
    const path = await zipPath()
    const source = 'exports.handler = async () => ({ status: "200" })\n'.repeat(50)
    craftZip(path, [
      { name: 'index.js', data: source },
      { name: 'lib/', directory: true },
      { name: 'lib/data.txt', data: 'plain', stored: true }
    ])
    const { facts } = await openZip(path)
    expect(facts.corrupt).toBeUndefined()
    expect(facts.kind).toBe('zip')
    expect(facts.source).toBe(path)
    expect(facts.zipBytes).toBe((await stat(path)).size)
    expect(facts.entries.map(entry => entry.name)).toEqual(['index.js', 'lib/', 'lib/data.txt'])
    const index = byName(facts.entries, 'index.js')
    expect(index.uncompressedSize).toBe(source.length)
    expect(index.compressedSize).toBeLessThan(source.length)
    expect(index.isDirectory).toBe(false)
    expect(byName(facts.entries, 'lib/').isDirectory).toBe(true)
    expect(byName(facts.entries, 'lib/data.txt')).toMatchObject({
      compressedSize: 5,
      uncompressedSize: 5
    })
    expect(facts.uncompressedBytes).toBe(source.length + 5)
  })

  it('reports `..`, absolute and backslash names as facts instead of rejecting the archive', async () => {
    const path = await zipPath()
    craftZip(path, [
      { name: 'index.js', data: 'x' },
      { name: '../../evil.js', data: 'x' },
      { name: '/etc/cron.d/evil', data: 'x' },
      { name: '..\\windows.js', data: 'x' }
    ])
    const { facts } = await openZip(path)
    expect(facts.corrupt).toBeUndefined()
    expect(facts.entries.map(entry => entry.name)).toEqual([
      'index.js',
      '../../evil.js',
      '/etc/cron.d/evil',
      '../windows.js'
    ])
  })

  it('reads symlink targets and says which ones leave the package', async () => {
    const path = await zipPath()
    craftZip(path, [
      { name: 'index.js', data: 'x' },
      { name: 'lib/inside', link: '../index.js' },
      { name: 'lib/up', link: '../../etc/passwd' },
      { name: 'abs', link: '/etc/passwd' },
      { name: 'here', link: '.' },
      // Lexically inside ("here/.." is the root), but `here` is the root, so `..` leaves it.
      { name: 'sneaky', link: 'here/../outside' }
    ])
    const { facts } = await openZip(path)
    expect(facts.corrupt).toBeUndefined()
    expect(byName(facts.entries, 'index.js').symlink).toBeUndefined()
    expect(byName(facts.entries, 'lib/inside').symlink).toEqual({
      target: '../index.js',
      escapes: false
    })
    expect(byName(facts.entries, 'lib/up').symlink).toEqual({
      target: '../../etc/passwd',
      escapes: true
    })
    expect(byName(facts.entries, 'abs').symlink).toEqual({ target: '/etc/passwd', escapes: true })
    expect(byName(facts.entries, 'here').symlink).toEqual({ target: '.', escapes: false })
    expect(byName(facts.entries, 'sneaky').symlink).toEqual({
      target: 'here/../outside',
      escapes: true
    })
  })

  it('reads Zip64 archives', async () => {
    const path = await zipPath()
    const zip = new yazl.ZipFile()
    zip.addBuffer(Buffer.from('exports.handler = 1'), 'index.js', { forceZip64Format: true })
    zip.addBuffer(Buffer.alloc(1000, 7), 'blob.bin', { forceZip64Format: true, compress: false })
    zip.end({ forceZip64Format: true, comment: '' })
    const bytes = Buffer.concat(await (zip.outputStream as Readable).toArray())
    await writeFile(path, bytes)
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true) // Zip64 end record

    const pkg = await openZip(path)
    expect(pkg.facts.corrupt).toBeUndefined()
    expect(pkg.facts.entries).toEqual([
      expect.objectContaining({ name: 'index.js', uncompressedSize: 19 }),
      expect.objectContaining({ name: 'blob.bin', uncompressedSize: 1000, compressedSize: 1000 })
    ])
    expect(await pkg.readText('index.js')).toBe('exports.handler = 1')
  })
})

describe('openZip on damaged or foreign files', () => {
  async function expectCorrupt(path: string, pattern: RegExp): Promise<void> {
    const pkg = await openZip(path)
    expect(pkg.facts.corrupt).toMatch(pattern)
    expect(pkg.facts.corrupt).toContain(path)
    expect(pkg.facts.entries).toEqual([])
    expect(await pkg.readText('index.js')).toBeUndefined()
  }

  it('calls a text file named .zip corrupt, with a human message', async () => {
    const path = await zipPath('function.zip')
    await writeFile(path, 'exports.handler = async () => {}\n')
    await expectCorrupt(path, /not a zip, or it is truncated/)
  })

  it('calls a truncated zip corrupt', async () => {
    const path = await zipPath()
    craftZip(path, [
      { name: 'index.js', data: 'x'.repeat(10_000) },
      { name: 'b.js', data: 'y' }
    ])
    await truncate(path, Math.floor((await stat(path)).size / 2))
    await expectCorrupt(path, /truncated/)
  })

  it('calls a zip with bytes cut from the middle corrupt', async () => {
    const path = await zipPath()
    craftZip(path, [
      { name: 'index.js', data: 'x'.repeat(1000), stored: true },
      { name: 'b.js', data: 'y' }
    ])
    const bytes = await readFile(path)
    await writeFile(path, Buffer.concat([bytes.subarray(0, 100), bytes.subarray(600)]))
    await expectCorrupt(path, /is not a readable zip archive/)
  })

  it('calls an empty file corrupt', async () => {
    const path = await zipPath()
    await writeFile(path, '')
    await expectCorrupt(path, /not a zip/)
  })

  it('does not throw for a missing file', async () => {
    const path = join(await tempDir(), 'missing.zip')
    await expectCorrupt(path, /cannot read it/)
  })
})

describe('OpenedPackage from openZip', () => {
  it('reads one entry as text, and nothing for absent, oversized or broken entries', async () => {
    const path = await zipPath()
    craftZip(path, [
      { name: 'index.mjs', data: 'export const handler = () => "héllo"\n' },
      { name: 'big.js', data: 'a'.repeat(5000) }
    ])
    const pkg = await openZip(path)
    expect(await pkg.readText('index.mjs')).toBe('export const handler = () => "héllo"\n')
    expect(await pkg.readText('missing.js')).toBeUndefined()
    expect(await pkg.readText('big.js', 100)).toBeUndefined()
    expect(await pkg.readText('big.js', 5000)).toHaveLength(5000)
    expect(await pkg.bytes()).toEqual(await readFile(path))
  })

  it('returns undefined when an entry does not inflate', async () => {
    const path = await zipPath()
    craftZip(path, [{ name: 'index.js', data: randomBytes(3000).toString('hex') }])
    const bytes = await readFile(path)
    // Overwrite the middle of the deflate stream (about 3 KB), leaving headers and directory intact.
    bytes.fill(0xff, 200, 260)
    await writeFile(path, bytes)
    const pkg = await openZip(path)
    expect(pkg.facts.corrupt).toBeUndefined()
    expect(await pkg.readText('index.js')).toBeUndefined()
  })
})
