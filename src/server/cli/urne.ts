import { parseArgs } from 'node:util';
import { formatFingerprint } from '../../shared/sealed/key-fingerprint.ts';
import { dbPathFrom } from '../config.ts';
import { parseHolders } from '../sealed/key-ceremony.ts';
import { checkKeysCreateArgs, DEFAULT_SHEETS_DIR, runKeysCreate } from './keys-create.ts';
import { DEFAULT_RECORD_DIR, runOpenUrn, runWriteRecord } from './open-urn.ts';
import { runCli, withStore } from './run-cli.ts';

const USAGE = `The sealed ballot box (database: URNE_DB, default ./data/urne.db).

  npm run urne -- keys create --wave <id> --holders "Leitung Bürgerbüro,Datenschutz,Personalrat"
                  --threshold 2 [--out ${DEFAULT_SHEETS_DIR}]
        seal a wave: a new key pair, one printable share sheet per holder (HTML, A4);
        any <threshold> of the shares open the urn, fewer cannot. The private key is never stored.
  npm run urne -- keys show --wave <id>      the wave's key fingerprint and its holders
  npm run urne -- open --wave <id> [--out ${DEFAULT_RECORD_DIR}]
        open the urn after the wave's last day: the holders type or scan their shares, one
        after the other (a share on one line or on its sheet's four, an empty line between);
        the valid answers are stored for the results, the envelopes deleted, and the record
        (Niederschrift) written as niederschrift-wave-<id>.html and .pdf. Opened once only.
  npm run urne -- record --wave <id> [--out ${DEFAULT_RECORD_DIR}]
        write the Niederschrift of an earlier opening again`;

/** The sealed-urn CLI. Returns the exit code; prints to stdout/stderr. */
async function runUrneCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: {
      wave: { type: 'string' },
      holders: { type: 'string' },
      threshold: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  const [command, sub, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const waveId = Number(values.wave ?? Number.NaN);
  if (command === 'keys' && sub === 'create' && rest.length === 0) {
    const args = {
      waveId,
      holders: parseHolders(values.holders ?? ''),
      threshold: Number(values.threshold ?? Number.NaN),
      outDir: values.out?.trim() || DEFAULT_SHEETS_DIR,
      day: new Date().toISOString().slice(0, 10),
    };
    // Checked before the database is opened, so a typo creates and changes nothing.
    const problem = checkKeysCreateArgs(args);
    if (problem) {
      console.error(problem);
      return 1;
    }
    return withStore(dbPathFrom(env), (store) => runKeysCreate(args, store));
  }
  if (command === 'keys' && sub === 'show' && rest.length === 0) {
    return withStore(dbPathFrom(env), async (store) => {
      const key = Number.isSafeInteger(waveId) ? await store.getWaveKey(waveId) : undefined;
      if (!key) {
        console.error(`Wave ${values.wave ?? '(no --wave)'} is not sealed or does not exist.`);
        return 1;
      }
      console.log(`Key fingerprint: ${formatFingerprint(key.fingerprint)}`);
      console.log(`${key.threshold} of these ${key.holders.length} holders open the urn:`);
      for (const [i, h] of key.holders.entries()) console.log(`  ${i + 1}. ${h}`);
      return 0;
    });
  }
  if ((command === 'open' || command === 'record') && !sub) {
    if (!Number.isSafeInteger(waveId) || waveId < 1) {
      console.error('Name the wave by its id: --wave <id> (see: npm run evaluator -- wave list).');
      return 1;
    }
    const args = { waveId, outDir: values.out?.trim() || DEFAULT_RECORD_DIR };
    const run = command === 'open' ? runOpenUrn : runWriteRecord;
    return withStore(dbPathFrom(env), (store) => run(store, args));
  }
  console.error(USAGE);
  return 1;
}

runCli(runUrneCli);
