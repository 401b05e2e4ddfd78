/** Branded ids: plain numbers at run time, distinct types at compile time so a pid is never
 *  passed where a handle value is expected. All of them come from counters in the state. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A process id: a multiple of 4, from the shared pid/tid counter (spec 5.19). */
export type Pid = Brand<number, 'Pid'>;
/** A thread id: a multiple of 4, from the same counter as pids. */
export type Tid = Brand<number, 'Tid'>;
/** The id of a kernel object (internal to the simulator, shown in the UI as the object's address). */
export type ObjectId = Brand<number, 'ObjectId'>;
/** A handle value inside one process's handle table: a multiple of 4 from 0x4 (spec 8.1). */
export type HandleValue = Brand<number, 'HandleValue'>;

export const asPid = (n: number): Pid => n as Pid;
export const asTid = (n: number): Tid => n as Tid;
export const asObjectId = (n: number): ObjectId => n as ObjectId;
export const asHandle = (n: number): HandleValue => n as HandleValue;
