import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/index.ts';
import { startRun } from './index.ts';

describe('the C engine inspects variables as the program wrote them', () => {
  it('gives the process view typedef names and declarations, HANDLEs in hex', () => {
    const s = findScenario('mailslot');
    if (!s) throw new Error('no mailslot scenario');
    const r = startRun(s.spec);
    if (!r.ok) throw new Error('the mailslot scenario does not compile');
    let receiver;
    for (let i = 0; i <= r.run.length && !receiver; i++) {
      const p = r.run.view(i).processes[0];
      if (p?.locals.some((v) => v.name === 'hMailSlot' && v.value.startsWith('0x'))) receiver = p;
    }
    const locals = new Map(receiver?.locals.map((v) => [v.name, v]));
    expect(locals.get('hMailSlot')).toMatchObject({ type: 'HANDLE', declaration: 'HANDLE hMailSlot' });
    expect(locals.get('hMailSlot')?.value).toMatch(/^0x[0-9A-F]+$/);
    expect(locals.get('messageBox')).toMatchObject({
      type: 'TCHAR[50]',
      declaration: 'TCHAR messageBox[50]',
    });
    expect(locals.get('bytesRead')).toMatchObject({ type: 'DWORD', declaration: 'DWORD bytesRead' });
  });
});
