/**
 * Archives that say different things to different extractors, made byte by byte with Python's
 * zipfile and struct (no zip library writes them on purpose), read by openZip and judged by the
 * rule table: what a user sees is the finding.
 */
import { join } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { openZip } from '../../src/package/zip-reader.js'
import { evaluate } from '../../src/rules/evaluate.js'
import { goodFn } from '../helpers/facts.js'
import { hostileZip, type HostileEntry } from '../helpers/zip.js'
import { removeTempDirs, tempDir } from './fixtures.js'

afterAll(removeTempDirs)

const fn = goodFn()

async function hostile(entries: HostileEntry[]): Promise<string> {
  const path = join(await tempDir(), 'hostile.zip')
  await writeFile(path, hostileZip(entries))
  return path
}

async function findings(entries: HostileEntry[]): Promise<string[]> {
  const { facts } = await openZip(await hostile(entries))
  expect(facts.corrupt).toBeUndefined()
  return evaluate({
    eventType: 'viewer-request',
    includeBody: false,
    fn,
    pkg: facts,
    today: '2026-12-01'
  }).findings.map(f => `${f.rule}: ${f.actual}`)
}

describe('hostile zips, read and judged', () => {
  it('a clean archive of the same shape passes (the control)', async () => {
    expect(await findings([{ name: 'index.js' }, { name: 'lib/util.js' }])).toEqual([])
  })

  it('a Unicode Path field that hides ../ from one extractor is refused under the raw name', async () => {
    expect(
      await findings([{ name: 'index.js' }, { name: '../evil.js', unicodeName: 'evil.js' }])
    ).toEqual(['entry-paths: ../evil.js (another name of "evil.js")'])
  })

  it('a Unicode Path field naming ../ is refused too', async () => {
    expect(
      await findings([{ name: 'index.js' }, { name: 'good.js', unicodeName: '../../x.js' }])
    ).toEqual(['entry-paths: ../../x.js'])
  })

  it('a local header that names another file is refused, and so is a path only it carries', async () => {
    expect(
      await findings([{ name: 'index.js' }, { name: 'aa/evil.js', localName: '../evil.js' }])
    ).toEqual([
      'entry-paths: ../evil.js (another name of "aa/evil.js")',
      'zip-consistency: "aa/evil.js" is named "../evil.js" in its local header'
    ])
  })

  it('a local header whose size disagrees with the central directory is refused', async () => {
    expect(
      await findings([{ name: 'index.js', data: 'exports.handler = 1\n', localSize: 99 }])
    ).toEqual(['zip-consistency: "index.js": central directory says 20 bytes, local header 99'])
  })

  it('two entries with one name are refused', async () => {
    expect(await findings([{ name: 'index.js' }, { name: 'index.js', data: 'other' }])).toEqual([
      'zip-consistency: "index.js" is stored more than once (which copy Lambda extracts is undefined)'
    ])
  })

  it('files Lambda cannot read (0600, 0000) are refused; 0644 and 0755 and no Unix modes pass', async () => {
    expect(
      await findings([
        { name: 'index.js', mode: 0o100600 },
        { name: 'other.js', mode: 0o100000 },
        { name: 'ok.js', mode: 0o100644 },
        { name: 'bin/run', mode: 0o100755 },
        { name: 'windows.js', dos: true }
      ])
    ).toEqual(['file-modes: index.js has mode 0600', 'file-modes: other.js has mode 0000'])
  })
})
