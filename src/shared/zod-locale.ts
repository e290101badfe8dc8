import * as z from 'zod/mini';

/**
 * English messages for every zod/mini schema in this process ("Too big: expected string to have
 * <=500 characters"). Imported for its side effect by the server and its CLIs only: the kiosk's
 * first load stays within budget, and a kiosk never shows a validation message to a citizen.
 */
z.config(z.locales.en());
