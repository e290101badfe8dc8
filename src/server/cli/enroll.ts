import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { createEnrollment, DEFAULT_CODE_DAYS } from '../enrollment.ts';
import type { ServerStore } from '../store/server-store.ts';
import { runOfficeCommand } from './enroll-office.ts';

/** The kiosk CLI's provisioning commands; src/server/cli/kiosk.ts hands them over here. */
export const ENROLLMENT_COMMANDS = ['enroll', 'period', 'survey'] as const;

export const ENROLLMENT_USAGE = `
  npm run kiosk -- enroll --office "Bürgerbüro Lünen" --base-url https://umfrage.example.de
                   [--expires-days ${DEFAULT_CODE_DAYS}] [--qr-out kiosk.svg|kiosk.png]
                                                     a one-time provisioning link + QR code
  npm run kiosk -- period --office "…" [--from 2026-06-18 --to 2026-07-14]
                                                     show or set the office's survey period
  npm run kiosk -- survey --office "…" --file survey.json
                                                     give the office a new survey definition`;

export function isEnrollmentCommand(command: string | undefined): boolean {
  return (ENROLLMENT_COMMANDS as readonly (string | undefined)[]).includes(command);
}

/** Runs `enroll`, `period` or `survey`; returns the exit code. */
export async function runEnrollmentCli(argv: string[], store: ServerStore): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: {
      office: { type: 'string' },
      'base-url': { type: 'string' },
      'expires-days': { type: 'string' },
      'qr-out': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      file: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [command, ...rest] = positionals;
  if (rest.length > 0 || !values.office) {
    console.error(`Please name the office with --office.${ENROLLMENT_USAGE}`);
    return 1;
  }
  if (command !== 'enroll') return runOfficeCommand(command, values.office, values, store);
  const baseUrl = values['base-url'];
  if (!baseUrl) {
    console.error(
      'Please give the address the tablets open, e.g. --base-url https://umfrage.example.de',
    );
    return 1;
  }
  const days = values['expires-days'] === undefined ? undefined : Number(values['expires-days']);
  const created = await createEnrollment(store, {
    office: values.office,
    baseUrl,
    ...(days === undefined ? {} : { expiresDays: days }),
  });
  const until = created.expiresAt.toISOString().slice(0, 16).replace('T', ' ');
  // That a link exists and until when; never the link itself, which would enroll a kiosk.
  await recordAudit(store, cliActor(), 'enrollment-code', {
    office: values.office.trim(),
    until: `${until} UTC`,
  });
  console.log(`Provisioning link for a new kiosk of "${values.office.trim()}"`);
  console.log(`(works once, until ${until} UTC; shown only now):`);
  console.log('');
  console.log(`  ${created.link}`);
  console.log('');
  console.log(await QRCode.toString(created.link, { type: 'terminal', small: true }));
  const out = values['qr-out'];
  if (out) {
    const type = out.toLowerCase().endsWith('.svg') ? 'svg' : 'png';
    await QRCode.toFile(out, created.link, { type, margin: 4, width: 512 });
    console.log(`The QR code was also written to ${out} (${type.toUpperCase()}).`);
  }
  console.log('Open the link on the tablet INSIDE the installed app (see docs/install.md).');
  return 0;
}
