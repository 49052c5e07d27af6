import { execFileSync } from 'node:child_process'
import { chmod, mkdir, symlink, utimes, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { zipFolder } from '../../src/package/zip-builder.js'
import { openZipBuffer } from '../../src/package/zip-reader.js'
import { listZip, removeTempDirs, sha256, tempDir } from './fixtures.js'

afterAll(removeTempDirs)

const FILES: Record<string, string> = {
  'index.js': 'exports.handler = async (event) => event.Records[0].cf.request\n',
  'lib/util.js': 'module.exports = { add: (a, b) => a + b }\n',
  'lib/deep/more.js': 'x'.repeat(3000),
  'bin/run.sh': '#!/bin/sh\necho hi\n',
  'Zeta.txt': 'upper case sorts before lower case in code-unit order\n',
  'empty.txt': ''
}

/** Writes FILES in the given order, with the given mtime and the given file mode. */
async function writeTree(names: string[], mtime: Date, mode: number): Promise<string> {
  const root = await tempDir('pkg-tree-')
  for (const name of names) {
    const path = join(root, name)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, FILES[name] ?? '')
    await chmod(path, name.endsWith('.sh') ? mode | 0o111 : mode)
    await utimes(path, mtime, mtime)
  }
  return root
}

async function zipPath(bytes: Buffer): Promise<string> {
  const path = join(await tempDir(), 'built.zip')
  await writeFile(path, bytes)
  return path
}

describe('zipFolder is deterministic', () => {
  it('gives the same bytes whatever the creation order, mtimes, modes or umask', async () => {
    const names = Object.keys(FILES)
    const first = await writeTree(names, new Date('2021-03-04T05:06:07Z'), 0o644)
    const second = await writeTree([...names].reverse(), new Date('2024-11-12T13:14:15Z'), 0o600)
    const a = await (await zipFolder(first)).bytes()
    const again = await (await zipFolder(first)).bytes()
    const b = await (await zipFolder(second)).bytes()
    expect(sha256(again)).toBe(sha256(a))
    expect(sha256(b)).toBe(sha256(a))
  })

  it('sorts entries, fixes timestamps and modes, and writes no directory entries', async () => {
    const root = await writeTree(Object.keys(FILES), new Date(), 0o640)
    const pkg = await zipFolder(root)
    const listed = await listZip(await zipPath(await pkg.bytes()))
    expect(listed.map(entry => entry.name)).toEqual([
      'Zeta.txt',
      'bin/run.sh',
      'empty.txt',
      'index.js',
      'lib/deep/more.js',
      'lib/util.js'
    ])
    for (const entry of listed) {
      expect(entry.dateTime).toEqual([1980, 1, 1, 0, 0, 0])
      expect(entry.extraLength).toBe(0) // no extended timestamp carrying a real time
      expect(entry.mode).toBe(entry.name === 'bin/run.sh' ? 0o100755 : 0o100644)
    }
  })
})

describe('zipFolder on two threads', () => {
  // A big folder is compressed by this thread and a worker taking batches of files in turn:
  // the archive must not depend on which thread took which batch.
  it('writes the same bytes as on one thread, whichever thread compressed what', async () => {
    const root = await tempDir('pkg-threads-')
    for (let i = 0; i < 700; i++) {
      const dir = join(root, `pkg-${i % 7}`)
      await mkdir(dir, { recursive: true })
      const text = `module.exports = ${JSON.stringify('x'.repeat(i * 37))} // ${i}\n`.repeat(
        1 + (i % 5)
      )
      await writeFile(join(dir, `file-${i}.js`), text)
    }
    const one = await (await zipFolder(root, { threads: 1 })).bytes()
    for (let run = 0; run < 3; run++) {
      const two = await zipFolder(root, { threads: 2 })
      expect(sha256(await two.bytes())).toBe(sha256(one))
      expect(two.facts.entries).toHaveLength(700)
      expect(await two.readText('pkg-3/file-696.js')).toContain('// 696')
    }
  })

  it('has the worker report a file it cannot read, which zipFolder throws', async () => {
    const counter = new Int32Array(new SharedArrayBuffer(4))
    const worker = new Worker(new URL('../../src/package/deflate-worker.mjs', import.meta.url), {
      workerData: {
        root: await tempDir('pkg-threads-'),
        files: [{ name: 'gone.js' }],
        batchSize: 1,
        counter
      }
    })
    const reply = await new Promise(resolve => worker.once('message', resolve))
    expect(reply).toMatchObject({
      error: { code: 'ENOENT', message: expect.stringContaining('gone.js') }
    })
    await new Promise(resolve => worker.once('exit', resolve))
  })
})

