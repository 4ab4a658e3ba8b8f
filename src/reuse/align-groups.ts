/**
 * The links sentence alignment makes between source and derived sentences, grouped into connected components
 * (union-find): a one-to-one match is a component of two, a split or merge a component of three or more. Components
 * come out in a fixed order (by their first derived sentence, then first source sentence), so the same input always
 * yields the same pairs.
 */
export interface AlignmentComponent {
  readonly sources: number[];
  readonly deriveds: number[];
}

export class AlignmentGroups {
  private readonly parent: number[];
  private readonly linked: boolean[];
  private readonly partner = new Map<number, number>();

  constructor(
    private readonly sourceCount: number,
    derivedCount: number,
  ) {
    this.parent = Array.from({ length: sourceCount + derivedCount }, (_, i) => i);
    this.linked = new Array<boolean>(sourceCount + derivedCount).fill(false);
  }

  sourceLinked(source: number): boolean {
    return this.linked[source]!;
  }

  derivedLinked(derived: number): boolean {
    return this.linked[this.sourceCount + derived]!;
  }

  /** The source sentence a derived sentence was linked to first (its one-to-one partner), if any. */
  partnerOf(derived: number): number | undefined {
    return this.partner.get(derived);
  }

  link(source: number, derived: number): void {
    if (!this.partner.has(derived)) this.partner.set(derived, source);
    const a = source;
    const b = this.sourceCount + derived;
    this.linked[a] = true;
    this.linked[b] = true;
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The sentences that would form one component if the given ones were linked (their components, united). */
  unionWith(sources: readonly number[], deriveds: readonly number[]): AlignmentComponent {
    const roots = new Set([...sources.map((i) => this.find(i)), ...deriveds.map((j) => this.find(this.sourceCount + j))]);
    const out: AlignmentComponent = { sources: [], deriveds: [] };
    for (let node = 0; node < this.parent.length; node++) {
      const inside = roots.has(this.find(node)) && (this.linked[node] || (node < this.sourceCount ? sources.includes(node) : deriveds.includes(node - this.sourceCount)));
      if (!inside) continue;
      if (node < this.sourceCount) out.sources.push(node);
      else out.deriveds.push(node - this.sourceCount);
    }
    return out;
  }

  components(): AlignmentComponent[] {
    const byRoot = new Map<number, AlignmentComponent>();
    for (let node = 0; node < this.parent.length; node++) {
      if (!this.linked[node]) continue;
      const root = this.find(node);
      let component = byRoot.get(root);
      if (!component) byRoot.set(root, (component = { sources: [], deriveds: [] }));
      if (node < this.sourceCount) component.sources.push(node);
      else component.deriveds.push(node - this.sourceCount);
    }
    return [...byRoot.values()].sort((x, y) => x.deriveds[0]! - y.deriveds[0]! || x.sources[0]! - y.sources[0]!);
  }

  private find(node: number): number {
    let root = node;
    while (this.parent[root] !== root) root = this.parent[root]!;
    let current = node;
    while (this.parent[current] !== root) {
      const next = this.parent[current]!;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }
}
