// Measurement 7: packaging a 20,000-file folder. The action validates the folder (so it zips it
// the way deploy would upload it) next to Info-ZIP's `zip -qr -X` on the same folder: wall time
// and peak RSS of each process, run alternately.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeFolder } from './make-folder.mjs'
import { interleaved, summarize, timed } from './measure.mjs'

export const FOLDER_FILES = 20_000
export const FOLDER_RATIO_TARGET = 1.5
export const FOLDER_RSS_TARGET_MB = 150

/**
 * `validate(folder)` runs the action and resolves to { wall, rssMb, status }. Returns the two
 * summaries (wall, RSS) for each contender, or undefined when `zip` is not installed.
 */
export async function measureFolder({ tmp, runs, validate, problems }) {
  const dir = join(tmp, 'folder')
  // FOLDER_FILES in all with the function's handler (index.handler), so the handler rule finds
  // its file and the zip-bomb rule (at most 20,000 entries) lets it through.
  const made = makeFolder(dir, { files: FOLDER_FILES - 1 })
  writeFileSync(
    join(dir, 'index.mjs'),
    'export const handler = async e => e.Records[0].cf.request\n'
  )
  const zipOnce = async () => {
    const out = join(tmp, 'folder-info-zip.zip')
    rmSync(out, { force: true })
    const r = await timed('zip', ['-qr', '-X', out, '.'], { cwd: dir, peakRss: true, tmpDir: tmp })
    if (r.code !== 0) {
      problems.push(`zip -qr -X: exit ${r.code}: ${r.stderr.trim().slice(-200)}`)
      return { wall: NaN, rssMb: NaN, cpu: NaN }
    }
    return { wall: r.wallMs, rssMb: ((r.peakRssKb ?? NaN) * 1024) / 1e6, cpu: r.cpuMs ?? NaN }
  }
  const hasZip = (await timed('zip', ['-v']).catch(() => ({ code: -1 }))).code === 0
  const action = async () => {
    const r = await validate(dir)
    if (r.status !== 'validated')
      problems.push(`validate of the folder: status ${r.status}: ${r.tail ?? ''}`)
    return r
  }
  await action() // warm-up: the page cache holds the folder for both contenders
  const [as, zs] = await interleaved(runs, action, hasZip ? zipOnce : undefined)
  const of = (rs, key) => summarize(rs.map(r => r[key]))
  return {
    made,
    hasZip,
    action: { wall: of(as, 'wall'), rss: of(as, 'rssMb'), cpu: of(as, 'cpu') },
    zip: hasZip ? { wall: of(zs, 'wall'), rss: of(zs, 'rssMb'), cpu: of(zs, 'cpu') } : undefined
  }
}
