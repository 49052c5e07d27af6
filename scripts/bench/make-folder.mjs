// A node_modules-sized folder for the packaging bench: `files` JavaScript-like files (seeded, so
// every run and machine gets the same bytes) under pkg-N/lib/, sizes skewed like real packages
// (most files a few hundred bytes, a few up to 15 KB), about 1.6 KB on average.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const WORDS = (
  'const let var function return if else for while of in new this export import from default ' +
  'module exports require async await class extends super null undefined true false typeof ' +
  'value key options config result error callback promise resolve reject buffer length index ' +
  'object array string number parse stringify prototype call apply bind map filter reduce push'
).split(' ')

/** mulberry32: a tiny seeded PRNG, so the folder is the same everywhere. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function source(random, bytes) {
  const lines = []
  let size = 0
  while (size < bytes) {
    const n = 3 + Math.floor(random() * 9)
    const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)])
    const line = `${'  '.repeat(Math.floor(random() * 4))}${words.join(' ')} = ${Math.floor(random() * 1e6)};\n`
    lines.push(line)
    size += line.length
  }
  return lines.join('').slice(0, bytes)
}

/** Writes the folder at `dir`; returns its file count and total bytes. */
export function makeFolder(dir, { files = 20_000, perPackage = 50, seed = 17 } = {}) {
  const random = prng(seed)
  let total = 0
  for (let i = 0; i < files; i++) {
    const pkg = join(dir, 'node_modules', `pkg-${Math.floor(i / perPackage)}`, 'lib')
    if (i % perPackage === 0) mkdirSync(pkg, { recursive: true })
    // Log-uniform from 100 B to 15 KB, nine in ten halved: about 1.6 KB on average.
    const bytes = Math.floor(100 * Math.exp(random() * Math.log(150)) * (random() < 0.9 ? 0.5 : 1))
    const text = source(random, bytes)
    writeFileSync(join(pkg, `module-${i}.js`), text)
    total += text.length
  }
  return { files, bytes: total }
}
