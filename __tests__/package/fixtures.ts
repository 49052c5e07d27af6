/** Test fixtures for src/package: temp folders, crafted zips, and what a third-party reader sees. */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yauzl from 'yauzl'
import { rawZip } from '../helpers/raw-zip.js'

const made: string[] = []

/** A fresh directory under os.tmpdir(); removeTempDirs() deletes them all. */
export async function tempDir(prefix = 'pkg-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
}

/** One entry for craftZip. `link` makes it a symlink whose stored data is the target. */
export interface CraftedEntry {
  name: string
  data?: string
  link?: string
  directory?: boolean
  stored?: boolean
}

/**
 * Writes a zip that (unlike our builder or yazl) stores any name, `..` and absolute ones included,
 * with external attributes that mark symlinks and directories.
 */
export function craftZip(path: string, entries: CraftedEntry[]): void {
  const raw = entries.map(e => ({
    name: e.name,
    date: [2020, 1, 1, 0, 0, 0] as [number, number, number, number, number, number],
    stored: e.stored ?? false,
    ...(e.link !== undefined
      ? { data: e.link, mode: 0o120777 }
      : e.directory
        ? { data: '', mode: 0o40755, dosBits: 0x10 }
        : { data: e.data ?? '', mode: 0o100644 })
  }))
  writeFileSync(path, rawZip(raw))
}

/** What yauzl (a third-party reader) sees in an archive: name, DOS date_time, unix mode, extra length. */
export interface ListedEntry {
  name: string
  dateTime: number[]
  mode: number
  extraLength: number
}

export async function listZip(path: string): Promise<ListedEntry[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: false }, (e, z) => (e ? reject(e) : resolve(z)))
  )
  const listed: ListedEntry[] = []
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      const t = e.lastModFileTime
      const d = e.lastModFileDate
      listed.push({
        name: e.fileName,
        dateTime: [(d >> 9) + 1980, (d >> 5) & 15, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2],
        mode: e.externalFileAttributes >>> 16,
        extraLength: e.extraFields.reduce((sum, f) => sum + 4 + f.data.length, 0)
      })
    })
    zip.on('end', resolve)
    zip.on('error', reject)
  })
  zip.close()
  return listed
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
