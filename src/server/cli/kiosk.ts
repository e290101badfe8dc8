import { parseArgs } from 'node:util';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { dbPathFrom } from '../config.ts';
import { registerKiosk } from '../tokens.ts';
import { ENROLLMENT_USAGE, isEnrollmentCommand, runEnrollmentCli } from './enroll.ts';
import { runCli, withStore } from './run-cli.ts';

const USAGE = `Manage the kiosks allowed to send answers (database: URNE_DB, default ./data/urne.db).

  npm run kiosk -- add --office "Bürgerbüro Lünen"   register a kiosk, print its token once
  npm run kiosk -- list                              list kiosks (never their tokens)
  npm run kiosk -- revoke <id>                       withdraw a kiosk's access at once${ENROLLMENT_USAGE}`;

/** The kiosk token CLI. Returns the exit code; prints to stdout/stderr. */
async function runKioskCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (isEnrollmentCommand(argv[0])) {
    return withStore(dbPathFrom(env), (store) => runEnrollmentCli(argv, store));
  }
  const { positionals, values } = parseArgs({
    args: argv,
    options: { office: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  return withStore(dbPathFrom(env), async (store) => {
    if (command === 'add' && values.office) {
      const { id, token } = await registerKiosk(store, values.office);
      await recordAudit(store, cliActor(), 'kiosk-add', {
        kiosk: id,
        office: values.office.trim(),
      });
      console.log(`Kiosk ${id} registered for "${values.office.trim()}".`);
      console.log('Its token (shown only now; enter it on the tablet, or open /?token=… there):');
      console.log(token);
      return 0;
    }
    if (command === 'list' && rest.length === 0) {
      const kiosks = await store.listKiosks();
      if (kiosks.length === 0) console.log('No kiosks registered.');
      else console.log('id\tstate\tregistered\toffice');
      for (const k of kiosks) {
        const state = k.revoked ? 'revoked' : 'active';
        console.log(`${k.id}\t${state}\t${k.createdDay}\t${k.office}`);
      }
      return 0;
    }
    if (command === 'revoke' && rest.length === 1) {
      const id = Number(rest[0]);
      const kiosk = (await store.listKiosks()).find((k) => k.id === id);
      if (!kiosk || !(await store.revokeKiosk(id))) {
        console.error(`There is no kiosk with the id "${rest[0]}" (see: npm run kiosk -- list).`);
        return 1;
      }
      await recordAudit(store, cliActor(), 'kiosk-revoke', { kiosk: id, office: kiosk.office });
      console.log(`Kiosk ${id} can no longer send answers.`);
      return 0;
    }
    console.error(USAGE);
    return 1;
  });
}

runCli(runKioskCli);
