/** The full-screen black or white overlay the audience shows above the slides while the presenter blacks out. */
import type { Blackout } from '../../app/contract/presentation';
import { announceBlackout } from './app-events';

/** Shows the blackout the host's state asks for. */
export type BlackoutOverlay = (mode: Blackout) => void;

/** Creates the (hidden) overlay in `<body>`; calling the result with a mode shows it, 'none' hides it. */
export function createBlackoutOverlay(): BlackoutOverlay {
  const overlay = document.createElement('div');
  overlay.className = 'mimbar-ui-blackout';
  overlay.hidden = true;
  overlay.setAttribute('aria-hidden', 'true');
  document.body.append(overlay);
  let shown: Blackout = 'none';
  return (mode) => {
    if (mode === shown) return;
    shown = mode;
    overlay.hidden = mode === 'none';
    overlay.dataset['mode'] = mode;
    announceBlackout(mode);
  };
}
