/**
 * Escaping for text we did not write (branch names, titles, AWS messages): in a table cell or a
 * comment it must stay text, never become a link, an image, HTML or a broken table.
 */
// Enough to stop links, images, emphasis, HTML and table breaks; '.', '-', '#' only matter at a line
// start, and we never start a line with foreign text.
const SPECIAL = /[\\`*_{}[\]|<>&~"']/g

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r?\n/g, ' ')
      .replace(SPECIAL, ch => {
        if (ch === '<') return '&lt;'
        if (ch === '>') return '&gt;'
        if (ch === '&') return '&amp;'
        if (ch === '"') return '&quot;'
        if (ch === "'") return '&#39;'
        return `\\${ch}`
      })
      // A bare @mention in a comment pings people; a zero-width joiner keeps it inert.
      .replace(/@(?=\w)/g, '@\u200d')
  )
}

/** Inline code that cannot be broken out of: long enough fences, newlines folded. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map(r => r.length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
