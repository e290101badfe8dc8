import type { StaffLang } from './staff-texts.ts';

/** The texts of the panel's "Set up this tablet" section (why a link failed: problem-texts.ts). */
const setupDe = {
  heading: 'Gerät einrichten',
  current: (office: string) => `Eingerichtet für ${office}.`,
  replaces: 'Ein neuer Einrichtungslink ersetzt diese Anmeldung.',
  notYet:
    'Noch nicht eingerichtet: Antworten bleiben auf dem Gerät, bis es mit einem Einrichtungslink der IT angemeldet ist.',
  field: 'Einrichtungslink oder Code',
  button: 'Einrichten',
  working: 'Wird eingerichtet …',
  empty: 'Bitte zuerst den Einrichtungslink oder den Code in das Feld einfügen.',
  done: (office: string) =>
    `Eingerichtet für ${office}. Die Befragung dieses Büros startet, sobald Sie den Personalbereich schließen.`,
  kept: 'Es wurde nichts geändert; das Gerät bleibt wie bisher eingerichtet.',
  failed: 'Das Einrichten ist unerwartet abgebrochen. Bitte noch einmal versuchen.',
  // Shown right after a provisioning link was opened (ProvisioningNotice).
  linkTitle: 'Einrichtungslink',
  enrolledTitle: (office: string) => `Eingerichtet für ${office}`,
  pinStays: 'Die bisherige PIN für den Personalbereich gilt weiter.',
  ok: 'OK',
};

export type SetupTexts = typeof setupDe;

const setupEn: SetupTexts = {
  heading: 'Set up this tablet',
  current: (office) => `Set up for ${office}.`,
  replaces: 'A new provisioning link replaces this registration.',
  notYet:
    'Not set up yet: answers stay on this device until it is registered with a provisioning link from IT.',
  field: 'Provisioning link or code',
  button: 'Set up',
  working: 'Setting up …',
  empty: 'Please paste the provisioning link or the code into the field first.',
  done: (office) =>
    `Set up for ${office}. This office's survey starts when you close the staff area.`,
  kept: 'Nothing was changed; the device stays set up as before.',
  failed: 'Setting up stopped unexpectedly. Please try again.',
  linkTitle: 'Provisioning link',
  enrolledTitle: (office) => `Set up for ${office}`,
  pinStays: 'The existing PIN for the staff area stays valid.',
  ok: 'OK',
};

export function setupTexts(lang: StaffLang): SetupTexts {
  return lang === 'en' ? setupEn : setupDe;
}
