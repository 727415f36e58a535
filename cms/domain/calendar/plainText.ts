/**
 * Rich text (Lexical JSON) as plain text for calendar descriptions: text of every node,
 * block-level nodes separated by a blank line, line breaks kept. Pure, so it is unit tested.
 */
interface LexicalNode {
  type?: unknown
  text?: unknown
  children?: unknown
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'code'])

function textOf(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n'
  if (typeof node.text === 'string') return node.text
  if (!Array.isArray(node.children)) return ''
  const children = node.children as LexicalNode[]
  return children
    .map((child, i) => {
      const previous = children[i - 1]
      if (!previous) return textOf(child)
      const type = String(child.type)
      const separator =
        type === 'listitem' ? '\n' : BLOCKS.has(type) || BLOCKS.has(String(previous.type)) ? '\n\n' : ''
      return separator + textOf(child)
    })
    .join('')
}

export function richTextToPlainText(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  const root = (data as { root: unknown }).root
  if (!root || typeof root !== 'object') return ''
  return textOf(root as LexicalNode)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
