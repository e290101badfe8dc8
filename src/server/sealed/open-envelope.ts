import type { AnswerSet } from '../../shared/answer-schema.ts';
import {
  envelopeAad,
  envelopeInfo,
  fromBase64Url,
  SealedSecret,
} from '../../shared/sealed/envelope.ts';
import type { SealedAnswerSet } from '../../shared/sealed/sealed-schema.ts';
import { WAVE_SUITE } from '../../shared/sealed/wave-suite.ts';

/**
 * Opens one sealed answer set with the wave's rebuilt private key (rebuild-key.ts). Undefined
 * when it does not open — another wave or key, a changed office or day, a changed byte — or
 * holds something other than answers: the opening counts it invalid and stores nothing of it.
 */
export async function openEnvelope(
  envelope: SealedAnswerSet,
  privateKey: CryptoKey,
): Promise<AnswerSet | undefined> {
  try {
    const recipient = await WAVE_SUITE.createRecipientContext({
      recipientKey: privateKey,
      enc: fromBase64Url(envelope.enc),
      info: envelopeInfo(envelope.wave, envelope.fingerprint),
    });
    const plain = await recipient.open(fromBase64Url(envelope.ct), envelopeAad(envelope));
    const secret = SealedSecret.safeParse(JSON.parse(new TextDecoder().decode(plain)));
    if (!secret.success) return undefined;
    const { surveyId, surveyVersion, office, day } = envelope;
    return { surveyId, surveyVersion, office, day, ...secret.data };
  } catch {
    return undefined;
  }
}
