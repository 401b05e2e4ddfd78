/**
 * Block scopes: ordinary identifiers (variables, functions, typedefs, enum constants) and tags
 * (struct/union/enum), each scope chained to its parent. Mutable while checking one program.
 */
import type { CType, FunctionType, LocalVar, Loc, StructType } from './ast.ts';

export type SymbolInfo =
  | { readonly kind: 'local'; readonly local: LocalVar }
  | { readonly kind: 'global'; readonly name: string; readonly type: CType; readonly loc: Loc }
  | {
      readonly kind: 'function';
      readonly name: string;
      type: FunctionType;
      /** Declared by a built-in header: an offered native unless the program defines it. */
      readonly native: boolean;
      defined: boolean;
      readonly loc: Loc;
    }
  | { readonly kind: 'typedef'; readonly type: CType }
  | { readonly kind: 'enum-const'; readonly value: number };

export type TagInfo = { readonly kind: 'struct'; readonly type: StructType } | { readonly kind: 'enum' };

export class Scope {
  private readonly names = new Map<string, SymbolInfo>();
  private readonly tags = new Map<string, TagInfo>();

  constructor(readonly parent: Scope | undefined) {}

  lookup(name: string): SymbolInfo | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const found = s.names.get(name);
      if (found) return found;
    }
    return undefined;
  }

  lookupHere(name: string): SymbolInfo | undefined {
    return this.names.get(name);
  }

  declare(name: string, sym: SymbolInfo): void {
    this.names.set(name, sym);
  }

  lookupTag(name: string): TagInfo | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const found = s.tags.get(name);
      if (found) return found;
    }
    return undefined;
  }

  lookupTagHere(name: string): TagInfo | undefined {
    return this.tags.get(name);
  }

  declareTag(name: string, tag: TagInfo): void {
    this.tags.set(name, tag);
  }

  /** Every visible ordinary name that is not a typedef (for "did you mean"). */
  *visibleNames(): Iterable<string> {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      for (const [name, sym] of s.names) if (sym.kind !== 'typedef') yield name;
    }
  }
}
