// An integration suite (no emulator): other tools read the archives back, Python's zipfile and
// Info-ZIP's unzip, in child processes, which `npm run test:unit` leaves out.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { tableCrc32, zipWriter, type ZipInput } from '../../src/package/zip-writer.js'
import { openZipBuffer } from '../../src/package/zip-reader.js'
import { listZip, removeTempDirs, sha256, tempDir } from './fixtures.js'

afterAll(removeTempDirs)

const text = (s: string): Uint8Array => Buffer.from(s, 'utf8')

function zip(entries: ZipInput[]): Buffer {
  const w = zipWriter()
  for (const e of entries) w.add(e)
  return w.finish()
}

async function onDisk(bytes: Buffer): Promise<string> {
  const path = join(await tempDir('zip-writer-'), 'out.zip')
  await writeFile(path, bytes)
  return path
}

/** What Python's zipfile reads back: name -> content, after checking every CRC (testzip). */
function extract(path: string): Record<string, string> {
  const script = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zf:
    assert zf.testzip() is None
    print(json.dumps({i.filename: zf.read(i).decode('latin-1') for i in zf.infolist()}))
`
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as Record<
    string,
    string
  >
}

const ENTRIES: ZipInput[] = [
  { name: 'index.mjs', mode: 0o100644, data: text('export const handler = async e => e\n') },
  { name: 'lib/big.js', mode: 0o100644, data: text('module.exports = 1;\n'.repeat(5000)) },
  { name: 'bin/run', mode: 0o100755, data: text('#!/bin/sh\necho hi\n') },
  { name: 'empty.txt', mode: 0o100644, data: new Uint8Array(0) },
  { name: 'naïve €.txt', mode: 0o100644, data: text('utf-8 names\n') }
]

describe('zipWriter', () => {
  // The same entries give these exact bytes on any machine, Node release or time zone: the
  // deflate is fflate's (plain JS), not the zlib Node happens to bundle. If this hash changes,
  // every folder deployed before gets a new CodeSha256: bump it only on purpose (a new fflate).
  it('writes the same bytes everywhere (golden hash)', () => {
    expect(sha256(zip(ENTRIES))).toBe(GOLDEN)
  })

  it('writes an archive other tools read back exactly, CRCs checked', async () => {
    const path = await onDisk(zip(ENTRIES))
    const expected = Object.fromEntries(
      ENTRIES.map(e => [e.name, Buffer.from(e.data).toString('latin1')])
    )
    expect(extract(path)).toEqual(expected)
    const listed = await listZip(path)
    expect(listed.map(e => e.mode)).toEqual(ENTRIES.map(e => e.mode))
    expect(listed.every(e => e.extraLength === 0)).toBe(true)
    expect(listed.every(e => e.dateTime.join() === '1980,1,1,0,0,0')).toBe(true)
    execFileSync('unzip', ['-tq', path]) // Info-ZIP agrees (throws on a bad archive)
  })

  it('stores what deflate cannot shrink and deflates the rest', async () => {
    const noise = randomBytes(4096)
    const bytes = zip([
      { name: 'noise.bin', mode: 0o100644, data: noise },
      { name: 'text.js', mode: 0o100644, data: text('a'.repeat(4096)) }
    ])
    const pkg = await openZipBuffer(bytes, 'x.zip')
    const [n, t] = pkg.facts.entries
    expect(n).toMatchObject({ name: 'noise.bin', compressedSize: 4096, uncompressedSize: 4096 })
    expect(t!.compressedSize).toBeLessThan(100)
    expect(Buffer.from(extract(await onDisk(bytes))['noise.bin']!, 'latin1')).toEqual(noise)
  })

  it('writes Zip64 end records past 65,534 entries, which Python and our reader follow', async () => {
    const entries = Array.from({ length: 65_536 }, (_, i) => ({
      name: `f/${i}`,
      mode: 0o100644,
      data: new Uint8Array(0)
    }))
    const bytes = zip(entries)
    expect(bytes.readUInt16LE(bytes.length - 12)).toBe(0xffff) // the classic count is saturated
    const pkg = await openZipBuffer(bytes, 'many.zip')
    expect(pkg.facts.corrupt).toBeUndefined()
    expect(pkg.facts.entries).toHaveLength(65_536)
    const count = execFileSync(
      'python3',
      [
        '-c',
        'import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).infolist()))',
        await onDisk(bytes)
      ],
      { encoding: 'utf8' }
    )
    expect(count.trim()).toBe('65536')
  }, 60_000)

  it('computes CRC-32 the same way without zlib.crc32 (Node before 20.15)', () => {
    const samples = [new Uint8Array(0), text('123456789'), randomBytes(10_000)]
    expect(tableCrc32(text('123456789'))).toBe(0xcbf43926) // the standard check value
    if (typeof zlib.crc32 === 'function')
      for (const s of samples) expect(tableCrc32(s)).toBe(zlib.crc32(s))
  })
})

const GOLDEN = 'ce0387721a9d36b71af74b1ccfad2db18a3d5bd19843ba40ae2983309fb4240d'
