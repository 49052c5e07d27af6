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