describe('zipFolder facts', () => {
  it('describes the built archive', async () => {
    const root = await writeTree(Object.keys(FILES), new Date(), 0o644)
    const pkg = await zipFolder(root)
    const bytes = await pkg.bytes()
    expect(pkg.facts.kind).toBe('folder')
    expect(pkg.facts.source).toBe(root)
    expect(pkg.facts.corrupt).toBeUndefined()
    expect(pkg.facts.zipBytes).toBe(bytes.length)
    const total = Object.values(FILES).reduce((sum, text) => sum + Buffer.byteLength(text), 0)
    expect(pkg.facts.uncompressedBytes).toBe(total)
    expect(pkg.facts.entries).toHaveLength(Object.keys(FILES).length)
    expect(
      pkg.facts.entries.every(entry => !entry.isDirectory && entry.symlink === undefined)
    ).toBe(true)
    expect(await pkg.readText('index.js')).toBe(FILES['index.js'])
    expect(await pkg.readText('lib')).toBeUndefined()
    expect(await pkg.readText('lib/deep/more.js', 100)).toBeUndefined() // over the ceiling
    // The facts, taken while writing, are what a reader finds in the bytes.
    const reread = await openZipBuffer(bytes, root)
    expect(pkg.facts.entries).toEqual(reread.facts.entries)
    for (const name of Object.keys(FILES))
      expect(await pkg.readText(name)).toBe(await reread.readText(name))
  })

  it('stores files bigger than its read buffer whole, between small ones', async () => {
    const root = await tempDir('pkg-big-')
    const big = Array.from({ length: 30_000 }, (_, i) => `line ${i} ${(i * 7919) % 1000}\n`).join(
      ''
    )
    await writeFile(join(root, 'a.js'), 'small one\n')
    await writeFile(join(root, 'b.js'), big) // several times the 64 KB scratch buffer
    await writeFile(join(root, 'c.js'), 'small two\n')
    const pkg = await zipFolder(root)
    const reread = await openZipBuffer(await pkg.bytes(), root)
    expect(await reread.readText('a.js')).toBe('small one\n')
    expect(await reread.readText('b.js', 10_000_000)).toBe(big)
    expect(await reread.readText('c.js')).toBe('small two\n')
    expect(pkg.facts.uncompressedBytes).toBe(Buffer.byteLength(big) + 20)
  })

  it('gives no entries for an empty folder', async () => {
    const pkg = await zipFolder(await tempDir())
    expect(pkg.facts.entries).toEqual([])
    expect(pkg.facts.uncompressedBytes).toBe(0)
    expect(pkg.facts.zipBytes).toBe(22) // just the end-of-central-directory record
  })

  it('skips .git directories', async () => {
    const root = await writeTree(['index.js'], new Date(), 0o644)
    await mkdir(join(root, '.git', 'objects'), { recursive: true })
    await writeFile(join(root, '.git', 'config'), '[core]\n')
    await mkdir(join(root, 'vendor', 'dep', '.git'), { recursive: true })
    await writeFile(join(root, 'vendor', 'dep', '.git', 'HEAD'), 'ref\n')
    await writeFile(join(root, '.gitignore'), 'node_modules\n')
    const pkg = await zipFolder(root)
    expect(pkg.facts.entries.map(entry => entry.name)).toEqual(['.gitignore', 'index.js'])
  })
})

describe('zipFolder and symlinks', () => {
  async function linkTree(): Promise<{ root: string; outside: string }> {
    const outside = await tempDir('pkg-outside-')
    await writeFile(join(outside, 'secret.txt'), 'do not ship\n')
    const root = await writeTree(['index.js', 'lib/util.js'], new Date(), 0o644)
    await symlink('lib/util.js', join(root, 'alias.js')) // inside: stored as content
    await symlink('lib', join(root, 'libdir')) // inside, a directory: walked
    await symlink(join(outside, 'secret.txt'), join(root, 'absolute.txt')) // absolute: refused
    await symlink(`../${outside.split('/').pop()}/secret.txt`, join(root, 'relative-out.txt')) // leaves: refused
    await symlink('missing.js', join(root, 'dangling.js')) // dangling: refused
    await symlink('..', join(root, 'lib', 'parent')) // a cycle back to the root: refused
    return { root, outside }
  }

  it('stores links inside the folder as content and refuses the others as facts', async () => {
    const { root, outside } = await linkTree()
    const pkg = await zipFolder(root)
    const facts = Object.fromEntries(pkg.facts.entries.map(entry => [entry.name, entry]))
    expect(Object.keys(facts)).toEqual([
      'absolute.txt',
      'alias.js',
      'dangling.js',
      'index.js',
      'lib/parent',
      'lib/util.js',
      'libdir/parent',
      'libdir/util.js',
      'relative-out.txt'
    ])
    expect(facts['alias.js']).toMatchObject({
      uncompressedSize: Buffer.byteLength(FILES['lib/util.js'] ?? '')
    })
    expect(facts['alias.js']?.symlink).toBeUndefined()
    expect(facts['libdir/util.js']?.symlink).toBeUndefined()
    expect(facts['absolute.txt']).toEqual({
      name: 'absolute.txt',
      compressedSize: 0,
      uncompressedSize: 0,
      isDirectory: false,
      symlink: { target: join(outside, 'secret.txt'), escapes: true }
    })
    expect(facts['relative-out.txt']?.symlink?.escapes).toBe(true)
    expect(facts['dangling.js']?.symlink).toEqual({ target: 'missing.js', escapes: true })
    expect(facts['lib/parent']?.symlink).toEqual({ target: '..', escapes: true })

    // The archive itself holds only regular files, and none of the refused links.
    const stored = await listZip(await zipPath(await pkg.bytes()))
    expect(stored.map(entry => entry.name)).toEqual([
      'alias.js',
      'index.js',
      'lib/util.js',
      'libdir/util.js'
    ])
    expect(stored.every(entry => entry.mode === 0o100644)).toBe(true)
    const reread = await openZipBuffer(await pkg.bytes(), root)
    expect(await reread.readText('alias.js')).toBe(FILES['lib/util.js'])
  })

  it('refuses to zip a named pipe rather than skip it', async () => {
    const root = await writeTree(['index.js'], new Date(), 0o644)
    execFileSync('mkfifo', [join(root, 'pipe')])
    await expect(zipFolder(root)).rejects.toThrow(/pipe is a named pipe/)
  })
})
