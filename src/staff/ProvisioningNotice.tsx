import { useEffect, useRef } from 'preact/hooks';
import { StaffLanguages } from './StaffHeader.tsx';
import type { StaffLang } from './staff-texts.ts';
import '../kiosk/styles/messages.css';

interface ProvisioningNoticeProps {
  lang: StaffLang;
  onLanguage(lang: StaffLang): void;
  /** A check mark for "set up", a warning sign for a refusal. */
  ok: boolean;
  title: string;
  body: string;
  action: string;
  onAction(): void;
}

/**
 * The answer to a provisioning link, for whoever opened it (IT or staff):
 * "set up for …" or one plain sentence why not — never an error name.
 */
export function ProvisioningNotice(props: ProvisioningNoticeProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <main class="staff staff--notice">
      <div class="staff__row staff__notice-languages">
        <StaffLanguages lang={props.lang} onLanguage={props.onLanguage} />
      </div>
      <div class={`message__icon message__icon--${props.ok ? 'ok' : 'warn'}`} aria-hidden="true">
        {props.ok ? '✓' : '!'}
      </div>
      <div
        class="staff__notice"
        role={props.ok ? 'status' : 'alert'}
        data-notice={props.ok ? 'ok' : 'refused'}
      >
        <h1 class="staff__title" tabIndex={-1} ref={heading}>
          {props.title}
        </h1>
        <p>{props.body}</p>
      </div>
      <button type="button" class="button button--primary" onClick={props.onAction}>
        {props.action}
      </button>
    </main>
  );
}
