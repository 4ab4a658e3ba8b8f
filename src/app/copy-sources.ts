import type { CopyEdge } from '../model/copy-edge.js';

/**
 * Each article's source among these edges: its strongest incoming derivation edge. Siblings edges name no source
 * (both sides derive from a text not in the store). `edges` come strongest first, as Store.copyEdges returns them.
 */
export function sourceEdges(edges: readonly CopyEdge[]): Map<string, CopyEdge> {
  const out = new Map<string, CopyEdge>();
  for (const edge of edges) if (edge.relation !== 'siblings' && !out.has(edge.to)) out.set(edge.to, edge);
  return out;
}
