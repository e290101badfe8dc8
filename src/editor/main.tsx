import { render } from 'preact';
import { createEditorApi } from './api-client.ts';
import { EditorGate } from './components/EditorGate.tsx';
import '../shared/styles/staff-page.css';
import { createTestRunApi } from './test-run-client.ts';
import './styles/editor.css';

// The editor page's entry (editor.html): wiring only. A separate Vite entry like results.html,
// so nothing here reaches the kiosk's bundle or its service worker's precache.

/** The Bürgerbüro survey unless the address names another (?survey=id). */
const DEFAULT_SURVEY = 'buergerbuero_zufriedenheit';
const surveyId = new URLSearchParams(window.location.search).get('survey') ?? DEFAULT_SURVEY;
render(
  <EditorGate api={createEditorApi()} testRun={createTestRunApi()} surveyId={surveyId} />,
  document.getElementById('editor') as HTMLElement,
);
