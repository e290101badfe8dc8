import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../src/server/cli/report-args.ts';

// The real argument parsing of `npm run report -- …` (the browser test spawns the command too).
describe('npm run report: arguments', () => {
  it('reads every option, with paths made absolute against the working directory', () => {
    const o = parseReportArgs(
      [
        '--wave',
        '2026',
        '--out',
        'out/bericht.pdf',
        '--db',
        'data/urne.db',
        '--dist',
        'build',
        '--office',
        'Bürgerbüro Lünen',
        '--group',
        'passport',
        '--include-flagged',
        '--city',
        'Stadt Lünen',
      ],
      {},
      '/srv/urne',
    );
    expect(o).toEqual({
      city: 'Stadt Lünen',
      wave: '2026',
      out: '/srv/urne/out/bericht.pdf',
      dbPath: '/srv/urne/data/urne.db',
      distDir: '/srv/urne/build',
      office: 'Bürgerbüro Lünen',
      group: 'passport',
      includeFlagged: true,
    });
  });

  it('takes the database and build from URNE_DB / URNE_DIST, and report.pdf by default', () => {
    const o = parseReportArgs(
      ['--wave', '3'],
      { URNE_DB: '/var/urne.db', URNE_DIST: '/opt/dist', URNE_CITY: ' Stadt Lünen ' },
      '/x',
    );
    expect(o).toMatchObject({
      wave: '3',
      out: '/x/report.pdf',
      dbPath: '/var/urne.db',
      distDir: '/opt/dist',
      includeFlagged: false,
      city: 'Stadt Lünen',
    });
    // Without a city, none: the first page then names only the office.
    expect(parseReportArgs(['--wave', '3'], {})).not.toHaveProperty('city');
  });

  it('answers with the usage for a missing wave or an unknown option, and nothing else', () => {
    expect(parseReportArgs([], {})).toEqual({
      error: expect.stringContaining('--wave <id or name>'),
    });
    const unknown = parseReportArgs(['--wave', '1', '--reason', 'passport'], {});
    expect(unknown).toEqual({ error: expect.stringMatching(/--reason[\s\S]*Usage/) });
  });
});
