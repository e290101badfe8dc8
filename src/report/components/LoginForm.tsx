import { useState } from 'preact/hooks';

/** The evaluator's password form; `onLogin` resolves to an error message or undefined. */
export function LoginForm({
  onLogin,
}: {
  onLogin: (password: string) => Promise<string | undefined>;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(await onLogin(password));
    setBusy(false);
  };
  return (
    <form class="login" onSubmit={submit}>
      <h1>Auswertung der Kundenbefragung</h1>
      <p>Bitte melden Sie sich mit dem Passwort für die Auswertung an.</p>
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
