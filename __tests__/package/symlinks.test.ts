import { isSymlinkMode, linkEscapes } from '../../src/package/symlinks.js'

function escapes(name: string, target: string, others: Record<string, string> = {}): boolean {
  return linkEscapes(name, target, new Map([...Object.entries(others), [name, target]]))
}

describe('isSymlinkMode', () => {
  it('reads S_IFLNK from the upper 16 bits of the external attributes', () => {
    expect(isSymlinkMode(0o120777 * 0x10000)).toBe(true)
    expect(isSymlinkMode(0o100644 * 0x10000)).toBe(false)
    expect(isSymlinkMode(0o040755 * 0x10000)).toBe(false)
    expect(isSymlinkMode(0x20)).toBe(false) // MS-DOS archive bit only
  })
})

describe('linkEscapes', () => {
  it.each([
    ['a', 'b', false],
    ['lib/a', '../index.js', false],
    ['lib/a', './b/../c', false],
    ['a', '.', false],
    ['a', '..', true],
    ['lib/a', '../../x', true],
    ['a', '/etc/passwd', true],
    ['a', 'b/../../x', true],
    ['a', '', false]
  ])('%s -> %s escapes: %s', (name, target, expected) => {
    expect(escapes(name, target)).toBe(expected)
  })

  it('follows other links before applying ..', () => {
    expect(escapes('sneaky', 'here/../outside', { here: '.' })).toBe(true)
    expect(escapes('fine', 'deep/../x', { deep: 'a/b' })).toBe(false)
    expect(escapes('up', 'lib/parent/x', { 'lib/parent': '../..' })).toBe(true)
  })

  it('resolves the folder a link sits in through links too', () => {
    // "dir" is a link to the root's parent, so anything beneath it is outside.
    expect(escapes('dir/inner', 'x', { dir: '..' })).toBe(true)
  })

  it('treats an endless chain as escaping', () => {
    expect(escapes('a', 'b/x', { b: 'a' })).toBe(true)
  })
})
