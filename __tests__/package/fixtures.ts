/** Test fixtures for src/package: temp folders, crafted zips, and what Python's zipfile sees. */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/** What Python's zipfile sees in an archive: name, DOS date_time, unix mode, compressed flag. */
export interface ListedEntry {
  name: string
  dateTime: number[]
  mode: number
  extraLength: number
}

export function listZip(path: string): ListedEntry[] {
  const script = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zf:
    print(json.dumps([{'name': i.filename, 'dateTime': list(i.date_time), 'mode': i.external_attr >> 16, 'extraLength': len(i.extra)} for i in zf.infolist()]))
`
  return JSON.parse(
    execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })
  ) as ListedEntry[]
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
