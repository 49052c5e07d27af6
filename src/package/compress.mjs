// Compressing the entries of a folder's zip: the same code on the main thread and in the
// worker beside it (deflate-worker.mjs), so the bytes cannot depend on which thread did the work.
// Plain JavaScript because a worker thread loads it without TypeScript, from src/ in the tests
// and from the bundle's folder in dist/ (scripts/package.mjs bundles the worker).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { deflateRawInto } from './deflate-raw.mjs'

/**
 * Info-ZIP's default. Level 9 cost 1.6x the time for 0.001% smaller output on the bench folder
 * (20,000 files: 12,975,103 vs 12,975,183 bytes), and every event type's package limit is 50 MB,
 * so a byte saved no longer decides whether a viewer function fits. Changing it changes the bytes
 * (and CodeSha256) of every folder: only on purpose, with the golden hash in the tests.
 */
export const COMPRESSION_LEVEL = 6
export const STORED = 0
export const DEFLATED = 8

let table
/** CRC-32 for Node releases before zlib.crc32 (20.15, 22.2). */
export function tableCrc32(data) {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  let crc = 0xffffffff
  for (const byte of data) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
export const crc32 = typeof zlib.crc32 === 'function' ? data => zlib.crc32(data) : tableCrc32

/**
 * One entry's stored form: deflated, or as it is when deflating does not make it smaller (empty
 * or incompressible files). `body` may be a view the next call overwrites.
 */
export function compressEntry(data) {
  const deflated = deflateRawInto(data, COMPRESSION_LEVEL)
  const stored = deflated.length >= data.length
  return {
    method: stored ? STORED : DEFLATED,
    crc: crc32(data),
    size: data.length,
    body: stored ? data : deflated
  }
}

let readBuffer = Buffer.allocUnsafe(64 * 1024)
/**
 * A whole file into one reused buffer (grown when too small): a view valid until the next read,
 * and whether any execute bit is set (fstat on the open file: cheaper than a stat by path
 * during the walk, and done here on both threads).
 */
function readWhole(path) {
  const fd = openSync(path, 'r')
  try {
    const executable = (fstatSync(fd).mode & 0o111) !== 0
    let used = 0
    for (;;) {
      if (used === readBuffer.length) {
        const bigger = Buffer.allocUnsafe(readBuffer.length * 2)
        readBuffer.copy(bigger, 0, 0, used)
        readBuffer = bigger
      }
      const n = readSync(fd, readBuffer, used, readBuffer.length - used, null)
      if (n === 0) return { data: readBuffer.subarray(0, used), executable }
      used += n
    }
  } finally {
    closeSync(fd)
  }
}

/** Fields per file in a batch's `meta`: body length, size, CRC-32, method, executable (1 or 0). */
export const META_FIELDS = 5

/** Where a file of the walk (zip-builder.ts's FileItem) is read from. */
function filePath(root, file) {
  return file.realPath ?? join(root, file.name)
}

/**
 * Reads and compresses `files` (named under `root`, zip-builder.ts's FileItem), in order: their bodies one after the other in
 * `bodies`, and per file META_FIELDS numbers in `meta`. Both own their memory, so a worker can
 * transfer them.
 */
export function compressFiles(root, files) {
  let bodies = new Uint8Array(64 * 1024)
  let used = 0
  const meta = new Float64Array(files.length * META_FIELDS)
  files.forEach((file, i) => {
    const { data, executable } = readWhole(filePath(root, file))
    const e = compressEntry(data)
    if (used + e.body.length > bodies.length) {
      const bigger = new Uint8Array(Math.max(bodies.length * 2, used + e.body.length))
      bigger.set(bodies.subarray(0, used))
      bodies = bigger
    }
    bodies.set(e.body, used)
    used += e.body.length
    const at = i * META_FIELDS
    meta[at] = e.body.length
    meta[at + 1] = e.size
    meta[at + 2] = e.crc
    meta[at + 3] = e.method
    meta[at + 4] = executable ? 1 : 0
  })
  return { bodies: bodies.slice(0, used), meta }
}
