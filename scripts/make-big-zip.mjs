#!/usr/bin/env node
// Writes a large zip of incompressible data for measuring the package reader (not product code).
//
//   node scripts/make-big-zip.mjs [out.zip] [--entries 10000] [--bytes 52428800]
//
// Entries are stored (no deflate) and filled with random bytes, so the file really is about
// --bytes long: the point is to prove that reading the facts costs the central directory only,
// whatever the archive's size. Importable too: `makeBigZip(path, { entries, totalBytes })`.
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import yazl from 'yazl'

/** Deep-ish names like a real node_modules tree, so the central directory is realistically sized. */
function entryName(i) {
  return `node_modules/pkg-${Math.floor(i / 50)}/lib/module-${i}.js`
}

/**
 * @param {string} outPath
 * @param {{ entries?: number, totalBytes?: number }} [options]
 * @returns {Promise<{ path: string, bytes: number, entries: number }>}
 */
export async function makeBigZip(
  outPath,
  { entries = 10_000, totalBytes = 50 * 1024 * 1024 } = {}
) {
  const perEntry = Math.max(1, Math.floor(totalBytes / entries))
  const zip = new yazl.ZipFile()
  for (let i = 0; i < entries; i++) {
    zip.addBuffer(randomBytes(perEntry), entryName(i), { compress: false })
  }
  zip.end()
  await new Promise((resolve, reject) => {
    const out = createWriteStream(outPath)
    out.on('close', resolve)
    out.on('error', reject)
    zip.outputStream.on('error', reject)
    zip.outputStream.pipe(out)
  })
  return { path: outPath, bytes: (await stat(outPath)).size, entries }
}

function parseArgs(argv) {
  const options = { out: undefined, entries: 10_000, totalBytes: 50 * 1024 * 1024 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--entries') options.entries = Number(argv[++i])
    else if (arg === '--bytes') options.totalBytes = Number(argv[++i])
    else options.out = arg
  }
  if (!Number.isInteger(options.entries) || options.entries < 1)
    throw new Error('--entries must be a positive integer')
  if (!Number.isInteger(options.totalBytes) || options.totalBytes < 1)
    throw new Error('--bytes must be a positive integer')
  return options
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { out, entries, totalBytes } = parseArgs(process.argv.slice(2))
  const path = out ?? join(await mkdtemp(join(tmpdir(), 'big-zip-')), 'big.zip')
  const made = await makeBigZip(path, { entries, totalBytes })
  console.log(`${made.path} ${made.bytes} bytes, ${made.entries} entries`)
}
