/**
 * Where people report barriers (the statement's "Feedback und Kontaktangaben"), set by IT with
 * URNE_A11Y_CONTACT (a text: office, address, phone) and URNE_A11Y_EMAIL (optional).
 */
export interface AccessibilityContact {
  text: string;
  email?: string;
}

/** Until IT sets its own: true anywhere, and it names the way every citizens' office has. */
export const DEFAULT_ACCESSIBILITY_CONTACT: AccessibilityContact = {
  text: 'Sprechen Sie bitte die Mitarbeitenden im Bürgerbüro an, oder schreiben Sie an die Stadtverwaltung; die Anschrift steht im Impressum der städtischen Website.',
};

/**
 * The contact from the environment; the default where URNE_A11Y_CONTACT is not set.
 * @throws Error naming the variable when URNE_A11Y_EMAIL is not an e-mail address.
 */
export function readAccessibilityContact(env: NodeJS.ProcessEnv): AccessibilityContact {
  // A unit file or .env cannot hold a line break: a written "\n" is one.
  const text =
    env.URNE_A11Y_CONTACT?.trim().replaceAll('\\n', '\n') || DEFAULT_ACCESSIBILITY_CONTACT.text;
  const email = env.URNE_A11Y_EMAIL?.trim();
  if (!email) return { text };
  // One @, no spaces, a dot in the domain: enough to catch a value put in the wrong variable.
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) {
    throw new Error(`URNE_A11Y_EMAIL must be an e-mail address, not "${email}".`);
  }
  return { text, email };
}
