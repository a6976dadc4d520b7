import { lazy } from 'react';

// The data grid is most of the bundle, so it loads on demand; starting early hides the wait.
export const preloadParticipantsGrid = () => import('./participants-grid');

export const ParticipantsGrid = lazy(preloadParticipantsGrid);
