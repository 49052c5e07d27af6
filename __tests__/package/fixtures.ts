/** Test fixtures for src/package: temp folders and zips crafted with Python's zipfile. */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

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
 * Writes a zip with Python's zipfile, which (unlike our builder or yazl) lets a test store any
 * name, `..` and absolute ones included, and set external_attr to mark symlinks.
 */
export function craftZip(path: string, entries: CraftedEntry[]): void {
  const script = `
import json, sys, zipfile
out, entries = sys.argv[1], json.loads(sys.argv[2])
with zipfile.ZipFile(out, 'w') as zf:
    for e in entries:
        info = zipfile.ZipInfo(e['name'], date_time=(2020, 1, 1, 0, 0, 0))
        info.create_system = 3
        info.compress_type = zipfile.ZIP_STORED if e.get('stored') else zipfile.ZIP_DEFLATED
        if e.get('link') is not None:
            info.external_attr = (0o120777 << 16)
            zf.writestr(info, e['link'])
        elif e.get('directory'):
            info.external_attr = (0o40755 << 16) | 0x10
            zf.writestr(info, '')
        else:
            info.external_attr = (0o100644 << 16)
            zf.writestr(info, e.get('data', ''))
`
  execFileSync('python3', ['-c', script, path, JSON.stringify(entries)])
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
