#!/usr/bin/env node
// `npm run package`: builds dist/ (the action) and dist/cli/ (the CLI) with @vercel/ncc's API,
// which takes two options its command line does not:
// - mainFields ['module', 'main']: the AWS SDK's ES-module builds, which minify to about a third
//   of its CommonJS ones (ncc's default is ['main'] only);
// - minify, with third-party licenses kept in licenses.txt.
// Dynamic import()s become chunk files beside index.js, loaded only by the runs that need them.
// ncc minifies index.js only, not those chunks: they are minified here with terser (the minifier
// ncc itself uses), which halves the CLI package (issue 16: under 2.5 MB) and what a deploy loads.
// licenses.txt is written here from every package in the bundle: ncc's license plugin writes one
// file per chunk under the same name, so with chunks only the last chunk's licenses would remain.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

/** Removes the previous build's .js files of `dir` (not of its subfolders: dist/cli is its own). */
function clean(dir) {
  mkdirSync(dir, { recursive: true })
  for (const name of readdirSync(dir)) if (/\.(c|m)?js(\.map)?$/.test(name)) rmSync(join(dir, name))
}

/** The package folders (…/node_modules/name or …/node_modules/@scope/name) behind `files`. */
function packageRoots(files) {
  const roots = new Set()
  for (const file of files) {
    const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file)
    if (m && existsSync(join(m[1], 'package.json'))) roots.add(m[1])
  }
  return [...roots]
}

/** Every source file in the bundle, concatenated modules' members included. */
function bundledFiles(compilation) {
  const files = []
  const visit = m => {
    if (m.resource) files.push(m.resource)
    for (const inner of m.modules ?? []) visit(inner)
  }
  for (const m of compilation.modules) visit(m)
  return files
}

/**
 * ncc's layout (name, license type, license text, a blank line), except that packages whose license
 * text is the same word for word (the AWS SDK's many Apache-2.0 copies) share one entry that names
 * them all: the notice is kept for every package, once. Sorted by name.
 */
function licensesOf(files) {
  const byText = new Map()
  for (const root of packageRoots(files)) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const file = readdirSync(root).find(f => /^(licen[cs]e|copying)/i.test(f))
    const text = file ? readFileSync(join(root, file), 'utf8').trim() : ''
    const key = `${pkg.license ?? 'UNKNOWN'}\n${text}`
    const names = byText.get(key) ?? new Set()
    byText.set(key, names.add(pkg.name))
  }
  return [...byText]
    .map(([key, names]) => ({ names: [...names].sort(), key }))
    .sort((a, b) => (a.names[0] < b.names[0] ? -1 : 1))
    .map(({ names, key }) => `${names.join('\n')}\n${key}\n`)
    .join('\n')
}

/**
 * The one module of ours allowed to start a process (the smoke run's child, spawn with an argv
 * array). A minified bundle no longer shows module boundaries, so the build itself checks its
 * module graph: a module of src/ other than this one that depends on child_process fails the build,
 * and so does a graph in which even this one is not found (the check would be blind).
 */
const SPAWNER = 'src/smoke/invoke.ts'

export function processStarters(compilation) {
  const found = new Set()
  const visit = m => {
    for (const inner of m.modules ?? []) visit(inner)
    const file = m.resource ? relative(ROOT, m.resource) : ''
    if (!file.startsWith('src/')) return
    const requests = (m.dependencies ?? []).map(d => d.request ?? '')
    if (requests.some(r => /^(node:)?child_process$/.test(r))) found.add(file)
  }
  for (const m of compilation.modules) visit(m)
  return [...found].sort()
}

/**
 * Worker threads' entry files: ncc sees `new Worker(new URL('./x.mjs', import.meta.url))` and
 * copies x.mjs beside index.js as it is, imports unresolved. Each is bundled on its own here and
 * written in place of that copy; a build whose bundle no longer names one fails.
 */
const WORKERS = { 'deflate-worker.mjs': 'src/package/deflate-worker.mjs' }

async function bundleWorkers(entry, assets, compilations) {
  const { default: ncc } = await import('@vercel/ncc')
  for (const [name, source] of Object.entries(WORKERS)) {
    if (!(name in assets))
      throw new Error(`${entry}: ${name} (${source}) is not among the bundle's files any more`)
    const { code, stats } = await ncc(join(ROOT, source), {
      minify: true,
      sourceMap: false,
      quiet: true
    })
    assets[name] = { source: code, permissions: 0o644 }
    compilations.push(stats.compilation)
  }
}

/** ncc's own settings for index.js (no compression passes: fast, and stack traces keep names). */
async function minifyChunk(name, source) {
  const { minify } = await import('terser')
  const r = await minify(String(source), {
    module: true,
    compress: false,
    mangle: { keep_classnames: true, keep_fnames: true },
    format: { comments: false }
  })
  if (r.code === undefined) throw new Error(`${name}: terser returned nothing`)
  return r.code
}

async function build(entry, out) {
  const { default: ncc } = await import('@vercel/ncc')
  clean(out)
  const { code, assets, stats } = await ncc(join(ROOT, entry), {
    minify: true,
    mainFields: ['module', 'main'],
    sourceMap: false,
    quiet: true
  })
  writeFileSync(join(out, 'index.js'), code)
  const compilations = [stats.compilation]
  await bundleWorkers(entry, assets, compilations)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true })
    const source = /\.index\.js$/.test(name) ? await minifyChunk(name, asset.source) : asset.source
    writeFileSync(join(out, name), source, { mode: asset.permissions })
  }
  writeFileSync(join(out, 'licenses.txt'), licensesOf(compilations.flatMap(bundledFiles)))
  const starters = processStarters(stats.compilation)
  if (starters.join() !== SPAWNER)
    throw new Error(
      `${entry}: modules of src/ that depend on child_process: ${starters.join(', ') || 'none found'}; only ${SPAWNER} may (see __tests__/security.integration.test.ts)`
    )
  const files = ['index.js', ...Object.keys(assets), 'licenses.txt']
  console.log(`${out}: ${files.join(', ')}`)
}

// `node scripts/package.mjs [folder]`: another output folder than dist/. Imported (the security
// test imports processStarters), it builds nothing.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const OUT = resolve(process.argv[2] ?? join(ROOT, 'dist'))
  await build('src/index.ts', OUT)
  await build('src/cli.ts', join(OUT, 'cli'))
}
