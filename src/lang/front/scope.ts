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
  | { readonly kind: 'enum-const'; readonly value: number }
  /** A name whose error was already reported (undeclared, or its declaration failed): a use
   *  of it is a follow-on error, not reported again. */
  | { readonly kind: 'poisoned' };

export type TagInfo = { readonly kind: 'struct'; readonly type: StructType } | { readonly kind: 'enum' };

/** A frozen copy of a scope's bindings (see `Scope.snapshot`). */
export interface ScopeSnapshot {
  readonly names: ReadonlyMap<string, SymbolInfo>;
  readonly tags: ReadonlyMap<string, TagInfo>;
}

export class Scope {
  private names = new Map<string, SymbolInfo>();
  private tags = new Map<string, TagInfo>();

  constructor(readonly parent: Scope | undefined) {}

  /** Function symbols are copied on the way in and out because checking a program updates
   *  them (a later prototype, a definition). */
  snapshot(): ScopeSnapshot {
    return { names: copySymbols(this.names), tags: new Map(this.tags) };
  }

  restore(snap: ScopeSnapshot): void {
    this.names = copySymbols(snap.names);
    this.tags = new Map(snap.tags);
  }

  lookup(name: string): SymbolInfo | undefined {
    return this.names.get(name) ?? this.parent?.lookup(name);
  }

  lookupHere(name: string): SymbolInfo | undefined {
    return this.names.get(name);
  }

  declare(name: string, sym: SymbolInfo): void {
    this.names.set(name, sym);
  }

  lookupTag(name: string): TagInfo | undefined {
    return this.tags.get(name) ?? this.parent?.lookupTag(name);
  }

  lookupTagHere(name: string): TagInfo | undefined {
    return this.tags.get(name);
  }

  declareTag(name: string, tag: TagInfo): void {
    this.tags.set(name, tag);
  }

  /** Every visible ordinary name that is not a typedef (for "did you mean"). */
  *visibleNames(): Iterable<string> {
    for (const [name, sym] of this.names) if (sym.kind !== 'typedef' && sym.kind !== 'poisoned') yield name;
    if (this.parent) yield* this.parent.visibleNames();
  }
}

function copySymbols(names: ReadonlyMap<string, SymbolInfo>): Map<string, SymbolInfo> {
  const out = new Map<string, SymbolInfo>();
  for (const [k, v] of names) out.set(k, v.kind === 'function' ? { ...v } : v);
  return out;
}
