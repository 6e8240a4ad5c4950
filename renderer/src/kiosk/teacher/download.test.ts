import { describe, expect, it } from 'vitest';
import { childExportFilename, csvBlob, safeFilename, withBom } from './download';

describe('downloads', () => {
  it('keeps the server’s file name, Chinese and all', () => {
    expect(safeFilename('通话统计-2026-03.csv', '.csv')).toBe('通话统计-2026-03.csv');
    expect(safeFilename('长时间未通话-2026-03-02', 'csv')).toBe('长时间未通话-2026-03-02.csv');
  });

  it('cannot name a path or a hidden file', () => {
    expect(safeFilename('../../etc/passwd', '.csv')).toBe('_.._etc_passwd.csv');
    expect(safeFilename('a:b*c?.CSV', '.csv')).toBe('a_b_c_.csv');
    expect(safeFilename('...', '.csv')).toBe('download.csv');
    expect(safeFilename('', '.json')).toBe('download.json');
  });

  it('names a child’s export after the child and the day', () => {
    expect(childExportFilename('小明', '2026-03-02')).toBe('孩子资料-小明-2026-03-02.json');
  });

  it('adds the BOM Excel needs exactly once', async () => {
    expect(withBom('a,b')).toBe('\uFEFFa,b');
    expect(withBom('\uFEFFa,b')).toBe('\uFEFFa,b');
    const bytes = new Uint8Array(await csvBlob('\uFEFF姓名\r\n').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes.slice(3, 6)]).toEqual([0xe5, 0xa7, 0x93]); // 姓, not re-encoded
  });
});
