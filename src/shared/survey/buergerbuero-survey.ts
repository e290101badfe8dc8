import type { SurveyDefinition } from '../survey-schema.ts';

/**
 * The Bürgerbüro's customer-satisfaction survey (seed: Bürgerbüro Lünen,
 * 18 June – 14 July). The overall question is the welcome screen's one tap; up to
 * twelve more follow for those who have a minute or two: single-choice and scale
 * answers move on by themselves, only the last question invites typing and is optional.
 */
export const buergerbueroSurvey = {
  id: 'buergerbuero_zufriedenheit',
  title: {
    de: 'Kundenbefragung Bürgerbüro',
    en: 'Citizens’ Office customer survey',
  },
  // Asked on the welcome screen: one tap counts, even if the citizen then walks away.
  overallQuestion: 'overall',
  questions: [
    {
      id: 'reason',
      type: 'single',
      required: true,
      title: {
        de: 'Weshalb waren Sie heute bei uns?',
        en: 'Why did you visit us today?',
      },
      options: [
        { id: 'id_card', label: { de: 'Personalausweis', en: 'ID card (Personalausweis)' } },
        { id: 'passport', label: { de: 'Reisepass', en: 'Passport (Reisepass)' } },
        {
          id: 'address',
          label: {
            de: 'An- oder Ummeldung der Wohnung',
            en: 'Registering or changing an address (Anmeldung / Ummeldung)',
          },
        },
        {
          id: 'good_conduct',
          label: { de: 'Führungszeugnis', en: 'Certificate of good conduct (Führungszeugnis)' },
        },
        {
          id: 'certification',
          label: { de: 'Beglaubigung von Kopien', en: 'Certification of copies (Beglaubigung)' },
        },
        { id: 'other', label: { de: 'Etwas anderes', en: 'Something else' } },
      ],
    },
    {
      id: 'arrangement',
      type: 'single',
      required: true,
      title: {
        de: 'Wie kam Ihr Besuch zustande?',
        en: 'How did you arrange your visit?',
      },
      options: [
        { id: 'online_appointment', label: { de: 'Online-Termin', en: 'Online appointment' } },
        {
          id: 'app_number',
          label: { de: 'Wartemarke per App', en: 'Waiting number via the app' },
        },
        {
          id: 'counter_number',
          label: { de: 'Wartemarke am Schalter', en: 'Waiting number at the counter' },
        },
        { id: 'no_appointment', label: { de: 'Ohne Termin', en: 'No appointment' } },
      ],
    },
    {
      id: 'waiting_time',
      type: 'scale',
      required: true,
      title: {
        de: 'Wie zufrieden waren Sie mit der Wartezeit?',
        en: 'How satisfied were you with the waiting time?',
      },
    },
    {
      id: 'friendliness',
      type: 'scale',
      required: true,
      title: {
        de: 'Wie freundlich waren unsere Mitarbeitenden?',
        en: 'How friendly were our staff?',
      },
    },
    {
      id: 'competence',
      type: 'scale',
      required: true,
      title: {
        de: 'Wie kompetent waren unsere Mitarbeitenden?',
        en: 'How competent were our staff?',
      },
    },
    {
      id: 'clarity',
      type: 'scale',
      required: true,
      title: {
        de: 'Wie verständlich waren die Auskünfte?',
        en: 'How clear was the information you were given?',
      },
    },
    {
      id: 'resolved',
      type: 'yesno',
      required: true,
      title: {
        de: 'Wurde Ihr Anliegen vollständig erledigt?',
        en: 'Was your concern fully resolved?',
      },
    },
    {
      id: 'rooms',
      type: 'scale',
      required: true,
      title: {
        de: 'Wie gefallen Ihnen die Räume und die Atmosphäre?',
        en: 'How do you like the rooms and the atmosphere?',
      },
    },
    {
      id: 'with_children',
      type: 'single',
      required: true,
      title: {
        de: 'Sind Sie heute mit Kindern gekommen?',
        en: 'Did you come with children today?',
      },
      options: [
        { id: 'yes', label: { de: 'Ja', en: 'Yes' } },
        { id: 'no', label: { de: 'Nein', en: 'No' } },
      ],
    },
    {
      id: 'play_corner',
      type: 'scale',
      required: false,
      showIf: { question: 'with_children', anyOf: ['yes'] },
      title: {
        de: 'Wie zufrieden sind Sie mit der Spielecke?',
        en: 'How satisfied are you with the play corner?',
      },
    },
    {
      id: 'opening_hours',
      type: 'scale',
      required: true,
      title: {
        de: 'Wie zufrieden sind Sie mit den Öffnungszeiten?',
        en: 'How satisfied are you with the opening hours?',
      },
    },
    {
      id: 'overall',
      type: 'scale',
      required: true,
      title: {
        de: 'Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?',
        en: 'Overall, how satisfied are you with your visit?',
      },
    },
    {
      id: 'improve',
      type: 'text',
      required: false,
      maxLength: 500,
      title: {
        de: 'Was sollten wir verbessern?',
        en: 'What should we improve?',
      },
    },
  ],
} satisfies SurveyDefinition;
