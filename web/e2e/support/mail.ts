import { expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The e2e API runs without an SMTP server: it writes each e-mail as an .eml file here (start-api.sh).
const mailFolder = join(process.cwd(), 'e2e-results', 'mail');

/** The plain-text part of an .eml as MimeKit writes it (quoted-printable or base64, UTF-8). */
function plainText(eml: string): string {
  const part = eml.split(/\r?\n--/).find((p) => /content-type:\s*text\/plain/i.test(p)) ?? eml;
  const [headers, ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** Waits for the e-mail to one recipient (the background job writes it after the commit) and returns its text. */
export async function mailTo(address: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        const files = (() => {
          try {
            return readdirSync(mailFolder).filter((f) => f.endsWith('.eml'));
          } catch {
            return [];
          }
        })();
        found = files.map((f) => readFileSync(join(mailFolder, f), 'utf8')).find((eml) => eml.includes(address));
        return found !== undefined;
      },
      { message: `an e-mail to ${address} in ${mailFolder}` },
    )
    .toBe(true);
  return plainText(found!);
}

/** The one-time token of the invitation e-mailed to an address. */
export async function invitationToken(address: string): Promise<string> {
  const text = await mailTo(address);
  const token = /accept-invitation\?token=(\S+)/.exec(text)?.[1];
  expect(token, `an invitation link in the e-mail to ${address}`).toBeTruthy();
  return decodeURIComponent(token!);
}
