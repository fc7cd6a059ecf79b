import { InitialSchema1763719200000 } from './1763719200000-initial-schema';

/** Every migration in order; listed by hand so the bundled server needs no file globbing. */
export const MIGRATIONS = [InitialSchema1763719200000];
