/** Zips for tests: ordinary ones, and stored (uncompressed) ones of an exact total size. */
import { execFileSync } from 'node:child_process'
import yazl from 'yazl'

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
 * Archives no well-behaved zip library writes (yazl refuses `..` names): made by Python's zipfile,
 * which stores names and modes as given. Symlinks carry the S_IFLNK mode in the external attributes.
 */
export function craftedZip(
  files: Record<string, Crafted>,
  symlinks: Record<string, string> = {}
): Buffer {
  const script = `
import io, json, sys, zipfile
spec = json.loads(sys.stdin.read())
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in spec['files'].items():
        info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o100644 << 16
        z.writestr(info, b'\\0' * data['zeros'] if isinstance(data, dict) else data.encode())
    for name, target in spec['symlinks'].items():
        info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
        info.create_system = 3
        info.external_attr = 0o120777 << 16
        z.writestr(info, target.encode())
sys.stdout.buffer.write(buf.getvalue())
`
  return execFileSync(process.env.PYTHON ?? 'python3', ['-c', script], {
    input: JSON.stringify({ files, symlinks }),
    maxBuffer: 64 * 1024 * 1024
  })
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

const HOSTILE_SCRIPT = String.raw`
import io, json, struct, sys, zipfile, zlib, warnings
warnings.simplefilter('ignore')
specs = json.loads(sys.stdin.read())
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as z:
    for s in specs:
        info = zipfile.ZipInfo(s['name'], (2020, 1, 1, 0, 0, 0))
        info.create_system = 3
        if s.get('dos'):
            info.create_system, info.external_attr = 0, 0x20  # what Windows tools write: DOS attributes only
        else:
            info.external_attr = (s['mode'] if s.get('mode') is not None else 0o100644) << 16
        if s.get('unicodeName'):
            raw = s['name'].encode('cp437')
            data = struct.pack('<BI', 1, zlib.crc32(raw)) + s['unicodeName'].encode('utf-8')
            info.extra = struct.pack('<HH', 0x7075, len(data)) + data
        z.writestr(info, s.get('data', 'exports.handler = async e => e\n'))
out = bytearray(buf.getvalue())
at = 0
for s in specs:
    at = out.index(b'PK\x03\x04', at)
    n = struct.unpack_from('<H', out, at + 26)[0]
    if s.get('localName'):
        out[at + 30:at + 30 + n] = s['localName'].encode('cp437')
    if s.get('localSize') is not None:
        struct.pack_into('<I', out, at + 22, s['localSize'])
    at += 30
sys.stdout.buffer.write(bytes(out))
`

/**
 * Archives that say different things to different extractors: a Unicode Path field beside the raw
 * name, a local header that disagrees with the central directory, Unix modes nobody else can read.
 * Written by Python's zipfile, then patched with struct where no library would write the lie.
 */
export function hostileZip(entries: HostileEntry[]): Buffer {
  return execFileSync(process.env.PYTHON ?? 'python3', ['-c', HOSTILE_SCRIPT], {
    input: JSON.stringify(entries)
  })
}
