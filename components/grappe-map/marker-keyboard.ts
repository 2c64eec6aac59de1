import type * as L from 'leaflet';

/**
 * Enter and Space on a focused marker act like a click (its role is `button`); Leaflet's own
 * keypress handling does not reach markers inside a shadow root reliably.
 */
export function activateWithKeyboard(marker: L.Marker, activate: () => void): void {
  const element = marker.getElement();
  if (!element || element.dataset['keyboard'] === 'on') return;
  element.dataset['keyboard'] = 'on';
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      activate();
    }
  });
}
