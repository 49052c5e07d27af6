import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync, inflateSync } from 'fflate'
import { deflateRawInto } from '../../src/package/deflate-raw.mjs'

// The vendored compressor reuses its tables between calls; fflate allocates fresh ones. Any
// difference in the bytes would change every folder's CodeSha256, so they are compared on
// inputs of every kind, one call after another (a table left dirty by a call shows in the next).
const same = (data: Uint8Array): void => {
  const ours = Buffer.from(deflateRawInto(data, 6))
  expect(ours.equals(Buffer.from(deflateSync(data, { level: 6 })))).toBe(true)
  expect(Buffer.from(inflateSync(ours)).equals(Buffer.from(data))).toBe(true)
}

const textLike = fc
  .array(fc.constantFrom('const ', 'x', ' = ', 'require(', '"a"', ');\n', 'function ', '{}'), {
    maxLength: 3000
  })
  .map(parts => Buffer.from(parts.join('')))

describe('deflateRawInto', () => {
  it('writes what fflate writes, call after call, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.uint8Array({ maxLength: 70_000 }), textLike), {
          minLength: 1,
          maxLength: 6
        }),
        inputs => inputs.forEach(same)
      ),
      { numRuns: 60 }
    )
  })

  it('writes what fflate writes for empty, tiny, window-sized and repetitive inputs', () => {
    for (const n of [0, 1, 2, 3, 32_767, 32_768, 32_769, 200_000]) {
      same(new Uint8Array(n))
      same(Buffer.from('abc'.repeat(n)).subarray(0, n))
    }
    const source = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'package', 'deflate-raw.mjs')
    )
    same(source)
    same(source.subarray(0, 1000))
  })

  it('returns a view the next call overwrites (the writer copies it first)', () => {
    const first = deflateRawInto(Buffer.from('a'.repeat(1000)), 6)
    const copy = Buffer.from(first)
    deflateRawInto(Buffer.from('b'.repeat(5000) + 'c'.repeat(5000)), 6)
    expect(Buffer.from(first).equals(copy)).toBe(false)
  })
})
