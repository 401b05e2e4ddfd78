import { describe, expect, it } from 'vitest';
import { ACCESS, DISPOSITION, ERROR, FILE_MOVE } from '../constants.ts';
import { Run, expectFacts, returned, str, text } from '../test/harness.ts';
import { checkNoLeaks } from '../test/invariants.ts';
import { RW, openArgs, read, write } from '../test/setup.ts';

function proc() {
  const k = new Run();
  return { k, p: k.launch('A.exe') };
}

describe('simulated files', () => {
  it('refuses an empty name with ERROR_PATH_NOT_FOUND and wildcards with ERROR_INVALID_NAME', () => {
    const { k, p } = proc();
    const empty = returned(k.call(p, 'CreateFile', openArgs('', RW, DISPOSITION.CREATE_ALWAYS)));
    expect([empty.value, empty.lastError]).toEqual([-1, ERROR.PATH_NOT_FOUND]);
    expectFacts(empty, ['F.1']);
    expect(
      returned(k.call(p, 'CreateFile', openArgs('a*.txt', RW, DISPOSITION.CREATE_ALWAYS))).lastError,
    ).toBe(ERROR.INVALID_NAME);
  });

  it('applies the creation dispositions and says whether the file existed', () => {
    const { k, p } = proc();
    const missing = returned(k.call(p, 'CreateFile', openArgs('data.txt', RW, DISPOSITION.OPEN_EXISTING)));
    expect([missing.value, missing.lastError]).toEqual([-1, ERROR.FILE_NOT_FOUND]);
    expectFacts(missing, ['F.2']);
    const made = returned(k.call(p, 'CreateFile', openArgs('data.txt', RW, DISPOSITION.CREATE_NEW)));
    expect([made.lastError]).toEqual([ERROR.SUCCESS]);
    expect(
      returned(k.call(p, 'CreateFile', openArgs('DATA.TXT', RW, DISPOSITION.CREATE_NEW))).lastError,
    ).toBe(ERROR.FILE_EXISTS);
    expect(
      returned(k.call(p, 'CreateFile', openArgs('data.txt', RW, DISPOSITION.OPEN_ALWAYS))).lastError,
    ).toBe(ERROR.ALREADY_EXISTS);
    expect(
      returned(k.call(p, 'CreateFile', openArgs('data.txt', RW, DISPOSITION.CREATE_ALWAYS))).lastError,
    ).toBe(ERROR.ALREADY_EXISTS);
    expect(
      returned(k.call(p, 'CreateFile', openArgs('new.txt', RW, DISPOSITION.OPEN_ALWAYS))).lastError,
    ).toBe(ERROR.SUCCESS);
    expect(
      returned(k.call(p, 'CreateFile', openArgs('gone.txt', RW, DISPOSITION.TRUNCATE_EXISTING))).lastError,
    ).toBe(ERROR.FILE_NOT_FOUND);
    expect(returned(k.call(p, 'CreateFile', openArgs('data.txt', RW, 99))).lastError).toBe(
      ERROR.INVALID_PARAMETER,
    );
  });

  it('reads and writes at the file position, each open having its own', () => {
    const { k, p } = proc();
    const h = k.value(p, 'CreateFile', openArgs('log.txt', RW, DISPOSITION.CREATE_ALWAYS));
    const w = returned(k.call(p, 'WriteFile', write(h, text('hello world'))));
    expectFacts(w, ['F.3']);
    const h2 = k.value(p, 'CreateFile', openArgs('log.txt', ACCESS.GENERIC_READ, DISPOSITION.OPEN_EXISTING));
    const r = returned(k.call(p, 'ReadFile', read(h2, 5)));
    expect(str(r.out.lpBuffer)).toBe('hello');
    expectFacts(r, ['F.3']);
    expect(str(returned(k.call(p, 'ReadFile', read(h2, 100))).out.lpBuffer)).toBe(' world');
    const eof = returned(k.call(p, 'ReadFile', read(h2, 100)));
    expect([eof.value, eof.out.lpNumberOfBytesRead]).toEqual([1, 0]);
    expect(returned(k.call(p, 'WriteFile', write(h2, text('x')))).lastError).toBe(ERROR.ACCESS_DENIED);
  });

  it('truncates with TRUNCATE_EXISTING and CREATE_ALWAYS', () => {
    const { k, p } = proc();
    const h = k.value(p, 'CreateFile', openArgs('t.txt', RW, DISPOSITION.CREATE_ALWAYS));
    k.value(p, 'WriteFile', write(h, text('abc')));
    k.value(p, 'CreateFile', openArgs('t.txt', ACCESS.GENERIC_WRITE, DISPOSITION.TRUNCATE_EXISTING));
    expect(k.state.files['t.txt']!.data.length).toBe(0);
  });

  it('refuses to delete a missing or open file and deletes a closed one', () => {
    const { k, p } = proc();
    const missing = returned(k.call(p, 'DeleteFile', { lpFileName: 'x.txt' }));
    expect(missing.lastError).toBe(ERROR.FILE_NOT_FOUND);
    expectFacts(missing, ['F.4']);
    const h = k.value(p, 'CreateFile', openArgs('x.txt', RW, DISPOSITION.CREATE_ALWAYS));
    expect(returned(k.call(p, 'DeleteFile', { lpFileName: 'x.txt' })).lastError).toBe(
      ERROR.SHARING_VIOLATION,
    );
    k.value(p, 'CloseHandle', { hObject: h });
    expect(k.value(p, 'DeleteFile', { lpFileName: 'X.TXT' })).toBe(1);
    expect(k.state.files).toEqual({});
  });

  it('reports the size and moves the position, refusing a move before the start', () => {
    const { k, p } = proc();
    const h = k.value(p, 'CreateFile', openArgs('s.txt', RW, DISPOSITION.CREATE_ALWAYS));
    k.value(p, 'WriteFile', write(h, text('0123456789')));
    const size = returned(k.call(p, 'GetFileSize', { hFile: h }));
    expect([size.value, size.out.lpFileSizeHigh]).toEqual([10, 0]);
    expectFacts(size, ['F.5']);
    expect(
      k.value(p, 'SetFilePointer', { hFile: h, lDistanceToMove: 2, dwMoveMethod: FILE_MOVE.BEGIN }),
    ).toBe(2);
    expect(str(returned(k.call(p, 'ReadFile', read(h, 3))).out.lpBuffer)).toBe('234');
    expect(k.value(p, 'SetFilePointer', { hFile: h, lDistanceToMove: -1, dwMoveMethod: FILE_MOVE.END })).toBe(
      9,
    );
    const neg = returned(
      k.call(p, 'SetFilePointer', { hFile: h, lDistanceToMove: -20, dwMoveMethod: FILE_MOVE.CURRENT }),
    );
    expect(neg.lastError).toBe(ERROR.NEGATIVE_SEEK);
    k.exit(p, 0);
    checkNoLeaks(k.state);
  });

  it('answers pipe-only calls on a file with ERROR_INVALID_FUNCTION and on a process handle with ERROR_INVALID_HANDLE', () => {
    const { k, p } = proc();
    const h = k.value(p, 'CreateFile', openArgs('f.txt', RW, DISPOSITION.CREATE_ALWAYS));
    const o = returned(k.call(p, 'PeekNamedPipe', { hNamedPipe: h, nBufferSize: 0 }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_FUNCTION]);
    expectFacts(o, ['K.3']);
    const hp = k.value(p, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
      bInheritHandle: false,
      dwProcessId: p,
    });
    expect(returned(k.call(p, 'GetNamedPipeInfo', { hNamedPipe: hp })).lastError).toBe(ERROR.INVALID_HANDLE);
  });
});
