// Turns what the runner would show (workflow commands on stdout, the job summary's Markdown) into
// plain text for a terminal, so `npm run demo` reads like the Actions UI rather than its raw input.

/** Workflow commands (::group::, ::error::, ...) as a person sees them in the Actions log. */
export function workflowLogToText(log) {
  const out = []
  for (const line of log.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) {
      out.push(line)
      continue
    }
    const [, command, props = '', message] = m
    const title = /title=([^,]*)/.exec(props)?.[1]
    const text = unescapeData(message)
    if (command === 'group') out.push(`▸ ${text}`)
    else if (command === 'error' || command === 'warning' || command === 'notice')
      out.push(`${command}${title ? ` (${unescapeData(title)})` : ''}: ${text}`)
    // endgroup, add-mask, debug, set-output and the like show nothing in the Actions UI.
  }
  return out.join('\n')
}

// @actions/core escapes %, \r and \n in command data: https://github.com/actions/toolkit (command.ts)
const unescapeData = s => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')

const inline = s =>
  s
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 <$2>')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')

function cells(row) {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map(c => inline(c.trim()))
}

function table(rows) {
  const body = rows.filter(r => !/^\|?\s*:?-{3,}/.test(r.trim())).map(cells)
  const widths = body[0].map((_, i) => Math.max(...body.map(r => [...(r[i] ?? '')].length)))
  const line = r => r.map((c, i) => c.padEnd(widths[i] + c.length - [...c].length)).join('  ')
  const [head, ...rest] = body.map(line)
  return [head, widths.map(w => '-'.repeat(w)).join('  '), ...rest].map(l => `  ${l.trimEnd()}`)
}

/** The job summary's Markdown as aligned plain text: headings underlined, tables in columns. */
export function markdownToText(md) {
  const lines = md.split('\n')
  const out = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim().startsWith('|')) {
      const rows = []
      while (i < lines.length && lines[i].trim().startsWith('|')) rows.push(lines[i++])
      i--
      out.push(...table(rows))
      continue
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading) {
      const text = inline(heading[2])
      out.push(text, (heading[1].length <= 2 ? '=' : '-').repeat([...text].length))
    } else if (line.startsWith('>')) out.push(`  ${inline(line.replace(/^>\s?/, ''))}`)
    else out.push(inline(line))
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
