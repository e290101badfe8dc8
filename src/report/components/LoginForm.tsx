import { useState } from 'preact/hooks';

/** The login form: name and password; `onLogin` resolves to an error message or undefined. */
export function LoginForm({
  onLogin,
}: {
  onLogin: (name: string, password: string) => Promise<string | undefined>;
}) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(await onLogin(name, password));
    setBusy(false);
  };
  return (
    <form class="login" onSubmit={submit}>
      <h1>Auswertung der Kundenbefragung</h1>
      <p>Bitte melden Sie sich mit Ihrem Namen und Passwort für die Auswertung an.</p>
      <label>
        Name
        <input
          type="text"
          name="name"
          autocomplete="username"
          autocapitalize="none"
          spellcheck={false}
          value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
          required
        />
      </label>
      <label>
        Passwort
        <input
          type="password"
          name="password"
          autocomplete="current-password"
          value={password}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          required
        />
      </label>
      <button type="submit" class="button button--primary" disabled={busy}>
        Anmelden
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
