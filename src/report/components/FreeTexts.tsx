import type { TextList, WaveDeletion } from '../../shared/results/results-model.ts';
import { formatCount } from '../format.ts';
import { textsDeletedText } from './DeletedNotice.tsx';
import { HIDDEN_QUESTION } from './QuestionSection.tsx';

/**
 * Free-text answers for reading, grouped by question. Rendered as text nodes:
 * Preact escapes them, so `<img onerror=…>` shows as typed and never runs.
 */
export function FreeTexts({ lists, deleted }: { lists: TextList[]; deleted?: WaveDeletion }) {
  // Deleted on schedule: say so once instead of "Keine Antworten." under every question.
  if (deleted?.texts) return <p class="deleted-texts">{textsDeletedText(deleted.texts)}</p>;
  return (
    <>
      {lists.map((list) => (
        <section class="texts" key={list.questionId}>
          <h3>{list.title}</h3>
          {list.hidden ? (
            <p class="suppressed-question">{HIDDEN_QUESTION}</p>
          ) : list.items.length === 0 ? (
            <p>Keine Antworten.</p>
          ) : (
            <ul>
              {list.items.map((item) => (
                <li key={item.text}>
                  {item.text}
                  {item.count > 1 && <span class="meta"> ({formatCount(item.count)}×)</span>}
                </li>
              ))}
            </ul>
          )}
          {list.more && <p class="meta">Weitere Antworten stehen im Export.</p>}
        </section>
      ))}
    </>
  );
}
