/**
 * Does a Python handler module define the handler at module level? Read by a small Python lexer
 * rather than a regex or a child python3: strings, comments, bracket nesting and line continuations
 * are tokenised first, so a commented-out or quoted `def lambda_handler` never counts, and only
 * statements in module scope (including the bodies of module-level if/try/with/for blocks, never a
 * def or class body) define names. What binds a name: def, async def, class, assignment (plain,
 * chained, tuple, annotated, augmented), import ... as, from ... import. A star import, globals(),
 * setattr(), a call of exec or a module __getattr__ make the answer "too dynamic to tell". (A child python3
 * with `ast` would be exact, but this action runs no child processes: see the security tests.)
 */
import type { ExportVerdict } from './exports.js'

interface LogicalLine {
  indent: number
  /** The statement with string contents blanked and comments removed. */
  text: string
}

const STRING_START = /^([rRbBuUfF]{0,2})('''|"""|'|")/

/** Splits source into logical lines; undefined when a string or bracket never closes. */
function logicalLines(source: string): LogicalLine[] | undefined {
  const lines: LogicalLine[] = []
  let text = ''
  let depth = 0
  let indent = -1
  let i = 0
  const end = (): void => {
    if (text.trim() !== '') lines.push({ indent: Math.max(indent, 0), text: text.trim() })
    text = ''
    indent = -1
  }
  while (i < source.length) {
    const ch = source[i]!
    if (indent < 0 && text === '') {
      const m = /^[ \t]*/.exec(source.slice(i))![0]
      indent = m.replace(/\t/g, '        ').length
      i += m.length
      continue
    }
    const quote = STRING_START.exec(source.slice(i, i + 5))
    if (quote && (quote[1] === '' || !/[\w]/.test(source[i - 1] ?? ''))) {
      const delim = quote[2]!
      const raw = /r/i.test(quote[1]!)
      let j = i + quote[0].length
      while (j < source.length && !source.startsWith(delim, j)) {
        if (source[j] === '\\' && !raw) j++
        else if (delim.length === 1 && source[j] === '\n') return undefined
        j++
      }
      if (j >= source.length) return undefined
      text += '""'
      i = j + delim.length
    } else if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++
    } else if (ch === '\\' && source[i + 1] === '\n') {
      text += ' '
      i += 2
    } else if (ch === '\n') {
      if (depth === 0) end()
      else text += ' '
      i++
    } else {
      if ('([{'.includes(ch)) depth++
      else if (')]}'.includes(ch)) depth--
      text += ch
      i++
    }
  }
  if (depth !== 0) return undefined
  end()
  return lines
}

const SCOPE = /^(?:async\s+)?(?:def|class)\b/
const BLOCK =
  /^(?:if|elif|else|try|except|finally|with|async\s+with|for|async\s+for|while|match|case)\b.*:$/
const IDENT = /^[A-Za-z_]\w*$/

/** Splits at top-level commas (brackets already balanced on a logical line). */
function topLevelSplit(text: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if ('([{'.includes(ch)) depth++
    else if (')]}'.includes(ch)) depth--
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(from, i))
      from = i + separator.length
    }
  }
  parts.push(text.slice(from))
  return parts.map(p => p.trim())
}

/** Indexes of assignment `=` at bracket depth 0 (not ==, <=, >=, !=, :=, or a keyword argument). */
function assignmentTargets(text: string): string[] {
  const targets: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if ('([{'.includes(ch)) depth++
    else if (')]}'.includes(ch)) depth--
    else if (
      depth === 0 &&
      ch === '=' &&
      text[i + 1] !== '=' &&
      !'=<>!:'.includes(text[i - 1] ?? '')
    ) {
      targets.push(text.slice(from, i))
      from = i + 1
    }
  }
  return targets
}

function namesOfTarget(target: string): string[] {
  const bare = target.trim().replace(/^[([]|[)\]]$/g, '')
  return topLevelSplit(bare, ',')
    .map(t => t.replace(/^\*/, '').trim())
    .filter(t => IDENT.test(t))
}

interface Scan {
  names: Set<string>
  star: boolean
}

function bindings(text: string, scan: Scan): void {
  let m: RegExpExecArray | null
  if ((m = /^(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)/.exec(text))) scan.names.add(m[1]!)
  else if ((m = /^from\s+\S+\s+import\s+(.*)$/.exec(text))) {
    for (const item of topLevelSplit(m[1]!.replace(/^\(|\)$/g, ''), ',')) {
      if (item === '*') scan.star = true
      const name = /(?:\s+as\s+)?([A-Za-z_]\w*)$/.exec(item)?.[1]
      if (name && item !== '') scan.names.add(name)
    }
  } else if ((m = /^import\s+(.*)$/.exec(text))) {
    for (const item of topLevelSplit(m[1]!, ',')) {
      const as = /\s+as\s+([A-Za-z_]\w*)$/.exec(item)
      scan.names.add(as ? as[1]! : item.split('.')[0]!.trim())
    }
  } else if (
    (m = /^([A-Za-z_]\w*)\s*(?::[^=]*(?:=.*)?|[-+*/%&|^@]=.*|<<=.*|>>=.*|\*\*=.*|\/\/=.*)$/.exec(
      text
    ))
  )
    scan.names.add(m[1]!)
  else
    for (const target of assignmentTargets(text))
      for (const n of namesOfTarget(target)) scan.names.add(n)
}

/** Names bound in module scope, or undefined when the source cannot be tokenised. */
function moduleScan(source: string): Scan | undefined {
  const lines = logicalLines(source)
  if (!lines) return undefined
  const scan: Scan = { names: new Set(), star: false }
  const stack: Array<{ indent: number; scope: boolean }> = []
  for (const line of lines) {
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= line.indent) stack.pop()
    const inModule = !stack.some(s => s.scope)
    if (inModule && !line.text.startsWith('@')) bindings(line.text, scan)
    if (SCOPE.test(line.text) && line.text.endsWith(':'))
      stack.push({ indent: line.indent, scope: true })
    else if (BLOCK.test(line.text)) stack.push({ indent: line.indent, scope: false })
  }
  return scan
}

const DYNAMIC = [
  { re: /\bglobals\s*\(\s*\)/, what: 'globals()' },
  { re: /\bsetattr\s*\(/, what: 'setattr()' },
  { re: /\bexec\s*\(/, what: 'a call of exec' }
]

export async function pythonExport(source: string, name: string): Promise<ExportVerdict> {
  const scan = moduleScan(source)
  if (!scan)
    return {
      status: 'unknown',
      how: 'too dynamic to tell: a string or bracket never closes, so the module could not be read'
    }
  if (scan.names.has(name)) return { status: 'present', how: 'found among its module-level names' }
  if (scan.star)
    return { status: 'unknown', how: 'too dynamic to tell: `from ... import *` may bring it in' }
  const dynamic = scan.names.has('__getattr__')
    ? 'a module-level __getattr__'
    : DYNAMIC.find(d =>
        d.re.test(
          logicalLines(source)!
            .map(l => l.text)
            .join('\n')
        )
      )?.what
  if (dynamic)
    return { status: 'unknown', how: `too dynamic to tell: it defines names through ${dynamic}` }
  const names = [...scan.names].sort()
  return {
    status: 'missing',
    how: `every module-level name was read: ${names.length ? names.join(', ') : 'none'}`
  }
}
