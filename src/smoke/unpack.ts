/**
 * Unpacks the exact bytes that would be uploaded into a fresh temporary folder, then makes it
 * read-only (Lambda's /var/task is read-only too, and the smoke run must not change the package).
 * Entries that would land outside the folder and links that escape it are skipped: the package
 * rules refuse those before a smoke run is attempted.
 */
import { chmod, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, sep } from 'node:path'
import yauzl from 'yauzl'
import type { OpenedPackage } from '../package/facts.js'
import { isSymlinkMode, unixMode } from '../package/symlinks.js'

export interface Unpacked {
  /** The temporary folder that holds `task/` (the package) and the runner's own files. */
  root: string
  taskRoot: string
  cleanup(): Promise<void>
}

const readEntry = (zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> =>
  new Promise((res, rej) =>
    zip.openReadStream(entry, (e, stream) => {
      if (e || !stream) return rej(e ?? new Error('no stream'))
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('error', rej)
      stream.on('end', () => res(Buffer.concat(chunks)))
    })
  )

function eachEntry(zip: yauzl.ZipFile, visit: (e: yauzl.Entry) => Promise<void>): Promise<void> {
  return new Promise((res, rej) => {
    zip.on('entry', (e: yauzl.Entry) =>
      visit(e).then(
        () => zip.readEntry(),
        err => {
          zip.close()
          rej(err)
        }
      )
    )
    zip.on('end', () => res())
    zip.on('error', rej)
    zip.readEntry()
  })
}

async function extract(bytes: Buffer, taskRoot: string, escaping: Set<string>): Promise<void> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true })
  await eachEntry(zip, async entry => {
    const target = resolve(taskRoot, entry.fileName)
    if (!target.startsWith(taskRoot + sep) || escaping.has(entry.fileName)) return
    if (entry.fileName.endsWith('/')) return void (await mkdir(target, { recursive: true }))
    await mkdir(dirname(target), { recursive: true })
    const data = await readEntry(zip, entry)
    if (isSymlinkMode(entry.externalFileAttributes))
      return void (await symlink(data.toString('utf8'), target))
    const executable = (unixMode(entry.externalFileAttributes) & 0o111) !== 0
    await writeFile(target, data, { mode: executable ? 0o755 : 0o644 })
  })
}

/** Walks the tree: folders get `dirMode`, files keep their execute bits under `fileMask`. */
async function chmodTree(dir: string, fileMask: number, dirMode: number): Promise<void> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) await chmodTree(p, fileMask, dirMode)
    else if (e.isFile()) await chmod(p, ((await stat(p)).mode & 0o111) | fileMask)
  }
  await chmod(dir, dirMode)
}

export async function unpack(pkg: OpenedPackage): Promise<Unpacked> {
  const root = await mkdtemp(join(tmpdir(), 'led-smoke-'))
  const taskRoot = join(root, 'task')
  const cleanup = async (): Promise<void> => {
    await chmodTree(taskRoot, 0o644, 0o755).catch(() => undefined)
    await rm(root, { recursive: true, force: true })
  }
  try {
    await mkdir(taskRoot)
    const escaping = new Set(pkg.facts.entries.filter(e => e.symlink?.escapes).map(e => e.name))
    await extract(await pkg.bytes(), taskRoot, escaping)
    await chmodTree(taskRoot, 0o444, 0o555)
    return { root, taskRoot, cleanup }
  } catch (e) {
    await cleanup()
    throw e
  }
}
