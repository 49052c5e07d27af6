/** Zips for tests: ordinary ones, and stored (uncompressed) ones of an exact total size. */
import yazl from 'yazl'
import { rawZip, unicodePathExtra } from './raw-zip.js'

export async function makeZip(
  files: Record<string, string | Buffer>,
  opts: { compress?: boolean } = {}
): Promise<Buffer> {
  const z = new yazl.ZipFile()
  for (const [name, data] of Object.entries(files))
    z.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name, {
      mtime: new Date(315532800000),
      compress: opts.compress ?? true
    })
  z.end()
  const chunks: Buffer[] = []
  for await (const c of z.outputStream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** A zip of exactly `size` bytes: the handler plus an uncompressed padding file. */
export async function zipOfSize(size: number, handler: Record<string, string>): Promise<Buffer> {
  const probe = await makeZip({ ...handler, 'padding.bin': Buffer.alloc(0) }, { compress: false })
  const zip = await makeZip(
    { ...handler, 'padding.bin': Buffer.alloc(size - probe.length, 0x61) },
    { compress: false }
  )
  if (zip.length !== size) throw new Error(`zipOfSize: built ${zip.length}, wanted ${size}`)
  return zip
}

export const NODE_HANDLER = {
  'index.mjs': 'export const handler = async event => event.Records[0].cf.request\n'
}

type Crafted = string | { zeros: number }

/**
 * Archives no well-behaved zip library writes (yazl refuses `..` names): names and modes stored as
 * given. Symlinks carry the S_IFLNK mode in the external attributes and their target as data.
 */
export function craftedZip(
  files: Record<string, Crafted>,
  symlinks: Record<string, string> = {}
): Buffer {
  return rawZip([
    ...Object.entries(files).map(([name, data]) => ({
      name,
      data: typeof data === 'string' ? data : Buffer.alloc(data.zeros)
    })),
    ...Object.entries(symlinks).map(([name, target]) => ({
      name,
      data: target,
      stored: true,
      mode: 0o120777
    }))
  ])
}

/** One entry of hostileZip: what it stores, and which header lies about it. */
export interface HostileEntry {
  name: string
  data?: string
  mode?: number
  /** Written as a Windows tool does: DOS attributes only, no Unix modes. */
  dos?: boolean
  /** An Info-ZIP Unicode Path extra field (0x7075) naming the entry this instead. */
  unicodeName?: string
  /** Rewrite the name in the local header only (same length). */
  localName?: string
  /** Rewrite the uncompressed size in the local header only. */
  localSize?: number
}

/**
 * Archives that say different things to different extractors: a Unicode Path field beside the raw
 * name, a local header that disagrees with the central directory, Unix modes nobody else can read.
 */
export function hostileZip(entries: HostileEntry[]): Buffer {
  return rawZip(
    entries.map(e => ({
      name: e.name,
      data: e.data ?? 'exports.handler = async e => e\n',
      stored: true,
      date: [2020, 1, 1, 0, 0, 0],
      ...(e.dos ? { dos: true } : { mode: e.mode ?? 0o100644 }),
      ...(e.unicodeName ? { extra: unicodePathExtra(e.name, e.unicodeName) } : {}),
      ...(e.localName !== undefined ? { localName: e.localName } : {}),
      ...(e.localSize !== undefined ? { localSize: e.localSize } : {})
    }))
  )
}
