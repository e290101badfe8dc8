import { parseArgs } from 'node:util';
import { foldLogin } from '../auth/account-name.ts';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { hashPassword } from '../auth/password.ts';
import { dbPathFrom } from '../config.ts';
import { type Account, ROLES, type Role } from '../store/account-store.ts';
import type { ServerStore } from '../store/server-store.ts';
import { readPassword } from './account-password.ts';
import { runCli, withStore } from './run-cli.ts';

const USAGE = `Staff accounts for the results page (database: URNE_DB or DATABASE_URL).

  npm run accounts -- add --name "Frau Meier" --role evaluator --office "Bürgerbüro Lünen" [--office …]
        admin:     kiosks, waves, keys, accounts, the urn's opening, the audit trail; every office
        evaluator: results and export of the offices given with --office
        viewer:    results page and report of its offices, no export
        The password is read from stdin (or URNE_ACCOUNT_PASSWORD), at least 12 characters.
  npm run accounts -- list
  npm run accounts -- disable --name "…"     ends its sessions at once; nothing is deleted
  npm run accounts -- enable --name "…"
  npm run accounts -- reset-password --name "…"   reads the new password like add; ends its sessions`;

const isRole = (r: string | undefined): r is Role => ROLES.includes(r as Role);

function describe(a: Account): string {
  const offices = a.role === 'admin' ? 'alle Standorte' : a.offices.join(', ');
  return `${a.name}\t${a.role}\t${offices}${a.disabled ? '\t(gesperrt)' : ''}`;
}

/** The accounts CLI. Returns the exit code; prints to stdout/stderr. */
export async function runAccountsCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      office: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || rest.length > 0) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const name = values.name?.normalize('NFC').trim().replaceAll(/\s+/g, ' ') ?? '';
  const offices = (values.office ?? []).map((o) => o.trim()).filter((o) => o !== '');
  if (command === 'list') {
    return withStore(dbPathFrom(env), async (store) => {
      const accounts = await store.listAccounts();
      if (accounts.length === 0) console.log('No accounts yet.');
      for (const a of accounts) console.log(describe(a));
      return 0;
    });
  }
  if (!name) {
    console.error(`Name the account: --name "…"\n\n${USAGE}`);
    return 1;
  }
  if (command === 'add') {
    if (!isRole(values.role)) {
      console.error(`--role must be one of: ${ROLES.join(', ')}.`);
      return 1;
    }
    if (values.role === 'admin' && offices.length > 0) {
      console.error('An admin sees every office; leave out --office.');
      return 1;
    }
    if (values.role !== 'admin' && offices.length === 0) {
      console.error(`The role ${values.role} sees only the offices given: add --office "…".`);
      return 1;
    }
    const role = values.role;
    // Read (and hash) before opening the database, so a typo'd pipe changes nothing.
    const passwordHash = await hashPassword(await readPassword(env));
    return withStore(dbPathFrom(env), async (store) => {
      const added = await store.addAccount({
        login: foldLogin(name),
        name,
        role,
        offices,
        passwordHash,
      });
      if (!added) {
        console.error(`There is already an account "${name}".`);
        return 1;
      }
      await recordAudit(store, cliActor(), 'account-add', { account: name, role, offices });
      console.log(`Account added: ${describe(added)}`);
      return 0;
    });
  }
  if (command === 'reset-password') {
    const passwordHash = await hashPassword(await readPassword(env));
    return withAccount(env, name, async (store, account) => {
      await store.setAccountPassword(account.id, passwordHash);
      await recordAudit(store, cliActor(), 'account-password', { account: account.name });
      console.log(`The password of "${account.name}" is set; its open sessions were ended.`);
    });
  }
  if (command === 'disable' || command === 'enable') {
    const disabled = command === 'disable';
    return withAccount(env, name, async (store, account) => {
      await store.setAccountDisabled(account.id, disabled);
      const action = disabled ? 'account-disable' : 'account-enable';
      await recordAudit(store, cliActor(), action, { account: account.name });
      console.log(
        disabled
          ? `"${account.name}" is disabled; its open sessions were ended.`
          : `"${account.name}" is enabled again.`,
      );
    });
  }
  console.error(USAGE);
  return 1;
}

/** Runs `work` on the named account; 1 and a sentence when there is none. */
function withAccount(
  env: NodeJS.ProcessEnv,
  name: string,
  work: (store: ServerStore, account: Account) => Promise<void>,
): Promise<number> {
  return withStore(dbPathFrom(env), async (store) => {
    const account = await store.findAccountByLogin(foldLogin(name));
    if (!account) {
      console.error(`There is no account "${name}" (see: npm run accounts -- list).`);
      return 1;
    }
    await work(store, account);
    return 0;
  });
}

runCli(runAccountsCli);
