// @vitest-environment node
// The API's bank list (the BINs a campaign's transfer account may name) against the NAPAS list published in
// the npm package vietnam-qr-pay: each BIN exists, belongs to the bank we name, and can receive VietQR transfers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Banks, VietQRStatus } from 'vietnam-qr-pay';

const source = readFileSync(
  fileURLToPath(new URL('../../api/SocialWorkCloud.Application/Features/Fundraising/VietQr.cs', import.meta.url)),
  'utf8',
);
const apiBanks = [...source.matchAll(/new\("(\d{6})", "([^"]+)", "([^"]+)"\)/g)].map(([, bin, shortName, name]) => ({ bin, shortName, name }));

const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\bthanh pho\b/g, 'tp')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/ viet nam$/, '')
    .trim();

// Where the package still carries a bank's name from before a renaming, the new name is ours.
const namedBefore = {
  970430: 'Ngân hàng TMCP Xăng dầu Petrolimex', // PG Bank, renamed 2024
};

describe('the API bank list against the NAPAS list in vietnam-qr-pay', () => {
  it('reads the whole list from the API source, each BIN once', () => {
    expect(apiBanks.length).toBeGreaterThanOrEqual(30);
    expect(new Set(apiBanks.map((b) => b.bin)).size).toBe(apiBanks.length);
  });

  it.each(apiBanks)('$shortName ($bin) is that bank in the NAPAS list and can receive VietQR transfers', ({ bin, name }) => {
    const published = Banks.filter((b) => b.bin === bin);
    expect(published.length, `BIN ${bin} is not in the NAPAS list`).toBeGreaterThan(0);
    expect(published.some((b) => b.vietQRStatus !== VietQRStatus.NOT_SUPPORTED)).toBe(true);
    const expected = fold(namedBefore[bin] ?? name);
    expect(published.map((b) => fold(b.name)), `${name} is not the bank named for ${bin}`).toContain(expected);
  });
});
